// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ObservationalForecast.h"
#include "chart/ViewFigure.h"
#include "figure/FigureSpec.h"
#include "session/ViewState.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

namespace ee::ui {

class ChartView;

/// \brief "Could we have seen it coming?": an observational scaling law (Ruan et al. 2024) fitted
/// on the models up to a FLOPs cutoff and checked on the larger ones. A cutoff slider, the
/// fitted floor sigmoid, each held-out model's forecast band, held-out points coloured by
/// inside/outside the band, and a summary computed from the fit on screen. The fit (with its
/// bootstrap) runs on a worker; a newer request supersedes an older one.
class ForecastView : public QWidget {
    Q_OBJECT
public:
    explicit ForecastView(QWidget* parent = nullptr);

    /// \brief The data: lists the targets (task, subtask, metric, shots with ≥ 12 models with
    /// known FLOPs, standard benchmarks excluded) and refits.
    void setTable(std::shared_ptr<const ScoreTable> table);
    /// \brief Selects the target whose label starts with `task` (e.g. "word_unscrambling").
    bool selectTask(const QString& task);
    /// \brief Blocks (running the event loop) until no fit is pending.
    void waitForIdle();
    /// \brief The last result shown (empty before the first fit).
    const ObservationalResult& result() const { return m_result; }
    /// \brief The summary sentence(s) under the chart.
    QString summary() const;
    /// \brief The tour's finding, from the fit on screen: how well the models up to the cutoff
    /// forecast the larger ones (empty while fitting or without a fit).
    QString finding() const;

    /// \brief Task, predictors, GSM8K choice and cutoff, for sessions.
    ForecastState state() const;
    /// \brief Restores what state() saved (after setTable); nullopt leaves everything as it is.
    /// A target not in the data keeps the current one; the cutoff snaps to the nearest model.
    void setState(const std::optional<ForecastState>& state);
    /// \brief The chart (drawn by render::ChartBuilder, so File → Export writes it as a figure).
    ChartView* chartView() const { return m_chart; }
    /// \brief Writes the figure's texts of chartView() (title, index axis title, group and fit
    /// names) again in the current language, for an export in another language than the
    /// interface's (a FigureRelabel).
    FigureRelabel figureRelabel() const;

signals:
    void fitShown();

private:
    void refit();
    void start();
    /// Draws `r` (or an empty chart titled "No fit") with the ChartBuilder.
    void drawChart(const ObservationalResult& r);
    void show(const ObservationalResult& r);
    void updateCutoffLabel();

    std::shared_ptr<const ScoreTable> m_table;
    QList<ObservationalOptions> m_targets;
    std::vector<double> m_cutoffs; ///< distinct FLOPs of the selected target's models
    QComboBox* m_target;
    QComboBox* m_predictors;
    QCheckBox* m_noGsm8k;
    QSlider* m_cutoff;
    QLabel* m_cutoffLabel;
    ChartView* m_chart;
    FigureStyle m_style;
    QLabel* m_summary;
    QFutureWatcher<ObservationalResult> m_watcher;
    ObservationalOptions m_latest; ///< the settings of the newest request
    bool m_pending = false;        ///< m_latest waits for the running fit to end
    /// A fit was started and not yet shown. Not QFutureWatcher::isRunning(): that turns false
    /// as soon as the worker returns, before the finished signal has been delivered.
    bool m_busy = false;
    ObservationalResult m_result;
};

} // namespace ee::ui
