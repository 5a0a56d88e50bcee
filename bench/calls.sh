#!/usr/bin/env bash
# Issue 12's proof: the callers' queue (/calls) and a claim (POST /calls/{id}/claim, select … for update
# skip locked) at 100,000 pending calls and 1,000,000 completed surveys (8 answers each), 8 connections.
# Target: p95 ≤ 50 ms for both. Then completing a survey (POST /calls/{id}/complete: two dissatisfied
# answers, so a SURVEY complaint registered through intake after the commit, one per responsible manager), target p95 ≤ 100 ms;
# then completing a survey whose answers are all satisfied (no complaint: what the complaint adds is the
# difference); and, as the stack's floor in the same run, a trivial signed-in page (/calls/backfill, a form
# in the layout). Fills a fresh embedded PostgreSQL (durability on) with plain SQL, then vacuums it.
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
ANSWERED=${ANSWERED:-20000}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-8}
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-54329}
DATA=$(mktemp -d /tmp/shenava-bench.XXXX)
PASS=bench-pass-12345
# an API key for the complaint measured alone (the cost of the complaint a dissatisfied survey registers)
API_KEY=shn_benchbenchbenchbenchbenchbench12

command -v wrk >/dev/null && command -v psql >/dev/null || { echo "install wrk and postgresql-client first"; exit 2; }

if [ -z "${JAR:-}" ]; then
  echo "== building"
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/shenava-*.jar | grep -v original | head -1)
fi

echo "== starting Shenava on :$APP_PORT (embedded PostgreSQL on :$PG_PORT, data in $DATA)"
java -Xmx1g ${APP_OPTS:-} -jar "$JAR" --server.port=$APP_PORT --shenava.data-dir="$DATA" --shenava.embedded-db.port=$PG_PORT \
  --shenava.admin-password=$PASS --shenava.mail.fetch.enabled=false --logging.level.root=WARN ${APP_ARGS:-} > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 900); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
# the embedded database asks for a password: libpq reads it from the file written on first start
export PGPASSFILE="$DATA/pgpass"

sql() { psql -q -t -A -h localhost -p $PG_PORT -U shenava -d shenava -c "$1"; }
CUSTOMERS=$(( PENDING > 20000 ? PENDING : 20000 ))
echo "== filling: $CUSTOMERS customers with a contact and a unit, $PENDING pending calls, $COMPLETED completed surveys"
START=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -h localhost -p $PG_PORT -U shenava -d shenava <<SQL
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
-- calls in progress for the completion bench: answered, claimed by the bench's caller, every answer saved
-- (installation 1 and sales 2 of 5, each with a reason: two complaints per survey). Tried next far ahead,
-- so that they stay out of the due queue measured above.
insert into follow_up_call (group_key, customer_id, contact_id, status, due_at, next_try_at, attempts, first_attempt_at,
                            claimed_by, claimed_until, created_by, created_at)
select 'bench-answer:' || g, c, c, 'PENDING', now() - interval '1 day', now() + interval '300 days', 1, now(),
       (select id from staff where username = 'bench.quality'), now() + interval '1 day', 'bench', now()
from (select g, 1 + (g % $CUSTOMERS) as c from generate_series(1, $ANSWERED) g) x;
-- and as many with every answer satisfied (4 of 5, no reason): completing one registers no complaint, so the
-- two completions side by side show what the SURVEY complaint adds
insert into follow_up_call (group_key, customer_id, contact_id, status, due_at, next_try_at, attempts, first_attempt_at,
                            claimed_by, claimed_until, created_by, created_at)
select 'bench-happy:' || g, c, c, 'PENDING', now() - interval '1 day', now() + interval '300 days', 1, now(),
       (select id from staff where username = 'bench.quality'), now() + interval '1 day', 'bench', now()
from (select g, 1 + (g % $CUSTOMERS) as c from generate_series(1, $ANSWERED) g) x;
insert into follow_up_call_unit (call_id, equipment_id, completed_on, installer_ids, seller_ids)
select f.id, e.id, (f.due_at - interval '7 days')::date, '{1}', '{1}'
from follow_up_call f join equipment e on e.customer_id = f.customer_id where f.status = 'PENDING';
insert into survey (call_id, questionnaire_id, mode, caller_id, contact_id, started_at)
select id, 1, 'PHONE', claimed_by, contact_id, now() from follow_up_call
where group_key like 'bench-answer:%' or group_key like 'bench-happy:%';
insert into survey_response (survey_id, question_id, score, text, reason_codes)
select s.id, q.id,
       case q.code when 'INSTALLATION' then 1 when 'SALES_PROCESS' then 2 when 'RECOMMEND' then 8 when 'CUSTOMER_WORDS' then null
                   else 4 end,
       case q.code when 'CUSTOMER_WORDS' then 'دستگاه دیر نصب شد' end,
       case q.code when 'INSTALLATION' then '{INST.LATE}'::varchar[] when 'SALES_PROCESS' then '{SALES.WRONG_INFO}'::varchar[]
                   else '{}'::varchar[] end
from survey s join follow_up_call f on f.id = s.call_id and f.group_key like 'bench-answer:%'
cross join survey_question q where q.questionnaire_id = 1;
insert into survey_response (survey_id, question_id, score, text, reason_codes)
select s.id, q.id, case q.code when 'RECOMMEND' then 9 when 'CUSTOMER_WORDS' then null else 4 end, null, '{}'::varchar[]
from survey s join follow_up_call f on f.id = s.call_id and f.group_key like 'bench-happy:%'
cross join survey_question q where q.questionnaire_id = 1;
insert into api_key (name, key_prefix, key_hash, created_by, created_at)
  values ('bench', substr('$API_KEY', 1, 8), '$(printf %s "$API_KEY" | sha256sum | cut -d' ' -f1)', 'bench', now());
insert into api_key_scope (api_key_id, scope) select id, 'COMPLAINTS_WRITE' from api_key where name = 'bench';
-- vacuumed, not only analysed: the fill leaves 9 million new rows, and the autovacuum they call for would
-- otherwise run during the measurements (and the visibility map it writes lets the capped count read the index alone)
vacuum analyze;
SQL
echo "   took $(( $(date +%s) - START )) s"
psql -q -t -h localhost -p $PG_PORT -U shenava -d shenava -c \
  "select status, count(*) from follow_up_call group by status order by 1; select count(*) || ' answers' from survey_response;"

echo "== the queue's queries as PostgreSQL runs them (EXPLAIN ANALYZE)"
sql "explain (analyze, buffers, costs off) select * from follow_up_call where status = 'PENDING' and next_try_at <= now()
     order by next_try_at, id limit 26" | grep -E "Index|Limit|Execution|Buffers" | head -4
sql "explain (analyze, costs off) select count(*) from (select 1 from follow_up_call where status = 'PENDING'
     and next_try_at <= now() limit 1000) due" | grep -E "Execution"
sql "explain (analyze, costs off) select count(*) from follow_up_call where status = 'PENDING' and next_try_at <= now()" \
  | grep -E "Execution" | sed 's/^/   (the exact count it replaced) /'
sql "explain (analyze, costs off) select * from follow_up_call where status = 'PENDING' and call_back and next_try_at > now()
     order by next_try_at, id limit 26" | grep -E "Index|Execution" | head -2

echo "== signing in"
COOKIES="$DATA/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/login" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "username=bench.quality&password=$PASS&_csrf=$TOKEN" "http://localhost:$APP_PORT/login"
SESSION=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { c = $6 "=" $7 } END { print c }' "$COOKIES")
XSRF=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$COOKIES")
export CSRF=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$APP_PORT/calls" | csrf)
XSRF=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$COOKIES")
COOKIE="$SESSION; XSRF-TOKEN=$XSRF"
ROWS=$(curl -s -b "$COOKIE" "http://localhost:$APP_PORT/calls" | grep -c '/claim"' || true)
echo "   the queue page lists $ROWS claimable calls"
export CLAIM_MIN=$(psql -q -t -A -h localhost -p $PG_PORT -U shenava -d shenava -c "select min(id) from follow_up_call where group_key like 'bench-open:%'")
export CLAIM_MAX=$(psql -q -t -A -h localhost -p $PG_PORT -U shenava -d shenava -c "select max(id) from follow_up_call where group_key like 'bench-open:%'")
range_of() { sql "select min(id) || ' ' || max(id) from follow_up_call where group_key like '$1:%'"; }
read -r DIS_MIN DIS_MAX <<< "$(range_of bench-answer)"
read -r HAPPY_MIN HAPPY_MAX <<< "$(range_of bench-happy)"
# the first half of each range is for the warm-up, the second half is measured
DIS_MID=$(( (DIS_MIN + DIS_MAX) / 2 )); HAPPY_MID=$(( (HAPPY_MIN + HAPPY_MAX) / 2 ))
CODE=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$COOKIE" -d "_csrf=$CSRF" "http://localhost:$APP_PORT/calls/$CLAIM_MIN/claim")
echo "   one claim answers: $CODE"

# CPU seconds (in ticks of 10 ms) used so far by the app (JVM) and by this bench's PostgreSQL (its
# postmaster and the backends it forked), from /proc: the machine is shared, so latency alone says
# little; CPU per request says what the code costs.
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
# PROFILE=/tmp/calls: a flight recording per measurement (/tmp/calls-<name>.jfr), CPU samples every 10 ms
RUN=0
# the CPU (ticks of 10 ms) the JIT compiler's threads have used so far: how much of a measurement's app CPU
# was the JVM still compiling (compiler threads that ended since are not counted)
jit_ticks() {
  local t sum=0
  for t in /proc/$APP/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) sum=$(( sum + $(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null || echo 0) )) ;;
    esac
  done
  echo $sum
}
# waits until every event publication is complete: the work after the commits (a survey's review copy,
# its complaint, the case, notifications, analytics) of the requests before, so none runs into the next
# measurement; prints how long it took
drain() {
  local start=$(date +%s%N)
  for _ in $(seq 1 600); do
    [ "$(sql "select count(*) from event_publication where completion_date is null")" = 0 ] && break
    sleep 0.2
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
measure() {
  echo "== $1"
  RUN=$(( RUN + 1 ))
  drain > /dev/null
  [ -n "${PROFILE:-}" ] && jcmd $APP JFR.start name=m$RUN settings=profile filename="$PROFILE-$RUN.jfr" >/dev/null
  local before out n jit0 backlog
  jit0=$(jit_ticks)
  before=$(cpu)
  local session=(-H "Cookie: $COOKIE")
  [ -n "${NO_SESSION:-}" ] && session=()   # the API signs in with its key
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${session[@]}" -s "$2" "http://localhost:$APP_PORT$3")
  # the work its requests left behind is theirs: its CPU is counted too, however long it takes to drain
  backlog=$(drain)
  read -r APP0 PG0 <<< "$before"; read -r APP1 PG1 <<< "$(cpu)"
  echo "$out" | grep -E "Requests/sec|Non-2xx| p[0-9]+ "
  n=$(echo "$out" | awk '/requests in/ { print $1 }')
  echo "   CPU per request: app $(( (APP1 - APP0) * 10000 / n )) µs (of which the JIT compiler $(( ($(jit_ticks) - jit0) * 10000 / n )) µs), PostgreSQL $(( (PG1 - PG0) * 10000 / n )) µs, the work after the commits included (drained ${backlog} ms after the last request); load $(uptime | sed 's/.*load average: //')"
  [ -n "${PROFILE:-}" ] && jcmd $APP JFR.stop name=m$RUN >/dev/null && echo "   flight recording: $PROFILE-$RUN.jfr"
  return 0
}
if [ "$WARMUP" != "0" ]; then
  # every path measured is warmed up, so that the JIT compiles each before it is measured; the
  # completions on the first half of their calls (the second half is measured)
  echo "== warming up ($WARMUP each, not measured)"
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $COOKIE" "http://localhost:$APP_PORT/calls" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $COOKIE" -s bench/claim.lua "http://localhost:$APP_PORT/" > /dev/null
  ANSWER_MIN=$DIS_MIN ANSWER_MAX=$DIS_MID wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $COOKIE" -s bench/complete.lua "http://localhost:$APP_PORT/" > /dev/null
  ANSWER_MIN=$HAPPY_MIN ANSWER_MAX=$HAPPY_MID wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $COOKIE" -s bench/complete.lua "http://localhost:$APP_PORT/" > /dev/null
  API_KEY=$API_KEY wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/post-complaint.lua "http://localhost:$APP_PORT/api/v1/complaints" > /dev/null
  echo "   the work after the warm-up's completions drained in $(drain) ms; JIT compiler so far $(( $(jit_ticks) * 10 )) ms of CPU"
fi
measure "the callers' queue, GET /calls ($CONNECTIONS connections)" bench/percentiles.lua /calls
measure "the queue's second page, GET /calls?after=… ($CONNECTIONS connections)" bench/percentiles.lua \
  "/calls?after=$(curl -s -b "$COOKIE" "http://localhost:$APP_PORT/calls" | grep -o 'after=[0-9-]*' | head -1 | cut -d= -f2)"
measure "a claim, POST /calls/{random pending id}/claim ($CONNECTIONS connections; 302 to the call screen)" bench/claim.lua /
measure "the floor: a trivial signed-in page, GET /calls/backfill ($CONNECTIONS connections)" bench/percentiles.lua /calls/backfill

export ANSWER_MIN=$(( DIS_MID + 1 )) ANSWER_MAX=$DIS_MAX
BEFORE=$(sql "select count(*) from survey_complaint")
measure "completing a survey, POST /calls/{id}/complete, each call once ($CONNECTIONS connections; 302 to the queue; the CPU includes everything after the commits: the complaints, their cases and notifications, analytics)" bench/complete.lua /
DONE=$(sql "select count(*) from survey where completed_at is not null and call_id between $ANSWER_MIN and $ANSWER_MAX")
# the two dissatisfied sections route to the same manager on a fresh install (nobody is named per
# section), so each survey makes one complaint for that manager (surveys/followup/SurveyComplaints)
WITH=$(sql "select count(distinct s.survey_id) from survey_complaint s join survey v on v.id = s.survey_id
            where v.call_id between $ANSWER_MIN and $ANSWER_MAX")
echo "   $DONE surveys completed, $(( $(sql "select count(*) from survey_complaint") - BEFORE )) complaints registered for $WITH of them"

export ANSWER_MIN=$(( HAPPY_MID + 1 )) ANSWER_MAX=$HAPPY_MAX
BEFORE=$(sql "select count(*) from survey_complaint")
measure "completing a satisfied survey (every answer 4 of 5: no complaint), each call once ($CONNECTIONS connections)" bench/complete.lua /
echo "   $(sql "select count(*) from survey where completed_at is not null and call_id between $ANSWER_MIN and $ANSWER_MAX") satisfied surveys completed, $(( $(sql "select count(*) from survey_complaint") - BEFORE )) complaints registered"

# what the complaint of a dissatisfied survey costs on its own: the same pipeline (intake, the case, the
# owner's notice and mail, the customer's acknowledgement and SMS, analytics) for a complaint through the API
COMPLAINTS_BEFORE=$(sql "select count(*) from complaint")
NO_SESSION=1 API_KEY=$API_KEY measure "a complaint alone, POST /api/v1/complaints ($CONNECTIONS connections; the CPU includes everything after the commit)" bench/post-complaint.lua /api/v1/complaints
echo "   $(( $(sql "select count(*) from complaint") - COMPLAINTS_BEFORE )) complaints registered"
