// SPDX-License-Identifier: GPL-3.0-or-later
// InstanceView: its settings as a session keeps them, and putting them back. Names, never row
// numbers, and applied in two steps, because the task list exists only after the files are read
// and the pair's models only after the table is built.
#include "instances/InstanceView.h"

#include <QComboBox>
#include <QLineEdit>

namespace ee::ui {

using namespace ee;

namespace {
void selectData(QComboBox* box, const QVariant& data) {
    if (const int i = box->findData(data); i >= 0)
        box->setCurrentIndex(i);
}
void selectText(QComboBox* box, const QString& text) {
    if (const int i = box->findText(text); i >= 0)
        box->setCurrentIndex(i);
}
} // namespace

InstancesState InstanceView::state() const {
    if (m_pending)
        return *m_pending; // not on screen yet: what was asked for is what the session holds
    InstancesState s;
    s.files = m_paths;
    s.models = m_modelsTable;
    s.task = m_task->currentText();
    s.metric = m_metric->currentText();
    s.secondMetric = m_secondMetric->currentData().toString();
    s.answers = m_answers->currentData().toString();
    s.wholeText = m_compare->currentData().toBool();
    s.extraction = m_extract->text();
    s.filter = instanceFilterName(static_cast<InstanceFilter>(m_filter->currentData().toInt()));
    s.smaller = m_smaller->currentText();
    s.larger = m_larger->currentText();
    s.sortFirstSolved = m_sort->currentIndex() == 1;
    s.search = m_search;
    return s;
}

void InstanceView::applyState(const InstancesState& s) {
    const QString answersBefore = m_answers->currentData().toString();
    m_updating = true;
    selectData(m_answers, s.answers);
    selectData(m_compare, s.wholeText);
    selectData(m_secondMetric, s.secondMetric);
    m_extract->setText(s.extraction);
    if (const auto filter = instanceFilterFromName(s.filter))
        selectData(m_filter, static_cast<int>(*filter));
    m_sort->setCurrentIndex(s.sortFirstSolved ? 1 : 0);
    m_searchEdit->blockSignals(true);
    m_searchEdit->setText(s.search);
    m_searchEdit->blockSignals(false);
    m_search = s.search;
    m_updating = false;
    m_pending = s;

    const bool otherFiles = !s.files.isEmpty() && s.files != m_paths;
    const bool otherSizes = s.models != m_modelsTable;
    m_modelsTable = s.models;
    if (otherFiles)
        m_paths = s.files;
    if (otherFiles || (otherSizes && !m_paths.isEmpty()) ||
        (m_answers->currentData().toString() != answersBefore && !m_paths.isEmpty()))
        startRead(); // the rest follows when the files are read
    else if (m_set) {
        chooseTaskAndMetric();
        rescore();
    }
    // else: no files yet (the bundled ones open when the tab is first shown); they apply then.
}

void InstanceView::chooseTaskAndMetric() {
    m_updating = true;
    if (m_pending && !m_pending->task.isEmpty())
        selectText(m_task, m_pending->task);
    m_metric->setCurrentText(defaultMetricFor(m_task->currentText()));
    if (m_pending && !m_pending->metric.isEmpty() && m_task->currentText() == m_pending->task)
        selectText(m_metric, m_pending->metric);
    m_updating = false;
}

void InstanceView::finishPendingState() {
    if (!m_pending)
        return;
    m_updating = true;
    if (!m_pending->smaller.isEmpty())
        selectText(m_smaller, m_pending->smaller);
    if (!m_pending->larger.isEmpty())
        selectText(m_larger, m_pending->larger);
    m_updating = false;
    m_pending.reset();
}

} // namespace ee::ui
