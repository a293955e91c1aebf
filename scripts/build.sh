#!/usr/bin/env bash
# Installs what is missing, configures a Release build in build/ and builds build/twpii.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release ${TWPII_CMAKE_ARGS:-} >/dev/null
cmake --build "$root/build" -j "$(nproc)"
