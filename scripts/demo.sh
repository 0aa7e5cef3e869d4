#!/usr/bin/env bash
# The newcomer's first command: install what is missing, build, and open the wizard on the bundled
# demo shop database (SQLite, no server needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display found: starting the wizard in a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" build/bin/barge wizard --demo
fi
exec build/bin/barge wizard --demo
