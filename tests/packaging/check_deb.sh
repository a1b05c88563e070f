#!/usr/bin/env bash
# Builds the DEB with CPack and checks what it installs: both programs, the desktop entry, AppStream data, the icon,
# and dependencies that include the SQLite driver Qt loads at run time.
set -euo pipefail
build_dir=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" >/dev/null
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/tayori ./usr/bin/tayori-cli \
            ./usr/share/applications/org.tayori.Tayori.desktop \
            ./usr/share/metainfo/org.tayori.Tayori.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.tayori.Tayori.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqt6sql6-sqlite libqt6core5compat6 libuchardet0 libqt6widgets6; do
    grep -q "$dependency" <<<"$depends" || { echo "missing dependency: $dependency" >&2; exit 1; }
done
# The packaged CLI runs: extract it and ask for its version.
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/tayori-cli" --version | grep -q '^tayori-cli '
echo "package ok: $(basename "$deb")"
