#!/usr/bin/env bash
# npm start: does its own setup on a fresh clone (npm ci when the dev tools are missing), builds the Node
# server with tsc and runs it. Flags pass through: `npm start -- --port 6380`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/tsc ]; then npm ci --no-audit --no-fund >&2; fi
node_modules/.bin/tsc -p tsconfig.build.json
exec node dist/node.js "$@"
