// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"

namespace ee::ui {

/// \brief The page the export dialog starts from: the size and DPI of the last export (kept
/// in QSettings, so a chosen preset sticks across exports and sessions), with the type sizes
/// of the preset that has that size. With nothing remembered: one column (3.25 in) for one
/// panel, two columns (6.75 in) for more.
FigureSpec rememberedExportPage(qsizetype panelCount);

/// \brief Remembers `spec`'s page size, DPI, background and legend placement for the next
/// export.
void rememberExportPage(const FigureSpec& spec);

} // namespace ee::ui
