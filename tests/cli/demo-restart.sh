#!/bin/sh
# Keep Me Logged In across restarts, as a person meets it: the demo is started, a person logs in
# with real keys (xdotool) and ticks 'Keep me logged in', quits with Ctrl+Q; a second demo process
# then signs in with no screen, against the sandbox state the first kept (which holds no token).
# Needs the X display, D-Bus session and keyring of the test command.
# usage: demo-restart.sh DEMO
set -u
demo=$1
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; for f in "$work"/run*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -20 "$f" >&2; }; done; exit 1; }
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export QT_LOGGING_RULES="inappkit.session.debug=true;inappkit.web.debug=true"

# Waits until $2 appears in file $1 (at most 60 s): the demo tells, through its log, where it is.
wait_for() {
    i=0
    until grep -q "$2" "$1" 2>/dev/null; do
        i=$((i + 1)); [ $i -gt 300 ] && return 1
        sleep 0.2
    done
}
start_demo() {
    "$demo" >"$work/$1.log" 2>&1 &
    pid=$!
    win=$(timeout 60 xdotool search --sync --onlyvisible --name "InAppKit demo") || fail "$1: no demo window"
    win=$(echo "$win" | head -1)
}
quit_demo() {
    xdotool windowfocus --sync "$win" key ctrl+q
    i=0
    while kill -0 "$pid" 2>/dev/null; do
        i=$((i + 1)); [ $i -gt 150 ] && fail "$1: the demo did not quit on Ctrl+Q"
        sleep 0.2
    done
    wait "$pid"; rc=$?; pid=""
    [ $rc -eq 0 ] || fail "$1: the demo exited with $rc"
}

start_demo run1
xdotool windowfocus --sync "$win" key alt+l          # Log in, by its mnemonic
wait_for "$work/run1.log" "screen shown" || fail "run1: the login screen did not show"
sleep 1                                              # a person sees the page, then types
xdotool type --delay 20 "demo@example.com"           # straight into the page: the field has the focus
xdotool key Tab
xdotool type --delay 20 "demo1234"
xdotool key Tab space Return                         # Keep me logged in, then Log in
wait_for "$work/run1.log" "State::SignedIn" || fail "run1: not signed in"
state="$XDG_DATA_HOME/InAppKit/inappkit-demo/sandbox-state.json"
wait_for "$state" "accessTokenDigests" || fail "run1: no sandbox state kept"
quit_demo run1

token=$(secret-tool search --all server "InAppKit Demo" 2>/dev/null | sed -n 's/^secret = //p' | head -1)
[ -n "$token" ] || fail "no access token in the keychain"
grep -q -- "$token" "$state" && fail "the access token is in the sandbox state file"
grep -rq -- "$token" "$work" && fail "the access token is in a file or log"
[ "$(stat -c %a "$state")" = 600 ] || fail "the sandbox state is readable by others"

start_demo run2
# The restore's end, whichever it is, as the kit logs it: signed in, or the saved login refused.
wait_for "$work/run2.log" "State::SignedIn\|stored access token rejected\|deleted unread" || fail "run2: the restore did not end"
# What the kit logs (the categories above), not what only the status bar shows: a screen opened
# at all (ClientAreaView's "opening", before any page loads) and a refused saved login
# (SsoSession's "rejected", or a login of an earlier version dropped unread).
grep -q "inappkit.web: opening" "$work/run2.log" && fail "run2: a screen was opened"
grep -q "inappkit.web: screen shown" "$work/run2.log" && fail "run2: a screen was shown"
grep -Eq "inappkit.session: stored access token rejected|inappkit.keychain: .*deleted unread" "$work/run2.log" \
    && fail "run2: the saved login was refused"
grep -q "inappkit.session: session state .*State::Restoring" "$work/run2.log" || fail "run2: no restore from the keychain"
grep -q "State::SignedIn" "$work/run2.log" || fail "run2: the saved login did not sign in"
quit_demo run2
echo "PASS: signed in after a restart, with no screen"
