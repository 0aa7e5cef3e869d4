#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test with CTest; then the same
# suite under ASan + UBSan (scripts/test-sanitizers.sh) and the fuzzers' replay of their committed
# inputs (scripts/fuzz.sh: the same inputs on every run). Arguments go to the first ctest run.
# BARGE_SKIP_SANITIZERS=1 stops after it. Every stage runs even when one before it failed, so that
# one run shows all failures; the exit status is 1 if any stage failed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
failed=()
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 "$@") || failed+=("the suite (build/)")
if [[ ${BARGE_SKIP_SANITIZERS:-} != 1 ]]; then
  scripts/test-sanitizers.sh || failed+=("the suite under ASan + UBSan (build-asan/)")
  scripts/fuzz.sh || failed+=("the fuzzers (build-fuzz/)")
fi
if ((${#failed[@]})); then
  printf 'test.sh: FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
