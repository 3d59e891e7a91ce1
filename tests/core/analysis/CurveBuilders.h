// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Curve.h"

#include <cmath>
#include <optional>
#include <vector>

namespace ee::testing {

/// \brief A curve with the given scales and values (model names m0, m1, …).
inline Curve makeCurve(const std::vector<double>& x, const std::vector<double>& y,
                       std::optional<double> stderr_ = std::nullopt,
                       const QString& metric = QStringLiteral("exact_match")) {
    Curve c;
    c.key.task = QStringLiteral("t");
    c.key.metric = metric;
    c.key.family = QStringLiteral("F");
    for (std::size_t i = 0; i < x.size(); ++i) {
        CurvePoint p;
        p.model = QStringLiteral("m%1").arg(i);
        p.x = x[i];
        p.value = y[i];
        p.stderr_ = stderr_;
        c.points.append(p);
    }
    return c;
}

/// \brief 10^u for u = from, from + step, … ≤ to.
inline std::vector<double> scales(double from, double to, double step) {
    std::vector<double> out;
    for (double u = from; u <= to + 1e-9; u += step)
        out.push_back(std::pow(10.0, u));
    return out;
}

} // namespace ee::testing
