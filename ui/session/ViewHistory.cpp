// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ViewHistory.h"

#include <QUndoCommand>

namespace ee::ui {

/// One recorded change. The first redo() is QUndoStack::push() calling it: the view is already
/// in `after` then, so it does nothing.
class ViewStep : public QUndoCommand {
public:
    ViewStep(ViewHistory* history, ViewState before, ViewState after)
        : QUndoCommand(ViewHistory::describe(before, after))
        , m_history(history)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void undo() override { m_history->applyStep(m_before); }
    void redo() override {
        if (m_pushed)
            m_history->applyStep(m_after);
        m_pushed = true;
    }

private:
    ViewHistory* m_history;
    ViewState m_before, m_after;
    bool m_pushed = false;
};

ViewHistory::ViewHistory(Capture capture, Apply apply, QObject* parent)
    : QObject(parent)
    , m_capture(std::move(capture))
    , m_apply(std::move(apply)) {
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &ViewHistory::record);
    m_last = m_capture();
}

void ViewHistory::noteChange() {
    if (!m_applying)
        m_pending.start();
}

void ViewHistory::reset() {
    m_pending.stop();
    m_stack.clear();
    m_last = m_capture();
}

void ViewHistory::record() {
    const ViewState now = m_capture();
    if (now == m_last)
        return;
    m_stack.push(new ViewStep(this, m_last, now));
    m_last = now;
}

void ViewHistory::applyStep(const ViewState& state) {
    m_pending.stop();
    m_applying = true;
    m_apply(state);
    m_applying = false;
    // What the window made of it (a setting the data no longer have falls back) is the base
    // for the next step.
    m_last = m_capture();
}

QString ViewHistory::describe(const ViewState& before, const ViewState& after) {
    const ChartSelection &a = before.chart, &b = after.chart;
    if (a.task != b.task || a.subtask != b.subtask || a.source != b.source)
        return tr("task %1").arg(b.task);
    if (a.metric != b.metric)
        return tr("metric %1").arg(b.metric);
    if (a.yAxis != b.yAxis)
        return tr("y axis: %1").arg(yAxisModeLabel(b.yAxis));
    if (before.xRange != after.xRange)
        return after.xRange ? tr("zoom") : tr("zoom reset");
    if (before.families != after.families)
        return tr("families shown");
    if (before.sideBySide != after.sideBySide || before.sideMetrics != after.sideMetrics)
        return tr("side by side");
    if (a.axis != b.axis)
        return tr("x axis");
    return tr("chart settings");
}

} // namespace ee::ui
