#!/bin/sh
# Builds the libFuzzer targets with clang and runs one for a bounded time.
# usage: run-fuzz.sh SOURCE_DIR BUILD_DIR TARGET SECONDS
set -eu
src=$1 build=$2 target=$3 seconds=$4
if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ is not installed: the fuzz targets need it (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
fi
# The build is shared by the fuzz tests: serialise it.
mkdir -p "$build"
(
    flock 9
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$src/tests/fuzz" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$build" --target "$target" >/dev/null
) 9>"$build/.lock"

corpus_seed=$src/tests/fuzz/corpus/${target#fuzz_}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case $target in
    fuzz_brokerprofile) seeds="$src/tests/unit/data" ;;
    *) seeds=$corpus_seed ;;
esac
status=0
ASAN_OPTIONS=detect_leaks=1 "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 "$work" "$seeds" >"$work.log" 2>&1 || status=$?
tail -n 25 "$work.log"
rm -f "$work.log"
exit $status
