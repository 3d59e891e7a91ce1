// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Bootstrap.h"

#include <QString>
#include <optional>
#include <vector>

namespace ee {

/// \brief Exact McNemar test: the two-sided binomial test of `onlyA` against `onlyB` discordant
/// pairs under p = ½, min(1, 2·P(X ≤ min(onlyA, onlyB))) with X ~ Binomial(onlyA + onlyB, ½);
/// 1 when there is no discordant pair.
double mcnemarExactP(qint64 onlyA, qint64 onlyB);

/// \brief Two systems scored on the same instances, A and B in the same order.
struct PairedComparison {
    qint64 n = 0; ///< paired instances
    /// Counts and McNemar's p for 0/1 metrics only (every value 0 or 1), else empty.
    std::optional<qint64> bothRight, onlyA, onlyB, bothWrong;
    std::optional<double> mcnemarP;
    double diff = 0.0; ///< mean(A) − mean(B) over the pairs
    /// Percentile paired-bootstrap interval of `diff` (pairs resampled together), empty
    /// without pairs or resamples.
    std::optional<double> ciLow, ciHigh;
};

/// \brief Compares paired values (a[i] and b[i] belong to instance i). Both vectors must have
/// the same size.
PairedComparison comparePaired(const std::vector<double>& a, const std::vector<double>& b,
                               const BootstrapOptions& bootstrap);

} // namespace ee
