#!/bin/sh
# The code docs/getting-started.md shows is the code tests/install/consumer/main.cpp compiles and
# runs: each block after a "<!-- snippet: NAME -->" line must equal the region between the
# "//! [NAME]" markers, line for line. A page edited alone, or a host file edited alone, fails.
# usage: check-snippets.sh SOURCE_DIR
set -eu
src=$1
page=$src/docs/getting-started.md
code=$src/tests/install/consumer/main.cpp
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=$(sed -n 's/^<!-- snippet: \([a-z-]*\) -->$/\1/p' "$page")
[ -n "$names" ] || { echo "$page names no snippet" >&2; exit 1; }
status=0
for name in $names; do
    awk -v name="$name" '
        $0 == "<!-- snippet: " name " -->" { wanted = 1; next }
        wanted && /^```/ { if (inside) exit; inside = 1; next }
        inside { print }' "$page" >"$work/page"
    awk -v marker="//! [$name]" '
        $0 == marker { inside = !inside; next }
        inside { print }' "$code" >"$work/code"
    if [ ! -s "$work/code" ]; then
        echo "snippet '$name': no region '//! [$name]' in $code" >&2; status=1; continue
    fi
    if ! diff -u "$work/code" "$work/page" >"$work/diff"; then
        echo "snippet '$name': docs/getting-started.md differs from what tests/install/consumer/main.cpp compiles:" >&2
        cat "$work/diff" >&2; status=1; continue
    fi
    echo "snippet '$name': $(wc -l <"$work/code") lines, as compiled: ok"
done
exit $status
