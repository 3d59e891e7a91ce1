#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a temporary prefix, then use the installed copy from another folder,
# as a user would: --version, summary on the bundled datasets (same answer as the build tree),
# an offscreen PDF export from a shipped figure spec, a moved prefix, and a copy whose
# datasets are missing. Also validates the desktop entry, the AppStream metainfo and the
# manual page (every command of `emergence --help` has its subsection).
#   check-install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(realpath "$1")
source=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
app_id=org.emergenceexplorer.EmergenceExplorer

cmake --install "$build" --prefix "$work/prefix" >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install"; }
share=$work/prefix/share
for f in bin/emergence share/emergence-explorer/datasets/SOURCES.md \
         share/emergence-explorer/figures/emergent-2x4.json \
         share/emergence-explorer/rubrics/emoji_movie_stages.json \
         share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$app_id.svg share/icons/hicolor/256x256/apps/$app_id.png \
         share/icons/hicolor/16x16/apps/$app_id.png share/man/man1/emergence.1; do
    [[ -f $work/prefix/$f ]] || fail "not installed: $f"
done
[[ -z $(find "$work/prefix/bin" -type f ! -name emergence) ]] || fail "bin/ holds more than the program"

mkdir "$work/elsewhere"
cd "$work/elsewhere"
run() { env -u EE_DATASETS_DIR -u EE_DATA_DIR "$@"; }
emergence=$work/prefix/bin/emergence

# --version: version, git revision, Qt.
version=$(run "$emergence" --version)
echo "$version"
grep -qE '^emergence [0-9]+\.[0-9]+\.[0-9]+ \(git [^)]+\)$' <<<"$version" || fail "--version's first line: $version"
grep -qE '^Qt 6\.[0-9]+\.[0-9]+ \(built with 6\.[0-9]+\.[0-9]+\)$' <<<"$version" || fail "--version's Qt line: $version"

# summary with no path reads the installed datasets and agrees with the build tree.
run "$emergence" summary --format json >installed.json 2>installed.err || fail "installed summary failed: $(cat installed.err)"
EE_DATASETS_DIR=$source/datasets "$build/bin/emergence" summary --format json 2>/dev/null |
    sed "s|$source/datasets/|DATASETS/|g" >tree.json
same_as_tree() { # same_as_tree FILE PREFIX: equal to the build tree's answer but for file paths
    sed "s|$2/share/emergence-explorer/datasets/|DATASETS/|g" "$1" | cmp -s - tree.json
}
same_as_tree installed.json "$work/prefix" || fail "installed summary differs from the build tree's"
grep -q '"tasks": *[1-9]' installed.json || fail "installed summary found no tasks: $(head -c 300 installed.json)"

# A PDF from a shipped spec, by bare name, without a display.
run "$emergence" export --spec emergent-2x4 --out fig.pdf 2>export.err || fail "export: $(cat export.err)"
[[ $(head -c 5 fig.pdf) == %PDF- ]] || fail "export did not write a PDF"

# A moved prefix still finds its data (found relative to the binary).
mv "$work/prefix" "$work/moved"
run "$work/moved/bin/emergence" summary --format json >moved.json 2>/dev/null || fail "summary from a moved prefix"
same_as_tree moved.json "$work/moved" || fail "summary from a moved prefix differs"

# Datasets missing: a data error that names the expected folder, no crash.
rm -rf "$work/moved/share/emergence-explorer/datasets"
set +e
run "$work/moved/bin/emergence" summary --format json >missing.json 2>missing.err
rc=$?
set -e
[[ $rc -eq 1 ]] || fail "summary without datasets exited $rc (expected 1): $(cat missing.err)"
grep -q "share/emergence-explorer/datasets" missing.json missing.err || fail "missing datasets not named: $(cat missing.err)"

# Desktop entry, metainfo, manual page.
share=$work/moved/share
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop-file-validate"
else
    echo "note: desktop-file-validate not installed; desktop entry not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
else
    echo "note: appstreamcli not installed; metainfo not validated"
fi
man=$share/man/man1/emergence.1
for cmd in $("$build/bin/emergence" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
    grep -q "^\.SS \"$cmd\b" "$man" || fail "the manual page has no subsection for '$cmd'"
done
grep -q "^\.TH EMERGENCE 1 .*$(sed -n 's/^emergence \([0-9.]*\) .*/\1/p' <<<"$version")" "$man" ||
    fail "the manual page's version differs from the program's"
echo "install tree: ok"
