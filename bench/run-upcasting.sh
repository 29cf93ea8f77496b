#!/usr/bin/env bash
# Reads stored events through the upcaster chain with and without the text-rules upcaster and prints ns/event.
#   bench/run-upcasting.sh [events]      (default 200,000; no database needed)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME
exec ./mvnw -q -pl bench -am verify -DskipTests -Dbench.skip=false \
  -Dbench.main=org.followthrough.bench.UpcastingBenchmark -Dbench.count="${1:-200000}"
