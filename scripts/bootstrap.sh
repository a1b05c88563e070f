#!/usr/bin/env bash
# Shared by ./run.sh and ./test.sh: install what is missing (Debian/Ubuntu), then configure and build.
# Usage: scripts/bootstrap.sh BUILD_DIR [extra cmake args…]
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-"$here/build"}
shift || true

# Debian 12 package names. qt6-httpserver-dev needs qt6-websockets-dev, which Debian forgets.
packages=(
    cmake ninja-build pkg-config g++ python3 sqlite3 xvfb xauth time bc
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libgl-dev
    qt6-5compat-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libuchardet-dev libssl-dev libopendkim-dev opendkim-tools python3-dkim qtkeychain-qt6-dev
    ca-certificates qt6-webengine-dev qt6-image-formats-plugins qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
        echo "Missing packages: ${missing[*]} — install them with your system's package manager." >&2
        exit 1
    fi
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$here" -B "$build_dir" -G Ninja "$@" >/dev/null
cmake --build "$build_dir" --parallel
