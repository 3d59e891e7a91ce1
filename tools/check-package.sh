#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian package with apt (its Depends: bring in what it needs) and uses the
# installed program as a user would, from another folder. CI runs it in a fresh Debian 12 root
# that has nothing else installed, so a missing Depends: fails here.
#   tools/check-package.sh PACKAGE.deb      (as root)
set -euo pipefail
deb=$(realpath "$1")
fail() { echo "check-package.sh: FAIL: $*" >&2; exit 1; }
log=$(mktemp)
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"; } >"$log" 2>&1 ||
    { cat "$log" >&2; fail "apt-get install $deb"; }
dpkg -l | grep -E '^ii +[^ ]*-dev ' && fail "installing the package pulled in -dev packages"
command -v emergence >/dev/null || fail "emergence is not on PATH"

cd "$(mktemp -d)"
emergence --version | tee version.txt
grep -q "^emergence [0-9]" version.txt || fail "--version"
emergence summary --format json >summary.json || fail "summary (exit $?)"
grep -q '"tasks": *[1-9]' summary.json || fail "summary found no tasks"
echo "summary: $(grep -o '"rows": *[0-9]*' summary.json)"
emergence export --spec emergent-2x4 --out figure.pdf || fail "export"
[ "$(head -c 5 figure.pdf)" = %PDF- ] || fail "export did not write a PDF"
emergence export --task word_unscrambling --out figure.png || fail "export of a task query to PNG"
emergence export --task word_unscrambling --lang zh_CN --out figure-zh.pdf ||
    fail "export of a Chinese figure"
grep -aq WenQuanYi figure-zh.pdf || fail "the Chinese figure embeds no CJK font (fonts-wqy-microhei)"
emergence screenshots --out shots --views browser_chart || fail "screenshots (the GUI, offscreen)"
[ -s shots/browser_chart.png ] || fail "no screenshot"
man -w emergence >/dev/null 2>&1 || [ -f /usr/share/man/man1/emergence.1 ] || fail "no manual page"
for f in /usr/share/applications/org.emergenceexplorer.EmergenceExplorer.desktop \
         /usr/share/metainfo/org.emergenceexplorer.EmergenceExplorer.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.emergenceexplorer.EmergenceExplorer.svg; do
    [ -f "$f" ] || fail "not installed: $f"
done
echo "check-package.sh: the installed package works"
