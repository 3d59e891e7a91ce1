// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Curve.h"

#include <QList>
#include <QString>
#include <optional>

namespace ee {

/// \brief Where a curve makes its largest single step between two neighbouring model sizes.
struct LargestStep {
    QString label;      ///< the curve's family (with its prompting style when overlaid)
    double from = 0.0;  ///< the smaller scale of the step
    double to = 0.0;    ///< the larger scale of the step
    double rise = 0.0;  ///< the step's change, in the metric's units
    double share = 0.0; ///< `rise` over the curve's whole range (max − min), ≤ 1
};

/// \brief The largest rise between neighbouring sizes of `curve` (points of one size are
/// averaged first), or nullopt when the curve has fewer than three sizes or changes by less
/// than `minRange` in all (too little to call anything a jump: noise, or a floor).
std::optional<LargestStep> largestStep(const Curve& curve, double minRange);

/// \brief A tenth of the metric's scale: 0.1 when every value lies in [0, 1], 10 when in
/// [0, 100], else a tenth of the largest |value|. Curves that move less are not described.
double meaningfulRange(const QList<Curve>& curves);

/// \brief Sentences stating what the curves on screen show, computed from them, so that a tour
/// caption is true of the data shown whatever data is loaded. `panels` holds the curves of each
/// chart on screen (one per metric side by side). Kinds:
///   - "largest_step": each family's largest step and whether the families jump at different
///     sizes;
///   - "steady": which families make less than half of their rise in one step;
///   - "compare_steps": the median share of the largest step under the first and the second
///     panel's metric, and which (if either) spreads the rise more evenly;
///   - "prompt_shift": per family, the largest step of each prompting style;
///   - "decline": families whose largest model scores below a smaller one.
/// An unknown kind, or curves that allow no statement, give a sentence that says so.
QString curveClaim(const QString& kind, const QList<QList<Curve>>& panels);

} // namespace ee
