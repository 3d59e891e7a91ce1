// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ChartSelection.h"

#include <QWidget>
#include <memory>

class QLabel;

namespace ee::ui {

class ScalingPanel;

/// \brief Log-probability next to accuracy: for the task on the Scaling tab, its accuracy-like
/// metric beside its log-probability-like metric (perplexity, NLL, log-likelihood) as small
/// multiples with one x range, or, when the task has none, the first task that has one.
class LogProbView : public QWidget {
    Q_OBJECT
public:
    explicit LogProbView(QWidget* parent = nullptr);

    void setTable(std::shared_ptr<const ScoreTable> table);
    /// \brief Follows the main selection (task, shots, axis).
    void follow(const ChartSelection& selection);
    ScalingPanel* panel() const { return m_panel; }

    /// \brief True for metric names that measure log-probability (ppl, perplexity, nll,
    /// logprob, log_likelihood, …).
    static bool isLogProbMetric(const QString& metric);

private:
    std::shared_ptr<const ScoreTable> m_table;
    ScalingPanel* m_panel;
    QLabel* m_note;
};

} // namespace ee::ui
