#!/usr/bin/env bash
# Evaluates twpii on freshly generated, never-seen documents: generate, scan, redact, score.
#
#   run_eval.sh TWPII_BINARY WORKDIR [GEN_EVAL CHECK_EVAL]
#
# The generator and checker come from the last two arguments, else from $GEN_EVAL and
# $CHECK_EVAL, else from next to this script's build directory. Seed and size: $EVAL_SEED
# (default 20240216) and $EVAL_DOCS (default 300). Addresses are built from the road and village
# samples in $EVAL_DATA (default: data/ next to this script). Exit 0 = pass, 1 = fail,
# 2 = usage/tool error.
set -euo pipefail

if (($# != 2 && $# != 4)); then
  echo "usage: run_eval.sh TWPII_BINARY WORKDIR [GEN_EVAL CHECK_EVAL]" >&2
  exit 2
fi
twpii=$1
work=$2
gen=${3:-${GEN_EVAL:-gen_eval}}
check=${4:-${CHECK_EVAL:-check_eval}}
seed=${EVAL_SEED:-20240216}
docs=${EVAL_DOCS:-300}
data=${EVAL_DATA:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/data}

for tool in "$twpii" "$gen" "$check"; do
  if ! command -v "$tool" >/dev/null; then
    echo "run_eval.sh: not found or not executable: $tool" >&2
    exit 2
  fi
done

if [[ ! -f $data/tw-postal-roads-sample.csv || ! -f $data/tw-villages-sample.txt ]]; then
  echo "run_eval.sh: address data not found in $data" >&2
  exit 2
fi

rm -rf "$work"
mkdir -p "$work"
"$gen" --seed "$seed" --docs "$docs" --data "$data" "$work/gen"

# The generator plants (and its truth lists) these types only; other detectors (passports, plates
# ...) are switched off, as their findings would count as false positives.
types=national_id,resident_id,phone,email,address,person_name,birth_date

# scan exits 1 when it finds something (expected here); 0 means nothing found, 2 an error.
status=0
"$twpii" scan --types "$types" --format jsonl --threads 2 "$work/gen/docs" >"$work/scan.jsonl" 2>"$work/scan.err" ||
  status=$?
if ((status != 0 && status != 1)); then
  echo "run_eval.sh: twpii scan exited with $status:" >&2
  cat "$work/scan.err" >&2
  exit 1
fi

if ! "$twpii" mask --types "$types" --style redact --threads 2 --out-dir "$work/masked" "$work/gen/docs" \
  2>"$work/mask.err"; then
  echo "run_eval.sh: twpii mask failed:" >&2
  cat "$work/mask.err" >&2
  exit 1
fi

echo "eval: seed $seed, $docs documents in $work/gen (truth: $work/gen/truth.jsonl)"
exec "$check" --truth "$work/gen/truth.jsonl" --findings "$work/scan.jsonl" \
  --masked "$work/masked" --orig "$work/gen"
