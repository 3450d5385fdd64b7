#!/bin/sh
# Installs the kit into a scratch prefix and builds a separate project against it with
# find_package(InAppKit CONFIG REQUIRED), then runs it on the design brief's example profile.
# usage: run-install-test.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1 build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
# Only the installed tree: no path into the source or build folder may leak into the package.
if grep -rl -e "$src/src" -e "$src/widgets" -e "$build" "$work/prefix/lib" 2>/dev/null | grep -q cmake; then
    echo "the installed CMake package refers to the source or build tree" >&2
    exit 1
fi
cmake -S "$src/tests/install/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
LD_LIBRARY_PATH="$work/prefix/lib:$work/prefix/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}" \
    QT_QPA_PLATFORM=offscreen "$work/consumer/consumer" "$src/tests/unit/data/design-example.json" >"$work/out"
cat "$work/out"
grep -qx "/auth/login ok" "$work/out"
test -f "$work/prefix/include/InAppKit/inappkitcore_export.h"
test -f "$work/prefix/include/InAppKit/inappkitwidgets_export.h"
test -f "$work/prefix/include/InAppKit/ClientAreaView"
test -x "$work/prefix/bin/inappkit-conformance"
# The Designer plugin, where Designer looks under the prefix (its plugins folder).
find "$work/prefix" -path '*/plugins/designer/libinappkitwidgets.so' | grep -q .
grep -qx "InAppKit $(sed -n 's/^project(InAppKit VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" "$work/out"
echo "installed package consumed"
