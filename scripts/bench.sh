#!/usr/bin/env bash
# Times `twpii scan --threads 1 --count` against ripgrep on a PII-dense and a mostly-prose corpus.
#
# usage: scripts/bench.sh [--mb N] [--no-build]
#   --mb N       corpus size in MiB (default 64; 1 MiB = 1048576 bytes, also the "MB" printed below)
#   --no-build   skip scripts/build.sh and use the binaries already in build/
#
# Steps: scripts/build.sh (builds build/twpii and build/bench/gen_corpus), then
# build/bench-data/{dense,prose}.txt are generated with gen_corpus unless they already exist with
# the right size and are newer than gen_corpus. For each corpus: warm the page cache (cat + one
# untimed run of each tool, whose counts are printed), then the best wall-clock time of 3 runs of
#   build/twpii scan --threads 1 --count FILE >/dev/null        (every detector on: no --types)
#   rg --no-config -c -j1 -e "$RG_REGEX" FILE >/dev/null
# and a table with the ratio twpii/rg against the target (<= 1.5).
#
# RG_REGEX is a fair single-pass approximation of what twpii looks for, in ripgrep's default
# (Rust regex, Unicode) syntax; it does no checksum, no context and no full-width folding:
#   [A-Za-z][1289A-Da-d][0-9]{8}                    national ID / UI number, both formats
#   09[0-9]{2}-?[0-9]{3}-?[0-9]{3}                   mobile
#   0[2-8]-?[0-9]{7,8}                               landline with area code
#   [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}    e-mail
# --no-config keeps a user's RIPGREP_CONFIG_PATH from changing rg's behaviour.
#
# For reference only (not the target), a second table: `rg --count-matches` (every match, as twpii
# counts every finding; `rg -c` may stop at the first match of each line, which on the dense corpus
# is most of its work) and `twpii scan --thorough` (names looked for in every line).
#
# Exit status: 0 when every command ran (even if the target is missed: this is a report, and a
# miss is printed as MISSED), 1 when a build, generation or timed command failed, 2 on bad usage.
# twpii exits 1 when it finds something and rg exits 1 when it finds nothing: both count as success.
set -euo pipefail

readonly RG_REGEX='[A-Za-z][1289A-Da-d][0-9]{8}|09[0-9]{2}-?[0-9]{3}-?[0-9]{3}|0[2-8]-?[0-9]{7,8}|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}'
readonly RUNS=3
readonly TARGET=1.5

usage() { sed -n '4,6s/^# \{0,1\}//p' "$0"; }

mb=64
build=1
while (($#)); do
  case $1 in
    --mb)
      (($# >= 2)) || { echo "bench: --mb needs a value" >&2; exit 2; }
      mb=$2
      shift 2
      ;;
    --mb=*) mb=${1#--mb=}; shift ;;
    --no-build) build=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
if ! [[ $mb =~ ^[1-9][0-9]{0,4}$ ]] || ((mb > 65536)); then
  echo "bench: --mb must be an integer in 1..65536" >&2
  exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)
twpii=$root/build/twpii
gen_corpus=$root/build/bench/gen_corpus
data_dir=$root/build/bench-data

fail() { echo "bench: $*" >&2; exit 1; }

if ((build)); then
  # Build output goes to stderr so that stdout carries only the report.
  "$root/scripts/build.sh" >&2 || fail "scripts/build.sh failed"
fi
[[ -x $twpii ]] || fail "$twpii not found (build it with scripts/build.sh)"
[[ -x $gen_corpus ]] || fail "$gen_corpus not found (is TWPII_BUILD_BENCH off?)"
command -v rg >/dev/null || fail "ripgrep (rg) not found: apt-get install ripgrep"

# --- Corpora -------------------------------------------------------------------------------------
bytes=$((mb * 1048576))
declare -A seed=([dense]=1 [prose]=2)
mkdir -p "$data_dir"
tmp_file=
trap '[[ -z $tmp_file ]] || rm -f "$tmp_file"' EXIT
for kind in dense prose; do
  file=$data_dir/$kind.txt
  if [[ -f $file && $(stat -c %s "$file") -eq $bytes && ! $gen_corpus -nt $file ]]; then
    continue
  fi
  echo "bench: generating $file ($mb MiB)" >&2
  tmp_file=$file.tmp
  "$gen_corpus" --kind "$kind" --mb "$mb" --seed "${seed[$kind]}" "$tmp_file" ||
    fail "gen_corpus failed for $kind"
  mv -f "$tmp_file" "$file"
  tmp_file=
done

# --- Timing --------------------------------------------------------------------------------------
# now_us: sets $now to the wall clock in microseconds. Bash >= 5 has $EPOCHREALTIME (no fork; the
# decimal separator depends on the locale, so keep only the digits); else date +%s%N.
now_us() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    now=${EPOCHREALTIME//[!0-9]/}
  else
    now=$(($(date +%s%N) / 1000))
  fi
}

# check_status RC COMMAND...: exit 0/1 is success for both tools (1 = found / nothing found).
check_status() {
  local rc=$1
  shift
  ((rc <= 1)) || fail "command failed with exit status $rc: $*"
}

# best_of COMMAND...: runs COMMAND $RUNS times (stdout discarded), sets $best_us to the fastest.
best_of() {
  local i rc t0
  best_us=
  for ((i = 0; i < RUNS; i++)); do
    now_us
    t0=$now
    rc=0
    "$@" >/dev/null || rc=$?
    now_us
    check_status "$rc" "$@"
    if [[ -z $best_us ]] || ((now - t0 < best_us)); then
      best_us=$((now - t0))
    fi
  done
}

echo "twpii: $("$twpii" --version 2>/dev/null | sed -n 1p || echo '?')"
echo "rg:    $(rg --version | sed -n 1p)"
echo "cpu:   $(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p')"
echo "best of $RUNS runs, single-threaded, page cache warm; MB = MiB"
echo

rows=()
refs=()
missed=()
for kind in dense prose; do
  file=$data_dir/$kind.txt
  twpii_cmd=("$twpii" scan --threads 1 --count "$file")
  rg_cmd=(rg --no-config -c -j1 -e "$RG_REGEX" "$file")

  cat "$file" >/dev/null
  # Untimed warm-up runs; their output shows what each tool found.
  rc=0
  twpii_counts=$("${twpii_cmd[@]}") || rc=$?
  check_status "$rc" "${twpii_cmd[@]}"
  rc=0
  rg_lines=$("${rg_cmd[@]}") || rc=$?
  check_status "$rc" "${rg_cmd[@]}"
  # --count prints `path:type:N` per type found; sum per type, known types first.
  twpii_summary=$(LC_ALL=C awk -F: 'NF >= 3 { n[$(NF - 1)] += $NF; total += $NF }
    END {
      split("national_id resident_id phone email", known, " ")
      for (i = 1; i <= 4; i++) { printf "%s=%d ", known[i], n[known[i]]; delete n[known[i]] }
      for (t in n) printf "%s=%d ", t, n[t]
      printf "(total %d)", total
    }' <<<"$twpii_counts")
  echo "$kind: twpii findings: $twpii_summary; rg matching lines: ${rg_lines:-0}"

  best_of "${twpii_cmd[@]}"
  twpii_us=$best_us
  best_of "${rg_cmd[@]}"
  rg_us=$best_us
  best_of rg --no-config --count-matches -j1 -e "$RG_REGEX" "$file"
  rg_all_us=$best_us
  best_of "$twpii" scan --thorough --threads 1 --count "$file"
  thorough_us=$best_us
  refs+=("$(LC_ALL=C awk -v kind="$kind" -v t="$twpii_us" -v a="$rg_all_us" -v h="$thorough_us" \
    -v r="$rg_us" 'BEGIN { printf "%-8s %10.3f %13.2f %12.3f %12.2f\n", kind, a / 1e6, t / a, h / 1e6, h / r }')")

  row=$(LC_ALL=C awk -v kind="$kind" -v mb="$mb" -v t="$twpii_us" -v r="$rg_us" -v target="$TARGET" '
    BEGIN {
      if (t < 1) t = 1
      if (r < 1) r = 1
      ratio = t / r
      printf "%-8s %8d %10.3f %10.1f %10.3f %9.2f   %s\n", kind, mb, t / 1e6, mb / (t / 1e6), r / 1e6,
             ratio, (ratio <= target ? "ok" : "MISSED")
    }')
  rows+=("$row")
  if [[ $row == *MISSED ]]; then
    missed+=("$kind")
  fi
done

echo
printf "%-8s %8s %10s %10s %10s %9s   %s\n" corpus size_MB twpii_s twpii_MB/s rg_s twpii/rg \
  "target<=$TARGET"
printf "%s\n" "${rows[@]}"
echo
echo "for reference (not the target):"
printf "%-8s %10s %13s %12s %12s\n" corpus rg_all_s twpii/rg_all thorough_s thorough/rg
printf "%s\n" "${refs[@]}"
echo
if ((${#missed[@]})); then
  echo "MISSED: twpii takes more than ${TARGET}x ripgrep's time on: ${missed[*]}"
else
  echo "target met: twpii takes at most ${TARGET}x ripgrep's time on every corpus"
fi
