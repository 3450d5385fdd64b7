#!/bin/sh
# A longer fuzzing campaign: every libFuzzer target for SECONDS each (default 600), one after the
# other, in build/fuzz (its corpus grows there from run to run). CI keeps the short bounded runs
# (label "fuzz", INAPPKIT_FUZZ_SECONDS). Prints each target's executions, speed and corpus.
# usage: sh scripts/fuzz.sh [SECONDS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
"$root/scripts/install-deps.sh"
status=0
for target in fuzz_successurlmatcher fuzz_navigationpolicy fuzz_sessionanswers fuzz_httprequest fuzz_brokerprofile; do
    echo "=== $target, ${seconds} s"
    out=$(sh "$root/tests/fuzz/run-fuzz.sh" "$root" "${BUILD_DIR:-$root/build}/fuzz" "$target" "$seconds") || status=1
    echo "$out" | grep -a -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|^corpus:|ERROR|SUMMARY|crash-|Test unit written" || true
done
exit $status
