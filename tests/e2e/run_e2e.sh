#!/usr/bin/env bash
# End-to-end tests of the real twpii binary: golden outputs over samples/, exit statuses and bad
# input. Usage: run_e2e.sh CASE TWPII_BINARY   (run from the source root; CTest does that)
#        run_e2e.sh --update TWPII_BINARY     (rewrite the golden files after a reviewed change)
set -euo pipefail
export LC_ALL=C.UTF-8

case_name=$1
twpii=$(realpath "$2")
golden=tests/golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# Runs twpii, recording stdout, stderr and the exit status in $work/{out,err,rc}.
run() {
  set +e
  "$twpii" "$@" >"$work/out" 2>"$work/err"
  echo $? >"$work/rc"
  set -e
}
expect_rc() { [ "$(cat "$work/rc")" = "$1" ] || fail "exit status $(cat "$work/rc"), expected $1; stderr: $(cat "$work/err")"; }
# Compares a file with its golden copy (or writes it with --update).
golden_cmp() {
  if [ -n "${UPDATE:-}" ]; then
    mkdir -p "$(dirname "$golden/$2")"
    cp "$1" "$golden/$2"
  else
    diff -u "$golden/$2" "$1" >&2 || fail "$2 differs from its golden file"
  fi
}

# Golden runs over samples/.
case_scan_text() { run scan --threads 2 samples; expect_rc 1; golden_cmp "$work/out" scan_text.out; }
case_scan_jsonl() { run scan --format jsonl samples; expect_rc 1; golden_cmp "$work/out" scan_jsonl.out; }
case_scan_count() { run scan --count samples; expect_rc 1; golden_cmp "$work/out" scan_count.out; }
case_detectors() { run detectors; expect_rc 0; golden_cmp "$work/out" detectors.out; }
mask_style() {
  run mask --style "$1" --key e2e-key --out-dir "$work/masked" samples
  expect_rc 0
  sed "s|$work|WORK|g" "$work/err" >"$work/err.stable"
  golden_cmp "$work/err.stable" "mask_$1.err"
  for f in "$work"/masked/*; do
    golden_cmp "$f" "mask_$1/$(basename "$f")"
  done
}
case_mask_official() { mask_style official; }
case_mask_redact() { mask_style redact; }
case_mask_label() { mask_style label; }
case_mask_pseudonym() { mask_style pseudonym; }

# Raw values appear only with --reveal, and a masked copy leaves none of them readable.
case_no_raw_by_default() {
  run scan --format jsonl --reveal samples
  # A lone surname (吳 of 吳先生) is not checkable this way: every other value has two characters.
  grep -o '"value":"[^"]*"' "$work/out" | sed 's/"value":"//; s/"$//' | grep -v '^.$' |
    sort -u >"$work/values"
  [ "$(wc -l <"$work/values")" -ge 40 ] || fail "expected at least 40 distinct values"
  run scan --format jsonl samples
  run scan samples
  cat "$work/out" >"$work/default"
  run scan --format jsonl samples
  cat "$work/out" >>"$work/default"
  ! grep -F -f "$work/values" "$work/default" || fail "a raw value was printed without --reveal"
  run mask --style redact --out-dir "$work/m" samples
  # Big5 output is compared after conversion to UTF-8, like the values.
  for f in "$work"/m/*; do
    if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then cat "$f"; else iconv -f CP950 -t UTF-8 "$f"; fi
  done >"$work/masked_all"
  ! grep -F -f "$work/values" "$work/masked_all" || fail "a value is still readable after redact"
}

# Input handling.
case_stdin() {
  printf '身分證字號A123456789\n' | "$twpii" scan - >"$work/out" && fail "expected exit 1"
  [ "$(cat "$work/out")" = "-:1:6: national_id 0.99 A12345****" ] || fail "got: $(cat "$work/out")"
  printf '手機0912-345-678\n' | "$twpii" mask --style label >"$work/out"
  [ "$(cat "$work/out")" = "手機[電話]" ] || fail "got: $(cat "$work/out")"
}
case_missing_file_others_still_scanned() {
  run scan samples/petition_form.txt no/such/file samples/roster.csv
  expect_rc 2
  grep -q '^twpii: no/such/file: No such file or directory$' "$work/err" || fail "no error line"
  grep -q '^samples/roster.csv:' "$work/out" || fail "later file not scanned"
}
case_unreadable_file() {
  command -v setpriv >/dev/null || { echo "setpriv missing: skipped"; exit 77; }
  chmod 755 "$work"
  printf 'A123456789\n' >"$work/secret.txt"
  printf 'A123456789\n' >"$work/open.txt"
  chmod 000 "$work/secret.txt"
  chmod 644 "$work/open.txt"
  set +e
  setpriv --reuid=65534 --regid=65534 --clear-groups "$twpii" scan "$work/secret.txt" "$work/open.txt" \
    >"$work/out" 2>"$work/err"
  rc=$?
  set -e
  [ "$rc" = 2 ] || fail "exit status $rc"
  grep -q "secret.txt: Permission denied" "$work/err" || fail "stderr: $(cat "$work/err")"
  grep -q "open.txt:1:1: national_id" "$work/out" || fail "other file not scanned"
}
case_binary_file_skipped() {
  printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR A123456789' >"$work/a.png"
  run scan "$work/a.png"
  expect_rc 0
  grep -q "a.png: binary file skipped" "$work/err" || fail "no note"
  [ ! -s "$work/out" ] || fail "output for a binary file"
}
case_empty_file() {
  : >"$work/empty.txt"
  run scan "$work/empty.txt"
  expect_rc 0
  [ ! -s "$work/out" ] && [ ! -s "$work/err" ] || fail "output for an empty file"
  run mask -o "$work/empty.out" "$work/empty.txt"
  expect_rc 0
  [ -f "$work/empty.out" ] && [ ! -s "$work/empty.out" ] || fail "empty output not written"
}
case_invalid_encoding() {
  printf 'ok A123456789\n\xc3\x28\x81\x20 broken\n' >"$work/bad.txt"
  run scan "$work/bad.txt" samples/roster.csv
  expect_rc 2
  [ "$(wc -l <"$work/err")" = 1 ] || fail "expected one error line: $(cat "$work/err")"
  grep -q "^twpii: $work/bad.txt: not valid UTF-8 at byte 14" "$work/err" || fail "$(cat "$work/err")"
  grep -q '^samples/roster.csv:' "$work/out" || fail "later file not scanned"
  cp "$work/bad.txt" "$work/keep.txt"
  run mask --in-place "$work/bad.txt"
  expect_rc 2
  cmp "$work/bad.txt" "$work/keep.txt" || fail "a failed --in-place changed the input"
}
case_big5_forced_encoding() {
  run scan --encoding utf-8 samples/petition_big5.txt
  expect_rc 2
  run scan --encoding big5 --count samples/petition_big5.txt
  expect_rc 1
  grep -q ':national_id:1$' "$work/out" || fail "$(cat "$work/out")"
}
case_in_place_keeps_mode() {
  mkdir "$work/d"
  cp samples/petition_form.txt "$work/d/p.txt"
  chmod 640 "$work/d/p.txt"
  run mask --in-place "$work/d/p.txt"
  expect_rc 0
  [ "$(stat -c %a "$work/d/p.txt")" = 640 ] || fail "mode $(stat -c %a "$work/d/p.txt")"
  cmp -s "$work/d/p.txt" samples/petition_form.txt && fail "not masked"
  [ "$(ls -A "$work/d")" = p.txt ] || fail "temporary files left: $(ls -A "$work/d")"
}
case_include_exclude_globs() {
  run scan --count --include '*.csv' --include '*.md' samples
  expect_rc 1
  [ "$(cut -d: -f1 "$work/out" | sort -u)" = samples/roster.csv ] || fail "$(cat "$work/out")"
  run scan --count --exclude '*.csv' --exclude 'petition_*' samples
  expect_rc 0
}
case_allow_deny_explain() {
  printf '# the agency hotline\n(02)2961-3457\nre:.*@example\\.com\\.tw\n' >"$work/allow"
  printf '林怡君\n' >"$work/deny"
  run scan --explain --allow "$work/allow" --deny "$work/deny" samples/petition_form.txt
  expect_rc 1
  golden_cmp "$work/out" allow_deny_explain.out
  printf 're:(\n' >"$work/bad"
  run scan --allow "$work/bad" samples
  expect_rc 2
  grep -q "bad:1: bad pattern" "$work/err" || fail "$(cat "$work/err")"
}
case_bad_options_exit_2() {
  run scan --format xml samples
  expect_rc 2
  run scan --types national_id,shoe_size samples
  expect_rc 2
  run mask --style pseudonym samples/roster.csv
  expect_rc 2
  run mask samples
  expect_rc 2
  run scan --min-confidence nan samples
  expect_rc 2
  run scan --thorough --no-thorough samples
  expect_rc 2
  # A malformed --deny line is reported without the values on it (they may be personal data).
  printf 'A123456789\tF131104093\n' >"$work/deny"
  run scan --deny "$work/deny" samples
  expect_rc 2
  grep -q "deny:1: unknown type" "$work/err" || fail "$(cat "$work/err")"
  grep -q "A123456789" "$work/err" && fail "raw value in the error: $(cat "$work/err")"
  true
}
case_outputs_never_clobbered() {
  # -o through a symbolic link replaces the file it points to and keeps the link.
  printf '身分證字號A123456789\n' >"$work/f.txt"
  echo old >"$work/target.txt"
  ln -s target.txt "$work/link"
  run mask -o "$work/link" "$work/f.txt"
  expect_rc 0
  [ -L "$work/link" ] || fail "the link was replaced"
  grep -q 'A12345\*\*\*\*' "$work/target.txt" || fail "target not written: $(cat "$work/target.txt")"
  # -o /dev/stdout writes to the open standard output (a file here), which is not replaced.
  run mask -o /dev/stdout "$work/f.txt"
  expect_rc 0
  grep -q 'A12345\*\*\*\*' "$work/out" || fail "nothing on standard output"
  # Two inputs whose copies would land on one file: the second is an error, not an overwrite.
  mkdir -p "$work/a" "$work/b"
  printf 'A123456789\n' >"$work/a/x.txt"
  printf 'F131104093\n' >"$work/b/x.txt"
  run mask --out-dir "$work/out_dir" "$work/a/x.txt" "$work/b/x.txt"
  expect_rc 2
  grep -q "b/x.txt: its copy .* would overwrite that of" "$work/err" || fail "$(cat "$work/err")"
  grep -q 'A12345' "$work/out_dir/x.txt" || fail "the first copy was not kept"
  # --in-place on a file with another hard link warns that the link keeps the raw text.
  cp "$work/f.txt" "$work/h.txt"
  ln "$work/h.txt" "$work/h2.txt"
  run mask --in-place "$work/h.txt"
  expect_rc 0
  grep -q "other hard link" "$work/err" || fail "no warning: $(cat "$work/err")"
  if [ "$(id -u)" = 0 ]; then # --in-place keeps the owner (only root can)
    cp "$work/f.txt" "$work/o.txt"
    chown nobody:nogroup "$work/o.txt"
    run mask --in-place "$work/o.txt"
    [ "$(stat -c %U:%G "$work/o.txt")" = nobody:nogroup ] || fail "owner $(stat -c %U:%G "$work/o.txt")"
  fi
}
case_interrupted_in_place_leaves_no_temp_file() {
  # A big input, interrupted while masked in place: the input stays whole, no temp file stays.
  line='陳情人身分證字號A123456789，電話0912-345-678，地址臺北市大安區信義路三段100號。'
  (set +o pipefail; yes "$line" | head -n 1500000) >"$work/big.txt"
  cp "$work/big.txt" "$work/big.orig"
  "$twpii" mask --in-place --threads 1 "$work/big.txt" 2>/dev/null &
  pid=$!
  sleep 0.3
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  ls -a "$work" | grep -q 'twpii-' && fail "temporary file left: $(ls -a "$work")"
  if cmp -s "$work/big.txt" "$work/big.orig"; then
    echo "interrupted before the rename: input unchanged"
  else
    grep -q 'A12345\*\*\*\*' "$work/big.txt" || fail "input neither whole nor masked"
    echo "note: finished before the signal; the interrupted path was not exercised"
  fi
}
case_thorough_by_size() {
  # A name with no digit, label or honorific in its line: found in a small input, in a large
  # one only with --thorough, never with --no-thorough.
  printf '局長　趙國棟\n' >"$work/small.txt"
  run scan --types person_name --reveal "$work/small.txt"
  expect_rc 1
  grep -q ':1:4: person_name 0.75 趙國棟$' "$work/out" || fail "small input: $(cat "$work/out")"
  run scan --types person_name --no-thorough "$work/small.txt"
  expect_rc 0
  (set +o pipefail; yes '本案依規定辦理，並請相關單位配合。' | head -n 40000) >"$work/large.txt"
  printf '局長　趙國棟\n' >>"$work/large.txt"
  [ "$(stat -c %s "$work/large.txt")" -gt 1048576 ] || fail "large input too small"
  run scan --types person_name "$work/large.txt"
  expect_rc 0
  run scan --types person_name --thorough "$work/large.txt"
  expect_rc 1
  grep -q ':40001:4: person_name' "$work/out" || fail "large input, --thorough: $(cat "$work/out")"
}
case_huge_file_bounded_memory() {
  # About 400 MB, one ID per line; scanned under a 300 MB address-space limit.
  line='陳情人身分證字號A123456789，其餘為一般文字內容，用以填充這一行的長度。'
  lines=4000000
  (set +o pipefail; yes "$line" | head -n "$lines") >"$work/huge.txt"
  [ "$(stat -c %s "$work/huge.txt")" -gt 300000000 ] || fail "huge file too small"
  set +e
  (ulimit -v 300000 && "$twpii" scan --threads 1 --count "$work/huge.txt") >"$work/out" 2>"$work/err"
  rc=$?
  set -e
  [ "$rc" = 1 ] || fail "exit status $rc: $(cat "$work/err")"
  [ "$(cat "$work/out")" = "$work/huge.txt:national_id:$lines" ] || fail "got $(cat "$work/out"), want $lines"
}

if [ "$case_name" = "--update" ]; then
  UPDATE=1
  for c in scan_text scan_jsonl scan_count detectors mask_official mask_redact mask_label \
    mask_pseudonym allow_deny_explain; do
    "case_$c"
  done
  echo "golden files updated in $golden"
  exit 0
fi
"case_$case_name"
echo "ok: $case_name"
