// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ChartSelection.h"
#include "chart/FamilyFilter.h"
#include "instances/InstancesState.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <utility>

namespace ee::ui {

/// \brief The decomposition view's settings.
struct DecompositionState {
    QString source;
    QString task;
    QStringList subtasks;                 ///< empty = every subtask of the task
    QString rule = QStringLiteral("all"); ///< all, any, k_of_n:K, chain:L, mean
    QString metric;
    bool operator==(const DecompositionState&) const = default;
};

/// \brief The toy model's slider values (SIMULATED data, Schaeffer et al. 2023).
struct ToyState {
    double c = 0.0;     ///< 0 = the teaching preset's value
    double alpha = 0.0; ///< 0 = the teaching preset's value
    int length = 5;
    int testSize = 100;
    bool operator==(const ToyState&) const = default;
};

/// \brief The Forecast view's settings (observational backtest, issue #19).
struct ForecastState {
    QString target; ///< "task · metric · K-shot", as the task chooser lists it
    QString predictors = QStringLiteral("pc:3"); ///< pc:1, pc:2, pc:3 or flops
    bool withoutGsm8k = false;                   ///< the PCA leaves GSM8K out
    std::optional<double> cutoffFlops;           ///< unset: the view's default (Llama-2-7B's FLOPs)
    bool operator==(const ForecastState&) const = default;
};

/// \brief Everything needed to put the window back as it was: data, selections, metric, view,
/// zoom, layout. Names, never row numbers, so a view survives regenerated data files.
///
/// Serialised as JSON `{"format": "emergence-session", "version": 1, …}`; unknown keys are
/// ignored and missing ones keep their defaults, so older and newer files both load.
struct ViewState {
    QStringList dataPaths; ///< empty = keep the data already loaded
    QString view =
        QStringLiteral("scaling"); ///< scaling, logprob, decomposition, toy, instances, …
    ChartSelection chart;
    /// \brief Which families the scaling chart draws; unset (a tour step) keeps the current.
    std::optional<FamilyFilter> families;
    /// \brief View › Pool sources: curves of several sources with the same names drawn as one;
    /// unset (a tour step) keeps the current setting.
    std::optional<bool> poolSources;
    bool sideBySide = false;
    QStringList sideMetrics;
    std::optional<std::pair<double, double>> xRange; ///< zoom, log10 scale
    bool drawFits = false;
    QString search;
    int sortColumn = -1;
    bool sortDescending = false;
    DecompositionState decomposition;
    ToyState toy;
    std::optional<ForecastState> forecast;   ///< nullopt = leave the Forecast tab as it is
    std::optional<InstancesState> instances; ///< nullopt = leave the Instances tab as it is
    QByteArray windowState;                  ///< QMainWindow::saveState(), sessions only
    QByteArray geometry;                     ///< QWidget::saveGeometry(), sessions only

    QJsonObject toJson() const;
    /// \brief Reads what toJson() writes; nullopt with `error` on a file that is not a session.
    static std::optional<ViewState> fromJson(const QJsonObject& json, QString* error = nullptr);
    bool operator==(const ViewState&) const = default;
};

/// \brief Writes a session atomically (QSaveFile: the old file stays intact on failure).
bool saveSession(const ViewState& state, const QString& path, QString* error = nullptr);
/// \brief Reads a session file; nullopt with `error` ("FILE: …") on failure.
std::optional<ViewState> loadSession(const QString& path, QString* error = nullptr);
/// \brief Where the last session is kept between runs (AppDataLocation/last-session.json).
QString lastSessionPath();

} // namespace ee::ui
