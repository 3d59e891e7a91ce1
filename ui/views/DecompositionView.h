// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"

#include "analysis/Decomposition.h"
#include "chart/ViewFigure.h"
#include "session/ViewState.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace ee::ui {

class ChartView;
class SubtaskHeatMap;

/// \brief Parts versus whole: a composite task's subtask curves for one family, the composite
/// predicted from them by a rule (core's ee::decompose) and the observed composite when the
/// data have one, with each curve's breakthroughness.
class DecompositionView : public QWidget {
    Q_OBJECT
public:
    explicit DecompositionView(QWidget* parent = nullptr);

    void setTable(std::shared_ptr<const ScoreTable> table);
    /// \brief Shows `state` (task, subtasks, rule, metric); falls back per field.
    void setState(const DecompositionState& state);
    DecompositionState state() const;
    /// \brief The family whose parts are combined.
    QString family() const;
    void setFamily(const QString& family);
    /// \brief The last decomposition shown.
    const DecompositionResult& result() const { return m_result; }
    /// \brief The part curves and observed curve used for result().
    const QList<Curve>& parts() const { return m_parts; }
    ChartView* chartView() const { return m_chart; }
    /// \brief The texts of this view's figure (figureOfCharts({chartView()})) written again in
    /// the current language: the title, the y axis title and the whole's curve names.
    FigureRelabel figureRelabel() const;
    /// \brief The parts as a heat map, shown instead of their lines when there are more than
    /// kMaxPartLines of them (the chart then draws the predicted and observed whole only).
    SubtaskHeatMap* heatMap() const { return m_heat; }
    static constexpr qsizetype kMaxPartLines = 10;
    /// \brief Chart fonts and sizes (screen or presentation); redraws.
    void setStyle(const FigureStyle& style);

private:
    void refillTasks();
    void refillChoices();
    void recompute();

    std::shared_ptr<const ScoreTable> m_table;
    QComboBox* m_task;
    QComboBox* m_family;
    QComboBox* m_metric;
    QComboBox* m_rule;
    ChartView* m_chart;
    SubtaskHeatMap* m_heat;
    QTextBrowser* m_numbers;
    QLabel* m_note;
    QList<Curve> m_parts;
    DecompositionResult m_result;
    FigureStyle m_style;
    bool m_updating = false;
};

} // namespace ee::ui
