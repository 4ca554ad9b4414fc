#!/usr/bin/env bash
# The whole test matrix: type checks (including the runtime-free core check), then the suite on Node, Bun
# and Deno. Does its own setup: npm packages, and Debian's redis-server/redis-tools for the differential and
# client tests when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then npm ci --no-audit --no-fund; fi
if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server redis-tools >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server redis-tools >/dev/null
  fi
fi
# Debian starts a redis-server service on install; the tests start their own on free ports.
export PATH="$PWD/node_modules/.bin:$PATH"
echo "== typecheck"; npm run -s typecheck
echo "== node"; npm run -s test:node
echo "== bun"; npm run -s test:bun
echo "== deno"; npm run -s test:deno
