#!/bin/sh
# The test command of the README (and of CI): installs the dependencies, builds, and runs every
# test suite headless: Xvfb, a private D-Bus session, a fresh unlocked gnome-keyring in a throw-away
# HOME, and Qt WebEngine's sandbox off when running as root (Chromium refuses root with it on).
# Arguments go to ctest, e.g. -L unit or -R tst_brokerprofile.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build=${BUILD_DIR:-$root/build}
export BUILD_DIR=$build
"$root/scripts/build.sh"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
export QT_QPA_PLATFORM=xcb
# A sanitizer build (-DINAPPKIT_SANITIZE=ON): Chromium's own sized deletes trip ASan's
# new-delete-type-mismatch check, and its process-lifetime allocations are not ours to report.
if grep -q '^INAPPKIT_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    export ASAN_OPTIONS="new_delete_type_mismatch=0:detect_leaks=1:abort_on_error=0"
    export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    # Instrumented code runs two to three times slower: a test function may take longer than
    # QTest's 5 minutes (tst_conformance's broken rules, each a whole run of the checker); ctest's
    # --timeout below still bounds every suite.
    export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-900000}
fi
unset DBUS_SESSION_BUS_ADDRESS DISPLAY

# Xvfb picks a free display itself (-displayfd): a chroot's run (scripts/run-tests-on.sh) shares the
# host's abstract X sockets but not its lock files, so xvfb-run -a would collide with a run beside it.
mkfifo "$scratch/displayfd"
Xvfb -displayfd 3 -nolisten tcp -screen 0 1600x1000x24 3>"$scratch/displayfd" 2>"$scratch/xvfb.log" &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$scratch"' EXIT INT TERM
read -r display <"$scratch/displayfd" || true
if [ -z "$display" ]; then
    echo "Xvfb did not start:" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$display"

dbus-run-session -- sh -c '
    printf "inappkit-test\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$0" --output-on-failure --timeout 900 "$@"
' "$build" "$@"
