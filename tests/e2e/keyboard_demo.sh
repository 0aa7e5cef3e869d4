#!/usr/bin/env bash
# End to end, by keyboard only: the real barge wizard in a private Xvfb, driven with xdotool (keys
# and typing, never the mouse) the newcomer's way through the bundled demo: "Try the demo shop
# database" on the start page, Next on every page, Run, Show report; on the report page "Save as
# JSON…" saves the report, and Finish closes the wizard. Then the SQLite file the run wrote is
# checked against the same demo written directly by `barge demo`: the same tables and columns,
# exactly as many rows, the same keys, and a report that says every row was read and written
# (check_demo_copy.py).
#   tests/e2e/keyboard_demo.sh BARGE WORKDIR
# WORKDIR/keyboard_demo/ (emptied first) holds the run: barge.log, the wizard's report
# (wizard-report.json), report-page.png and, when a step fails, failure.png. Fails non-zero naming the
# step. Needs Xvfb (package xvfb), xdotool and python3 (standard library only).
# BARGE_E2E_TRACE=1 also saves a screenshot after every key press (trace-NNN-KEYS.png).
#
# The wizard's progress is read from what it does (files it writes, dialogs it opens), and only keys
# are pressed that do nothing where they are not meant (a key the wizard drops is pressed
# again; one it takes is never taken twice):
#   1. Alt+D on the start page chooses the demo, which writes the demo database: wait for its file.
#   2. Return, again and again, until the run has written its target file. Return presses the
#      wizard's forward button (Next, then Run on the Summary: tst_wizard_keyboard checks that it is
#      the default button on every page), or nothing while that button waits (the Tables page reading
#      the tables, the Summary checking the plan). Not Alt+N: a mnemonic whose button is disabled
#      reaches the focused widget as a typed letter (the Tables filter, the Source's kind box), and a
#      mnemonic clicks only after 100 ms (animateClick), so keys pressed meanwhile act first.
#   3. Alt+R (Show report; on the Run page while the run goes on, and on the report page, it does
#      nothing: neither page has an editable control) and Alt+J (Save as JSON, on the report page
#      only), again and again until the "Save report" dialog opens.
#   4. In that dialog: the file's name, Return; wait for the file. Then Alt+F (Finish) and wait for
#      barge to end.
set -euo pipefail
# Every xdotool call runs under `timeout`: a stuck one would keep the trap below from cleaning up.

if (($# != 2)); then
  echo "usage: $0 BARGE WORKDIR" >&2
  exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
barge=$(realpath "$1")
mkdir -p "$2"
run=$(realpath "$2")/keyboard_demo
timeout_s=${BARGE_E2E_TIMEOUT:-60} # each wait

step="setup"
xvfb_pid="" barge_pid="" typed_dir=""
t0=$(date +%s%N)

log() { echo "keyboard_demo: $*"; }
# begin STEP: names the step a failure reports, and logs it with the time since the start.
begin() {
  step=$1
  printf 'keyboard_demo: %6.2f s  %s\n' "$(($(date +%s%N) - t0))e-9" "$step"
}

# The screen as it is now, as a PNG (Xvfb keeps it as an XWD file in $run: -fbdir).
screenshot() {
  python3 -B "$here/xwd2png.py" "$run/Xvfb_screen0" "$1" 2>&1 || return 1
}

fail() {
  echo "keyboard_demo: FAILED at step \"$step\": $*" >&2
  if [[ -z $barge_pid && -f $run/report-page.png ]]; then # the wizard has closed: its last page
    echo "keyboard_demo: the report page as the wizard showed it: $run/report-page.png" >&2
  elif [[ -n $xvfb_pid && -f $run/Xvfb_screen0 ]] && screenshot "$run/failure.png"; then
    echo "keyboard_demo: the screen at the failure: $run/failure.png" >&2
  fi
  if [[ -s $run/barge.log ]]; then
    echo "keyboard_demo: the end of barge's output ($run/barge.log):" >&2
    tail -n 20 "$run/barge.log" | sed 's/^/    /' >&2
  fi
  exit 1
}

# Ends a process this script started, by its id.
stop_process() {
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop_process "$barge_pid"
  stop_process "$xvfb_pid"
  [[ -z $typed_dir ]] || rm -rf "$typed_dir"
  rm -f "$run/Xvfb_screen0" "$run/screen.1"
}
trap cleanup EXIT
trap 'fail "interrupted"' INT TERM

barge_alive() {
  [[ -n $barge_pid ]] && kill -0 "$barge_pid" 2>/dev/null \
    && [[ $(awk '{print $3}' "/proc/$barge_pid/stat" 2>/dev/null) != Z ]]
}

# wait_for SECONDS WHAT COMMAND...: polls COMMAND until it succeeds; fails naming WHAT after SECONDS,
# or at once when barge has ended.
wait_for() {
  local limit=$1 what=$2
  shift 2
  local end=$((SECONDS + limit))
  until "$@" >/dev/null; do
    if [[ -n $barge_pid ]] && ! barge_alive; then
      # barge may have ended just after the check above: what was awaited may be its end
      "$@" >/dev/null && return 0
      fail "barge ended while waiting for $what"
    fi
    ((SECONDS < end)) || fail "no $what after ${limit} s"
    sleep 0.1
  done
}

# The wizard's title names its step: "Tables – Barge".
main_title='(.+ – )?Barge'
main_glob='*Barge'
# The id of the visible window whose whole title matches the pattern $1 (exit 1 when there is none).
window_titled() {
  timeout 10 xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | head -n 1 | grep .
}
no_window_titled() { ! window_titled "$1" >/dev/null; }

# Fails when a visible window with a title other than the expected ones is up (a message box, an
# error, a question): the keys would go there, or nowhere.
only_windows() {
  local id name expected allowed
  for id in $(timeout 10 xdotool search --onlyvisible --name . 2>/dev/null); do
    name=$(timeout 10 xdotool getwindowname "$id" 2>/dev/null) || continue
    allowed=0
    for expected in "$@"; do
      # shellcheck disable=SC2053 # a pattern: the wizard's title names its step
      [[ $name == $expected ]] && allowed=1
    done
    ((allowed)) || fail "an unexpected window is open: \"$name\""
  done
}

# keys WINDOW KEY...: gives WINDOW the X input focus (there is no window manager to do it), checks
# that it has it, then presses the keys there, 150 ms apart (more than a mnemonic's 100 ms).
traced=0
keys() {
  local window=$1
  shift
  timeout 10 xdotool windowfocus --sync "$window" || fail "window $window did not take the keyboard focus"
  local focused
  focused=$(timeout 10 xdotool getwindowfocus) || fail "xdotool getwindowfocus failed"
  [[ $focused == "$window" ]] || fail "the keyboard focus is on window $focused, not on $window"
  timeout 30 xdotool key --delay 150 "$@" || fail "xdotool key $* failed"
  if [[ -n ${BARGE_E2E_TRACE:-} ]]; then
    local pressed="$*"
    traced=$((traced + 1))
    screenshot "$run/trace-$(printf %03d "$traced")-${pressed// /_}.png" || true
  fi
}

# ---------------------------------------------------------------------------------------------------
begin "tools"
for tool in Xvfb xdotool python3; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (packages: xvfb xdotool python3)"
done
[[ -f $barge && -x $barge ]] || fail "no barge executable at $barge"
rm -rf "${run:?}"
mkdir -p "$run"

begin "start Xvfb"
# -displayfd: Xvfb takes a free display number itself and writes it once it accepts connections.
Xvfb -displayfd 3 -screen 0 1280x800x24 -fbdir "$run" -nolisten tcp 3>"$run/display" 2>"$run/xvfb.log" &
xvfb_pid=$!
display_ready() {
  grep -q '^[0-9][0-9]*$' "$run/display" 2>/dev/null && return 0
  kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb ended: $(tail -n 3 "$run/xvfb.log")"
  return 1
}
wait_for "$timeout_s" "display from Xvfb" display_ready
DISPLAY=":$(cat "$run/display")"
export DISPLAY
log "Xvfb on $DISPLAY"

begin "start barge"
# A private home: the wizard keeps its settings, recent profiles and the demo database there.
export HOME=$run/home XDG_CONFIG_HOME=$run/home/.config XDG_DATA_HOME=$run/home/.local/share \
  XDG_CACHE_HOME=$run/home/.cache XDG_RUNTIME_DIR=$run/runtime
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# English, X11, Qt's own file dialogs (no desktop's platform theme), no session bus of the caller's.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb BARGE_STRICT_MESSAGES=1 \
  DBUS_SESSION_BUS_ADDRESS="unix:path=$run/runtime/no-bus"
unset LANGUAGE WAYLAND_DISPLAY QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS \
  QT_FONT_DPI XDG_CURRENT_DESKTOP DESKTOP_SESSION SESSION_MANAGER
"$barge" wizard >"$run/barge.log" 2>&1 &
barge_pid=$!
wait_for "$timeout_s" "the wizard's window (\"STEP – Barge\")" window_titled "$main_title"
main=$(window_titled "$main_title")
log "wizard window $main"

begin "start page: Alt+D, Try the demo shop database"
only_windows "$main_glob"
keys "$main" alt+d
# Choosing the demo writes the demo database (in the private home, so always anew).
demo_db() { find "$XDG_DATA_HOME" -path '*/demo/shop.db' -print -quit | grep .; }
wait_for "$timeout_s" "demo database under $XDG_DATA_HOME (the demo was not chosen)" demo_db
demo=$(demo_db)
target=$(dirname "$demo")/shop-copy.db
log "demo database $demo; the wizard is to copy it into $target"

begin "Start, Source, Target, Tables, Field mapping, Options, Summary: Return (Next, then Run) until the run writes $target"
[[ ! -e $target ]] || fail "$target exists before the run"
end=$((SECONDS + timeout_s))
presses=0
until [[ -e $target ]]; do
  barge_alive || fail "barge ended"
  ((SECONDS < end)) || fail "no $target after $presses presses of Return in ${timeout_s} s"
  only_windows "$main_glob"
  keys "$main" Return
  presses=$((presses + 1))
  # A moment for the press to be handled; pressed again when it waited (a disabled button).
  for _ in 1 2 3 4 5 6; do
    [[ -e $target ]] && break
    sleep 0.05
  done
done
log "the run started after $presses presses of Return"

begin "Run, Report: Alt+R (Show report), Alt+J (Save as JSON) until the Save report dialog opens"
end=$((SECONDS + timeout_s))
rounds=0
until window_titled "Save report" >/dev/null; do
  barge_alive || fail "barge ended"
  ((SECONDS < end)) || fail "the report page's Save report dialog did not open after $rounds rounds of Alt+R, Alt+J in ${timeout_s} s"
  only_windows "$main_glob" "Save report"
  keys "$main" alt+r alt+j
  rounds=$((rounds + 1))
  for _ in 1 2 3 4 5 6; do
    window_titled "Save report" >/dev/null && break
    sleep 0.05
  done
done
log "the Save report dialog opened after $rounds rounds of Alt+R, Alt+J"

begin "Save report dialog: the file's name, Return"
dialog=$(window_titled "Save report")
report=$run/wizard-report.json
# What xdotool types plainly; a work dir with other characters gets the report through a plain one.
if [[ ! $report =~ ^[A-Za-z0-9/._+-]+$ ]]; then
  typed_dir=$(mktemp -d /tmp/barge-e2e.XXXXXX)
  report=$typed_dir/wizard-report.json
fi
keys "$dialog" ctrl+a
timeout 60 xdotool type --delay 15 "$report" || fail "xdotool type failed"
keys "$dialog" Return
wait_for "$timeout_s" "report file $report (saved by the Save report dialog)" test -s "$report"
wait_for "$timeout_s" "end of the Save report dialog" no_window_titled "Save report"
if [[ -n $typed_dir ]]; then
  cp "$report" "$run/wizard-report.json"
  report=$run/wizard-report.json
fi

begin "report page: screenshot"
only_windows "$main_glob"
# The screen once it stops changing (the report page repainted where the dialog was).
settled() {
  cp "$run/Xvfb_screen0" "$run/screen.1"
  sleep 0.2
  cmp -s "$run/Xvfb_screen0" "$run/screen.1"
}
wait_for 10 "still screen" settled
screenshot "$run/report-page.png" || fail "no screenshot"

begin "report page: Alt+F, Finish"
keys "$main" alt+f
barge_ended() { ! barge_alive; }
wait_for "$timeout_s" "end of barge after Finish" barge_ended
status=0
wait "$barge_pid" || status=$?
barge_pid=""
((status == 0)) || fail "barge exited with $status after Finish"

begin "reference: barge demo"
"$barge" demo "$run/reference.db" >"$run/reference.log" 2>&1 || fail "barge demo failed: $(cat "$run/reference.log")"

begin "check $target"
[[ -f $target ]] || fail "the run wrote no $target"
shopt -s nullglob
extra=("$(dirname "$target")"/shop-copy-*.db)
((${#extra[@]} == 0)) || fail "more than one copy was written: ${extra[*]}"
python3 -B "$here/check_demo_copy.py" "$report" "$target" "$run/reference.db" || fail "the copy is not the demo (above)"

rm -rf "${run:?}/home" "${run:?}/runtime"
begin "passed; the report page: $run/report-page.png"
