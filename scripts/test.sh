#!/usr/bin/env bash
# The whole test suite. Starts a real Neo4j for the store tests when
# NEO4J_URI is unset, and stops it on the way out, pass or fail.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "make test: $tool is missing; the Neo4j tests need Java 17 and Maven" >&2; exit 1; }
done

if [ -z "${NEO4J_URI:-}" ]; then
  export NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7697}"
  export NEO4J_DATA_DIR="$PWD/.cache/neo4j-test/data"
  export NEO4J_RUN_DIR="$PWD/.cache/neo4j-test"
  rm -rf "$NEO4J_DATA_DIR"
  trap 'scripts/neo4j.sh stop' EXIT
  scripts/neo4j.sh start
  export NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
fi

echo "== go vet and gofmt"
go vet ./...
make --no-print-directory fmt-check

echo "== go test (NEO4J_URI=$NEO4J_URI)"
# The store packages run verbosely so the log shows the conformance suite
# passing on each store.
mkdir -p .cache
status=0
go test -count=1 -v ./store/... >.cache/store-tests.log 2>&1 || status=$?
grep -E -- '^(\s*--- (PASS|FAIL|SKIP)|ok|FAIL|panic)' .cache/store-tests.log || true
if [ "$status" -ne 0 ]; then
  echo "store tests failed; the end of their log:" >&2
  tail -n 60 .cache/store-tests.log >&2
  exit "$status"
fi
go test -count=1 $(go list ./... | grep -v /store/)

echo "== browser tests"
scripts/ui-test.sh
