// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/CurveAnalysis.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ee::AnalysisJson {

/// \brief Finite → number; ±infinity → "inf"/"-inf"; NaN → null (docs/formats.md §B3).
QJsonValue number(double v);
/// \brief Unknown → null.
QJsonValue number(const std::optional<double>& v);
/// \brief A ShapeScore: its number, or null when undefined.
QJsonValue score(const ShapeScore& s);
QJsonValue interval(const std::optional<ParamInterval>& i);
QJsonArray strings(const QStringList& list);

/// \brief The key fields shared by every per-curve object: task, subtask, metric, family, shots,
/// prompting.
void writeKey(QJsonObject& o, const CurveKey& key);

/// \brief One fit comparison (log_linear, sigmoid, preferred, delta_aicc, reason, bootstrap).
QJsonObject fit(const FitComparison& f);
/// \brief One `analyze` curve object (B3, plus documented extra keys).
QJsonObject curveStats(const CurveStats& s);
/// \brief `{"curves": [...]}`.
QJsonObject analyze(const QList<CurveStats>& stats);

} // namespace ee::AnalysisJson
