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
    v.poolSources = m_data->poolSources();
    return v;
}

void MainWindow::setPoolSources(bool pool) {
    if (m_poolSources) {
        const QSignalBlocker quiet(m_poolSources);
        m_poolSources->setChecked(pool);
    }
    if (pool == m_data->poolSources())
        return;
    m_data->setPoolSources(pool); // the browser's rows follow in the background
    // The chart follows now: pooled, it names no source; apart, the first source of the task.
    ChartSelection s = m_scaling->selection();
    s.source.clear();
    if (!pool && m_data->table().inputs().size() > 1) {
        for (const QString& input : m_data->table().inputs()) {
            CurveFilter f = taskFilter(s);
            f.source = input;
            if (!s.task.isEmpty() && !m_data->table().curveKeys(f).isEmpty()) {
                s.source = input;
                break;
            }
        }
    }
    m_scaling->setSelection(s);
}

void MainWindow::applyChartView(const ViewState& v) {
    if (v.poolSources)
        setPoolSources(*v.poolSources);
    if (v.families)
        m_scaling->setFamilyFilter(*v.families);
    if (!v.chart.task.isEmpty()) {
        // Select the task in the browser (its first source when the view names none), then
        // apply the chart settings by name.
        ChartSelection chart = v.chart;
        BrowserSelection sel{v.chart.source, v.chart.task, v.chart.subtask};
        bool found = m_browser->select(sel);
        if (!found && v.chart.source.isEmpty()) {
            for (const BrowserRow& r : m_data->browserRows())
                if (r.task == v.chart.task && (!v.chart.subtask || r.subtask == *v.chart.subtask)) {
                    found = m_browser->select({r.source, r.task, v.chart.subtask});
                    chart.source = r.source; // the chart shows what the browser selected
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
            m_scaling->setSelection(chart);
        if (found && !v.chart.metric.isEmpty() && m_scaling->selection().metric != v.chart.metric)
            m_issues->addNote(tr("The saved view's metric %1 is not in the data any more; "
                                 "showing %2.")
                                  .arg(v.chart.metric, m_scaling->selection().metric));
    }
    m_scaling->setSideBySide(v.sideBySide, v.sideMetrics);
    m_scaling->setXRange(v.xRange);
}

} // namespace ee::ui
