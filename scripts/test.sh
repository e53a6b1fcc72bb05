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
report=$(mktemp)
status=0
npx jest --ci --json --outputFile="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report" || status=1
rm -f "$report"
exit $status
