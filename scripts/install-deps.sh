#!/bin/sh
# Installs what InAppKit needs to build, test and run on Debian 12, with apt-get.
# Does nothing when everything is already there; needs root (or sudo) otherwise.
set -eu

packages="cmake ninja-build g++ pkg-config openssl libssl-dev
qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools qt6-httpserver-dev qt6-websockets-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libqt6svg6
qtkeychain-qt6-dev libsecret-1-dev libxkbcommon-dev libgl-dev
xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools xdg-utils xdotool
clang libclang-rt-14-dev util-linux
doxygen abi-dumper abi-compliance-checker"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
as_root=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root (or install sudo) to install:$missing" >&2; exit 1; }
    as_root="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -q
# shellcheck disable=SC2086
$as_root apt-get install -y -q --no-install-recommends $missing
