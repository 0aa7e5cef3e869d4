#!/usr/bin/env bash
# Runs a command in a private D-Bus session with its own unlocked gnome-keyring (the Secret Service
# QtKeychain talks to), under a throwaway HOME so the user's real keyring is never touched.
#   tests/support/with-keyring.sh COMMAND [ARGS...]
# Fails (exit 1, a message) when dbus-run-session or gnome-keyring-daemon is missing: a keychain
# test that cannot reach a keychain has not passed (scripts/install-deps.sh installs both).
# The daemon runs in the foreground of this script, with none of its descriptors, and is stopped
# when the command ends: a daemon left holding CTest's output pipe would keep CTest waiting.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
  command -v "$tool" >/dev/null || { echo "with-keyring.sh: $tool is not installed (scripts/install-deps.sh)" >&2; exit 1; }
done
home=$(mktemp -d /tmp/barge-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache
export XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
# dbus-daemon complains that it cannot raise its file limit when not run by systemd: harmless.
dbus-run-session -- bash -c '
  printf "barge-throwaway-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >/dev/null 2>&1 &
  keyring=$!
  # Waits for the daemon to own the Secret Service name, however slow the machine; it fails only
  # when the daemon has died.
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    if ! kill -0 "$keyring" 2>/dev/null; then echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2; exit 1; fi
    sleep 0.05
  done
  status=0
  "$@" || status=$?
  kill "$keyring" 2>/dev/null || true
  wait "$keyring" 2>/dev/null || true
  exit "$status"' keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
