#!/usr/bin/env bash
# Evaluates twpii on freshly generated, never-seen documents: generate, scan, redact, score.
#
#   run_eval.sh TWPII_BINARY WORKDIR [GEN_EVAL CHECK_EVAL]
#
# The generator and checker come from the last two arguments, else from $GEN_EVAL and
# $CHECK_EVAL, else from next to this script's build directory. Seed and size: $EVAL_SEED
# (default 20240216) and $EVAL_DOCS (default 300). Exit 0 = pass, 1 = fail, 2 = usage/tool error.
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

for tool in "$twpii" "$gen" "$check"; do
  if ! command -v "$tool" >/dev/null; then
    echo "run_eval.sh: not found or not executable: $tool" >&2
    exit 2
  fi
done

rm -rf "$work"
mkdir -p "$work"
"$gen" --seed "$seed" --docs "$docs" "$work/gen"

# The generator plants (and its truth lists) these types only; addresses found in its
# documents would count as false positives, so the other detectors are switched off.
types=national_id,resident_id,phone,email

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
