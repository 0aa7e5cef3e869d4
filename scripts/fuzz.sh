#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang-14, ASan + UBSan, into build-fuzz/) and runs
# each for SECONDS (default 60) over its seed corpus tests/fuzz/corpus/<target>/.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      TARGET: csvparser endpoint profile (default: all)
# A crash, a sanitizer report, a failed FUZZ_CHECK, a hang (-timeout) or running out of memory
# (-rss_limit_mb) fails the script; the input that did it is kept under build-fuzz/artifacts/ and
# its path printed. Reproduce with: build-fuzz/fuzz/fuzz_TARGET PATH
# Inputs the fuzzer found interesting go to build-fuzz/corpus/<target>/ (kept between runs, not
# committed); the seeds in tests/fuzz/corpus are only read, as is tests/fuzz/<target>.dict (words
# libFuzzer splices into its mutations).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }
shift $(($# > 0 ? 1 : 0))
targets=("$@")
((${#targets[@]})) || targets=(csvparser endpoint profile)

scripts/install-deps.sh
if [[ ! -f build-fuzz/build.ninja ]]; then
  cmake --preset fuzz >/dev/null
fi
cmake --build build-fuzz --target barge_fuzzers --parallel "$(nproc)"

# Longest input each target gets: enough for several CSV chunk boundaries and large fields, a long
# URL, a profile with many tables; larger inputs only make each run slower.
declare -A max_len=([csvparser]=16384 [endpoint]=2048 [profile]=16384)

symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
[[ -x $symbolizer ]] && export ASAN_SYMBOLIZER_PATH=$symbolizer
# Every report stops the run; UBSan prints where it happened. Leaks are checked per input.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1

status=0
passed=0
failed=0
for target in "${targets[@]}"; do
  exe=build-fuzz/fuzz/fuzz_$target
  seeds=tests/fuzz/corpus/$target
  [[ -x $exe && -d $seeds ]] || { echo "fuzz.sh: unknown target '$target'" >&2; exit 2; }
  work=build-fuzz/corpus/$target
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/logs/$target.log
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  dict=()
  [[ -f tests/fuzz/$target.dict ]] && dict=(-dict="tests/fuzz/$target.dict")
  echo "fuzz: $target for ${seconds}s (log: $log)"
  start=$SECONDS
  # -timeout: seconds one input may take (a hang is a bug); -rss_limit_mb: a memory blow-up is one too.
  if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$target]:-4096}" \
       -artifact_prefix="$artifacts/" -print_final_stats=1 "${dict[@]}" "$work" "$seeds" >"$log" 2>&1; then
    runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    echo "fuzz: $target ok: $runs inputs in $((SECONDS - start))s"
    passed=$((passed + 1))
  else
    status=1
    failed=$((failed + 1))
    echo "fuzz: $target FAILED after $((SECONDS - start))s; the end of $log:"
    tail -n 60 "$log"
    crash=$(grep -oE 'Test unit written to [^ ]+' "$log" | tail -n 1 | sed 's/^Test unit written to //' || true)
    if [[ -n $crash ]]; then
      echo "fuzz: $target: the failing input is $crash (reproduce: $exe $crash)"
    fi
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
