#!/usr/bin/env bash
# Rebuilds every projection from a generated event store (default 1,000,000 events) and prints events/s.
#   bench/run-rebuild.sh [events]
# FOLLOWTHROUGH_BENCH_PROCESSOR_MODE=pooled replays with pooled streaming processors instead of the app's tracking ones.
# PostgreSQL: FOLLOWTHROUGH_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/postgres, user from
# FOLLOWTHROUGH_BENCH_DB_USER, default postgres); "embedded", or no server answering, uses an embedded PostgreSQL.
# The benchmark works in a database of its own and drops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME
exec ./mvnw -q -pl bench -am verify -DskipTests -Dbench.skip=false \
  -Dbench.main=org.followthrough.bench.RebuildBenchmark -Dbench.count="${1:-1000000}"
