#!/usr/bin/env bash
# Issue 13's proof (§6): at 1,000,000 complaints and 1,000,000 survey answers (125,000 surveys of
# eight answers) over two years, written with generate_series straight into the analytics
# projections the dashboard reads (their triggers move the quarters' change counters, as any write does):
#   (1) the dashboard of the last closed quarter (GET /analytics?quarter=…: its figures, the previous
#       quarter's and the year-earlier one's, and the 8-quarter trend) freshly computed: first the
#       cold one (none of the eight quarters stored), then five times after moving that quarter's
#       counter by SQL (as a late answer would), so that its figures are computed again;
#   (2) the same quarter's figures by plain SQL (psql, one client), five times — compare with (1);
#   (3) the dashboard as normally served (stored figures, current), 8 connections — target p95 ≤ 200 ms;
#   (4) the whole dashboard's figures by plain SQL (pgbench, 8 clients, the queries of its three
#       quarters and the trend in one transaction), in the same run — target: (3) ≤ 2 × (4);
#   (5) the PDF pack (≤ 2 s) and the Excel pack (≤ 3 s) of that quarter, five times each;
#   with the machine's load and the CPU the app and PostgreSQL spent per request.
#
#   bench/analytics.sh                        # 1,000,000 complaints and answers, 20 s each
#   COMPLAINTS=200000 DURATION=10s bench/analytics.sh
#   JAR=target/shenava-….jar bench/analytics.sh   # skip the build
#
# Needs: a JDK 17, wrk, psql and pgbench (Debian: apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${COMPLAINTS:-1000000}
DURATION=${DURATION:-20s}
SECS=${DURATION%s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-8}
APP_PORT=${APP_PORT:-18083}
PG_PORT=${PG_PORT:-54333}
DATA=$(mktemp -d /tmp/shenava-bench.XXXX)
PASS=bench-pass-12345
PSQL="psql -q -t -A -v ON_ERROR_STOP=1 -h localhost -p $PG_PORT -U shenava -d shenava"
# the embedded database asks for a password: libpq (psql, pgbench) reads it from the file written on first start
export PGPASSFILE="$DATA/pgpass"

command -v wrk >/dev/null && command -v psql >/dev/null && command -v pgbench >/dev/null \
  || { echo "install wrk and postgresql-client first"; exit 2; }

if [ -z "${JAR:-}" ]; then
  echo "== building"
  ./mvnw -q -B -o -DskipTests package
  JAR=$(ls target/shenava-*.jar | grep -v original | head -1)
fi

APP=
start_app() {
  echo "== starting Shenava on :$APP_PORT (embedded PostgreSQL on :$PG_PORT, data in $DATA) $*"
  java -Xmx1g ${APP_OPTS:-} -jar "$JAR" --server.port=$APP_PORT --shenava.data-dir="$DATA" --shenava.embedded-db.port=$PG_PORT \
    --shenava.admin-password=$PASS --shenava.mail.fetch.enabled=false --logging.level.root=WARN "$@" >> "$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 900); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && return; sleep 1; done
  echo "the app did not start"; tail -50 "$DATA/app.log"; exit 1
}
stop_app() { kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; }
trap 'stop_app; rm -rf "$DATA"' EXIT

COOKIE=
sign_in() {
  local jar="$DATA/cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$APP_PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=bench.quality&password=$PASS&_csrf=$token" "http://localhost:$APP_PORT/login"
  COOKIE="$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { c = $6 "=" $7 } END { print c }' "$jar")"
}

start_app --shenava.analytics.figures-refresh-first=PT3H

echo "== filling $N complaints and $N survey answers"
START=$(date +%s)
$PSQL <<SQL
insert into staff (username, full_name, password_hash, must_change_password) values ('bench.quality', 'کیفیت بنچ', '{noop}$PASS', false);
insert into staff_role (staff_id, role) select id, 'QUALITY_MANAGER' from staff where username = 'bench.quality';
SQL
$PSQL -v n=$N -f bench/analytics-fill.sql
echo "   took $(( $(date +%s) - START )) s"
$PSQL -c "select 'complaints ' || count(*) from analytics_complaint; select 'surveys ' || count(*) from analytics_survey;
          select 'answers ' || count(*) from analytics_answer; select 'calls ' || count(*) from analytics_call;"

# the last closed quarter: the one before the newest complaint's
Q=$($PSQL -c "select max(quarter_key) from analytics_complaint where quarter_key < (select quarter_key from analytics_complaint order by received_at desc limit 1)")
prev() { local k=$1; if [ $(( k % 10 )) = 1 ]; then echo $(( (k / 10 - 1) * 10 + 4 )); else echo $(( k - 1 )); fi; }
P=$(prev $Q); Y=$(( Q - 10 )); PP=$(prev $P); YP=$(prev $Y)
KEYS=$Q; K=$Q; for _ in 1 2 3 4 5 6 7; do K=$(prev $K); KEYS="$KEYS,$K"; done
LABEL="$(( Q / 10 ))-Q$(( Q % 10 ))"
echo "   the dashboard's quarter: $LABEL (key $Q; compared with $P and $Y; trend over $KEYS)"

# The dashboard's queries for one quarter (as SurveyFigureQueries, ReasonFigureQueries and
# ComplaintFigureQueries send them), for the quarter, the previous one and a year earlier, and the trend.
quarter_sql() {
  local q=$1 p=$2 end
  end=$($PSQL -c "select max(received_at) from analytics_complaint where quarter_key = $q")
  cat <<SQL
select count(*) from analytics_survey s where s.quarter_key = $q;
select a.question_code, a.section, a.score, count(*) from analytics_answer a join analytics_survey s on s.survey_id = a.survey_id where a.quarter_key = $q and a.type = 'SCALE' and a.score between 1 and 5 group by 1, 2, 3;
select count(*), count(*) filter (where a.score >= 9), count(*) filter (where a.score between 7 and 8), count(*) filter (where a.score <= 6) from analytics_answer a join analytics_survey s on s.survey_id = a.survey_id where a.quarter_key = $q and a.type = 'RECOMMEND' and a.score is not null;
select outcome, count(*) from analytics_call where quarter_key = $q group by outcome;
select x.id, count(distinct s.survey_id), cast(avg(a.score) as float8) from analytics_survey s cross join unnest(s.installer_ids) as x(id) left join analytics_answer a on a.survey_id = s.survey_id and a.type = 'SCALE' and a.section = 'INSTALLATION_TRAINING' and a.score is not null where s.quarter_key = $q group by x.id order by 2 desc, 1;
select x.id, count(distinct s.survey_id), cast(avg(a.score) as float8) from analytics_survey s cross join unnest(s.seller_ids) as x(id) left join analytics_answer a on a.survey_id = s.survey_id and a.type = 'SCALE' and a.section = 'SALES' and a.score is not null where s.quarter_key = $q group by x.id order by 2 desc, 1;
select r, count(*) from analytics_survey s cross join unnest(s.reasons) as r where s.quarter_key = $q group by r order by 2 desc, r;
select r, count(*) from analytics_survey s cross join unnest(s.reasons) as r where s.quarter_key = $p group by r order by 2 desc, r;
select r, count(*) from analytics_complaint c cross join unnest(c.case_reasons) as r where c.closed_quarter_key = $q group by r order by 2 desc, r;
select r, count(*) from analytics_complaint c cross join unnest(c.case_reasons) as r where c.closed_quarter_key = $p group by r order by 2 desc, r;
select channel, count(*) from analytics_complaint where quarter_key = $q group by 1 order by 2 desc, 1;
select coalesce(category_code, '-'), count(*) from analytics_complaint where quarter_key = $q group by 1 order by 2 desc, 1;
select coalesce(state, 'RECEIVED'), count(*) from analytics_complaint where quarter_key = $q group by 1 order by 2 desc, 1;
select handling_rating, count(*) from analytics_complaint where quarter_key = $q and handling_rating between 1 and 5 group by 1;
select count(*) from analytics_complaint where received_at < '$end' and resolution_due_at < '$end' and (communicated_at is null or communicated_at >= '$end') and (closed_at is null or closed_at >= '$end');
select count(*), count(*) filter (where state = 'CLOSED'), count(*) filter (where state = 'CLOSED' and customer_satisfied), count(*) filter (where reopened), count(acknowledge_minutes), percentile_cont(0.5) within group (order by acknowledge_minutes), percentile_cont(0.9) within group (order by acknowledge_minutes), count(*) filter (where acknowledged_at <= acknowledge_due_at), count(resolve_minutes), percentile_cont(0.5) within group (order by resolve_minutes), percentile_cont(0.9) within group (order by resolve_minutes), count(*) filter (where communicated_at <= resolution_due_at) from analytics_complaint where quarter_key = $q;
SQL
}
SQLFILE="$DATA/dashboard.sql"
{
  echo "begin transaction isolation level repeatable read read only;"
  quarter_sql $Q $P; quarter_sql $P $PP; quarter_sql $Y $YP
  cat <<SQL
select a.quarter_key, a.section, cast(avg(a.score) as float8) from analytics_answer a join analytics_survey s on s.survey_id = a.survey_id where a.quarter_key in ($KEYS) and a.type = 'SCALE' and a.score between 1 and 5 group by 1, 2;
select quarter_key, count(*) from analytics_complaint where quarter_key in ($KEYS) group by 1;
select s.quarter_key, count(*) from analytics_survey s where s.quarter_key in ($KEYS) group by 1;
commit;
SQL
} > "$SQLFILE"

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
# CPU (ms, ticks of 10 ms) spent since $1 by the app and by PostgreSQL, per $2 requests
cpu_per() {
  local a0 p0 a1 p1
  read -r a0 p0 <<< "$1"; read -r a1 p1 <<< "$(cpu)"
  echo "app $(( (a1 - a0) * 10 / $2 )) ms, PostgreSQL $(( (p1 - p0) * 10 / $2 )) ms of CPU per request"
}
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg) (2 cores)"; }
get() { curl -s -o "$DATA/page" -w "%{http_code}, %{size_download} bytes, %{time_total} s" -b "$COOKIE" "$1"; }
DASH="http://localhost:$APP_PORT/analytics?quarter=$LABEL"

sign_in
echo "   machine load before measuring: $(load); other developers' builds and tests share it"
echo "== (1) the dashboard freshly computed, one request at a time"
before=$(cpu)
echo "   cold (the eight quarters computed and stored): $(get "$DASH"); $(cpu_per "$before" 1)"
grep -q 'id="dashboard\|chart-' "$DATA/page" || echo "   (the page has no chart: check $DATA/app.log)"
before=$(cpu)
for i in 1 2 3 4 5; do
  $PSQL -c "update analytics_quarter_change set version = version + 1 where quarter_key = $Q"
  echo "   $LABEL's figures computed again: $(get "$DASH")"
done
echo "   $(cpu_per "$before" 5)"

echo "== (2) the same quarter's figures by plain SQL, one client, five times"
{ echo "begin transaction isolation level repeatable read read only;"; quarter_sql $Q $P; echo "commit;"; } > "$DATA/quarter.sql"
for i in 1 2 3 4 5; do
  s=$(date +%s%N); $PSQL -f "$DATA/quarter.sql" > /dev/null; echo "   $(( ($(date +%s%N) - s) / 1000000 )) ms"
done

echo "== (3) the dashboard as served (stored figures), $CONNECTIONS connections, $DURATION after $WARMUP warm-up; $(load)"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $COOKIE" "$DASH" > /dev/null
before=$(cpu)
out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 60s --latency -H "Cookie: $COOKIE" -s bench/percentiles.lua "$DASH")
echo "$out" | grep -E "Requests/sec|Non-2xx| p[0-9]+ "
echo "   $(cpu_per "$before" "$(echo "$out" | awk '/requests in/ { print $1 }')"); $(load)"

echo "== (4) the whole dashboard's figures by plain SQL (pgbench, $CONNECTIONS clients, $DURATION; one transaction = one dashboard)"
( cd "$DATA" && pgbench -n -h localhost -p $PG_PORT -U shenava -c "$CONNECTIONS" -j 2 -T "$SECS" -f "$SQLFILE" -l --log-prefix=pgb shenava 2>&1 \
  | grep -E "latency average|tps|error|FATAL" || true )
cat "$DATA"/pgb.* | awk '{ print $3 / 1000 }' | sort -n | awk '{ v[NR] = $1 } END {
  if (NR == 0) { print "  no dashboard finished"; exit }
  printf "  dashboards %d; p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", NR, v[int(NR*0.5)+0], v[int(NR*0.9)+0], v[int(NR*0.95)+0], v[int(NR*0.99)+0] }'
echo "   $(load)"

echo "== (5) the packs of $LABEL, five times each (stored figures); $(load)"
for kind in pdf xlsx; do
  before=$(cpu)
  for i in 1 2 3 4 5; do
    curl -s -o "$DATA/pack.$kind" -w "  $kind: %{http_code} %{size_download} bytes in %{time_total} s\n" -b "$COOKIE" \
      "http://localhost:$APP_PORT/analytics/pack.$kind?quarter=$LABEL"
  done
  echo "   $(cpu_per "$before" 5)"
done
echo "   machine load at the end: $(load)"
