#!/bin/sh
# Runs the README's test command (scripts/run-tests.sh) on another Debian release, in a minimal root
# made with debootstrap (--variant=minbase, plus git), as a new user of that release would: its own
# compiler, Qt, OpenSSL and CMake, everything installed by scripts/install-deps.sh inside it.
#
# usage: sh scripts/run-tests-on.sh RELEASE [ctest arguments...]    e.g. trixie, bookworm
#
# Needs root (debootstrap and chroot) and Debian's registry. The root is kept in a cache folder
# outside the source tree (INAPPKIT_ROOTS, default /var/cache/inappkit/roots/RELEASE) and reused by
# later runs, and so is its build folder (/var/tmp/inappkit-build-N inside the root, one for each
# source folder, since make tools judge by time stamps and two trees' files are not comparable): a
# second run only installs what is missing and rebuilds what changed. Delete them to start afresh.
set -eu
[ $# -ge 1 ] || { echo "usage: sh scripts/run-tests-on.sh RELEASE [ctest arguments...]" >&2; exit 2; }
release=$1
shift
[ "$(id -u)" -eq 0 ] || { echo "run-tests-on.sh needs root (debootstrap and chroot)" >&2; exit 1; }
src=$(cd "$(dirname "$0")/.." && pwd)
roots=${INAPPKIT_ROOTS:-/var/cache/inappkit/roots}
root=$roots/$release
mirror=${INAPPKIT_DEBIAN_MIRROR:-http://deb.debian.org/debian}

# One run at a time per root: a second one would mount over the first's and share its build.
mkdir -p "$roots"
exec 9>"$root.lock"
flock -n 9 || { echo "another run is using $root; wait for it to end" >&2; exit 1; }

if [ ! -x "$root/usr/bin/git" ]; then
    if ! command -v debootstrap >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    fi
    echo "=== making a minimal $release root in $root"
    rm -rf "$root.partial"
    debootstrap --variant=minbase --include=git "$release" "$root.partial" "$mirror"
    rm -rf "$root"
    mv "$root.partial" "$root"
fi

# The sources are bind-mounted at the same place in every run, so the build folder kept in the root
# stays valid; what the run mounts, it unmounts, whatever the outcome.
mounted=""
cleanup() {
    for m in $mounted; do umount -l "$root$m" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM
mount_in() { # mount_in TARGET MOUNT-ARGS...
    target=$1
    shift
    mkdir -p "$root$target"
    mount "$@" "$root$target"
    mounted="$target $mounted"
}
mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount_in /dev/pts --bind /dev/pts
mount_in /dev/shm -t tmpfs -o mode=1777 shm
mount_in /inappkit --bind "$src"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# What the installer writes and debootstrap does not (bookworm's minbase has no /etc/hosts): the
# tests' third parties live on "localhost", another site than 127.0.0.1.
[ -f "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"

echo "=== $(. "$root/etc/os-release" && echo "$PRETTY_NAME"): sh scripts/run-tests.sh $*"
# A clean environment: the release's own PATH, no display, no D-Bus session, no host variables.
env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    TERM=dumb ${CI:+CI=$CI} \
    BUILD_DIR="/var/tmp/inappkit-build-$(printf '%s' "$src" | cksum | cut -d ' ' -f 1)" \
    chroot "$root" sh -c 'cd /inappkit && exec sh scripts/run-tests.sh "$@"' run-tests-on "$@"
