#!/bin/sh
# inappkit-demo --check-profile: "profile OK" and exit 0 for a valid profile; the error on
# stderr (naming the key) and exit 2 for an invalid one.
# usage: check-profile.sh DEMO DATA_DIR
set -u
demo=$1 data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

out=$("$demo" --check-profile "$data/design-example.json" 2>"$work/err"); rc=$?
[ $rc -eq 0 ] || fail "valid profile: exit $rc"
[ "$out" = "profile OK" ] || fail "valid profile printed '$out'"

sed 's/"schema": 1/"schema": 7/' "$data/design-example.json" >"$work/v7.json"
out=$("$demo" --check-profile "$work/v7.json" 2>"$work/err"); rc=$?
[ $rc -eq 2 ] || fail "schema 7: exit $rc"
[ -z "$out" ] || fail "schema 7 printed on stdout: $out"
grep -q "v7.json: schema: unknown schema version 7" "$work/err" || fail "schema 7: stderr was: $(cat "$work/err")"

printf '{\n "schema": 1,\n' >"$work/broken.json"
"$demo" --check-profile "$work/broken.json" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "broken JSON: exit $rc"
grep -q "broken.json:3:.*not valid JSON" "$work/err" || fail "broken JSON: stderr was: $(cat "$work/err")"

"$demo" --check-profile "$work/missing.json" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "missing file: exit $rc"
grep -q "missing.json: cannot read the profile" "$work/err" || fail "missing file: stderr was: $(cat "$work/err")"

# Not a regular file: refused at once, without reading it.
timeout 10 "$demo" --check-profile /dev/zero >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "/dev/zero: exit $rc"
grep -q "/dev/zero: cannot read the profile: not a regular file" "$work/err" || fail "/dev/zero: stderr was: $(cat "$work/err")"
mkfifo "$work/fifo.json"
timeout 10 "$demo" --check-profile "$work/fifo.json" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "FIFO: exit $rc"

echo "check-profile: all cases behave"
