#!/bin/sh
# Configures and builds InAppKit into BUILD_DIR (default: build/ beside the sources).
# Extra arguments go to the CMake configure step, e.g. -DINAPPKIT_SANITIZE=ON.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja "$@"
cmake --build "$build" --parallel "$(nproc)"
