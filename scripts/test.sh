#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test with CTest; then the same
# suite under ASan + UBSan (scripts/test-sanitizers.sh) and each fuzzer for a bounded time
# (scripts/fuzz.sh). Arguments go to the first ctest run. BARGE_SKIP_SANITIZERS=1 stops after it;
# BARGE_FUZZ_SECONDS sets the time per fuzzer (default 45).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 "$@")
if [[ ${BARGE_SKIP_SANITIZERS:-} == 1 ]]; then
  exit 0
fi
scripts/test-sanitizers.sh
scripts/fuzz.sh "${BARGE_FUZZ_SECONDS:-45}"
