#!/bin/sh
# The demo command of the README: installs the dependencies, builds, and starts inappkit-demo
# on the built-in sandbox broker. Arguments go to the demo (see --help).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build=${BUILD_DIR:-$root/build}
BUILD_DIR=$build "$root/scripts/build.sh"
# Chromium refuses to run as root with its sandbox on.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
exec "$build/examples/demo/inappkit-demo" "$@"
