#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 "$@"
