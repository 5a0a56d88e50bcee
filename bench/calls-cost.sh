#!/usr/bin/env bash
# Issue 12's pages in CPU per request (bench/CallPagesCost.java): the floor (/calls/backfill), the queue's first
# and second pages, a claim, completing a survey — one request at a time over HTTP to Shenava running in the
# bench's own JVM on a throw-away data directory (embedded PostgreSQL, fsync on). For a shared machine, where
# bench/calls.sh's latencies mostly measure the wait for a core. Takes ROUNDS (measured, default 1000),
# WARMUP (unmeasured, default 1500), ONLY (one of floor, queue, second, claim, complete), SATISFIED=true (the
# surveys completed are all satisfied: no complaint after them) and JFR=/tmp/x.jfr
# (a flight recording of the whole run, CPU samples every 10 ms), APP_ARGS (more arguments for the app, e.g.
# --shenava.calls.queue-kept-for=0s: every queue view read afresh).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(mktemp -d /tmp/shenava-calls-cost.XXXX)
trap 'rm -rf "$DATA"' EXIT
[ "${COMPILE:-1}" = 1 ] && ./mvnw -q -o compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$DATA/cp.txt" -Dmdep.includeScope=runtime
java -Xmx1g ${JFR:+-XX:StartFlightRecording=settings=profile,filename=$JFR} -Drounds="${ROUNDS:-1000}" -Dwarmup="${WARMUP:-1500}" \
  -Donly="${ONLY:-}" -Dsatisfied="${SATISFIED:-false}" -cp "${CLASSES:-target/classes}:$(cat "$DATA/cp.txt")" bench/CallPagesCost.java --shenava.data-dir="$DATA" \
  --server.port=0 --shenava.admin-password=bench-password-1 --shenava.mail.fetch.enabled=false --logging.level.root=WARN ${APP_ARGS:-} 2>&1 \
  | grep -E '^(the |a claim|completing|   )|Exception|ERROR' | grep -v 'Mail server connection failed' || true
