#!/bin/sh
# Installs the kit into a scratch prefix outside the loader's paths and uses it as a host would:
# the installed programs start from there with no LD_LIBRARY_PATH and answer --help and --version
# with no display; a separate project built with find_package(InAppKit CONFIG REQUIRED) runs on the
# design brief's example profile; every public header compiles alone and together as C++17, C++20
# and C++23 with g++ and clang++ and strict warnings (tests/install/headers).
# usage: run-install-test.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1 build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
unset LD_LIBRARY_PATH
# Only the installed tree: no path into the source or build folder may leak into the package.
if grep -rl -e "$src/src" -e "$src/widgets" -e "$build" "$work/prefix/lib" 2>/dev/null | grep -q cmake; then
    echo "the installed CMake package refers to the source or build tree" >&2
    exit 1
fi

# The installed programs, from a prefix the loader does not search, with no display at all.
version=$(sed -n 's/^project(InAppKit VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
for program in inappkit-demo inappkit-conformance; do
    test -x "$work/prefix/bin/$program"
    if readelf -d "$work/prefix/bin/$program" | grep -q 'RUNPATH.*\$ORIGIN'; then :; else
        echo "$program has no \$ORIGIN-relative RUNPATH" >&2; exit 1
    fi
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/prefix/bin/$program" --version >"$work/version" 2>"$work/err" || {
        echo "$program --version failed:" >&2; cat "$work/err" >&2; exit 1; }
    grep -qx "$program $version" "$work/version" || { echo "$program --version printed: $(cat "$work/version")" >&2; exit 1; }
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/prefix/bin/$program" --help >"$work/help" 2>"$work/err" || {
        echo "$program --help failed:" >&2; cat "$work/err" >&2; exit 1; }
    grep -q -- "--version" "$work/help" || { echo "$program --help printed no options" >&2; exit 1; }
    echo "$program --version and --help from $work/prefix/bin, no display: ok"
done

# The doors closed in 0.3: no installed header hands a host the broker's web page or Qt WebEngine
# profile, and the kit's automation header for its own tests and tools is not installed.
if grep -nE 'QWebEnginePage \*page\(|QWebEngineProfile \*webProfile\(' "$work/prefix/include/InAppKit/"*.h; then
    echo "an installed header declares ClientAreaView::page() or BrokerWebProfile::webProfile()" >&2; exit 1
fi
if find "$work/prefix" -name '*_p.h' | grep .; then
    echo "a private header is installed" >&2; exit 1
fi
echo "no door to the web page or profile in the installed headers, no private header installed: ok"

cmake -S "$src/tests/install/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
QT_QPA_PLATFORM=offscreen "$work/consumer/consumer" "$src/tests/unit/data/design-example.json" >"$work/out"
cat "$work/out"
grep -qx "/auth/login ok" "$work/out"
test -f "$work/prefix/include/InAppKit/inappkitcore_export.h"
test -f "$work/prefix/include/InAppKit/inappkitwidgets_export.h"
test -f "$work/prefix/include/InAppKit/ClientAreaView"
test -x "$work/prefix/bin/inappkit-conformance"
# The Designer plugin, where Designer looks under the prefix (its plugins folder).
find "$work/prefix" -path '*/plugins/designer/libinappkitwidgets.so' | grep -q .
grep -qx "InAppKit $version" "$work/out"
echo "installed package consumed"

# The public headers in every standard a host may use, with both compilers.
for compiler in g++ clang++; do
    command -v "$compiler" >/dev/null || { echo "$compiler is not installed (scripts/install-deps.sh)" >&2; exit 1; }
    for standard in 17 20 23; do
        dir="$work/headers-$compiler-$standard"
        cmake -S "$src/tests/install/headers" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" \
            -DHEADERS_CXX_STANDARD="$standard" -DCMAKE_PREFIX_PATH="$work/prefix" >"$dir.log" 2>&1 &&
            cmake --build "$dir" >>"$dir.log" 2>&1 || { cat "$dir.log" >&2; echo "headers as C++$standard with $compiler: FAILED" >&2; exit 1; }
        echo "$(grep -o '[0-9]* public headers as C++.*' "$dir.log"): alone and together, -Wall -Wextra -Wpedantic -Wshadow -Werror: ok"
    done
done
