#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (Debian 12 packages), then configures and builds into ./build.
#   tools/setup.sh [--packages-only]      (--packages-only: install, do not build)
# Safe to run again: it installs nothing that is already there and rebuilds incrementally; with
# every package present it needs no network. Runs as root, or as a user with sudo.
#
# The list is checked two ways: CI runs tools/test.sh in a fresh Debian 12 minbase root
# (tools/fresh-root.sh), and tst_SetupPackages fails when a CMake package the build found is
# not installed by one of these names through hard Depends (apt never installs Recommends
# here: --no-install-recommends, as on a minimal system).
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep this list in one place: tests/install/check-setup-packages.sh reads it from here. One
# group a line: build tools; the libraries the build links (qt6-charts-dev's CMake files need
# Qt6OpenGL, from libqt6opengl6-dev, which qt6-base-dev only recommends; qt6-l10n-tools for
# lupdate/lrelease of translations/); zlib; fonts for the app and the offscreen tests (the
# platform plugins come with libqt6gui6): DejaVu for Latin, WenQuanYi Micro Hei (5 MB, against
# 91 MB for Noto CJK) for Chinese UI text and figures, Qt's own translations (standard
# buttons, file dialogs) for the Chinese interface; packaging with
# cpack and checking the desktop files; test oracles: pdftoppm and Python (regex and nltk for
# the rouge_score cross-check; the modules real sacreBLEU 2.6 imports, for its oracle test).
packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libgl-dev
    qt6-l10n-tools
    libeigen3-dev libsimdjson-dev zlib1g-dev
    fonts-dejavu-core fonts-wqy-microhei qt6-translations-l10n
    dpkg-dev file desktop-file-utils appstream
    poppler-utils python3 python3-regex python3-nltk
    python3-portalocker python3-tabulate python3-numpy python3-colorama python3-lxml
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup.sh: run as root, or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    log=$(mktemp)
    if ! { "${sudo[@]}" apt-get update -qq &&
           "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
               --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log" >&2
        echo "setup.sh: installing packages failed (output above)" >&2
        exit 1
    fi
    rm -f "$log"
fi

[ "${1:-}" = --packages-only ] && exit 0

build_type=${EE_BUILD_TYPE:-RelWithDebInfo}
# shellcheck disable=SC2086  # EE_CMAKE_ARGS holds several arguments on purpose
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" ${EE_CMAKE_ARGS:-} >/dev/null
cmake --build build -j"$(nproc)"
