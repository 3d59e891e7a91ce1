// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <span>

namespace ee {

/// \brief A number that may be undefined (nullopt, with a note saying why) or ±infinity (with a
/// note explaining it).
struct ShapeScore {
    std::optional<double> value;
    QString note;
    bool isDefined() const { return value.has_value(); }
};

/// \brief The one-line description shown next to every linearity value.
inline constexpr const char* kLinearityDefinition =
    "BIG-bench linearity, definition unconfirmed: I(y) / sqrt(mean of squared steps)";
/// \brief The one-line description of breakthroughness.
inline constexpr const char* kBreakthroughnessDefinition =
    "BIG-bench breakthroughness: I(y) / sqrt(median of squared steps)";

/// \brief I(y) = sign(argmax y − argmin y) · (max y − min y), y ordered by scale; first index on
/// ties, sign(0) = 0. 0 for an empty y.
double emergenceIndex(std::span<const double> y);

/// \brief Breakthroughness B = I(y) / sqrt(median_i (y_i − y_{i−1})²) (BIG-bench, confirmed).
/// Undefined for fewer than 3 points; 0 when flat; ±infinity when the median step is 0 but the
/// curve changes ("change concentrated in few steps").
ShapeScore breakthroughness(std::span<const double> y);

/// \brief Linearity L = I(y) / sqrt(mean_i (y_i − y_{i−1})²). DEFINITION UNCONFIRMED (BIG-bench
/// Appendix B could not be read): the one place to change when it is. Undefined below 3 points;
/// 0 when every step is 0. Equal steps give n − 1, a single jump sqrt(n − 1).
ShapeScore linearityUnconfirmed(std::span<const double> y);

} // namespace ee
