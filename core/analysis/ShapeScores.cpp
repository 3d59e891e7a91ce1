// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ShapeScores.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ee {

namespace {

// Notes are translated when made (QtCore: the app installs a translator, the command line never
// does, so its output stays English).
QString concentratedNote() {
    return QCoreApplication::translate("ShapeScores", "change concentrated in few steps");
}

std::vector<double> squaredSteps(std::span<const double> y) {
    std::vector<double> s;
    s.reserve(y.size());
    for (std::size_t i = 1; i < y.size(); ++i) {
        const double d = y[i] - y[i - 1];
        s.push_back(d * d);
    }
    return s;
}

// Median with the mean of the two middle values for an even count (analysis spec).
double median(std::vector<double> v) {
    const std::size_t n = v.size(), mid = n / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (n % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return 0.5 * (lower + upper);
}

ShapeScore ratio(double index, double denominatorSquared) {
    if (denominatorSquared > 0)
        return {index / std::sqrt(denominatorSquared), {}};
    if (index == 0)
        return {0.0, QCoreApplication::translate("ShapeScores", "flat")};
    return {index > 0 ? std::numeric_limits<double>::infinity()
                      : -std::numeric_limits<double>::infinity(),
            concentratedNote()};
}

ShapeScore tooFew(std::size_t n) {
    return {std::nullopt,
            QCoreApplication::translate("ShapeScores", "undefined: %1 point(s), at least 3 needed")
                .arg(n)};
}

} // namespace

double emergenceIndex(std::span<const double> y) {
    if (y.empty())
        return 0.0;
    std::size_t iMax = 0, iMin = 0;
    for (std::size_t i = 1; i < y.size(); ++i) {
        if (y[i] > y[iMax])
            iMax = i; // strict: first index on ties
        if (y[i] < y[iMin])
            iMin = i;
    }
    const double range = y[iMax] - y[iMin];
    if (iMax == iMin)
        return 0.0;
    return iMax > iMin ? range : -range;
}

ShapeScore breakthroughness(std::span<const double> y) {
    if (y.size() < 3)
        return tooFew(y.size());
    return ratio(emergenceIndex(y), median(squaredSteps(y)));
}

ShapeScore linearityUnconfirmed(std::span<const double> y) {
    if (y.size() < 3)
        return tooFew(y.size());
    const std::vector<double> s = squaredSteps(y);
    double mean = 0.0;
    for (double v : s)
        mean += v;
    mean /= static_cast<double>(s.size());
    ShapeScore r = ratio(emergenceIndex(y), mean);
    // The mean of squared steps is 0 only when every step is 0 (then I(y) = 0 too).
    return r;
}

} // namespace ee
