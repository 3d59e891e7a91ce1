#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a CMake package this build found (every <Name>_DIR in CMakeCache.txt, Qt's
# indirect dependencies such as Qt6OpenGL included) comes from a Debian package that
# tools/setup.sh does not install, by name or through hard dependencies (Depends,
# Pre-Depends: apt never installs Recommends here). This is how the missing
# libqt6opengl6-dev went unnoticed on machines where it was installed by hand.
#   check-setup-packages.sh BUILD/CMakeCache.txt tools/setup.sh
set -euo pipefail
cache=$1
setup=$2
command -v dpkg-query >/dev/null || { echo "SKIP: not a Debian system"; exit 0; }

# The names in setup.sh's packages=( ... ) list (comments dropped).
mapfile -t listed < <(sed -n '/^packages=(/,/^)/p' "$setup" | sed 's/#.*//; s/packages=(//; s/)//' |
                      tr -s ' \t' '\n' | sed '/^$/d')
((${#listed[@]} > 5)) || { echo "FAIL: cannot read the package list of $setup"; exit 1; }

# Everything those names pull in through hard dependencies (on this machine's installed set).
declare -A closure=()
queue=("${listed[@]}")
while ((${#queue[@]})); do
    p=${queue[0]}; queue=("${queue[@]:1}")
    p=${p%%:*}
    [[ -n ${closure[$p]:-} ]] && continue
    closure[$p]=1
    deps=$(dpkg-query -W -f='${Depends}, ${Pre-Depends}' "$p" 2>/dev/null || true)
    # "a (>= 1) | b, c" -> a b c: an alternative counts when it is installed.
    for d in $(echo "$deps" | tr ',|' '\n\n' | sed 's/(.*)//; s/\[.*\]//; s/^ *//; s/ *$//; s/:any//'); do
        [[ -n $d && -z ${closure[$d]:-} ]] && queue+=("$d")
    done
    # A virtual package (provided by another) counts as its providers.
    if ! dpkg-query -W "$p" >/dev/null 2>&1; then
        for prov in $(dpkg-query -W -f='${Package} ${Provides}\n' 2>/dev/null |
                      awk -v v="$p" '{ for (i = 2; i <= NF; i++) { gsub(/,/, "", $i); if ($i == v) print $1 } }'); do
            queue+=("$prov")
        done
    fi
done

checked=0
failed=0
while IFS='=' read -r key dir; do
    name=${key%%_DIR:PATH}
    [[ -d $dir ]] || continue
    # Only package configuration folders (not the project's own *_DIR settings).
    compgen -G "$dir/*[Cc]onfig.cmake" >/dev/null || continue
    owner=$(dpkg-query -S "$dir" 2>/dev/null | head -1 | cut -d: -f1 | cut -d, -f1) || true
    if [[ -z $owner ]]; then
        echo "note: $name ($dir) belongs to no Debian package; not checked"
        continue
    fi
    checked=$((checked + 1))
    if [[ -z ${closure[$owner]:-} ]]; then
        echo "FAIL: CMake package $name ($dir) comes from '$owner', which tools/setup.sh does not install"
        failed=1
    fi
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$cache")
((checked > 0)) || { echo "FAIL: no CMake package directories found in $cache"; exit 1; }
echo "$checked CMake packages checked against ${#listed[@]} listed Debian packages"
exit $failed
