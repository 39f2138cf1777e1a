#!/usr/bin/env bash
# Runs every go fuzz target of the module for a bounded time each:
#   scripts/fuzz.sh 5s     (what make test does)
#   scripts/fuzz.sh 2m     (make fuzz)
# New crashers land in the package's testdata/fuzz and then run as plain tests.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=${1:-5s}
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  targets=$(grep -hoE '^func (Fuzz[A-Za-z0-9_]+)\(f \*testing\.F\)' "$dir"/*_test.go 2>/dev/null | sed -E 's/^func (Fuzz[A-Za-z0-9_]+).*/\1/' || true)
  for target in $targets; do
    echo "== fuzz $pkg $target for $budget"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$budget" "$pkg" 2>&1 | tail -n 3
    test "${PIPESTATUS[0]}" -eq 0
  done
done
