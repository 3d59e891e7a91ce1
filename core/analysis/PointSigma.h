// SPDX-License-Identifier: GPL-3.0-or-later
// The uncertainty of each point of a curve and the typical σ the flat test compares the
// curve's change with (issue 19: a 0/25 point is [0, 0.133], not ±0).
#pragma once

#include "analysis/PreparedCurve.h"
#include "metrics/ProportionInterval.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace ee {

/// \brief One point of a prepared curve with its interval and its σ, on the curve's y scale.
struct PointUncertainty {
    QString model;
    double x = 0.0;
    double y = 0.0;
    std::optional<qint64> n;
    std::optional<double> low, high; ///< the point's interval (see source)
    /// "published" (ci_low/ci_high), "standard_error" (y ± its published standard error),
    /// "wilson" / "clopper-pearson" (95 % binomial interval from the share and n), or empty.
    QString source;
    /// What the point gives the flat test: its published standard error when positive, else
    /// (high − low)/(2·1.96) of its binomial interval; nullopt when it has neither.
    std::optional<double> sigma;
    bool sigmaFromInterval = false; ///< sigma is the binomial interval's, not a standard error
};

/// \brief Each point's uncertainty. A binomial interval is computed for proportion metrics
/// with a known n (PreparedCurve::share) under `method` Wilson (share as given) or
/// ClopperPearson (k = share·n rounded); Bootstrap computes none, since a curve has no
/// examples to resample, so only published intervals and standard errors remain.
std::vector<PointUncertainty> pointUncertainties(const PreparedCurve& c, ee::IntervalMethod method);

/// \brief The typical σ of a prepared curve and a sentence saying where it came from: the
/// median over the points of their σ (pointUncertainties(); published standard errors, and
/// binomial intervals where none is published); else range/sqrt(median n); else 1 % of the
/// metric's range; else 1 % of the largest |y|.
std::pair<double, QString> typicalSigma(const PreparedCurve& c,
                                        ee::IntervalMethod method = ee::IntervalMethod::Wilson);

} // namespace ee
