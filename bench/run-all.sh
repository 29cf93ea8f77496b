#!/usr/bin/env bash
# One run, one table: Followthrough's figures next to this machine's own limits, measured in the same run on the
# same PostgreSQL (issue 13). Not part of ./mvnw verify; at full size 8-11 minutes on this 2-core machine when it is
# quiet (docs/benchmarks.md).
#   bench/run-all.sh
#   BENCH_EVENTS=100000 BENCH_OPPORTUNITIES=1000 BENCH_SECONDS=5 bench/run-all.sh      (a quick try)
# Knobs: BENCH_EVENTS (stored events for the rebuild, the reads and the footprint, default 1,000,000),
# BENCH_OPPORTUNITIES (opened at 8 clients at the most, default 10,000; a twentieth of it at 1 client),
# BENCH_COMMAND_SECONDS (each command round stops after this long if its opportunities are not all open, default 45),
# BENCH_SECONDS (each pgbench and wrk run, default 20), BENCH_INTERVIEWS (coach analytics, default 100,000),
# BENCH_KEYSET_ROWS (default 1,000,000). The commands run against the store the rebuild step generated (about a
# tenth as many opportunities as events), so they always work among at least 10,000 opportunities. BENCH_JFR=true records a flight recording of each JVM (bench/target/run-all/*.jfr) to profile a miss:
#   jfr view hot-methods bench/target/run-all/app.jfr
# PostgreSQL: the server at PGHOST/PGPORT (default 127.0.0.1:5432), user PGUSER (default postgres), which must be
# allowed to create databases; a scratch database is made for the run and dropped at the end.
# Writes bench/target/results.json and every step's output under bench/target/run-all/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
events="${BENCH_EVENTS:-1000000}"
opportunities="${BENCH_OPPORTUNITIES:-10000}"
opportunities_one="$(( opportunities / 20 ))"
seconds="${BENCH_SECONDS:-20}"
command_seconds="${BENCH_COMMAND_SECONDS:-45}"
interviews="${BENCH_INTERVIEWS:-100000}"
keyset_rows="${BENCH_KEYSET_ROWS:-1000000}"

out=bench/target/run-all
rm -rf "$out"
mkdir -p "$out"
results="$out/results.tsv"
: >"$results"
jar=web/target/followthrough.jar
db="ft_bench_all_$$"
app=""
background=""
run_started=$(date +%s)
# the master key the bench's own contexts seal personal fields with (RebuildBenchmark: 32 zero bytes); the app, on
# the same data, must open them with it
bench_key="$(head -c 32 /dev/zero | base64)"

step() { echo; echo "== $* ($(( $(date +%s) - run_started )) s into the run; load $(cut -d' ' -f1 /proc/loadavg))"; }
result() { echo "RESULT $1 $2" >>"$results"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# the JVM option that records a flight recording named $1, when asked for
jfr() { if [ "${BENCH_JFR:-false}" = true ]; then echo "-XX:StartFlightRecording=filename=$out/$1.jfr,settings=profile"; else echo "-Dbench.jfr=false"; fi; }
# a Java main of the bench module; its RESULT lines go to the results
bench_java() {
  local name="$1"; shift
  "$JAVA_HOME/bin/java" "$(jfr "$name")" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$@" 2>&1 | tee "$out/$name.log" \
    | grep -v -e '^RESULT ' -e 'ProjectionRebuilds - Rebuild .*events/s' || true
  grep '^RESULT ' "$out/$name.log" >>"$results" || true
  if ! grep -q '^RESULT ' "$out/$name.log"; then echo "$name printed no results; see $out/$name.log" >&2; exit 1; fi
}
# waits for the first 200 from /actuator/health of the app (pid $1, port $2); prints the seconds since $3 (ns)
await_health() {
  until curl -sf -o /dev/null "http://127.0.0.1:$2/actuator/health"; do
    if ! kill -0 "$1" 2>/dev/null; then echo "the app exited; see its log in $out" >&2; exit 1; fi
    sleep 0.1
  done
  echo "scale=2; ($(date +%s%N) - $3) / 1000000000" | bc
}
# the embedded server's pg_ctl; as root in a user namespace of its own, where it is "nobody" (as the app's server is)
embedded_ctl() {
  if [ "$(id -u)" = 0 ]; then unshare -U "$embedded_bin/pg_ctl" "$@"; else "$embedded_bin/pg_ctl" "$@"; fi
}
stop_app() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi
}
finish() {
  if [ -n "$background" ]; then kill "$background" 2>/dev/null || true; fi
  stop_app
  if [ -n "${embedded_bin:-}" ] && [ -f "$out/embedded/postgres/postmaster.pid" ]; then
    embedded_ctl -D "$out/embedded/postgres" -m fast stop >/dev/null 2>&1 || true
  fi
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
}
trap finish EXIT

step "Building the app's jar and the bench module"
./mvnw -q -pl web,bench -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
psql -q -d postgres -c "CREATE DATABASE $db"
server_version="$(psql -Atq -d "$db" -c 'SHOW server_version')"

# ---------------------------------------------------------------------------------------------------------------
step "Machine limit: single-row insert transactions into a table shaped like Axon's event table (pgbench)"
# the DDL of the event table itself, from the app's migration, under another name
sed -n '/^CREATE TABLE domainevententry/,/^);/p' infra/src/main/resources/db/migration/V1__axon_event_store.sql \
  | sed 's/domainevententry/limit_event/' | psql -q -v ON_ERROR_STOP=1 -d "$db"
# a row like a stored event: two UUIDs, a JSON payload of about 400 bytes, its type and time
cat >"$out/insert.sql" <<'SQL'
INSERT INTO limit_event (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (gen_random_uuid()::text, 0, 'Opportunity', gen_random_uuid()::text, '\x7b7d'::bytea, convert_to('{"opportunityId":"' || gen_random_uuid() || '","candidateId":"' || gen_random_uuid() || '",' || repeat('"x":"0123456789",', 18) || '"y":1}', 'UTF8'), NULL, 'org.followthrough.domain.opportunity.InterviewRecorded', '2026-11-30T12:00:00Z');
SQL
for clients in 1 8; do
  threads=$(( clients < 2 ? 1 : 2 ))
  pgbench -n -f "$out/insert.sql" -c "$clients" -j "$threads" -T "$seconds" "$db" >"$out/pgbench-c$clients.log" 2>&1
  tps="$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$out/pgbench-c$clients.log")"
  echo "pgbench, $clients client(s): $tps insert transactions/s"
  result "limit.inserts.c$clients.per_s" "$tps"
done

step "Machine limit: reading $keyset_rows rows in pages of 1,000 by keyset (JDBC)"
psql -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
TRUNCATE limit_event;
INSERT INTO limit_event (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)
SELECT md5((i / 10)::text), i % 10, 'Opportunity', md5(i::text), '\x7b7d'::bytea,
       convert_to('{"opportunityId":"' || md5((i / 10)::text) || '",' || repeat('"x":"0123456789",', 20) || '"y":' || i || '}', 'UTF8'),
       NULL, 'org.followthrough.domain.opportunity.InterviewRecorded', '2026-11-30T12:00:00Z'
FROM generate_series(1, $keyset_rows) AS i;
VACUUM ANALYZE limit_event;
SQL
bench_java keyset org.followthrough.bench.KeysetRead "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$PGUSER" limit_event
psql -q -d "$db" -c "DROP TABLE limit_event"

# ---------------------------------------------------------------------------------------------------------------
step "Rebuild: every projection from $events generated events"
FOLLOWTHROUGH_BENCH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/postgres" FOLLOWTHROUGH_BENCH_DB_USER="$PGUSER" \
  FOLLOWTHROUGH_BENCH_DB_NAME="$db" bench_java rebuild org.followthrough.bench.RebuildBenchmark "$events"

# PostgreSQL's committed transactions in the scratch database so far (an idle backend reports its own within 10 s)
commits() { sleep "${1:-1}"; psql -Atq -d "$db" -c "SELECT pg_stat_force_next_flush(); SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()" 2>/dev/null | tail -1; }
# the server's commits per command of a step: the command's own and the three projections' (warm-up included)
commits_per_command() {
  local before="$1" commands
  commands="$(awk -v p="$2" '$2 == p ".c1.opportunities" || $2 == p ".c8.opportunities" { n += $3 } END { print 2 * (100 + n) }' "$results")"
  result "$2.server_commits_per_command" "$(echo "scale=2; ($(commits 11) - $before) / $commands" | bc)"
  echo "server transactions committed per command: $(tail -1 "$results" | cut -d' ' -f3)"
}

stored_opportunities="$(psql -Atq -d "$db" -c "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE type = 'Opportunity'")"
result commands.store_opportunities "$stored_opportunities"
step "Commands through the command gateway only (no HTTP), among $stored_opportunities stored opportunities: up to $opportunities_one and $opportunities new ones, ${command_seconds} s at the most each"
before="$(commits)"
FOLLOWTHROUGH_BENCH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/postgres" FOLLOWTHROUGH_BENCH_DB_USER="$PGUSER" \
  FOLLOWTHROUGH_BENCH_DB_NAME="$db" bench_java gateway -Dbench.commandSeconds="$command_seconds" \
  org.followthrough.bench.CommandBenchmark gateway "$opportunities_one" "$opportunities"
commits_per_command "$before" commands.gateway

# ---------------------------------------------------------------------------------------------------------------
step "The app from its jar on the same database (bcrypt cost 10, the production setting)"
port="$(free_port)"
base="http://127.0.0.1:$port"
env -u FOLLOWTHROUGH_DATA SPRING_PROFILES_ACTIVE=postgres FOLLOWTHROUGH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
  FOLLOWTHROUGH_DB_USER="$PGUSER" FOLLOWTHROUGH_MASTER_KEY="$bench_key" "$JAVA_HOME/bin/java" "$(jfr app)" -jar "$jar" --server.port="$port" >"$out/app.log" 2>&1 &
app=$!
echo "serving after $(await_health "$app" "$port" "$(date +%s%N)") s"

password='a long enough password'
# signs up a candidate and prints a personal access token of theirs
candidate_token() {
  curl -sf -o /dev/null -X POST "$base/api/v1/signup" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$password\",\"displayName\":\"Bench\",\"timeZone\":\"Europe/Berlin\",\"region\":\"DE-BY\"}"
  curl -sf -u "$1:$password" -X POST "$base/api/v1/me/tokens" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
writer_token="$(candidate_token writer@example.com)"
reader_token="$(candidate_token reader@example.com)"
[ -n "$writer_token" ] && [ -n "$reader_token" ] || { echo "no token" >&2; exit 1; }

step "Commands through HTTP (POST with a token, 201 after read-your-writes): up to $opportunities_one and $opportunities opportunities, ${command_seconds} s at the most each"
before="$(commits)"
bench_java http -Dbench.commandSeconds="$command_seconds" org.followthrough.bench.CommandBenchmark http "$base" \
  "$writer_token" "$opportunities_one" "$opportunities"
commits_per_command "$before" commands.http

step "Reads at 8 clients (wrk) while commands run, $(psql -Atq -d "$db" -c 'SELECT count(*) FROM domainevententry') events stored"
# the reader: a candidate with 50 opportunities, each with an interview, among everyone else's events
for i in $(seq 1 50); do
  id="$(curl -sf -H "Authorization: Bearer $reader_token" -X POST "$base/api/v1/opportunities" \
    -H 'Content-Type: application/json' -d "{\"company\":\"Company $i\",\"role\":\"Engineer\"}" \
    | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')"
  curl -sf -o /dev/null -H "Authorization: Bearer $reader_token" -X POST "$base/api/v1/opportunities/$id/interviews" \
    -H 'Content-Type: application/json' \
    -d '{"endedAt":"2026-11-20T10:00:00+01:00","interviewers":[{"name":"Grace Hopper"}],"decision":{"kind":"NONE"}}'
done
# the dashboard as a browser sees it: signed in with the form, the session cookie
cookies="$out/cookies.txt"
csrf="$(curl -sf -c "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')"
curl -sf -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "email=reader@example.com" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
session="$(awk '$6 == "SESSION" { print $7 }' "$cookies")"
curl -sf -H "Cookie: SESSION=$session" "$base/" -o "$out/dashboard.html"
grep -q 'Sign out' "$out/dashboard.html" || { echo "the dashboard was not signed in; see $out/dashboard.html" >&2; exit 1; }
result reads.dashboard.bytes "$(stat -c %s "$out/dashboard.html")"
# the first page of due actions (50, the default limit), as the wrk run below reads it
curl -sf -H "Authorization: Bearer $reader_token" "$base/api/v1/due-actions" -o "$out/due-actions.json"
result reads.due_actions.bytes "$(stat -c %s "$out/due-actions.json")"

stop_file="$out/stop-background"
"$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.followthrough.bench.CommandBenchmark \
  http-background "$base" "$writer_token" "$stop_file" >"$out/background.log" 2>&1 &
background=$!
# wrk's latency distribution: the value at a percentile, in ms
wrk_ms() {
  awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
    else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; print v }' "$2"
}
read_bench() {
  local name="$1" path="$2" header="$3" log="$out/wrk-$1.log"
  wrk -t2 -c8 -d"${seconds}s" --latency -H "$header" "$base$path" >"$log"
  local rps p50 p99 bad
  rps="$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' "$log")"
  p50="$(wrk_ms 50% "$log")"; p99="$(wrk_ms 99% "$log")"
  bad="$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\)/\1/p' "$log")"
  echo "$name: $rps requests/s, p50 $p50 ms, p99 $p99 ms${bad:+, $bad failed}"
  result "reads.$name.per_s" "$rps"; result "reads.$name.p50_ms" "$p50"; result "reads.$name.p99_ms" "$p99"
  result "reads.$name.failed" "${bad:-0}"
}
sleep 2
read_bench timeline /api/v1/timeline "Authorization: Bearer $reader_token"
read_bench due_actions /api/v1/due-actions "Authorization: Bearer $reader_token"
read_bench dashboard / "Cookie: SESSION=$session"
touch "$stop_file"
wait "$background" || { cat "$out/background.log" >&2; exit 1; }
background=""
grep '^RESULT ' "$out/background.log" >>"$results"
grep -v '^RESULT ' "$out/background.log"
stop_app

# ---------------------------------------------------------------------------------------------------------------
step "Coach analytics over $interviews interviews"
FOLLOWTHROUGH_BENCH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/postgres" FOLLOWTHROUGH_BENCH_DB_USER="$PGUSER" \
  bench_java analytics org.followthrough.bench.AnalyticsBenchmark "$interviews"

# ---------------------------------------------------------------------------------------------------------------
step "Footprint: the embedded default (./run, no settings) holding this run's $events+ events"
embedded="$out/embedded"
app_port="$(free_port)"
pg_port="$(free_port)"
# started as a user starts it, with ./run (and so with its start-up cache, trained on the first of these launches)
launch_embedded() {
  local tool_options=""
  if [ "${BENCH_JFR:-false}" = true ]; then tool_options="$(jfr "${1%.log}")"; fi
  env -u SPRING_PROFILES_ACTIVE -u FOLLOWTHROUGH_DB_URL -u FOLLOWTHROUGH_DATA FOLLOWTHROUGH_MASTER_KEY="$bench_key" \
    JAVA_TOOL_OPTIONS="$tool_options" ./run \
    --server.port="$app_port" --followthrough.embedded.data-dir="$embedded/postgres" \
    --followthrough.embedded.port="$pg_port" >"$out/$1" 2>&1 &
  app=$!
}
# a first start makes the folder and its schema; then its server, started on its own, gets this run's data
launch_embedded embedded-first.log
await_health "$app" "$app_port" "$(date +%s%N)" >/dev/null
embedded_bin="$(dirname "$(readlink "/proc/$(head -1 "$embedded/postgres/postmaster.pid")/exe")")"
stop_app
socket_dir="$(mktemp -d)"
embedded_ctl -D "$embedded/postgres" -w -l "$out/embedded-load.log" \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$socket_dir" start >/dev/null
embedded_password="$(cat "$embedded/postgres.password")"
embedded_psql() { PGPASSWORD="$embedded_password" psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d followthrough "$@"; }
embedded_psql -c "DO \$\$ BEGIN EXECUTE (SELECT 'TRUNCATE ' || string_agg(quote_ident(tablename), ', ') || ' CASCADE'
  FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'); END \$\$"
pg_dump -a --disable-triggers -T flyway_schema_history -d "$db" | embedded_psql -o /dev/null
embedded_psql -c "VACUUM ANALYZE"
echo "copied $(embedded_psql -Atc 'SELECT count(*) FROM domainevententry') events and their read models"
embedded_ctl -D "$embedded/postgres" -m fast -w stop >/dev/null
rmdir "$socket_dir"

launched=$(date +%s%N)
launch_embedded embedded.log
startup="$(await_health "$app" "$app_port" "$launched")"
echo "start-up (launch to the first 200 from /actuator/health): $startup s"
result footprint.startup_s "$startup"
# the reader's pages for a while, so the memory is that of a working app
wrk -t2 -c8 -d"${seconds}s" -H "Authorization: Bearer $reader_token" "http://127.0.0.1:$app_port/api/v1/due-actions" \
  >"$out/wrk-embedded.log"
wrk -t2 -c8 -d"${seconds}s" -H "Authorization: Bearer $reader_token" "http://127.0.0.1:$app_port/api/v1/timeline" \
  >>"$out/wrk-embedded.log"
rss_kb="$(awk '/^VmRSS/ { print $2 }' "/proc/$app/status")"
pg_pid="$(head -1 "$embedded/postgres/postmaster.pid")"
# PostgreSQL: the proportional set size of the server and its backends (shared buffers counted once)
pg_pss_kb="$(for pid in "$pg_pid" $(pgrep -P "$pg_pid"); do awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null; done \
  | awk '{ s += $1 } END { print s + 0 }')"
echo "resident memory: JVM $(( rss_kb / 1024 )) MB; embedded PostgreSQL $(( pg_pss_kb / 1024 )) MB (PSS of $(( $(pgrep -cP "$pg_pid") + 1 )) processes)"
result footprint.jvm_rss_mb "$(echo "scale=1; $rss_kb / 1024" | bc)"
result footprint.postgres_pss_mb "$(echo "scale=1; $pg_pss_kb / 1024" | bc)"
stop_app

# ---------------------------------------------------------------------------------------------------------------
step "Summary"
"$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.followthrough.bench.RunAllReport \
  "$results" bench/target/results.json \
  "PostgreSQL $server_version at $PGHOST:$PGPORT" "$events" "$opportunities" "$seconds" "$interviews" "$keyset_rows"
echo "whole run: $(( $(date +%s) - run_started )) s"
