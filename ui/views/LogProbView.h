// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ChartSelection.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;

namespace ee::ui {

class ScalingPanel;

/// \brief Log-probability next to accuracy, for the task on the Scaling tab, as small multiples
/// with one x range:
/// - multiple-choice data scored per example (`p_correct`, `p_correct_margin` from
///   `emergence score`): accuracy, the probability of the correct option, that of the best
///   incorrect option and their gap;
/// - otherwise its accuracy-like metric beside its log-probability-like metric (perplexity,
///   NLL, log-likelihood), or, when the task has none, the first task that has one.
///
/// Families of training checkpoints ("… (training)") are hidden by default (a toggle shows
/// them): they crowd the per-size curves (Pythia LAMBADA).
class LogProbView : public QWidget {
    Q_OBJECT
public:
    explicit LogProbView(QWidget* parent = nullptr);

    void setTable(std::shared_ptr<const ScoreTable> table);
    /// \brief Follows the main selection (task, shots, axis).
    void follow(const ChartSelection& selection);
    ScalingPanel* panel() const { return m_panel; }
    /// \brief The explanation above the charts.
    QString noteText() const;
    /// \brief Shows or hides the training-checkpoint families (hidden by default).
    void setShowTraining(bool show);
    bool showTraining() const;

    /// \brief True for metric names that measure log-probability (ppl, perplexity, nll,
    /// logprob, log_likelihood, …).
    static bool isLogProbMetric(const QString& metric);
    /// \brief True for families of training checkpoints ("pythia-1.4b (training)").
    static bool isTrainingFamily(const QString& family);
    /// \brief Name of the derived metric p(best incorrect option) = p_correct − p_correct_margin.
    static QString bestIncorrectMetric() { return QStringLiteral("p_best_incorrect"); }
    /// \brief `table` plus one `p_best_incorrect` row for every (curve, model) that has both
    /// `p_correct` and `p_correct_margin` over the same examples (equal n when known). Both are
    /// means over the same examples, so their difference is the mean probability of the best
    /// incorrect option. Returns `table` itself when it has no `p_correct_margin`.
    static std::shared_ptr<const ScoreTable>
    withBestIncorrect(std::shared_ptr<const ScoreTable> table);

private:
    void refresh();

    std::shared_ptr<const ScoreTable> m_table;
    ChartSelection m_followed;
    ScalingPanel* m_panel;
    QLabel* m_note;
    QCheckBox* m_training;
};

} // namespace ee::ui
