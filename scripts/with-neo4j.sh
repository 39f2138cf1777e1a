#!/usr/bin/env bash
# Runs a command with NEO4J_URI pointing at a real Neo4j: the one already
# set, or a local Community server started here (fresh data) and stopped on
# the way out, whether the command passes or fails.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${NEO4J_URI:-}" ]; then
  exec "$@"
fi
for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: the Neo4j store needs Java 17 and Maven to start a local Neo4j (or set NEO4J_URI)" >&2; exit 1; }
done
export NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7697}"
export NEO4J_DATA_DIR="$PWD/.cache/neo4j-test-data-$NEO4J_BOLT_PORT"
rm -rf "$NEO4J_DATA_DIR"
trap 'scripts/neo4j.sh stop' EXIT
scripts/neo4j.sh start
export NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
"$@"
