#!/bin/sh
# The built libraries' ABI against the baseline committed in abi/ (Debian's abi-dumper and
# abi-compliance-checker): an unannounced break fails. Before 1.0 a break is allowed when the
# CHANGELOG announces the version and the baseline is renewed in the same change:
#   sh tests/abi/check-abi.sh SOURCE_DIR BUILD_DIR --update
# usage: check-abi.sh SOURCE_DIR BUILD_DIR [--update]
set -eu
src=$1 build=$2 mode=${3:-check}
version=$(sed -n 's/^project(InAppKit VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The public headers as a host has them: only their types and functions make the ABI.
cmake --install "$build" --prefix "$work/prefix" >/dev/null
status=0
for lib in Core Widgets; do
    case $lib in Core) dir=src ;; Widgets) dir=widgets ;; esac
    so="$build/$dir/libInAppKit$lib.so.$version"
    abi-dumper "$so" -lver "$version" -public-headers "$work/prefix/include/InAppKit" -o "$work/new.dump" >"$work/dumper.log" 2>&1 || {
        cat "$work/dumper.log" >&2
        echo "abi-dumper failed on $so (built without debug information?)" >&2
        exit 2
    }
    baseline="$src/abi/InAppKit$lib.dump.xz"
    if [ "$mode" = --update ]; then
        xz -9 -c "$work/new.dump" >"$baseline"
        echo "baseline renewed: abi/InAppKit$lib.dump.xz ($version)"
        continue
    fi
    xz -dc "$baseline" >"$work/old.dump"
    # A renewed baseline belongs to a version the CHANGELOG announces.
    old=$(sed -n "s/^ *'LibraryVersion' => '\([^']*\)'.*/\1/p" "$work/old.dump" | head -n 1)
    if ! grep -q "^## \[$old\]" "$src/CHANGELOG.md"; then
        echo "abi/InAppKit$lib.dump.xz is for $old, which CHANGELOG.md does not announce" >&2
        status=1
    fi
    mkdir -p "$build/abi"
    if abi-compliance-checker -l "InAppKit$lib" -old "$work/old.dump" -new "$work/new.dump" \
        -report-path "$build/abi/InAppKit$lib.html" >"$work/checker.log" 2>&1; then
        echo "InAppKit$lib $old -> $version: compatible"
    else
        grep -E "compatibility|Problems" "$work/checker.log" >&2 || cat "$work/checker.log" >&2
        echo "InAppKit$lib $old -> $version: ABI broken, see $build/abi/InAppKit$lib.html" >&2
        echo "(a break before 1.0: announce it in CHANGELOG.md and renew the baseline with --update)" >&2
        status=1
    fi
done
exit $status
