#!/usr/bin/env bash
# The main job (`npm run demo`): the release flow of examples/sample-app on this machine through the
# bundled actions, run as the GitHub runner runs them: the real build engine as root (synthesised
# images otherwise) and a throwaway registry on 127.0.0.1. ensure-deps fetches both first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --demo
exec npx tsx scripts/demo.ts "$@"
