#!/usr/bin/env bash
# npm start: does its own setup on a fresh clone (npm ci when the dev tools are missing), builds the Node
# server with tsc and runs it. Flags pass through: `npm start -- --port 6380`. V8's heap flags
# (`--max-old-space-size=N`, `--max-semi-space-size=N`) go to node itself rather than to the server.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/tsc ]; then npm ci --no-audit --no-fund >&2; fi
node_modules/.bin/tsc -p tsconfig.build.json
node_flags=()
server_flags=()
for arg in "$@"; do
  case "$arg" in
    --max-old-space-size=* | --max-semi-space-size=*) node_flags+=("$arg") ;;
    *) server_flags+=("$arg") ;;
  esac
done
exec node ${node_flags[@]+"${node_flags[@]}"} dist/node.js ${server_flags[@]+"${server_flags[@]}"}
