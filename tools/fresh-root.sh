#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs COMMAND as a new user's first step would: inside a fresh Debian 12 (bookworm, minbase)
# root made by debootstrap, in a clean clone of this project's HEAD at /root/project, with
# ../shared (when there is one) copied beside it. Nothing installed on this machine leaks in,
# so a package missing from tools/setup.sh fails here exactly as it would on a new machine.
#
#   tools/fresh-root.sh [--copy FILE]... [--out DIR] 'COMMAND'
#
#   --copy FILE   copy FILE into /root/ of the new root first (e.g. a built .deb)
#   --out DIR     bind DIR (made if missing) at /root/out, to bring files back out
#
# Runs as root (debootstrap, chroot, mount). The pristine root is made once and kept as a
# tarball (EE_FRESH_ROOT_CACHE, default /var/tmp/ee-fresh-bookworm.tar): later runs unpack it
# in seconds. Downloaded .deb files are kept between runs in EE_FRESH_ROOT_APT_CACHE (default
# /var/cache/ee-fresh-root/apt, copied in and back, never shared) to save the download, never
# the install: every package is still installed by the command itself. EE_FRESH_ROOT_MIRROR picks a Debian mirror.
# Exit status: the command's own; 125 when the root cannot be made (so a caller can tell "this
# machine cannot make a root" from "the command failed").
set -uo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
copies=()
out=""
while (($#)); do
    case $1 in
        --copy) copies+=("$(realpath "$2")"); shift 2 ;;
        --out) out=$2; shift 2 ;;
        --) shift; break ;;
        -*) echo "fresh-root.sh: unknown option $1" >&2; exit 125 ;;
        *) break ;;
    esac
done
cmd=${1:?usage: tools/fresh-root.sh [--copy FILE]... [--out DIR] COMMAND}
cache=${EE_FRESH_ROOT_CACHE:-/var/tmp/ee-fresh-bookworm.tar}
apt_cache=${EE_FRESH_ROOT_APT_CACHE:-/var/cache/ee-fresh-root/apt}
mirror=${EE_FRESH_ROOT_MIRROR:-}

fail() { echo "fresh-root.sh: $*" >&2; exit 125; }
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot, mount)"

root=$(mktemp -d /var/tmp/ee-fresh-root.XXXXXX)
mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
mount_into() { # mount_into TARGET mount-args...
    local target=$1; shift
    mkdir -p "$target"
    mount "$@" "$target" || fail "cannot mount $target inside the new root"
    mounts+=("$target")
}

if [ ! -f "$cache" ]; then
    if ! command -v debootstrap >/dev/null; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; } \
            >/dev/null 2>&1 || fail "cannot install debootstrap"
    fi
    echo "fresh-root.sh: making a Debian 12 minbase root (once; kept at $cache)" >&2
    log="$root.debootstrap.log"
    # shellcheck disable=SC2086  # an empty mirror means debootstrap's default
    debootstrap --variant=minbase bookworm "$root" $mirror >"$log" 2>&1 ||
        { tail -5 "$log" >&2; rm -f "$log"; fail "debootstrap failed"; }
    rm -f "$log"
    tar -C "$root" -cf "$cache.part" . && mv "$cache.part" "$cache" || fail "cannot write $cache"
else
    tar -C "$root" -xf "$cache" || fail "cannot unpack $cache"
fi

# The new root's "/" (the tarball keeps mktemp's 0700): users other than root must enter it.
chmod 755 "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
git clone -q "$project" "$root/root/project" || fail "cannot clone $project"
if [ -d "$project/../shared" ]; then
    cp -r "$project/../shared" "$root/root/shared" || fail "cannot copy ../shared"
fi
for f in "${copies[@]}"; do cp "$f" "$root/root/" || fail "cannot copy $f"; done

mount_into "$root/proc" -t proc proc
mount_into "$root/dev" --rbind /dev
mount_into "$root/tmp" -t tmpfs tmpfs
# Cached downloads go in as hard links (copies across file systems) and new ones come back
# after the run; no folder is shared, so two roots at once never contend for apt's lock.
mkdir -p "$apt_cache" "$root/var/cache/apt/archives/partial"
find "$apt_cache" -maxdepth 1 -name '*.deb' -exec cp -f -l -t "$root/var/cache/apt/archives/" {} + 2>/dev/null ||
    find "$apt_cache" -maxdepth 1 -name '*.deb' -exec cp -f -t "$root/var/cache/apt/archives/" {} + 2>/dev/null
if [ -n "$out" ]; then
    mkdir -p "$out"
    mount_into "$root/root/out" --bind "$out"
fi

# A clean environment, as a new login would have: no variables of this machine leak in
# (CI=true is kept so tests know where they run).
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI="${CI:-}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd /root/project && $cmd"
rc=$?
find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec cp -n -t "$apt_cache/" {} + 2>/dev/null
exit $rc
