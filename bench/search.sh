#!/usr/bin/env bash
# Every staff search at scale (issue 15 §6): 200,000 customers and 1,000,000 complaints with their
# cases, each linked to a customer. Drives, with wrk, the customer search (a name typed with Arabic
# ي and a space where the name has a ZWNJ; phone digits), the inbox (a customer's name, words typed
# with a space for a ZWNJ, a tracking code) and the case list (subject words, a tracking code typed
# with a space). Prints requests/s, p50/p90/p95/p99 and the CPU each search cost in the app and in
# PostgreSQL.
#
#   bench/search.sh                                   # 200k customers, 1M complaints, 16 connections, 20 s each
#   CUSTOMERS=50000 COMPLAINTS=200000 CONNECTIONS=8 DURATION=10s bench/search.sh
#
# Needs: a JDK 17, wrk and psql (Debian: apt-get install wrk postgresql-client). Durability stays on.
set -euo pipefail
cd "$(dirname "$0")/.."

CUSTOMERS=${CUSTOMERS:-200000}
N=${COMPLAINTS:-1000000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-16}
APP_PORT=${APP_PORT:-18082}
PG_PORT=${PG_PORT:-54331}
DATA=$(mktemp -d /tmp/shenava-bench.XXXX)
PASS=bench-pass-12345

command -v wrk >/dev/null && command -v psql >/dev/null || { echo "install wrk and postgresql-client first"; exit 2; }

echo "== building"
[ -n "${JAR:-}" ] || { ./mvnw -q -B -o -DskipTests package; JAR=$(ls target/shenava-*.jar | grep -v original | head -1); }

echo "== starting Shenava on :$APP_PORT (embedded PostgreSQL on :$PG_PORT, data in $DATA)"
java -Xmx1g ${APP_OPTS:-} -jar "$JAR" --server.port=$APP_PORT --shenava.data-dir="$DATA" --shenava.embedded-db.port=$PG_PORT \
  --shenava.admin-password=$PASS --logging.level.root=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
# the embedded database asks for a password: libpq reads it from the file written on first start
export PGPASSFILE="$DATA/pgpass"
PSQL="psql -q -h localhost -p $PG_PORT -U shenava -d shenava -v ON_ERROR_STOP=1"

echo "== filling $CUSTOMERS customers and $N complaints with their cases"
START=$(date +%s)
$PSQL <<SQL
insert into customer (code, name, kind, city, search_text, created_at)
select 'B-' || g, 'بیمارستان شبانه‌روزی شماره ' || g, 'HOSPITAL', 'تهران',
       'بیمارستان شبانهروزی شماره ' || g || ' b-' || g || ' تهران', now()
from generate_series(1, $CUSTOMERS) g;
insert into complaint (tracking_code, channel, status, contact_name, contact_phone, category_code, subject, description,
                       received_at, customer_id, search_text)
select 'C' || translate(lpad(g::text, 9, '0'), '0123456789', '23456789AB'), (array['WEB_FORM','PHONE','EMAIL','ONSITE_FORM'])[1 + g % 4], 'RECEIVED',
       'شاکی ' || g, '+98912' || lpad(g::text, 7, '0'), (array['SALES','INSTALLATION','AFTER_SALES','PRODUCT'])[1 + g % 4],
       'دستگاه نامناسب کار می‌کند ' || g, 'شرح شکایت شماره ' || g, now() - (g || ' seconds')::interval * 31,
       (select min(id) from customer) + g % $CUSTOMERS,
       'c' || lower(translate(lpad(g::text, 9, '0'), '0123456789', '23456789AB')) || ' شاکی ' || g || ' دستگاه نامناسب کار میکند ' || g || ' 0912' || lpad(g::text, 7, '0')
from generate_series(1, $N) g;
insert into complaint_case (id, tracking_code, channel, category_code, confidential, customer_id, subject, state, owner_id,
                            opened_at, acknowledged_at, acknowledge_due_at, first_contact_due_at, resolution_due_at)
select id, tracking_code, channel, category_code, false, customer_id, subject, 'ACKNOWLEDGED', null,
       -- due dates ahead, as in a company that keeps up: overdue cases would set the SLA job escalating a
       -- million of them in the background and measure that instead of the searches
       received_at, received_at, now() + interval '1 day', now() + interval '2 days', now() + interval '20 days'
from complaint;
SQL
$PSQL -c "vacuum (analyze) customer" -c "vacuum (analyze) complaint" -c "vacuum (analyze) complaint_case"
echo "   took $(( $(date +%s) - START )) s"

echo "== signing in (the administrator, also made a manager so that the inbox and case list show everything)"
$PSQL -c "insert into staff_role (staff_id, role) select id, 'MANAGER' from staff where username = 'admin'"
COOKIES="$DATA/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/login" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "username=admin&password=$PASS&_csrf=$TOKEN" "http://localhost:$APP_PORT/login"
TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/account/password" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "current=$PASS" \
  --data-urlencode "next=$PASS-2" --data-urlencode "repeat=$PASS-2" -d "_csrf=$TOKEN" "http://localhost:$APP_PORT/account/password"
SESSION=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { c = $6 "=" $7 } END { print c }' "$COOKIES")

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
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

run() {
  local name=$1 url=$2 expect=$3
  local found
  found=$(curl -s -H "Cookie: $SESSION" "http://localhost:$APP_PORT$url" | grep -c "$expect" || true)
  echo "== $name — $found line(s) with «$expect» on the page"
  [ -n "$WARMUP" ] && [ "$WARMUP" != 0 ] && wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $SESSION" "http://localhost:$APP_PORT$url" >/dev/null
  local before out pages
  before=$(cpu)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/percentiles.lua -H "Cookie: $SESSION" "http://localhost:$APP_PORT$url")
  echo "$out" | grep -E "Requests/sec|p50|p90|p95|p99|Non-2xx" | sed 's/^/   /'
  read -r APP0 PG0 <<< "$before"; read -r APP1 PG1 <<< "$(cpu)"
  pages=$(echo "$out" | awk '/requests in/ { print $1 }')
  echo "   CPU per search: app $(( (APP1 - APP0) * 10000 / pages )) µs, PostgreSQL $(( (PG1 - PG0) * 10000 / pages )) µs"
}

run "floor: a signed-in page with a form and no search (the stack's own cost)" "/account/password" 'name="_csrf"'
run "customers: a name typed with Arabic ي and a space for the ZWNJ (1 match)" \
    "/customers?q=$(enc 'بيمارستان شبانه روزي شماره 123457')" "شماره ۱۲۳۴۵۷\|شماره 123457"
run "customers: a customer code (1 match)" "/customers?q=$(enc 'B-123457')" "B-123457"
run "inbox: a customer's name" "/complaints?query=$(enc 'بیمارستان شبانه روزی شماره 123457')" "/complaints/[0-9]"
run "inbox: words typed with a space for the ZWNJ and a number (1 match)" "/complaints?query=$(enc 'کار می کند 777777')" "/complaints/[0-9]"
run "inbox: a tracking code with a dash (1 match)" "/complaints?query=$(enc 'C2229-99999')" "/complaints/[0-9]"
run "cases: subject words (1 match)" "/cases?q=$(enc 'نامناسب کار می کند 777777')" "/cases/[0-9]"
run "cases: a tracking code typed with a space (1 match)" "/cases?q=$(enc 'C2229 99999')" "/cases/[0-9]"
echo "   load: $(uptime | sed 's/.*load average: //')"
