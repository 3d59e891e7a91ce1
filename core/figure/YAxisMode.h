// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/AxisTicks.h"

#include <QList>
#include <QString>
#include <optional>

namespace ee {

/// \brief How a panel's y axis maps and bounds the metric.
enum class YAxisMode {
    Full,      ///< the metric's whole range (0–1, 0–100) when known, else fitted to the data
    Fit,       ///< fitted to the data and the reference lines
    Log,       ///< log10 of the value; zero and negative values are not drawn (counted)
    Logit,     ///< log(p / (1 − p)) of a 0–1 proportion; 0 and 1 are clipped (counted)
    Normalised ///< (value − chance) / (perfect − chance): 0 = chance, 1 = perfect
};

/// \brief "full", "fit", "log", "logit", "normalised" (sessions, figure specs).
QString yAxisModeName(YAxisMode mode);
std::optional<YAxisMode> yAxisModeFromName(const QString& name);
/// \brief "Full range", "Fit to data", "Log", "Logit", "Normalised score" (menus).
QString yAxisModeLabel(YAxisMode mode);

/// \brief Proportions at 0 or 1 are drawn at this distance from them on a logit axis.
constexpr double kLogitClip = 1e-3;

/// \brief One curve's value → plot y.
struct YMapping {
    YAxisMode mode = YAxisMode::Fit;
    double chance = 0.0;  ///< Normalised only
    double perfect = 1.0; ///< Normalised only (> chance)

    /// \brief The plot y of `value`; nullopt when it cannot be drawn (Log: zero or negative).
    /// On a logit axis values outside (kLogitClip, 1 − kLogitClip) are clipped to those
    /// bounds and `clipped` is set.
    std::optional<double> map(double value, bool* clipped = nullptr) const;
};

/// \brief Labelled y ticks in plot coordinates over [lo, hi]: linear for Full, Fit and
/// Normalised; powers of ten (then 1-2-5 steps) for Log; probabilities (0.01, 0.1, 0.5, …) for
/// Logit. Labels are in metric units, so a log or logit axis reads as values.
QList<AxisTick> yAxisTicks(YAxisMode mode, double lo, double hi);

} // namespace ee
