#!/usr/bin/env bash
# Installs what is missing, builds (warnings are errors), and runs the whole suite with ctest.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/scripts/bootstrap.sh" "$here/build" -DTAYORI_WERROR=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$here/build" --output-on-failure --parallel 2 "$@"
