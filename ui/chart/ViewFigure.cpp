// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ViewFigure.h"

#include "chart/ChartView.h"

#include <algorithm>

namespace ee::ui {

void setGridFor(FigureSpec& spec) {
    const int n = int(spec.panels.size());
    spec.cols = n == 4 ? 2 : std::clamp(n, 1, 3);
    spec.rows = std::max(1, (n + spec.cols - 1) / spec.cols);
}

void renameCurves(render::FigureCurves& curves, const QList<QStringList>& names) {
    for (qsizetype i = 0; i < curves.panels.size() && i < names.size(); ++i)
        for (qsizetype j = 0; j < curves.panels[i].size() && j < names[i].size(); ++j) {
            QString& family = curves.panels[i][j].key.family;
            const qsizetype at = curves.families.indexOf(family);
            if (at >= 0)
                curves.families[at] = names[i][j];
            family = names[i][j];
        }
}

ViewFigure figureOfCharts(const QList<ChartView*>& views, const FigureSpec& page,
                          const QString& title) {
    ViewFigure f;
    f.spec = page;
    f.spec.panels.clear();
    f.spec.title = title;
    for (const ChartView* view : views) {
        if (view->curves().isEmpty())
            continue;
        PanelSpec panel = view->built().panel;
        // On screen a lone chart's title sits above it as the tab's header (the chart then has
        // a blank one); on paper the panel is named after its task again.
        if (panel.title.trimmed().isEmpty())
            panel.title.clear();
        f.spec.panels.append(panel);
        f.curves.panels.append(view->curves());
        for (const QString& family : view->built().families)
            if (!f.curves.families.contains(family))
                f.curves.families.append(family);
    }
    setGridFor(f.spec);
    return f;
}

} // namespace ee::ui
