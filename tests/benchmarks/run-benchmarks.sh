#!/bin/sh
# The kit against a naive host (a bare QWebEngineView wired by hand), alternated, each mode in a
# fresh process, medians and ratios printed; then memory over 50 deposit screens for each.
# Figures only: nothing here passes or fails on speed. ROUNDS sets the number of rounds.
set -eu
bench=$1
"$bench" compare "${ROUNDS:-12}"
echo "--- resident memory (MiB, process and web engine children) over 50 deposit screens"
QTWEBENGINE_CHROMIUM_FLAGS=${QTWEBENGINE_CHROMIUM_FLAGS:---log-level=3} "$bench" cycles-naive | sed -n 's/^RESULT //p'
"$bench" cycles-kit | sed -n 's/^RESULT //p'
