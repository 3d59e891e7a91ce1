// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's File → Export: the figure of the tab on screen, every panel of it.
#include "MainWindow.h"

#include "chart/ScalingPanel.h"
#include "export/ExportDialog.h"
#include "export/ExportSettings.h"
#include "views/DecompositionView.h"
#include "views/ForecastView.h"
#include "views/LogProbView.h"
#include "views/TaskMapFigure.h"
#include "views/TaskMapView.h"
#include "views/ToyModelView.h"

#include <QLabel>
#include <QTabWidget>

namespace ee::ui {

namespace {

QString taskTitle(const ChartSelection& s) {
    return s.subtask && !s.subtask->isEmpty() ? s.task + QLatin1Char('/') + *s.subtask : s.task;
}

} // namespace

std::optional<ViewFigure> MainWindow::currentFigure() const {
    // The page comes after the panels: one panel starts on one column, several on two,
    // unless the user's last export chose otherwise.
    const FigureSpec draft = rememberedExportPage(1);
    const QWidget* tab = m_tabs->currentWidget();
    ViewFigure f;
    if (tab == m_scaling) {
        f = figureOfCharts(m_scaling->views(), draft,
                           m_scaling->views().size() > 1 ? taskTitle(m_scaling->selection())
                                                         : QString());
        f.curves.styles = m_scaling->drawnStyles(); // a family's colour as on screen
    } else if (tab == m_logProb) {
        f = figureOfCharts(m_logProb->panel()->views(), draft,
                           taskTitle(m_logProb->panel()->selection()));
        f.curves.styles = m_logProb->panel()->drawnStyles();
        f.relabel = &LogProbView::relabelFigure;
    } else if (tab == m_decomposition) {
        f = figureOfCharts({m_decomposition->chartView()}, draft);
        f.relabel = m_decomposition->figureRelabel();
    } else if (tab == m_toy) {
        f = figureOfCharts(m_toy->chartViews(), draft);
        f.relabel = &ToyModelView::relabelFigure;
    } else if (tab == m_forecast) {
        f = figureOfCharts({m_forecast->chartView()}, draft);
        f.relabel = m_forecast->figureRelabel();
    } else if (tab == m_taskMap)
        f = figureOfTaskMap(m_taskMap->rows(), draft); // relabels itself
    else
        return std::nullopt; // the Instances tab exports scores (Save scores…), not a figure
    if (f.spec.panels.isEmpty())
        return std::nullopt;
    const FigureSpec page = rememberedExportPage(f.spec.panels.size());
    f.spec.size = page.size;
    f.spec.dpi = page.dpi;
    f.spec.style = page.style;
    f.spec.legend = page.legend;
    return f;
}

std::unique_ptr<ExportDialog> MainWindow::exportDialogForView() {
    const auto figure = currentFigure();
    if (!figure) {
        m_status->setText(
            tr("The %1 tab has no chart to export.")
                .arg(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'))));
        return nullptr;
    }
    auto dialog = std::make_unique<ExportDialog>(figure->spec, figure->curves, this);
    if (figure->relabel)
        dialog->setRelabel(figure->relabel);
    return dialog;
}

} // namespace ee::ui
