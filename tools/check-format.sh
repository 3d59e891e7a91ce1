#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from what the repo's .clang-format makes of it, and
# names each such file. CI runs it first (.ci/run); run it before committing, or fix with
#   tools/check-format.sh --fix
# The formatter is pinned to Debian 12's clang-format 14: other versions lay out some
# constructs differently, and a check that depends on the machine would fail at random.
# Installs clang-format-14 when it is missing (root, or a user with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v clang-format-14 >/dev/null; then
    echo "Installing: clang-format-14"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y --no-install-recommends clang-format-14 >/dev/null
fi

mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
    clang-format-14 -i "${files[@]}"
    exit 0
fi
# One process for all files (one per file costs minutes on a loaded machine); its messages
# start with the file's name.
mapfile -t drifting < <(clang-format-14 --dry-run "${files[@]}" 2>&1 |
    sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
if ((${#drifting[@]})); then
    echo "clang-format: ${#drifting[@]} file(s) differ from .clang-format (fix: tools/check-format.sh --fix):"
    printf '  %s\n' "${drifting[@]}"
    exit 1
fi
echo "clang-format: all ${#files[@]} C++ files match .clang-format"
