// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ee {

/// \brief The folders of what the program ships and reads itself: bundled datasets and figure
/// specs (the example rubrics are installed beside them for users to copy).
///
/// An installed copy keeps them in `<prefix>/share/emergence-explorer/` and finds that folder
/// relative to its own binary (so a moved prefix still works); a binary in the build tree uses
/// the source tree. $EE_DATA_DIR names another folder laid out as the installed one;
/// $EE_DATASETS_DIR overrides the datasets folder alone.
/// When neither exists, the installed location is returned, so that the loader's "no such
/// file" message names where the data were expected.
QString installedDataDir(); ///< <bin>/../share/emergence-explorer (whether it exists or not)
QString datasetsDir();      ///< $EE_DATASETS_DIR, else installed or source-tree datasets/
QString figureSpecsDir();   ///< installed figures/, or resources/figures
QString sharedDataDir();    ///< $EE_SHARED_DATA_DIR, else ../shared/data beside the source tree

} // namespace ee
