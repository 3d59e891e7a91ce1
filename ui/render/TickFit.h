// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace ee::render {

/// \brief The labels of a horizontal axis that fit its plot width: which ticks to keep and how
/// far the last kept label reaches past the plot's right edge.
struct TickFit {
    QList<qsizetype> kept;    ///< indices into the ticks given, ascending
    double rightOverhang = 0; ///< past the plot's right edge (≥ 0, units of the plot width)
};

/// \brief Chooses the tick labels of a horizontal axis that do not run into each other.
///
/// Tick i sits at `positions[i]` (plot coordinates, ascending, inside [min, max]) and its label,
/// `widths[i]` wide, is centred on it; the axis is `plotWidth` wide. Neighbouring labels must
/// leave `gap` between them. All ticks are kept when they fit; else every 2nd, 3rd, … tick: on
/// whole-number positions (decades of a log axis) the multiples of the stride first ("1M", "1B",
/// "1T" for every 3rd decade), otherwise the first tick and every stride-th after it. At least
/// one tick is kept when any is given. Units of `widths`, `gap` and `plotWidth` are the same
/// (scene units); a non-positive width or span keeps the first tick only.
TickFit fitTicks(const QList<double>& positions, const QList<double>& widths, double min,
                 double max, double plotWidth, double gap);

} // namespace ee::render
