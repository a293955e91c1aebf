#!/usr/bin/env bash
# Scores twpii on a fixed evaluation set written blind (tests/eval/blind/setN: documents and a
# truth file by someone who had not seen the detectors), against floors given as check_eval
# options: a regression test, not the targets (those are run_eval.sh's, on generated documents).
#
#   run_blind.sh TWPII CHECK_EVAL SET_DIR WORKDIR [check_eval options: --min-recall TYPE=X ...]
#
# Exit 0 = every floor held, 1 = one did not (the report says which), 2 = usage/tool error.
set -euo pipefail

if (($# < 4)); then
  echo "usage: run_blind.sh TWPII CHECK_EVAL SET_DIR WORKDIR [check_eval options]" >&2
  exit 2
fi
twpii=$1 check=$2 set_dir=$3 work=$4
shift 4
[[ -f $set_dir/truth.jsonl && -d $set_dir/docs ]] || { echo "run_blind.sh: no set in $set_dir" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work/gen"
cp -r "$set_dir/docs" "$set_dir/truth.jsonl" "$work/gen/"
# Personal data of types not scored (plates, passports, organisations' numbers): findings may
# cover it (kind "neutral", in truth.jsonl or beside it).
if [[ -f $set_dir/neutral.jsonl ]]; then
  cat "$set_dir/neutral.jsonl" >>"$work/gen/truth.jsonl"
fi
types=national_id,resident_id,phone,email,address,person_name,birth_date
status=0
"$twpii" scan --types "$types" --format jsonl --threads 2 "$work/gen/docs" >"$work/scan.jsonl" 2>"$work/scan.err" ||
  status=$?
if ((status != 0 && status != 1)); then
  echo "run_blind.sh: twpii scan exited with $status:" >&2
  cat "$work/scan.err" >&2
  exit 1
fi
"$twpii" mask --types "$types" --style redact --threads 2 --out-dir "$work/masked" "$work/gen/docs" \
  2>"$work/mask.err" || { cat "$work/mask.err" >&2; exit 1; }
exec "$check" --truth "$work/gen/truth.jsonl" --findings "$work/scan.jsonl" --masked "$work/masked" \
  --orig "$work/gen" "$@"
