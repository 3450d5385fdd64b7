#!/bin/sh
# inappkit-sandbox stops cleanly (exit 0) on SIGTERM and on SIGINT, once it is listening.
# usage: sandbox-signals.sh SANDBOX
set -u
sandbox=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
for sig in TERM INT; do
    "$sandbox" --write-profile "$work/p.json" >"$work/out" 2>&1 &
    pid=$!
    i=0
    until grep -q "^listening on" "$work/out"; do
        i=$((i + 1)); [ $i -gt 100 ] && fail "$sig: not listening"
        sleep 0.1
    done
    kill -"$sig" "$pid"
    i=0
    while kill -0 "$pid" 2>/dev/null; do
        i=$((i + 1)); [ $i -gt 50 ] && { kill -9 "$pid"; fail "$sig: still running after 5 s"; }
        sleep 0.1
    done
    wait "$pid"; rc=$?
    [ $rc -eq 0 ] || fail "$sig: exit $rc"
done
echo "sandbox-signals: clean stop on TERM and INT"
