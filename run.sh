#!/usr/bin/env bash
# Installs what is missing, builds, and opens Tayori on the embedded defaults (SQLite in your data folder).
# Arguments are passed to the app (e.g. ./run.sh --db /tmp/try.sqlite).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/scripts/bootstrap.sh" "$here/build"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting Tayori under Xvfb (set DISPLAY to use your own)." >&2
    exec xvfb-run -a "$here/build/ui/tayori" "$@"
fi
exec "$here/build/ui/tayori" "$@"
