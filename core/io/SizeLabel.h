// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace ee {

/// \brief Reads a model-size label as a parameter count: "420M" → 4.2e8, "1.3B" → 1.3e9,
/// "125m", "6.7b", "1b1" (= 1.1e9, BLOOM's style), "540B", "2T". The number is scaled in
/// decimal text, so "6.7B" is exactly the double nearest 6.7e9. nullopt when the label is not a
/// size (e.g. "S", "XL-1").
std::optional<double> parseSizeLabel(const QString& label);

} // namespace ee
