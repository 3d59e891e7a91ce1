// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser/FamilyFlagSummary.h"
#include "model/ModelScale.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace ee::ui {

/// \brief One (source, task, subtask) entry of the data browser with the numbers shown in its
/// columns. Computed off the GUI thread after loading (see BrowserIndex).
///
/// B, L, `flag` and the sparkline describe one representative curve: the row's primary metric,
/// the family with the most usable points, the first shots/prompting setting. `repFamily` names
/// it so the tooltip can say what the numbers are about. `familyFlags` and `flagSummary` judge
/// every family (what the browser's Flag column shows: "emergent 2/14").
struct BrowserRow {
    QString source;
    QString task;
    QString subtask; ///< empty for the task-level rows
    QString metric;  ///< the primary metric (exact match / accuracy preferred)
    QStringList metrics;
    QStringList families;
    QString repFamily;
    ScaleAxis repAxis = ScaleAxis::Params;
    qsizetype repPoints = 0; ///< usable points of the representative curve
    std::optional<double> breakthroughness;
    std::optional<double> linearity; ///< definition unconfirmed (see ShapeScores.h)
    QString
        flag; ///< the representative curve's: emergent / smooth / flat / inverse / U-shaped / ""
    QList<FamilyFlag> familyFlags; ///< each family's own flag on the primary metric
    FamilyFlagSummary flagSummary; ///< what the families say together
    FlagThresholds thresholds;     ///< the thresholds the flags were computed with
    QString note;                  ///< why a number is missing, for the tooltip
    /// \brief The representative curve, x = log10 scale and y as published, in scale order.
    QList<QPointF> sparkline;
};

} // namespace ee::ui
