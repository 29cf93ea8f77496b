#!/usr/bin/env bash
# Times the API as a client sees it: recording an interview (the 201 comes once the projections show it, see
# ReadYourWrites), then reading what to do next and the timeline. Starts the app on a free port with a fresh
# embedded PostgreSQL in a temporary folder, and stops it at the end.
#   bench/run-latency.sh [requests] [app arguments...]
#   bench/run-latency.sh 200 --axon.eventhandling.processors.due-actions.mode=pooled
# Passwords are hashed with bcrypt cost 4 here, so the figures show the app's own work, not the hash that every
# HTTP Basic request pays (about 50-80 ms at the default cost 10 on this machine).
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-200}"
shift || true

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
log="$data/app.log"
FOLLOWTHROUGH_DATA="$data" ./run --server.port="$port" --followthrough.security.bcrypt-strength=4 "$@" >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  if curl -sf -o /dev/null "$base/login"; then break; fi
  if ! kill -0 $app 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 0.5
done

user='bench@example.com:a long enough password'
curl -sf -o /dev/null -X POST "$base/api/v1/signup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"a long enough password","displayName":"Bench","timeZone":"Europe/Berlin","region":"DE-BY"}'
opportunity() {
  curl -sf -u "$user" -X POST "$base/api/v1/opportunities" -H 'Content-Type: application/json' \
    -d '{"company":"Acme","role":"Backend Engineer"}' | sed 's/.*"id":"\([^"]*\)".*/\1/'
}

# one request as the user; prints its time (s), or stops with the answer when it was not a success
timed() {
  local out
  out="$(curl -s -o "$data/body" -w '%{http_code} %{time_total}' -u "$user" "$@")"
  case "$out" in
    2*) echo "${out#* }" ;;
    *) echo "request failed: HTTP ${out% *}: $(cat "$data/body")" >&2; exit 1 ;;
  esac
}

# prints median, p95 and max (ms) of the times (s) on stdin
summary() {
  sort -n | awk '{ t[NR] = $1 * 1000 } END {
    p95 = int(NR * 0.95 + 0.5); if (p95 < 1) p95 = 1
    printf "%8.1f ms %8.1f ms %8.1f ms   (%d requests)\n", t[int((NR + 1) / 2)], t[p95], t[NR], NR }'
}

# a few requests first, so the JIT has seen the paths
for i in $(seq 1 20); do
  curl -sf -o /dev/null -u "$user" "$base/api/v1/due-actions"
done

echo "Latency benchmark: $requests requests each; app arguments: ${*:-(none)}"
echo "Java $("$(bin/find-jdk)/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2); $(nproc) cores; embedded PostgreSQL"
printf '%-46s %11s %11s %11s\n' "request" "median" "p95" "max"

printf '%-46s ' "POST an interview (201 once projected)"
for i in $(seq 1 "$requests"); do
  # an opportunity takes up to 20 interview rounds: a new one (untimed) every 20
  if (( i % 20 == 1 )); then id="$(opportunity)"; fi
  day=$(( (i % 20) + 1 ))
  timed -X POST "$base/api/v1/opportunities/$id/interviews" -H 'Content-Type: application/json' \
    -d "{\"startedAt\":\"2026-10-$(printf %02d $day)T09:00:00+02:00\",\"endedAt\":\"2026-10-$(printf %02d $day)T10:00:00+02:00\",\"interviewers\":[{\"name\":\"Grace Hopper\"}],\"decision\":{\"kind\":\"NONE\"}}"
done | summary

printf '%-46s ' "GET what to do next (/api/v1/due-actions)"
for i in $(seq 1 "$requests"); do
  timed "$base/api/v1/due-actions"
done | summary

printf '%-46s ' "GET the timeline, first page of 50"
for i in $(seq 1 "$requests"); do
  timed "$base/api/v1/timeline"
done | summary
