#!/usr/bin/env bash
# Runs the whole suite N times in a row to find tests that pass or fail by luck:
#   scripts/flake-hunt.sh N [--load] [CTEST ARGS...]
# ctest --repeat until-fail:N runs each test up to N times and stops at its first failure. With
# --load, stress-ng keeps every core busy meanwhile (a slow, loaded machine is where races show).
# Builds first (scripts/build.sh); prints each failing test and exits 1 if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-}
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "usage: scripts/flake-hunt.sh N [--load] [CTEST ARGS...]" >&2; exit 2; }
shift
load=0
if [[ ${1:-} == --load ]]; then load=1; shift; fi
scripts/build.sh
stress=
if ((load)); then
  scripts/install-deps.sh --flake
  stress-ng --cpu "$(nproc)" --cpu-load 100 --quiet &
  stress=$!
  trap 'kill $stress 2>/dev/null || true; wait $stress 2>/dev/null || true' EXIT
  echo "flake-hunt: stress-ng on $(nproc) cores (pid $stress)"
fi
start=$SECONDS
status=0
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800 --repeat "until-fail:$n" "$@") \
  | tee build/flake-hunt.log || status=1
echo "flake-hunt: $n repeats$( ((load)) && echo ' under load') took $((SECONDS - start))s: $( ((status)) && echo FAILED || echo all green)"
((status == 0)) || grep -E '\*\*\*Failed|Failed  |Timeout' build/flake-hunt.log || true
exit $status
