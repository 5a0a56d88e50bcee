#!/usr/bin/env bash
# Issue 12: the cost of the follow-up listener — from the commit publishing SurveyCompleted to the
# survey stored with its three SURVEY complaints committed (bench/SurveyListenerBench.java).
# Runs Shenava in the bench's own JVM on a throw-away data directory (embedded PostgreSQL, fsync on).
# Takes SURVEYS (sequential, default 300) and BURST (published at once, default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(mktemp -d /tmp/shenava-survey-bench.XXXX)
trap 'rm -rf "$DATA"' EXIT
./mvnw -q -o compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$DATA/cp.txt" -Dmdep.includeScope=runtime
java -Xmx1g -Dsurveys="${SURVEYS:-300}" -Dburst="${BURST:-300}" -cp "target/classes:$(cat "$DATA/cp.txt")" \
  bench/SurveyListenerBench.java --shenava.data-dir="$DATA" --server.port=0 --shenava.admin-password=bench-password-1 \
  --shenava.mail.fetch.enabled=false --logging.level.root=WARN 2>&1 | grep -E '^(sequential|burst):|Exception|ERROR' | grep -v 'Mail server connection failed' || true
