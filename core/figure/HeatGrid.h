// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Curve.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace ee {

/// \brief Many curves of one family as a grid (rows: curves, e.g. 100 subtasks; columns: model
/// sizes), for a heat map where 100 lines would be unreadable (issue #15 item 4).
struct HeatGrid {
    QStringList rows;      ///< row names, easiest first (highest mean over the sizes it has)
    std::vector<double> x; ///< column scales, ascending (distinct usable x of any row)
    QStringList models;    ///< the model at each column (first seen when several share a size)
    /// \brief values[r][c]; unset where row r has no score at column c's size.
    std::vector<std::vector<std::optional<double>>> values;
    double min = 0.0, max = 0.0; ///< over the set values; 0–1 when every value lies in 0–1
    qsizetype missing = 0;       ///< cells without a score

    bool empty() const { return rows.isEmpty() || x.empty(); }
};

/// \brief The grid of `curves`, each named by `name(curve)` (e.g. its subtask). Points that a
/// log axis cannot show (unknown or non-positive x) are left out, as on the charts; several
/// points of one curve at one size are averaged (e.g. two checkpoints of one size).
HeatGrid buildHeatGrid(const QList<Curve>& curves, const QStringList& names);

} // namespace ee
