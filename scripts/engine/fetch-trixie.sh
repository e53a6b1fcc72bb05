#!/usr/bin/env bash
# Fetches the real build engine the tests, the bench and the demo run: Debian 13 (trixie)'s
# docker.io (dockerd), docker-cli, docker-buildx and containerd, plus the amd64/arm64/armhf
# busybox-static packages the base images are made from. They come from the trixie suite of the
# machine's OWN Debian archive (read from its apt sources, so no mirror host is written here),
# through a private apt state: nothing is installed or upgraded on the system, the packages are
# only unpacked (dpkg -x) into a cache folder. Idempotent: a complete cache returns at once.
#
# Usage: scripts/engine/fetch-trixie.sh [cache-dir]   (default: $CIB_ENGINE_DIR or .cache/engine)
# Prints the cache folder on stdout; its bin/ holds docker, dockerd, containerd, docker-buildx...
set -euo pipefail
cd "$(dirname "$0")/../.."

cache="${1:-${CIB_ENGINE_DIR:-$PWD/.cache/engine}}"
# Bump when the package list changes, so old caches are refetched.
stamp_version=1
stamp="$cache/.complete-v$stamp_version"
if [ -f "$stamp" ]; then
  echo "$cache"
  exit 0
fi

for tool in apt-get dpkg-deb; do
  command -v "$tool" >/dev/null || {
    echo "fetch-trixie: $tool is missing; this script needs a Debian machine with apt." >&2
    exit 1
  }
done

# The machine's own Debian archive: the first "deb" URI serving a Debian suite (not -security),
# from one-line sources.list files or deb822 .sources files.
find_archive() {
  local files=() f
  [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
  for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && files+=("$f")
  done
  for f in "${files[@]}"; do
    case "$f" in
      *.sources)
        # deb822: stanzas separated by blank lines; take URIs of a "Types: deb" stanza whose
        # Suites are Debian release names (bookworm, bookworm-updates, ...), not -security.
        awk '
          BEGIN { RS=""; FS="\n" }
          {
            types=""; uris=""; suites=""
            for (i = 1; i <= NF; i++) {
              line=$i
              if (line ~ /^[ \t]*#/) continue
              if (line ~ /^Types:/)  { sub(/^Types:[ \t]*/, "", line); types=line }
              if (line ~ /^URIs:/)   { sub(/^URIs:[ \t]*/, "", line); uris=line }
              if (line ~ /^Suites:/) { sub(/^Suites:[ \t]*/, "", line); suites=line }
            }
            if (types ~ /(^| )deb( |$)/ && suites ~ /^(bookworm|trixie|bullseye|sid|stable|testing)/ && suites !~ /security/) {
              split(uris, u, /[ \t]+/); print u[1]
            }
          }' "$f"
        ;;
      *)
        # One-line: deb [options] URI suite components...
        sed -e 's/#.*//' "$f" | awk '
          $1 == "deb" {
            i = 2
            if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
            uri = $i; suite = $(i + 1)
            if (suite !~ /security/ && suite ~ /^(bookworm|trixie|bullseye|sid|stable|testing)/) print uri
          }'
        ;;
    esac
  done | grep -E '^(https?|file):' | grep -v -- '-security' | head -n 1
}

archive="$(find_archive || true)"
if [ -z "$archive" ]; then
  echo "fetch-trixie: found no Debian archive in /etc/apt/sources.list or /etc/apt/sources.list.d/." >&2
  echo "Add the machine's Debian mirror to its apt sources (or set CIB_DEBIAN_ARCHIVE=<uri>)." >&2
  exit 1
fi
archive="${CIB_DEBIAN_ARCHIVE:-$archive}"

state="$cache/.apt"
mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/debs" "$state/sources.list.d" \
  "$state/preferences.d"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
signed=""
[ -f "$keyring" ] && signed="signed-by=$keyring"
# The private sources: trixie of the same archive, for amd64 (the engine) and the arm
# architectures of the base images.
echo "deb [arch=amd64,arm64,armhf${signed:+ $signed}] $archive trixie main" >"$state/sources.list"
touch "$state/status"

apt_opts=(
  -o "Dir::Etc::SourceList=$state/sources.list"
  -o "Dir::Etc::SourceParts=$state/sources.list.d"
  -o "Dir::Etc::Preferences=$state/preferences"
  -o "Dir::Etc::PreferencesParts=$state/preferences.d"
  -o "Dir::State=$state"
  -o "Dir::State::Lists=$state/lists"
  -o "Dir::State::status=$state/status"
  -o "Dir::Cache=$state/cache"
  -o "Dir::Cache::Archives=$state/cache/archives"
  -o "APT::Architecture=amd64"
  -o "APT::Architectures::=amd64" -o "APT::Architectures::=arm64" -o "APT::Architectures::=armhf"
  -o "Debug::NoLocking=1"
  -o "Acquire::Languages=none"
  -o "APT::Sandbox::User=root"
)

echo "fetch-trixie: reading trixie from $archive" >&2
apt-get "${apt_opts[@]}" -qq update >&2

packages=(docker.io docker-cli docker-buildx containerd busybox-static:amd64 busybox-static:arm64 busybox-static:armhf)
(cd "$state/debs" && apt-get "${apt_opts[@]}" -qq download "${packages[@]}" >&2)

root="$cache/root"
rm -rf "$root" "$cache/arch"
mkdir -p "$root" "$cache/arch/amd64" "$cache/arch/arm64" "$cache/arch/arm" "$cache/bin"
for deb in "$state"/debs/*.deb; do
  case "$(basename "$deb")" in
    busybox-static_*_amd64.deb) dpkg-deb -x "$deb" "$cache/arch/amd64" ;;
    busybox-static_*_arm64.deb) dpkg-deb -x "$deb" "$cache/arch/arm64" ;;
    busybox-static_*_armhf.deb) dpkg-deb -x "$deb" "$cache/arch/arm" ;;
    *) dpkg-deb -x "$deb" "$root" ;;
  esac
done

# One bin/ with every program the engine support starts (dockerd finds containerd and its shim on
# PATH; the docker CLI finds buildx in its plugin folder, given with DOCKER_CONFIG's cli-plugins or
# the package's own /usr/libexec/docker/cli-plugins).
for program in docker dockerd containerd containerd-shim-runc-v2 ctr docker-proxy; do
  for dir in usr/bin usr/sbin usr/libexec/docker; do
    if [ -x "$root/$dir/$program" ]; then
      ln -sf "$root/$dir/$program" "$cache/bin/$program"
      break
    fi
  done
done
buildx="$root/usr/libexec/docker/cli-plugins/docker-buildx"
[ -x "$buildx" ] || { echo "fetch-trixie: docker-buildx was not in the package" >&2; exit 1; }
ln -sf "$buildx" "$cache/bin/docker-buildx"
# Named `buildx` it is a standalone program (bake --print needs no daemon).
ln -sf "$buildx" "$cache/bin/buildx"
for program in docker dockerd containerd docker-buildx; do
  [ -x "$cache/bin/$program" ] || { echo "fetch-trixie: $program missing after unpacking" >&2; exit 1; }
done
for arch in amd64 arm64 arm; do
  [ -x "$cache/arch/$arch/usr/bin/busybox" ] || { echo "fetch-trixie: busybox for $arch missing" >&2; exit 1; }
done

# Keep the lists out of the cache's size; the .debs stay for a re-unpack.
rm -rf "$state/lists"
touch "$stamp"
echo "$cache"
