#!/bin/sh
# Runs each benchmark mode in a fresh process (a cold start can be measured only once per process)
# and prints the figures side by side. Figures only: nothing here passes or fails on speed.
set -eu
bench=$1
echo "--- host start-up, no screen opened (the kit must cost next to nothing here)"
for run in 1 2 3; do
    "$bench" startup-plain
    "$bench" startup-kit
done
for run in 1 2 3; do
    echo "--- run $run"
    "$bench" first-open-bare
    "$bench" first-open-kit
    "$bench" first-open-warm
done
echo "--- memory"
"$bench" cycles
