#!/usr/bin/env bash
# Runs every go fuzz target of the module for a bounded time each:
#   scripts/fuzz.sh 4s     (what make test does)
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
    # A failure prints all the fuzzer said (the failing input, or why the
    # engine stopped); a pass its last lines. Go's engine may also fail a
    # run whose -fuzztime ends while a worker is still in a call ("context
    # deadline exceeded", no input written: golang/go#51484); that run is
    # tried once more, and fails if it fails again.
    for attempt in 1 2; do
      if out=$(go test -run '^$' -fuzz "^${target}\$" -fuzztime "$budget" "$pkg" 2>&1); then
        tail -n 3 <<<"$out"
        break
      fi
      if [ "$attempt" = 1 ] && grep -q 'context deadline exceeded' <<<"$out" && ! grep -q 'Failing input written' <<<"$out"; then
        echo "fuzz: the engine's deadline ended a call in flight, no input failed; once more"
        continue
      fi
      grep -v '^fuzz: elapsed' <<<"$out" | tail -n 80
      exit 1
    done
  done
done
