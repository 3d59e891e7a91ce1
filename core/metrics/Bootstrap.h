// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace ee {

/// \brief Settings of a percentile bootstrap over examples.
struct BootstrapOptions {
    int resamples = 1000;     ///< 0 = no interval
    std::uint64_t seed = 0;   ///< same seed, same data → same interval, on every platform
    double confidence = 0.95; ///< two-sided; percentiles (1−c)/2 and (1+c)/2
};

/// \brief A confidence interval on the statistic's own scale.
struct Interval {
    double low = 0.0;
    double high = 0.0;
};

/// \brief Percentile bootstrap: draws `resamples` samples of n examples with replacement
/// (mt19937_64 seeded with `seed`, rejection-sampled bounded integers), evaluates `statistic` on
/// each sample given as multiplicities (counts[i] = times example i was drawn), and returns the
/// percentiles with NumPy's default linear interpolation. Empty interval (0, 0) if n = 0 or
/// resamples = 0.
Interval
percentileBootstrap(std::size_t n,
                    const std::function<double(const std::vector<std::uint32_t>&)>& statistic,
                    const BootstrapOptions& opts);

/// \brief Bootstrap of the plain mean of `values`.
Interval bootstrapMean(const std::vector<double>& values, const BootstrapOptions& opts);

/// \brief NumPy `percentile(v, q)` with linear interpolation; `v` need not be sorted. q in 0–100.
double percentile(std::vector<double> v, double q);

} // namespace ee
