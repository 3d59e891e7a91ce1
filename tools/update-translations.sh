#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates translations/*.ts from the sources: every tr(), QT_TR_NOOP and
# QCoreApplication::translate in ui/, app/ and core/, plus the tour's texts (resources/tour.json,
# which lupdate cannot read: they are passed to it as QT_TRANSLATE_NOOP lines of a temporary
# file, context "TourSteps"). Existing translations are kept; strings gone from the sources are
# dropped (-no-obsolete); new ones come in unfinished, and tst_Translations fails until they
# are translated. Locations are left out so that editing a source file does not touch the .ts.
#   tools/update-translations.sh [TS_FILE...]     (default: every translations/*.ts)
# The same command runs as `cmake --build build --target update_translations`.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { lupdate=$candidate; break; }
    done
fi
[ -n "$lupdate" ] || { echo "update-translations.sh: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }

if [ $# -eq 0 ]; then
    set -- translations/*.ts
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The tour's title and each step's title, caption and notice, as lupdate input.
python3 - resources/tour.json >"$work/TourSteps.cpp" <<'PY'
import json, sys
tour = json.load(open(sys.argv[1], encoding="utf-8"))
texts = [tour.get("title", "")]
for step in tour.get("steps", []):
    texts += [step.get(k, "") for k in ("title", "caption", "notice")]
for t in texts:
    if t:
        print('QT_TRANSLATE_NOOP("TourSteps", %s)' % json.dumps(t, ensure_ascii=False))
PY

"$lupdate" -silent -locations none -no-obsolete -extensions cpp,h \
    ui app core "$work/TourSteps.cpp" -ts "$@"
