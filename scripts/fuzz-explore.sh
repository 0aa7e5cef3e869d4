#!/usr/bin/env bash
# Open-ended fuzzing, outside the gate: each target for SECONDS (default 600) from a random seed,
# growing build-fuzz/corpus/<target>/ (kept between runs, not committed) from the seeds in
# tests/fuzz/corpus/<target>/ and the words in tests/fuzz/<target>.dict.
#   scripts/fuzz-explore.sh [SECONDS] [TARGET...]    TARGET: csvparser endpoint profile (default: all)
# What it finds is a bug: fix it, then copy the input into tests/fuzz/corpus/<target>/ as
# finding-<hash>-<what>, so that the gate (scripts/fuzz.sh) replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/fuzz-common.sh

seconds=${1:-600}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz-explore.sh [SECONDS] [TARGET...]" >&2; exit 2; }
shift $(($# > 0 ? 1 : 0))
targets=("$@")
((${#targets[@]})) || targets=("${FUZZ_TARGETS[@]}")
fuzz_build

status=0 passed=0 failed=0
for target in "${targets[@]}"; do
  exe=build-fuzz/fuzz/fuzz_$target
  seeds=tests/fuzz/corpus/$target
  [[ -x $exe && -d $seeds ]] || { echo "fuzz-explore.sh: unknown target '$target'" >&2; exit 2; }
  work=build-fuzz/corpus/$target
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/logs/$target-explore.log
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  dict=()
  [[ -f tests/fuzz/$target.dict ]] && dict=(-dict="tests/fuzz/$target.dict")
  echo "fuzz-explore: $target for ${seconds}s (log: $log)"
  start=$SECONDS
  # -timeout: seconds one input may take (a hang is a bug); -rss_limit_mb: a memory blow-up is one too.
  if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN[$target]}" \
       -artifact_prefix="$artifacts/" -print_final_stats=1 "${dict[@]}" "$work" "$seeds" >"$log" 2>&1; then
    units=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    echo "fuzz-explore: $target ok: $units inputs in $((SECONDS - start))s"
    passed=$((passed + 1))
  else
    status=1 failed=$((failed + 1))
    echo "fuzz-explore: $target FAILED after $((SECONDS - start))s; the end of $log:"
    fuzz_report_failure "$target" "$log"
  fi
done
echo "fuzz-explore: $passed passed, $failed failed"
exit $status
