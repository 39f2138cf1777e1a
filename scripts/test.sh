#!/usr/bin/env bash
# The whole test suite. Starts a real Neo4j for the store tests when
# NEO4J_URI is unset, and stops it on the way out, pass or fail.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${NEO4J_URI:-}" ]; then
  exec scripts/with-neo4j.sh "$0" "$@"
fi

echo "== go vet and gofmt"
go vet ./...
make --no-print-directory fmt-check

echo "== go test (NEO4J_URI=$NEO4J_URI)"
# The store packages run verbosely so the log shows the conformance suite
# passing on each store.
mkdir -p .cache
status=0
go test -count=1 -timeout 30m -v ./store/... >.cache/store-tests.log 2>&1 || status=$?
grep -E -- '^(\s*--- (PASS|FAIL|SKIP)|ok|FAIL|panic)' .cache/store-tests.log || true
if [ "$status" -ne 0 ]; then
  echo "store tests failed; the end of their log:" >&2
  tail -n 60 .cache/store-tests.log >&2
  exit "$status"
fi
go test -count=1 -timeout 40m $(go list ./... | grep -v /store/)

echo "== fuzz targets, a few seconds each"
scripts/fuzz.sh "${FUZZ_TIME:-4s}"

echo "== browser tests"
scripts/ui-test.sh
