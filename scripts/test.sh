#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need (npm packages; Debian
# packages through apt-get when running as root), runs every static check, then every test.
# Fails with a clear message naming any component it cannot install.
set -euo pipefail
cd "$(dirname "$0")/.."

# Real components the integration tests start: command -> Debian package.
declare -A needed=(
  [docker-registry]=docker-registry
  [skopeo]=skopeo
  [buildah]=buildah
  [/usr/sbin/sshd]=openssh-server
  [ssh-keygen]=openssh-client
  [socat]=socat
  [htpasswd]=apache2-utils
  [git]=git
  [hyperfine]=hyperfine
)
missing=()
for cmd in "${!needed[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${needed[$cmd]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages the tests need: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The tests need these Debian packages, which are missing: ${missing[*]}" >&2
    echo "Install them (sudo apt-get install ${missing[*]}) and run npm test again." >&2
    exit 1
  fi
fi

if [ ! -x node_modules/.bin/jest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

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
' "$report" || true
rm -f "$report"
exit $status
