#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package: the same set-up and build as tools/setup.sh, then cpack -G DEB.
#   tools/package.sh [--out DIR]     (default: build/; prints the package's path)
# Install it with: sudo apt-get install ./build/emergence-explorer_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
out=build
if [ "${1:-}" = --out ]; then out=$2; fi
tools/setup.sh
(cd build && cpack -G DEB -B "$(realpath -m "../$out")" >/dev/null) || {
    echo "package.sh: cpack failed" >&2
    exit 1
}
rm -rf "$out/_CPack_Packages"
ls "$(realpath "$out")"/emergence-explorer_*.deb
