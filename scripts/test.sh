#!/usr/bin/env bash
# The whole test matrix: type checks (including the runtime-free core check), deno fmt --check and deno lint
# (deno.json), deno publish --dry-run (JSR), then the suite on Node, Bun
# and Deno. Does its own setup: npm packages, and Debian's redis-server/redis-tools for the differential and
# client tests when they are missing. Ends with one line totalling all runtimes: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/tsc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null || ! command -v redis-benchmark >/dev/null || ! command -v lua5.1 >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server redis-tools lua5.1 >/dev/null || exit 1
fi
export PATH="$PWD/node_modules/.bin:$PATH"
logs=$(mktemp -d)
status=0
echo "== typecheck"; npm run -s typecheck || status=1
echo "== format and lint"; { deno fmt --check && deno lint; } || status=1
# JSR: what `deno publish` would upload type-checks with no slow types (works offline: nothing is uploaded).
echo "== jsr"; deno publish --dry-run --allow-dirty --quiet || status=1
echo "== node"; npm run -s test:node 2>&1 | tee "$logs/node" || status=1
echo "== bun"; npm run -s test:bun 2>&1 | tee "$logs/bun" || status=1
echo "== deno"; npm run -s test:deno 2>&1 | tee "$logs/deno" || status=1
# Totals: node's runner prints "# pass N"/"# fail N", bun " N pass"/" N fail", deno "| N passed | N failed".
strip() { sed 's/\x1b\[[0-9;]*m//g' "$1"; }
np=$(strip "$logs/node" | sed -n 's/^# pass \([0-9]*\)$/\1/p' | tail -1); nf=$(strip "$logs/node" | sed -n 's/^# fail \([0-9]*\)$/\1/p' | tail -1)
bp=$(strip "$logs/bun" | sed -n 's/^ *\([0-9]*\) pass$/\1/p' | tail -1); bf=$(strip "$logs/bun" | sed -n 's/^ *\([0-9]*\) fail$/\1/p' | tail -1)
dp=$(strip "$logs/deno" | sed -n 's/.*| \([0-9]*\) passed.*/\1/p' | tail -1); df=$(strip "$logs/deno" | sed -n 's/.*| \([0-9]*\) failed.*/\1/p' | tail -1)
pass=$(( ${np:-0} + ${bp:-0} + ${dp:-0} )); fail=$(( ${nf:-0} + ${bf:-0} + ${df:-0} ))
echo "node: ${np:-0} passed, ${nf:-?} failed; bun: ${bp:-0} passed, ${bf:-?} failed; deno: ${dp:-0} passed, ${df:-?} failed"
if [ "$fail" -ne 0 ]; then
  # The names of the failed tests, last, so a CI log's tail says which ones.
  echo "failed tests:"
  strip "$logs/node" | sed -n 's/^ *not ok [0-9]* - \(.*\)$/  node: \1/p'
  strip "$logs/bun" | sed -n 's/^(fail) \(.*\)$/  bun: \1/p'
  strip "$logs/deno" | sed -n 's/^\(.*\) \.\.\. FAILED.*$/  deno: \1/p'
  status=1
fi
[ "$pass" -gt 0 ] || status=1
echo "${pass} passed, ${fail} failed"
exit $status
