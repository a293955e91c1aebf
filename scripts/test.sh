#!/usr/bin/env bash
# Builds (installing what is missing) and runs every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
TWPII_CMAKE_ARGS="${TWPII_CMAKE_ARGS:-} -DTWPII_WERROR=ON" "$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure -j "$(nproc)"
