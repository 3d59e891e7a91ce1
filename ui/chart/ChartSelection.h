// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/YAxisMode.h"
#include "model/ScoreTable.h"

#include <QJsonObject>
#include <optional>

namespace ee::ui {

/// \brief What the scaling chart shows, by name (never by row number), so a saved view still
/// applies after the data files are regenerated.
struct ChartSelection {
    QString source; ///< empty = every source: the only one, or all of them pooled
    QString task;
    std::optional<QString> subtask; ///< unset = every subtask; "" = task-level rows
    QString metric;
    ScaleAxis axis = ScaleAxis::Params;
    /// x is capability PC`capabilityPc` (1-based; ee::CapabilityAxis) instead of `axis`; 0 =
    /// `axis`. `axis` stays what the analysis panel fits against.
    int capabilityPc = 0;
    bool shotsChosen = false; ///< false = any shots
    std::optional<int> shots; ///< when chosen: this exact setting (unset = "shots unknown")
    QString prompting;        ///< empty = any (used when overlaying prompting styles)
    bool overlayPrompting = false;
    /// How y is drawn; a view setting, kept here so sessions, tours and undo carry it.
    YAxisMode yAxis = YAxisMode::Full;

    bool isEmpty() const { return task.isEmpty(); }
    QJsonObject toJson() const;
    static ChartSelection fromJson(const QJsonObject& json);
    bool operator==(const ChartSelection&) const = default;
};

/// \brief What a task offers to choose from.
struct TaskChoices {
    QStringList metrics;
    QList<std::optional<int>> shots; ///< distinct settings, unknown first
    QStringList promptings;
    QStringList families;
};

/// \brief The filter for `selection`'s source, task and subtask (every metric and setting);
/// with no source named, the curves of every source are pooled.
CurveFilter taskFilter(const ChartSelection& selection);
/// \brief The metrics, shots, prompting styles and families of (source, task, subtask).
TaskChoices choicesFor(const ScoreTable& table, const ChartSelection& selection);
/// \brief The same from a task's curve keys: metrics, families and styles in order of
/// appearance (standard prompting first), shots sorted with "unknown" first.
TaskChoices choicesFromKeys(const QList<CurveKey>& keys);

/// \brief The curves of `selection` (metric replaced by `metric` when given), matching shots and
/// prompting exactly. With overlayPrompting, every prompting style is kept and each curve's
/// family reads "family · style", so styles get their own legend entry (and, through
/// FamilyStyles::addAlias(), the family's colour with their own marker and dash).
QList<Curve> queryCurves(const ScoreTable& table, const ChartSelection& selection,
                         const QString& metric = {});

/// \brief "standard", "chain of thought", … for the UI.
QString promptingLabel(const QString& prompting);

/// \brief A task selected as a whole draws one line per subtask and family; beyond this many
/// subtasks the lines cannot be told apart and the chart asks for one subtask (or the
/// Decomposition tab's heat map) instead.
inline constexpr qsizetype kMaxSubtaskLines = 10;
/// \brief When `curves` of a whole-task `selection` span more than kMaxSubtaskLines subtasks,
/// empties them and returns the note that says why; otherwise leaves them and returns "".
QString limitSubtaskLines(const ChartSelection& selection, QList<QList<Curve>>& curves);
/// \brief "2-shot", "0-shot", "shots unknown".
QString shotsLabel(const std::optional<int>& shots);

} // namespace ee::ui
