#!/usr/bin/env bash
# Issue 12's proof: the callers' queue (/calls) and a claim (POST /calls/{id}/claim, select … for update
# skip locked) at 100,000 pending calls and 1,000,000 completed surveys (8 answers each), 8 connections.
# Target: p95 ≤ 50 ms for both. Fills a fresh embedded PostgreSQL (durability on) with plain SQL.
#
#   bench/calls.sh                          # 100k pending, 1M completed, 20 s each
#   PENDING=10000 COMPLETED=100000 DURATION=10s bench/calls.sh
#
# Needs: a JDK 17, wrk and psql (Debian: apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

PENDING=${PENDING:-100000}
COMPLETED=${COMPLETED:-1000000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-8}
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-54329}
DATA=$(mktemp -d /tmp/shenava-bench.XXXX)
PASS=bench-pass-12345

command -v wrk >/dev/null && command -v psql >/dev/null || { echo "install wrk and postgresql-client first"; exit 2; }

if [ -z "${JAR:-}" ]; then
  echo "== building"
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/shenava-*.jar | grep -v original | head -1)
fi

echo "== starting Shenava on :$APP_PORT (embedded PostgreSQL on :$PG_PORT, data in $DATA)"
java -Xmx1g -jar "$JAR" --server.port=$APP_PORT --shenava.data-dir="$DATA" --shenava.embedded-db.port=$PG_PORT \
  --shenava.admin-password=$PASS --shenava.mail.fetch.enabled=false --logging.level.root=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done

CUSTOMERS=$(( PENDING > 20000 ? PENDING : 20000 ))
echo "== filling: $CUSTOMERS customers with a contact and a unit, $PENDING pending calls, $COMPLETED completed surveys"
START=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -h localhost -p $PG_PORT -U postgres -d postgres <<SQL
insert into staff (username, full_name, password_hash, must_change_password)
values ('bench.quality', 'کیفیت بنچ', '{noop}$PASS', false);
insert into staff_role (staff_id, role) select id, 'QUALITY_MANAGER' from staff where username = 'bench.quality';

insert into customer (code, name, kind, city, search_text, created_at)
select 'B-' || g, 'بیمارستان شماره ' || g, 'HOSPITAL', 'تهران', 'b-' || g, now() from generate_series(1, $CUSTOMERS) g;
insert into contact (customer_id, full_name, mobile)
select id, 'دکتر ' || id, '+98912' || lpad(id::text, 7, '0') from customer;
insert into equipment (customer_id, model, serial_number)
select id, 'سونوگرافی', 'BS-' || id from customer;

-- the completed past: a year of calls, each with its survey of eight answers
insert into follow_up_call (group_key, customer_id, contact_id, status, due_at, next_try_at, attempts, created_by,
                            created_at, ended_at)
select 'bench-done:' || g, c, c, 'COMPLETED', t, t, 1, 'bench', t - interval '7 days', t + interval '3 minutes'
from (select g, 1 + (g % $CUSTOMERS) as c, now() - interval '400 days' + (g * interval '30 seconds') as t
      from generate_series(1, $COMPLETED) g) x;
insert into survey (call_id, questionnaire_id, mode, caller_id, contact_id, started_at, completed_at)
select id, 1, 'PHONE', 1, contact_id, ended_at - interval '1 minute', ended_at from follow_up_call where status = 'COMPLETED';
insert into survey_response (survey_id, question_id, score)
select s.id, q.id, case when q.type = 'TEXT' then null when q.type = 'RECOMMEND' then 5 + (s.id % 6) else 1 + ((s.id + q.id) % 5) end
from survey s cross join survey_question q where q.questionnaire_id = 1;

-- the queue: pending calls due over the last and the next thirty days, some with call-back times
insert into follow_up_call (group_key, customer_id, contact_id, status, due_at, next_try_at, call_back, created_by, created_at)
select 'bench-open:' || g, c, c, 'PENDING', t, t, g % 10 = 0, 'bench', now()
from (select g, 1 + (g % $CUSTOMERS) as c, now() - interval '30 days' + (g * interval '60 days' / $PENDING) as t
      from generate_series(1, $PENDING) g) x;
insert into follow_up_call_unit (call_id, equipment_id, completed_on, installer_ids, seller_ids)
select f.id, e.id, (f.due_at - interval '7 days')::date, '{1}', '{1}'
from follow_up_call f join equipment e on e.customer_id = f.customer_id;
analyze;
SQL
echo "   took $(( $(date +%s) - START )) s"
psql -q -t -h localhost -p $PG_PORT -U postgres -d postgres -c \
  "select status, count(*) from follow_up_call group by status order by 1; select count(*) || ' answers' from survey_response;"

echo "== signing in"
COOKIES="$DATA/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/login" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "username=bench.quality&password=$PASS&_csrf=$TOKEN" "http://localhost:$APP_PORT/login"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$COOKIES")
XSRF=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$COOKIES")
export CSRF=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/calls" | csrf)
XSRF=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$COOKIES")
COOKIE="JSESSIONID=$SESSION; XSRF-TOKEN=$XSRF"
ROWS=$(curl -s -b "$COOKIE" "http://localhost:$APP_PORT/calls" | grep -c '/claim"' || true)
echo "   the queue page lists $ROWS claimable calls"
export CLAIM_MIN=$(psql -q -t -A -h localhost -p $PG_PORT -U postgres -d postgres -c "select min(id) from follow_up_call where status = 'PENDING'")
export CLAIM_MAX=$(psql -q -t -A -h localhost -p $PG_PORT -U postgres -d postgres -c "select max(id) from follow_up_call where status = 'PENDING'")
CODE=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$COOKIE" -d "_csrf=$CSRF" "http://localhost:$APP_PORT/calls/$CLAIM_MIN/claim")
echo "   one claim answers: $CODE"

measure() {
  echo "== $1"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" -s "$2" "http://localhost:$APP_PORT$3" \
    | grep -E "Requests/sec|Non-2xx| p[0-9]+ "
}
if [ "$WARMUP" != "0" ]; then
  echo "== warming up ($WARMUP each, not measured)"
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $COOKIE" "http://localhost:$APP_PORT/calls" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $COOKIE" -s bench/claim.lua "http://localhost:$APP_PORT/" > /dev/null
fi
measure "the callers' queue, GET /calls ($CONNECTIONS connections)" bench/percentiles.lua /calls
measure "a claim, POST /calls/{random pending id}/claim ($CONNECTIONS connections; 302 to the call screen)" bench/claim.lua /
