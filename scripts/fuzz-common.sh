# Shared by scripts/fuzz.sh (the gate) and scripts/fuzz-explore.sh (open-ended): builds the
# libFuzzer targets (preset "fuzz": clang-14, ASan + UBSan, into build-fuzz/) and sets what every
# run of them needs. Sourced, not run.
FUZZ_TARGETS=(csvparser endpoint profile jsonl jsonarray localformat record copybook xlsx)
# Longest input each target gets: enough for several CSV chunk boundaries and large fields, a long
# URL, a profile with many tables, a copybook of a few dozen entries; larger inputs only make each run slower.
declare -A FUZZ_MAX_LEN=([csvparser]=16384 [endpoint]=2048 [profile]=16384 [jsonl]=16384 [jsonarray]=16384 [localformat]=1024 [record]=4096 [copybook]=4096 [xlsx]=16384)

fuzz_build() {
  scripts/install-deps.sh
  if [[ ! -f build-fuzz/build.ninja ]]; then
    cmake --preset fuzz >/dev/null
  fi
  cmake --build build-fuzz --target barge_fuzzers --parallel "$(nproc)"
}

symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
[[ -x $symbolizer ]] && export ASAN_SYMBOLIZER_PATH=$symbolizer
# Every report stops the run; UBSan prints where it happened. Leaks are checked per input.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1

# Prints the failing input of a failed run from its log.
fuzz_report_failure() { # TARGET LOG
  local exe=build-fuzz/fuzz/fuzz_$1 crash
  tail -n 60 "$2"
  crash=$(grep -oE 'Test unit written to [^ ]+' "$2" | tail -n 1 | sed 's/^Test unit written to //' || true)
  if [[ -n $crash ]]; then
    echo "fuzz: $1: the failing input is $crash (reproduce: $exe $crash); once fixed, add it to tests/fuzz/corpus/$1/"
  fi
}
