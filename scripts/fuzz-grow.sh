#!/usr/bin/env bash
# Bounded fuzzing outside the gate that grows what the gate replays: for each target a session from
# a fixed seed (-seed=S, -runs=N) starting from tests/fuzz/corpus/<target>/ and
# tests/fuzz/grown/<target>/, then a merge that copies into tests/fuzz/grown/<target>/ each new input
# that reaches code the folder's inputs did not. Commit the folder; scripts/fuzz.sh replays it.
#   scripts/fuzz-grow.sh [TARGET...]    TARGET: one of FUZZ_TARGETS in scripts/fuzz-common.sh (default: all)
# BARGE_FUZZ_SEED (default 1) picks the session's seed; BARGE_FUZZ_RUNS multiplies its runs (default 1).
# A failure is a bug: fix it, then copy the printed input into tests/fuzz/corpus/<target>/ as
# finding-<what>, so that the gate replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/fuzz-common.sh

targets=("$@")
((${#targets[@]})) || targets=("${FUZZ_TARGETS[@]}")
seed=${BARGE_FUZZ_SEED:-1}
scale=${BARGE_FUZZ_RUNS:-1}
[[ $seed =~ ^[1-9][0-9]*$ && $scale =~ ^[1-9][0-9]*$ ]] ||
  { echo "fuzz-grow.sh: BARGE_FUZZ_SEED and BARGE_FUZZ_RUNS must be whole numbers" >&2; exit 2; }
# Runs per target and seed: about half a minute each on this project's machines.
declare -A runs=([csvparser]=8000 [endpoint]=200000 [profile]=100000 [jsonl]=120000 [jsonarray]=60000 [localformat]=150000 [record]=100000 [copybook]=100000 [xlsx]=30000)

fuzz_build
# Fewer differences between runs on one machine: no random hash seed, no address randomisation.
export QT_HASH_SEED=0
norandom=()
setarch -R true 2>/dev/null && norandom=(setarch -R)

status=0 passed=0 failed=0
for target in "${targets[@]}"; do
  exe=build-fuzz/fuzz/fuzz_$target
  seeds=tests/fuzz/corpus/$target
  grown=tests/fuzz/grown/$target
  [[ -x $exe && -d $seeds ]] || { echo "fuzz-grow.sh: unknown target '$target'" >&2; exit 2; }
  [[ -n ${runs[$target]:-} ]] || { echo "fuzz-grow.sh: no runs for target '$target' (the runs list above)" >&2; exit 2; }
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/logs/$target-grow.log
  work=build-fuzz/grow/$target
  rm -rf "$work"
  mkdir -p "$work" "$grown" "$artifacts" "$(dirname "$log")"
  dict=()
  [[ -f tests/fuzz/$target.dict ]] && dict=(-dict="tests/fuzz/$target.dict")
  n=$((runs[$target] * scale))
  start=$SECONDS
  common=(-timeout=120 -rss_limit_mb=4096 -max_len="${FUZZ_MAX_LEN[$target]}" -artifact_prefix="$artifacts/")
  if ! "${norandom[@]}" "$exe" "${common[@]}" -seed="$seed" -runs="$n" -reload=0 -print_final_stats=1 "${dict[@]}" \
       "$work" "$grown" "$seeds" >"$log" 2>&1; then
    status=1 failed=$((failed + 1))
    echo "fuzz-grow: $target FAILED in the session from seed $seed after $((SECONDS - start))s; the end of $log:"
    fuzz_report_failure "$target" "$log"
    continue
  fi
  before=$(ls "$grown" | wc -l)
  # Only what the seeds and the folder do not reach yet is kept.
  if ! "$exe" "${common[@]}" -merge=1 "$grown" "$work" >>"$log" 2>&1; then
    status=1 failed=$((failed + 1))
    echo "fuzz-grow: $target FAILED merging into $grown; the end of $log:"
    fuzz_report_failure "$target" "$log"
    continue
  fi
  echo "fuzz-grow: $target ok: $n inputs from seed $seed, $(($(ls "$grown" | wc -l) - before)) kept in $grown in $((SECONDS - start))s"
  passed=$((passed + 1))
done
echo "fuzz-grow: $passed passed, $failed failed"
exit $status
