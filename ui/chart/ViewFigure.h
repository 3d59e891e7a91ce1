// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"
#include "render/FigureScene.h"

#include <functional>

namespace ee::ui {

class ChartView;

/// \brief Writes a view's own texts of its figure (panel titles, axis titles, legend names made
/// with tr() when the view drew) again in the language installed when it runs. The export
/// dialog runs it in the figure's language, so a Chinese interface can export an English figure
/// and back; the panels and curves keep their number and order.
using FigureRelabel = std::function<void(FigureSpec&, render::FigureCurves&)>;

/// \brief What File → Export writes for a view: the panels it shows and their curves exactly
/// as drawn (not re-queried), laid out on a page.
struct ViewFigure {
    FigureSpec spec;
    render::FigureCurves curves;
    /// Empty when every text of the figure is made while it is laid out (data names, axis
    /// titles of the Scaling and Log-prob tabs).
    FigureRelabel relabel;
};

/// \brief A figure of `views` (each chart of a tab, in screen order) on `page` (size, DPI and
/// type sizes): one panel per chart, the same curves, titles, axis labels and family colours
/// (1–3 panels in a row, 4 as 2 × 2). `title` is the figure title (e.g. the task of small
/// multiples). Charts without curves are left out; no chart with curves gives no panel.
ViewFigure figureOfCharts(const QList<ChartView*>& views, const FigureSpec& page,
                          const QString& title = {});

/// \brief Renames curve j of panel i to names[i][j] (where both exist), in the curves and in
/// the family order that fixes their colours, so a renamed family keeps its colour.
void renameCurves(render::FigureCurves& curves, const QList<QStringList>& names);

/// \brief 1–3 panels in one row, 4 as 2 × 2, more in rows of 3.
void setGridFor(FigureSpec& spec);

} // namespace ee::ui
