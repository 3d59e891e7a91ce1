// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Curve.h"
#include "model/Diagnostic.h"
#include "model/ScoreTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ee {

/// \brief The stable JSON shapes printed by the CLI (docs/formats.md §B3).
namespace JsonShapes {

/// \brief A number as JSON: finite → number, ±inf → "inf"/"-inf", NaN → null.
QJsonValue number(double v);
/// \brief An optional number: unknown → null.
QJsonValue number(const std::optional<double>& v);
QJsonValue integer(const std::optional<qint64>& v);

/// \brief `[{"file", "line", "message"}]` for the given severity.
QJsonArray diagnostics(const Diagnostics& diag, Diagnostic::Severity severity);

/// \brief `summary`: counts of sources, tasks, subtasks, families, models, rows, plus warnings
/// and errors.
QJsonObject summary(const ScoreTable& table, const Diagnostics& diag);

/// \brief One curve: task, subtask, metric, family, shots, prompting, x_axis, points.
QJsonObject curve(const Curve& curve);
/// \brief `curves`: `{"curves": [...]}`.
QJsonObject curves(const QList<Curve>& curves);

} // namespace JsonShapes
} // namespace ee
