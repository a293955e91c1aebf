#!/usr/bin/env bash
# Builds (installing what is missing) and runs every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
TWPII_CMAKE_ARGS="${TWPII_CMAKE_ARGS:-} -DTWPII_WERROR=ON" "$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure -j "$(nproc)"
# Again without the AVX2 code paths (candidate, cue-word and name searches), as on CPUs
# without AVX2: their SSE2 versions must pass the same tests. The huge-file test is left out:
# it tests memory, not search, and is the slowest.
echo "== again with TWPII_NO_AVX2=1 (SSE2 code paths)"
TWPII_NO_AVX2=1 ctest --output-on-failure -j "$(nproc)" -E e2e_huge_file_bounded_memory
