#!/usr/bin/env bash
# The fuzzers as a gate (run by scripts/test.sh): the same answer on every machine and every run.
# For each target it replays, once each,
#  - tests/fuzz/corpus/<target>/: the hand-written seeds and every past finding (finding-*);
#  - tests/fuzz/grown/<target>/: the inputs that fixed-seed sessions found to reach new code,
#    kept by scripts/fuzz-grow.sh and committed.
# It makes no new inputs: a libFuzzer session, even from a fixed seed, takes different paths on
# different machines (a CI machine once found in one what this one did not), so exploring stays out
# of the gate: scripts/fuzz-grow.sh (bounded, grows tests/fuzz/grown/) and scripts/fuzz-explore.sh
# (open-ended).
#   scripts/fuzz.sh [TARGET...]     TARGET: one of FUZZ_TARGETS in scripts/fuzz-common.sh (default: all)
# A crash, a sanitizer report, a failed FUZZ_CHECK, a hang (-timeout) or running out of memory
# (-rss_limit_mb) fails the script and prints the input that did it. Reproduce with:
# build-fuzz/fuzz/fuzz_TARGET PATH
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/fuzz-common.sh

targets=("$@")
((${#targets[@]})) || targets=("${FUZZ_TARGETS[@]}")
fuzz_build

status=0 passed=0 failed=0
for target in "${targets[@]}"; do
  exe=build-fuzz/fuzz/fuzz_$target
  seeds=tests/fuzz/corpus/$target
  grown=tests/fuzz/grown/$target
  [[ -x $exe && -d $seeds ]] || { echo "fuzz.sh: unknown target '$target'" >&2; exit 2; }
  # A target whose sessions were never kept would be replayed from its seeds alone: refused.
  [[ -d $grown ]] || { echo "fuzz.sh: $grown is missing: run scripts/fuzz-grow.sh $target and commit it" >&2; exit 2; }
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/logs/$target.log
  mkdir -p "$artifacts" "$(dirname "$log")"
  start=$SECONDS
  # -runs=0: read the folders, run each input once, make nothing new.
  if "$exe" -timeout=120 -rss_limit_mb=4096 -max_len="${FUZZ_MAX_LEN[$target]}" -artifact_prefix="$artifacts/" \
       -runs=0 "$seeds" "$grown" >"$log" 2>&1; then
    echo "fuzz: $target ok: $(ls "$seeds" | wc -l) seeds and findings, $(ls "$grown" | wc -l) grown inputs in $((SECONDS - start))s"
    passed=$((passed + 1))
  else
    status=1 failed=$((failed + 1))
    echo "fuzz: $target FAILED replaying $seeds and $grown after $((SECONDS - start))s; the end of $log:"
    fuzz_report_failure "$target" "$log"
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
