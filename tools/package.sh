#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package: the same set-up and build as tools/setup.sh, then cpack -G DEB.
#   tools/package.sh [--out DIR]     (default: build/; prints the package's path)
# Install it with: sudo apt-get install ./build/emergence-explorer_<version>_amd64.deb
set -euo pipefail
out=""
if [ "${1:-}" = --out ]; then out=$(realpath -m "$2"); fi
cd "$(dirname "$0")/.."
out=${out:-$PWD/build}
tools/setup.sh
(cd build && cpack -G DEB -B "$out" >/dev/null) || {
    echo "package.sh: cpack failed" >&2
    exit 1
}
rm -rf "$out/_CPack_Packages"
ls "$out"/emergence-explorer_*.deb
