#!/usr/bin/env bash
# Customer search at scale: fills a fresh embedded PostgreSQL with N customers (default 200,000),
# signs in as a staff member and drives the search page with wrk. Prints requests/s and latency.
#
#   bench/customer-search.sh                 # 200k customers, 20 s per query
#   CUSTOMERS=1000000 DURATION=30s bench/customer-search.sh
#
# Needs: a JDK 17, wrk and psql (Debian: apt-get install wrk postgresql-client). Durability stays on.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${CUSTOMERS:-200000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-54329}
DATA=$(mktemp -d /tmp/shenava-bench.XXXX)
PASS=bench-pass-12345

command -v wrk >/dev/null && command -v psql >/dev/null || { echo "install wrk and postgresql-client first"; exit 2; }

echo "== building"
./mvnw -q -B -DskipTests package
JAR=$(ls target/shenava-*.jar | grep -v original | head -1)

echo "== starting Shenava on :$APP_PORT (embedded PostgreSQL on :$PG_PORT, data in $DATA)"
java -Xmx1g -jar "$JAR" --server.port=$APP_PORT --shenava.data-dir="$DATA" --shenava.embedded-db.port=$PG_PORT \
  --shenava.admin-password=$PASS --logging.level.root=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
# the embedded database asks for a password: libpq reads it from the file written on first start
export PGPASSFILE="$DATA/pgpass"

echo "== inserting $N customers with a contact phone each"
START=$(date +%s)
psql -q -h localhost -p $PG_PORT -U shenava -d shenava <<SQL
insert into customer (code, name, kind, city, search_text, created_at)
select 'B-' || g, 'بیمارستان شماره ' || g, 'HOSPITAL', 'تهران',
       'بیمارستان شماره ' || g || ' b-' || g || ' تهران | 0912' || lpad(g::text, 7, '0'), now()
from generate_series(1, $N) g;
analyze customer;
SQL
echo "   took $(( $(date +%s) - START )) s"

echo "== signing in"
JAR_COOKIES="$DATA/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://localhost:$APP_PORT/login" | csrf)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -d "username=admin&password=$PASS&_csrf=$TOKEN" "http://localhost:$APP_PORT/login"
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://localhost:$APP_PORT/account/password" | csrf)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null --data-urlencode "current=$PASS" \
  --data-urlencode "next=$PASS-2" --data-urlencode "repeat=$PASS-2" -d "_csrf=$TOKEN" "http://localhost:$APP_PORT/account/password"
SESSION=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { c = $6 "=" $7 } END { print c }' "$JAR_COOKIES")

run() {
  echo "== $1"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $SESSION" "http://localhost:$APP_PORT$2" \
    | grep -E "Requests/sec|Latency |50%|90%|99%|Non-2xx"
}
run "search by phone digits (one match among $N)" "/customers?q=09120012345"
run "search by name typed with Arabic ي (one match)" "/customers?q=%D8%A8%D9%8A%D9%85%D8%A7%D8%B1%D8%B3%D8%AA%D8%A7%D9%86%20%D8%B4%D9%85%D8%A7%D8%B1%D9%87%20123456"
run "first page of all customers" "/customers"
