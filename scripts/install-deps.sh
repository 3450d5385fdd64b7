#!/bin/sh
# Installs everything InAppKit uses to build, test and run, with apt-get, on Debian 12 (bookworm)
# and Debian 13 (trixie), starting from a minimal installation (debootstrap --variant=minbase):
# nothing is taken from what a machine image happens to carry. Does nothing when everything is
# already there; needs root (or sudo) otherwise.
#
# "a|b" names alternatives for the same need: the first one the release has is installed.
set -eu

packages="cmake ninja-build g++ pkg-config openssl libssl-dev ca-certificates
qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools qt6-httpserver-dev qt6-websockets-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libqt6svg6
qtkeychain-qt6-dev libsecret-1-dev libxkbcommon-dev libgl-dev
xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools xdg-utils xdotool libnss3-tools
at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi tinyproxy-bin
clang libclang-rt-dev util-linux procps
doxygen abi-dumper abi-compliance-checker universal-ctags|exuberant-ctags"

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=""
for need in $packages; do
    satisfied=""
    for p in $(echo "$need" | tr '|' ' '); do
        installed "$p" && satisfied=1 && break
    done
    [ -n "$satisfied" ] || missing="$missing $need"
done
[ -z "$missing" ] && exit 0

as_root=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root (or install sudo) to install:$missing" >&2; exit 1; }
    as_root="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -q

# Of each group of alternatives, the first name this release knows.
chosen=""
for need in $missing; do
    pick=""
    for p in $(echo "$need" | tr '|' ' '); do
        if apt-cache show "$p" >/dev/null 2>&1; then pick=$p; break; fi
    done
    [ -n "$pick" ] || { echo "None of '$need' exists on this release; cannot install it" >&2; exit 1; }
    chosen="$chosen $pick"
done

echo "Installing:$chosen"
# shellcheck disable=SC2086
$as_root apt-get install -y -q --no-install-recommends $chosen
