#!/usr/bin/env bash
# The fuzzers as a gate (run by scripts/test.sh): the same answer on every machine and every run.
# For each target it
#  1. replays every input of its corpus tests/fuzz/corpus/<target>/, which holds the seeds and
#     every past finding (finding-*), once each;
#  2. runs a bounded session from a fixed seed (-seed=1, -runs=N) that starts from that corpus in
#     a fresh folder, without address-space randomisation or Qt's random hash seed, and without
#     re-reading folders on a timer: libFuzzer then makes the same inputs in the same order.
#   scripts/fuzz.sh [TARGET...]     TARGET: one of FUZZ_TARGETS in scripts/fuzz-common.sh (default: all)
# BARGE_FUZZ_RUNS multiplies the runs of step 2 (default 1). Open-ended fuzzing, which may find new
# bugs at any time, is scripts/fuzz-explore.sh and stays out of the gate.
# A crash, a sanitizer report, a failed FUZZ_CHECK, a hang (-timeout) or running out of memory
# (-rss_limit_mb) fails the script; the input that did it is kept under build-fuzz/artifacts/ and
# its path printed. Reproduce with: build-fuzz/fuzz/fuzz_TARGET PATH
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/fuzz-common.sh

targets=("$@")
((${#targets[@]})) || targets=("${FUZZ_TARGETS[@]}")
scale=${BARGE_FUZZ_RUNS:-1}
[[ $scale =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: BARGE_FUZZ_RUNS must be a whole number" >&2; exit 2; }
# Runs per target in step 2: about half a minute each on this project's machines.
declare -A runs=([csvparser]=8000 [endpoint]=200000 [profile]=100000 [jsonl]=120000 [localformat]=150000 [record]=100000 [copybook]=100000)

fuzz_build
export QT_HASH_SEED=0
norandom=()
setarch -R true 2>/dev/null && norandom=(setarch -R)

status=0 passed=0 failed=0
for target in "${targets[@]}"; do
  exe=build-fuzz/fuzz/fuzz_$target
  seeds=tests/fuzz/corpus/$target
  [[ -x $exe && -d $seeds ]] || { echo "fuzz.sh: unknown target '$target'" >&2; exit 2; }
  # A target without its number of runs would run none from the seed: refused, not skipped.
  [[ -n ${runs[$target]:-} ]] || { echo "fuzz.sh: no runs for target '$target' (the runs list above)" >&2; exit 2; }
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/logs/$target.log
  work=build-fuzz/gate/$target
  rm -rf "$work"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  dict=()
  [[ -f tests/fuzz/$target.dict ]] && dict=(-dict="tests/fuzz/$target.dict")
  n=$((runs[$target] * scale))
  start=$SECONDS
  common=(-timeout=120 -rss_limit_mb=4096 -max_len="${FUZZ_MAX_LEN[$target]}" -artifact_prefix="$artifacts/")
  # 1: every corpus input and finding once (-runs=0 reads the folders and runs nothing new).
  if ! "$exe" "${common[@]}" -runs=0 "$seeds" >"$log" 2>&1; then
    status=1 failed=$((failed + 1))
    echo "fuzz: $target FAILED replaying its corpus ($seeds); the end of $log:"
    fuzz_report_failure "$target" "$log"
    continue
  fi
  replayed=$(ls "$seeds" | wc -l)
  # 2: the fixed-seed session.
  if "${norandom[@]}" "$exe" "${common[@]}" -seed=1 -runs="$n" -reload=0 -print_final_stats=1 "${dict[@]}" \
       "$work" "$seeds" >>"$log" 2>&1; then
    echo "fuzz: $target ok: $replayed corpus inputs replayed, $n inputs from seed 1 in $((SECONDS - start))s"
    passed=$((passed + 1))
  else
    status=1 failed=$((failed + 1))
    echo "fuzz: $target FAILED in the fixed-seed session after $((SECONDS - start))s; the end of $log:"
    fuzz_report_failure "$target" "$log"
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
