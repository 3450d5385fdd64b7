#!/bin/sh
# The kit against a naive host (a bare QWebEngineView wired by hand), alternated, each mode in a
# fresh process, medians and ratios printed, and the kit's screens with a screen reader on the
# accessibility bus beside the same screens without one (Chromium's accessibility on or off, as the
# kit decides it); then memory over 50 deposit screens for each host.
# Figures only: nothing here passes or fails on speed, but a run that crashes or fails does.
# ROUNDS sets the number of rounds.
set -eu
bench=$1
"$bench" compare "${ROUNDS:-12}"

# A pipe's status is its last command's, and POSIX sh has no pipefail: each run writes to a file
# and its own status is checked before its figures are filtered out of it.
out=$(mktemp)
trap 'rm -f "$out"' EXIT
cycles() {
    status=0
    "$@" >"$out" || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$out"
        echo "FAIL: $* exited with status $status" >&2
        exit 1
    fi
    sed -n 's/^RESULT //p' "$out"
}
echo "--- resident memory (MiB, process and web engine children) over 50 deposit screens"
cycles env QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---log-level=3}" "$bench" cycles-naive
cycles "$bench" cycles-kit
