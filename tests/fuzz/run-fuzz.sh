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
    # Configured every time (quick when nothing changed): a target added since the last run is found.
    cmake -S "$src/tests/fuzz" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --target "$target" >/dev/null
) 9>"$build/.lock"

# The corpus grows in the build folder and is picked up by the next run there; the seeds in the
# source tree start it.
corpus=$build/corpus/$target
mkdir -p "$corpus"
case $target in
    fuzz_brokerprofile) seeds="$src/tests/unit/data"; dict=$src/tests/fuzz/json.dict ;;
    fuzz_sessionanswers) seeds=$src/tests/fuzz/corpus/sessionanswers; dict=$src/tests/fuzz/session.dict ;;
    fuzz_httprequest) seeds=$src/tests/fuzz/corpus/httprequest; dict=$src/tests/fuzz/http.dict ;;
    *) seeds=$src/tests/fuzz/corpus/${target#fuzz_}; dict=$src/tests/fuzz/url.dict ;;
esac
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 "$build/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
    -dict="$dict" "$corpus" "$seeds" >"$log" 2>&1 || status=$?
tail -n 25 "$log"
echo "corpus: $(find "$corpus" -type f | wc -l) inputs in $corpus"
exit $status
