// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"
#include "render/FigureScene.h"

namespace ee::ui {

class ChartView;

/// \brief What File → Export writes for a view: the panels it shows and their curves exactly
/// as drawn (not re-queried), laid out on a page.
struct ViewFigure {
    FigureSpec spec;
    render::FigureCurves curves;
};

/// \brief A figure of `views` (each chart of a tab, in screen order) on `page` (size, DPI and
/// type sizes): one panel per chart, the same curves, titles, axis labels and family colours
/// (1–3 panels in a row, 4 as 2 × 2). `title` is the figure title (e.g. the task of small
/// multiples). Charts without curves are left out; no chart with curves gives no panel.
ViewFigure figureOfCharts(const QList<ChartView*>& views, const FigureSpec& page,
                          const QString& title = {});

/// \brief 1–3 panels in one row, 4 as 2 × 2, more in rows of 3.
void setGridFor(FigureSpec& spec);

} // namespace ee::ui
