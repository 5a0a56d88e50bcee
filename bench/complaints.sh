#!/usr/bin/env bash
# Issue 3's benchmark, on one database in one run (durability on: fsync, synchronous commit):
#   fills 1,000,000 complaints, then measures with 32 concurrent clients
#   (a) raw durable single-row INSERTs of a complaint-sized row over plain JDBC — the physical limit,
#   (b) complaint intake over HTTP through the public API (POST /api/v1/complaints, wrk),
#   (c) the staff inbox page for one owner at 1 M rows (wrk, 8 connections),
#   and prints the ratio (b)/(a). Targets: (b) ≥ 25 % of (a) with p99 ≤ 50 ms; (c) p95 ≤ 50 ms.
#
#   bench/complaints.sh                     # 1,000,000 complaints, 20 s per measurement
#   COMPLAINTS=200000 DURATION=10s bench/complaints.sh
#   APP_OPTS="-XX:StartFlightRecording=filename=/tmp/b.jfr" bench/complaints.sh   # extra JVM options (profiling)
#   WARMUP=0 bench/complaints.sh            # no unmeasured warm-up of (b) and (c) (default 60s each)
#   PROFILE=/tmp/b.jfr bench/complaints.sh  # flight recordings of (b) alone and of (c) (/tmp/b-c.jfr), full stacks
#
# Needs a JDK 17, wrk and psql (Debian: apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${COMPLAINTS:-1000000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-60s}
[ "$WARMUP" = 0 ] && WARMUP=
SECONDS_RUN=${DURATION%s}
APP_PORT=${APP_PORT:-18081}
PG_PORT=${PG_PORT:-54330}
DATA=$(mktemp -d /tmp/shenava-bench.XXXX)
PASS=bench-pass-12345
API_KEY=shn_benchbenchbenchbenchbenchbench12
PSQL="psql -q -h localhost -p $PG_PORT -U shenava -d shenava -v ON_ERROR_STOP=1"

command -v wrk >/dev/null && command -v psql >/dev/null || { echo "install wrk and postgresql-client first"; exit 2; }

echo "== building"
./mvnw -q -B -DskipTests package
JAR=$(ls target/shenava-*.jar | grep -v original | head -1)
PGJDBC=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)

echo "== starting Shenava on :$APP_PORT (embedded PostgreSQL on :$PG_PORT, data in $DATA)"
java -Xmx1g -XX:FlightRecorderOptions:stackdepth=256 ${APP_OPTS:-} -jar "$JAR" --server.port=$APP_PORT --shenava.data-dir="$DATA" --shenava.embedded-db.port=$PG_PORT \
  --shenava.admin-password=$PASS --logging.level.root=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
# the embedded database asks for a password: libpq reads it from the file written on first start
export PGPASSFILE="$DATA/pgpass"

echo "== filling $N complaints over a year (owner: the admin for 1 in 50)"
ADMIN_ID=$($PSQL -At -c "select id from staff where username = 'admin'")
START=$(date +%s)
$PSQL <<SQL
insert into staff_role (staff_id, role) values ($ADMIN_ID, 'MANAGER');
-- the complaints of (b) (web, sales) go where the policy sends them: the sales senior manager, who is
-- notified of each new case in the app and by mail (no mail server here: the mail is built up to sending)
insert into staff (username, full_name, email, department_id, password_hash, must_change_password)
  values ('sales-head', 'مدیر ارشد فروش', 'sales-head@example.ir', (select id from department where code = 'SALES'), '-', false);
insert into staff_role (staff_id, role) select id, 'SENIOR_MANAGER' from staff where username = 'sales-head';
insert into api_key (name, key_prefix, key_hash, created_by, created_at)
  values ('bench', substr('$API_KEY', 1, 8), '$(printf %s "$API_KEY" | sha256sum | cut -d' ' -f1)', 'bench', now());
insert into api_key_scope (api_key_id, scope) select id, 'COMPLAINTS_WRITE' from api_key where name = 'bench';
insert into complaint (tracking_code, channel, status, contact_name, contact_phone, category_code, subject, description,
                       received_at, owner_id, search_text)
select 'B' || lpad(g::text, 9, '0'), (array['WEB_FORM','PHONE','EMAIL','ONSITE_FORM'])[1 + g % 4], 'RECEIVED',
       'شاکی ' || g, '+98912' || lpad(g::text, 7, '0'), (array['SALES','INSTALLATION','AFTER_SALES','PRODUCT'])[1 + g % 4],
       'شکایت شماره ' || g, 'شرح شکایت شماره ' || g, now() - (g || ' seconds')::interval * 31,
       case when g % 50 = 0 then $ADMIN_ID else 1000000 + g % 49 end,
       'شکایت شماره ' || g || ' شاکی ' || g || ' 0912' || lpad(g::text, 7, '0')
from generate_series(1, $N) g;
SQL
# as after any bulk load: vacuumed and analysed now, so autovacuum does not do it during the measurements
$PSQL -c "vacuum (analyze) complaint"
echo "   took $(( $(date +%s) - START )) s"

echo "== (a) raw durable single-row INSERTs over JDBC, 32 clients, $DURATION"
A=$(PGPASSWORD=$(awk -F: '$4 == "shenava" { print $5 }' "$PGPASSFILE") java -cp "$PGJDBC" bench/JdbcInserts.java \
  "jdbc:postgresql://localhost:$PG_PORT/shenava" 32 "$SECONDS_RUN")
echo "   $A"

# CPU seconds used so far by the app (JVM) and by PostgreSQL (all its processes), from /proc.
# this bench's PostgreSQL only (its postmaster and the backends it forked), not other databases on the machine
pg_pids() {
  local pm
  pm=$(pgrep -f "bin/postgres .*-p $PG_PORT( |$)" | head -1 || true)
  [ -n "$pm" ] && { echo "$pm"; pgrep -P "$pm" || true; }
}
cpu() {
  local app pg=0 pid
  app=$(awk '{ print $14 + $15 }' /proc/$APP/stat)
  for pid in $(pg_pids); do pg=$(( pg + $(awk '{ print $14 + $15 }' /proc/$pid/stat 2>/dev/null || echo 0) )); done
  echo "$app $pg"
}

# Waits until the work after commit (cases opened, owners alerted) of what was posted is done.
drain() {
  echo "== waiting for the work after commit of the complaints posted to finish"
  local start=$(date +%s)
  while [ "$($PSQL -At -c "select count(*) from event_publication where completion_date is null")" != 0 ]; do sleep 1; done
  echo "   took $(( $(date +%s) - start )) s"
}

if [ -n "$WARMUP" ]; then
  echo "== warming up (b) for $WARMUP (not measured)"
  API_KEY=$API_KEY wrk -t2 -c32 -d"$WARMUP" -s bench/post-complaint.lua "http://localhost:$APP_PORT/api/v1/complaints" >/dev/null
  drain
fi
echo "== (b) POST /api/v1/complaints over HTTP, 32 connections, $DURATION"
[ -n "${PROFILE:-}" ] && jcmd $APP JFR.start name=b settings=profile filename="$PROFILE" >/dev/null
CPU_BEFORE=$(cpu)
B=$(API_KEY=$API_KEY wrk -t2 -c32 -d"$DURATION" --latency -s bench/post-complaint.lua "http://localhost:$APP_PORT/api/v1/complaints")
echo "$B" | grep -E "Requests/sec|Latency |50%|90%|99%|p95|Non-2xx|Socket errors" | sed 's/^/   /'
read -r APP0 PG0 <<< "$CPU_BEFORE"; read -r APP1 PG1 <<< "$(cpu)"
POSTED=$(echo "$B" | awk '/requests in/ { print $1 }')
echo "   CPU per complaint during (b): app $(( (APP1 - APP0) * 10000 / POSTED )) µs, PostgreSQL $(( (PG1 - PG0) * 10000 / POSTED )) µs (work after commit included as far as done)"
echo "   load: $(uptime | sed 's/.*load average: //')"
[ -n "${PROFILE:-}" ] && jcmd $APP JFR.stop name=b >/dev/null && echo "   flight recording of (b): $PROFILE"

# What (b) registered is still being worked on after commit (cases opened, owners alerted); (c)
# measures the inbox page, not the page while that backlog competes for the two cores.
drain
echo "   cases opened: $($PSQL -At -c "select count(*) from complaint_case"), notifications to the sales senior manager: $($PSQL -At -c "select count(*) from staff_notification n join staff s on s.id = n.staff_id where s.username = 'sales-head'")"

echo "== (c) the inbox page of one owner at $(( N / 1000 ))k complaints, 8 connections, $DURATION"
COOKIES="$DATA/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/login" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "username=admin&password=$PASS&_csrf=$TOKEN" "http://localhost:$APP_PORT/login"
TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/account/password" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "current=$PASS" --data-urlencode "next=$PASS-2" \
  --data-urlencode "repeat=$PASS-2" -d "_csrf=$TOKEN" "http://localhost:$APP_PORT/account/password"
SESSION=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { c = $6 "=" $7 } END { print c }' "$COOKIES")
curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/complaints?ownerId=$ADMIN_ID" | grep -c 'href="/complaints/[0-9]' | sed 's/^/   rows on the first page: /'
if [ -n "$WARMUP" ]; then
  echo "== warming up (c) for $WARMUP (not measured)"
  wrk -t2 -c8 -d"$WARMUP" -H "Cookie: $SESSION" "http://localhost:$APP_PORT/complaints?ownerId=$ADMIN_ID" >/dev/null
fi
PROFILE_C=${PROFILE:+${PROFILE%.jfr}-c.jfr}
[ -n "$PROFILE_C" ] && jcmd $APP JFR.start name=c settings=profile filename="$PROFILE_C" >/dev/null
CPU_BEFORE=$(cpu)
C=$(wrk -t2 -c8 -d"$DURATION" --latency -s bench/inbox.lua -H "Cookie: $SESSION" "http://localhost:$APP_PORT/complaints?ownerId=$ADMIN_ID")
echo "$C" | grep -E "Requests/sec|Latency |50%|90%|99%|p95|Non-2xx|Socket errors" | sed 's/^/   /'
read -r APP0 PG0 <<< "$CPU_BEFORE"; read -r APP1 PG1 <<< "$(cpu)"
PAGES=$(echo "$C" | awk '/requests in/ { print $1 }')
echo "   CPU per page during (c): app $(( (APP1 - APP0) * 10000 / PAGES )) µs, PostgreSQL $(( (PG1 - PG0) * 10000 / PAGES )) µs"
[ -n "$PROFILE_C" ] && jcmd $APP JFR.stop name=c >/dev/null && echo "   flight recording of (c): $PROFILE_C"
echo "   load: $(uptime | sed 's/.*load average: //')"

A_RATE=$(echo "$A" | sed -E 's/.*= ([0-9]+) rows\/s.*/\1/')
B_RATE=$(echo "$B" | awk '/Requests\/sec/ { print int($2) }')
echo "== (b)/(a) = $B_RATE / $A_RATE = $(( 100 * B_RATE / (A_RATE > 0 ? A_RATE : 1) )) %"
