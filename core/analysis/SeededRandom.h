// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

namespace ee {

/// \brief A uniform double in [0, 1) from the top 53 bits of one draw: the same numbers on
/// every platform (std::uniform_real_distribution is not specified bit for bit).
inline double uniform01(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

/// \brief An unbiased index in [0, n) by rejection (n > 0); platform independent.
inline std::size_t uniformIndex(std::mt19937_64& rng, std::size_t n) {
    const std::uint64_t bound = static_cast<std::uint64_t>(n);
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t v;
    do
        v = rng();
    while (v >= limit);
    return static_cast<std::size_t>(v % bound);
}

/// \brief Percentile with linear interpolation between order statistics (NumPy's default);
/// q in [0, 1]. `v` must be non-empty.
inline double percentileLinear(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (pos - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

} // namespace ee
