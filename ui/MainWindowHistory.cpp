// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's view history: the chart part of a view, captured and applied by name (the same
// code puts a session's or a tour step's chart back).
#include "MainWindow.h"

#include "browser/DataBrowser.h"
#include "chart/ScalingPanel.h"
#include "data/DataStore.h"
#include "panels/IssuesPanel.h"

namespace ee::ui {

ViewState MainWindow::chartView() const {
    ViewState v;
    v.chart = m_scaling->selection();
    v.families = m_scaling->familyFilter();
    v.sideBySide = m_scaling->sideBySide();
    v.sideMetrics = m_scaling->sideMetrics();
    v.xRange = m_scaling->xRange();
    return v;
}

void MainWindow::applyChartView(const ViewState& v) {
    if (v.families)
        m_scaling->setFamilyFilter(*v.families);
    if (!v.chart.task.isEmpty()) {
        // Select the task in the browser (its first source when the view names none), then
        // apply the chart settings by name.
        BrowserSelection sel{v.chart.source, v.chart.task, v.chart.subtask};
        bool found = m_browser->select(sel);
        if (!found && v.chart.source.isEmpty()) {
            for (const BrowserRow& r : m_data->browserRows())
                if (r.task == v.chart.task && (!v.chart.subtask || r.subtask == *v.chart.subtask)) {
                    found = m_browser->select({r.source, r.task, v.chart.subtask});
                    break;
                }
        }
        CurveFilter anySource;
        anySource.task = v.chart.task;
        if (!found && !m_data->table().curveKeys(anySource).isEmpty())
            found = true; // the chart can still show it across sources
        if (!found)
            m_issues->addNote(
                tr("The saved view's task %1 is not in the data any more.").arg(v.chart.task));
        else
            m_scaling->setSelection(v.chart);
        if (found && !v.chart.metric.isEmpty() && m_scaling->selection().metric != v.chart.metric)
            m_issues->addNote(tr("The saved view's metric %1 is not in the data any more; "
                                 "showing %2.")
                                  .arg(v.chart.metric, m_scaling->selection().metric));
    }
    m_scaling->setSideBySide(v.sideBySide, v.sideMetrics);
    m_scaling->setXRange(v.xRange);
}

} // namespace ee::ui
