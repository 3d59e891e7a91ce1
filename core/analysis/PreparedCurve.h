// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisOptions.h"
#include "model/Curve.h"
#include "model/MetricRange.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace ee {

/// \brief A curve ready for analysis: usable points only, sorted by scale, y on the chosen scale.
struct PreparedCurve {
    CurveKey key;
    ScaleAxis axis = ScaleAxis::Params;
    YScale yScale = YScale::Raw; ///< the scale actually used (Raw if Normalised was impossible)
    std::vector<double> x;       ///< scale (> 0, finite), ascending
    std::vector<double> u;       ///< log10 x
    std::vector<double> y;       ///< value on `yScale`
    QStringList models;
    std::vector<std::optional<double>> stderr_; ///< on `yScale`
    std::vector<std::optional<qint64>> n;
    std::vector<std::optional<double>> ciLow, ciHigh; ///< published intervals, on `yScale`
    /// Proportion metrics (ee::isProportionMetric) with a known n: the point's share of
    /// examples right, 0–1 (its raw value / proportionScale); else nullopt.
    std::vector<std::optional<double>> share;
    std::optional<double> proportionScale; ///< 1 or 100 (ee::proportionScale), raw scale
    std::optional<double> floor;           ///< chance level on `yScale` (the task's low score)
    std::optional<double> ceiling;         ///< highest attainable value on `yScale`
    std::optional<MetricRange> range;      ///< metric range on `yScale`
    double yShift = 0.0;                   ///< y on `yScale` = (raw − yShift) · yFactor
    double yFactor = 1.0;
    qsizetype droppedMissingY = 0;
    qsizetype droppedMissingX = 0;
    qsizetype droppedNonPositiveX = 0;
    QStringList notes;

    qsizetype size() const { return static_cast<qsizetype>(y.size()); }
};

/// \brief Drops points with a missing (non-finite) y, an unknown x or a non-positive x (each
/// counted in a note), and maps y to BIG-bench's normalised score when asked and possible
/// (else keeps the raw scale and says why).
PreparedCurve prepareCurve(const Curve& curve, YScale yScale = YScale::Raw,
                           std::optional<double> metricRangeOverride = std::nullopt);

} // namespace ee
