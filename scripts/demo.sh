#!/usr/bin/env bash
# Builds twpii (installing what is missing), then scans samples/ and masks it into
# build/demo-masked/, showing the report and one masked petition.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
cd "$root"
twpii=build/twpii
out=build/demo-masked

echo "== twpii scan samples   (previews are masked; --reveal would show raw values)"
"$twpii" scan samples || [ $? = 1 ]
echo
echo "== twpii scan --count samples"
"$twpii" scan --count samples || [ $? = 1 ]
echo
echo "== twpii mask --out-dir $out samples"
rm -rf "$out"
"$twpii" mask --out-dir "$out" samples
echo
echo "== $out/petition_form.txt"
cat "$out/petition_form.txt"
echo
echo "== the masked copies, scanned again: only surnames before 先生/小姐 are left (the official"
echo "   style keeps surnames; --style redact would not), so nothing above confidence 0.5"
"$twpii" scan --count "$out" || [ $? = 1 ]
"$twpii" scan --count --min-confidence 0.6 "$out" && echo "(nothing above 0.5)"
