#!/usr/bin/env bash
# Browser tests: the real binary serves the seed graph from a fresh embedded
# store, and Debian's Chromium, driven by playwright-core, checks the explorer.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x /usr/bin/chromium ] || { echo "ui tests: /usr/bin/chromium is missing (apt-get install chromium)" >&2; exit 1; }
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env -u NEO4J_URI bin/diplograph serve -addr "127.0.0.1:$port" -data "$work/graph.db" -seed seeds >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
cd ui && DIPLOGRAPH_URL="http://127.0.0.1:$port" npm test --silent
