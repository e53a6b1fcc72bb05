#!/usr/bin/env bash
# The whole test suite from a fresh clone (`npm test`; .ci/run calls it): installs what it needs,
# runs every static check (types, lint, workflow lint, dist/ and action-matrix.md up to date),
# then every test, and ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

echo "== static checks"
npm run --silent check

echo "== tests"
# The run gets a temporary folder of its own, removed at the end: tests make many temporary
# workspaces, registries and checkouts, and a long-lived machine must not collect them.
run_tmp=$(mktemp -d /tmp/cib-test-run.XXXXXX)
trap 'rm -rf "$run_tmp"' EXIT
export TMPDIR="$run_tmp"
report="$run_tmp/jest-report.json"
status=0
npx jest --ci --json --outputFile="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report" || status=1
exit $status
