#!/usr/bin/env bash
# Times the start after a crash, as a user meets it: ./run in a fresh folder, record some entries, kill -9 the JVM
# (its embedded PostgreSQL keeps running, orphaned), then ./run again in the same folder, timed from the launch to
# the first successful HTTP answer (GET /actuator/health answering 200). Repeats the kill and the timed restart.
#   bench/run-crash-restart.sh [restarts] [app arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
restarts="${1:-5}"
shift || true

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
app=""

# the server the last JVM left, if it is still there: the process postmaster.pid names, if it is postgres on $data
stop_leftover_server() {
  local pid
  pid="$(head -1 "$data/postgres/postmaster.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "postgres -D $data/postgres "; then
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
}
finish() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  stop_leftover_server
  rm -rf "$data"
}
trap finish EXIT

# starts ./run in the background; sets $seconds to the time until the first 200 from the health endpoint
launch_and_time() {
  local log="$1" started
  started=$(date +%s%N)
  FOLLOWTHROUGH_DATA="$data" ./run --server.port="$port" "${@:2}" >"$log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "$base/actuator/health"; do
    if ! kill -0 "$app" 2>/dev/null; then echo "the app exited:" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.1
  done
  seconds="$(echo "scale=1; ($(date +%s%N) - $started) / 1000000000" | bc)"
}

user='bench@example.com:a long enough password'
record_some() {
  for _ in $(seq 1 20); do
    id="$(curl -sf -u "$user" -X POST "$base/api/v1/opportunities" -H 'Content-Type: application/json' \
      -d '{"company":"Acme","role":"Backend Engineer"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')"
    curl -sf -o /dev/null -u "$user" -X POST "$base/api/v1/opportunities/$id/interviews" -H 'Content-Type: application/json' \
      -d '{"endedAt":"2026-10-01T10:00:00+02:00","interviewers":[{"name":"Grace Hopper"}],"decision":{"kind":"NONE"}}'
  done
}

echo "Start after kill -9: $restarts restarts; app arguments: ${*:-(none)}"
echo "Java $("$(bin/find-jdk)/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
launch_and_time "$data/start-0.log" "$@"
echo "first start (new folder): $seconds s"
curl -sf -o /dev/null -X POST "$base/api/v1/signup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"a long enough password","displayName":"Bench","timeZone":"Europe/Berlin","region":"DE-BY"}'

times=()
for i in $(seq 1 "$restarts"); do
  record_some
  kill -9 "$app"
  wait "$app" 2>/dev/null || true
  launch_and_time "$data/start-$i.log" "$@"
  times+=("$seconds")
  orphan="$(grep -o 'Stopped the PostgreSQL left running on .* in [0-9]* ms' "$data/start-$i.log" | grep -o '[0-9]* ms$' || echo 'none')"
  echo "restart $i after kill -9: serving after $seconds s (orphaned PostgreSQL stopped in $orphan)"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "median %.1f s, max %.1f s over %d restarts\n", t[int((NR + 1) / 2)], t[NR], NR }'
