#!/usr/bin/env bash
# The main job (`npm run demo`): a release flow on this machine through the bundled actions, run
# as the GitHub runner runs them, against a throwaway registry on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec npx tsx scripts/demo.ts "$@"
