#!/bin/sh
# Takes the README's screenshots of the demo (signed out, signed in with a ribbon, a deposit
# screen open) under Xvfb, by running the demo's UI test with INAPPKIT_SCREENSHOT_DIR set.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots}
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch"
chmod 700 "$scratch"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
unset DBUS_SESSION_BUS_ADDRESS DISPLAY
INAPPKIT_SCREENSHOT_DIR=$(cd "$out" && pwd) xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- sh -c '
    printf "inappkit\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0/tests/ui/tst_demo"' "$build"
ls -1 "$out"
