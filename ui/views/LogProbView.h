// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ChartSelection.h"
#include "chart/ViewFigure.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;

namespace ee::ui {

class ScalingPanel;

/// \brief Log-probability next to accuracy, for the task on the Scaling tab, as small multiples
/// with one x range:
/// - multiple-choice data scored per example (`log_prob_correct_option`,
///   `log_prob_best_incorrect_option`, `log_prob_margin` from the example scorer, e.g. the
///   bundled Llama-2 WinoGrande table): accuracy; the mean log-probability of the correct option
///   and of the best incorrect option on one chart (nats); their mean gap (nats);
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
    /// \brief The axis titles this view gives its figure (the option charts'), written again
    /// in the current language (a FigureRelabel).
    static void relabelFigure(FigureSpec& spec, render::FigureCurves& curves);
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
    /// \brief True for the multiple-choice option metrics (`log_prob_correct_option`,
    /// `log_prob_best_incorrect_option`, `log_prob_margin`) and optionsMetric(): they are
    /// log-probabilities, but not of a target text, so the target log-likelihood part ignores
    /// them.
    static bool isOptionMetric(const QString& metric);
    /// \brief The chart that puts the correct and the best incorrect option on one axis.
    static QString optionsMetric() { return QStringLiteral("correct vs best incorrect option"); }
    /// \brief `table` plus, for every `log_prob_correct_option` and
    /// `log_prob_best_incorrect_option` row, a copy under optionsMetric() whose family reads
    /// "family · correct option" / "family · incorrect option (most likely)", so both draw on one
    /// chart in their own colour. Values, n and intervals are the rows' own. Returns `table` itself
    /// when it has neither metric.
    static std::shared_ptr<const ScoreTable>
    withOptionSeries(std::shared_ptr<const ScoreTable> table);
    static QString correctSuffix() { return QStringLiteral(" · correct option"); }
    // Worded so that it sorts after correctSuffix(): the legend then lists the correct option
    // first.
    static QString bestIncorrectSuffix() {
        return QStringLiteral(" · incorrect option (most likely)");
    }

private:
    void refresh();

    std::shared_ptr<const ScoreTable> m_table;
    ChartSelection m_followed;
    ScalingPanel* m_panel;
    QLabel* m_note;
    QCheckBox* m_training;
};

} // namespace ee::ui
