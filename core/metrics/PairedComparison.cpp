// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/PairedComparison.h"

#include <algorithm>
#include <cmath>

namespace ee {

double mcnemarExactP(qint64 onlyA, qint64 onlyB) {
    const qint64 m = onlyA + onlyB;
    if (m == 0)
        return 1.0;
    const qint64 k = std::min(onlyA, onlyB);
    // P(X ≤ k) term by term in log space: C(m, i)/2^m underflows a double for m > ~1,070.
    const double logHalfPowM = -static_cast<double>(m) * std::log(2.0);
    const double lgm = std::lgamma(static_cast<double>(m) + 1.0);
    double tail = 0.0;
    for (qint64 i = 0; i <= k; ++i) {
        const double logChoose = lgm - std::lgamma(static_cast<double>(i) + 1.0) -
                                 std::lgamma(static_cast<double>(m - i) + 1.0);
        tail += std::exp(logChoose + logHalfPowM);
    }
    return std::min(1.0, 2.0 * tail);
}

PairedComparison comparePaired(const std::vector<double>& a, const std::vector<double>& b,
                               const BootstrapOptions& bootstrap) {
    PairedComparison r;
    const std::size_t n = std::min(a.size(), b.size());
    r.n = static_cast<qint64>(n);
    if (n == 0)
        return r;
    std::vector<double> d(n);
    bool binary = true;
    qint64 counts[2][2] = {{0, 0}, {0, 0}};
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        d[i] = a[i] - b[i];
        sum += d[i];
        const bool okA = a[i] == 0.0 || a[i] == 1.0;
        const bool okB = b[i] == 0.0 || b[i] == 1.0;
        if (!okA || !okB)
            binary = false;
        else
            ++counts[a[i] == 1.0][b[i] == 1.0];
    }
    r.diff = sum / static_cast<double>(n);
    if (binary) {
        r.bothRight = counts[1][1];
        r.onlyA = counts[1][0];
        r.onlyB = counts[0][1];
        r.bothWrong = counts[0][0];
        r.mcnemarP = mcnemarExactP(*r.onlyA, *r.onlyB);
    }
    if (bootstrap.resamples > 0) {
        // Resampling the differences resamples the pairs: A and B of one instance stay together.
        const Interval ci = bootstrapMean(d, bootstrap);
        r.ciLow = ci.low;
        r.ciHigh = ci.high;
    }
    return r;
}

} // namespace ee
