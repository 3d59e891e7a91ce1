// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ViewFigure.h"

#include "browser/BrowserRow.h"

namespace ee::ui {

/// \brief The Tasks in (L, B) map as an export figure on `page`: one marker per task curve
/// with both numbers finite, one series per flag (as on screen), L across and B up on linear
/// axes, no lines. Rows without both numbers are left out, as on screen.
ViewFigure figureOfTaskMap(const QList<BrowserRow>& rows, const FigureSpec& page);

} // namespace ee::ui
