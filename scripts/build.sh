#!/usr/bin/env bash
# Configures and builds Barge into build/ (the executable is build/bin/barge).
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/install-deps.sh"
if [[ ! -f build/build.ninja ]]; then
  cmake --preset default >/dev/null
fi
cmake --build build --parallel "$(nproc)"
