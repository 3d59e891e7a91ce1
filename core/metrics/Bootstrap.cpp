// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ee {

namespace {

// Unbiased bounded integer by rejection (std::uniform_int_distribution differs between
// standard libraries; this does not).
std::uint64_t bounded(std::mt19937_64& rng, std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % n + 1) % n;
    for (;;) {
        const std::uint64_t x = rng();
        if (x <= limit)
            return x % n;
    }
}

} // namespace

double percentile(std::vector<double> v, double q) {
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const double pos = q / 100.0 * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    const double t = pos - static_cast<double>(lo);
    const double a = v[lo], b = v[hi], d = b - a;
    // NumPy's _lerp: a + d·t, computed from the upper end for t ≥ 0.5 (monotonic rounding).
    return t >= 0.5 ? b - d * (1.0 - t) : a + d * t;
}

Interval
percentileBootstrap(std::size_t n,
                    const std::function<double(const std::vector<std::uint32_t>&)>& statistic,
                    const BootstrapOptions& opts) {
    if (n == 0 || opts.resamples <= 0)
        return {};
    std::mt19937_64 rng(opts.seed);
    std::vector<std::uint32_t> counts(n);
    std::vector<double> stats;
    stats.reserve(static_cast<std::size_t>(opts.resamples));
    for (int r = 0; r < opts.resamples; ++r) {
        std::fill(counts.begin(), counts.end(), 0u);
        for (std::size_t k = 0; k < n; ++k)
            ++counts[bounded(rng, n)];
        stats.push_back(statistic(counts));
    }
    const double alpha = (1.0 - opts.confidence) / 2.0;
    return {percentile(stats, 100.0 * alpha), percentile(stats, 100.0 * (1.0 - alpha))};
}

Interval bootstrapMean(const std::vector<double>& values, const BootstrapOptions& opts) {
    return percentileBootstrap(
        values.size(),
        [&values](const std::vector<std::uint32_t>& counts) {
            double sum = 0.0;
            std::uint64_t m = 0;
            for (std::size_t i = 0; i < values.size(); ++i) {
                sum += counts[i] * values[i];
                m += counts[i];
            }
            return sum / static_cast<double>(m);
        },
        opts);
}

} // namespace ee
