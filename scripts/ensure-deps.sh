#!/usr/bin/env bash
# Installs what the tests and the demo need on a fresh clone: npm packages (npm ci) and the
# Debian packages of the real components they start (apt-get, when running as root). Fails with
# a clear message naming whatever is missing and cannot be installed. With --demo (npm run demo),
# a user who cannot install packages is stopped only for what the demo's no-engine run needs.
set -euo pipefail
for_demo=false
[ "${1:-}" = --demo ] && for_demo=true
cd "$(dirname "$0")/.."

# Real components the tests and the demo start: command -> Debian package.
declare -A needed=(
  [docker-registry]=docker-registry
  [skopeo]=skopeo
  [buildah]=buildah
  [/usr/sbin/sshd]=openssh-server
  [ssh-keygen]=openssh-client
  [scp]=openssh-client
  [tar]=tar
  [socat]=socat
  [htpasswd]=apache2-utils
  [git]=git
  [hyperfine]=hyperfine
  [/usr/bin/time]=time
  # quality-gate bench: lcov --summary is the reference for merged totals.
  [lcov]=lcov
  [openssl]=openssl
  [rsync]=rsync # gitlab-ci-local copies the project into each job's folder with it
  # The real build engine (scripts/engine/fetch-trixie.sh unpacks dockerd/buildx from Debian 13;
  # these come from this Debian 12 as usual): runc, tini, QEMU for arm RUN steps, bridge setup.
  [runc]=runc
  [tini]=tini
  [qemu-aarch64-static]=qemu-user-static
  [update-binfmts]=binfmt-support
  [iptables]=iptables
  [ip]=iproute2
)
missing=()
for cmd in "${!needed[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${needed[$cmd]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif $for_demo && ! printf '%s\n' "${missing[@]}" | grep -qxE 'docker-registry|git|tar'; then
    # The demo without the engine (synthesised images) needs only the registry, git and tar.
    echo "Missing Debian packages: ${missing[*]}; the tests need them, the demo runs without them." >&2
  else
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them (sudo apt-get install ${missing[*]}) and run the command again." >&2
    exit 1
  fi
fi

if [ ! -x node_modules/.bin/jest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # Installs the versions package-lock.json pins. Not `npm ci`: the registry these machines reach
  # lacks some other platforms' builds of optional packages (@swc/core-darwin-*, ...), which npm
  # therefore leaves out of the lock file, and `npm ci` refuses such a lock as out of sync.
  echo "Installing npm packages (npm install from package-lock.json)"
  npm install --no-save --no-audit --no-fund
fi

# The build engine the multiarch-bake tests run (Debian 13's dockerd, buildx, containerd, unpacked
# into .cache/engine; never installed). When it cannot be fetched, the engine tests fail saying so.
if ! bash scripts/engine/fetch-trixie.sh >/dev/null; then
  echo "Could not fetch the build engine (scripts/engine/fetch-trixie.sh); the engine tests will fail." >&2
fi
