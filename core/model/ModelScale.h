// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace ee {

/// \brief Which scale a curve is drawn against.
enum class ScaleAxis {
    Params,             ///< total parameter count (embeddings included)
    NonEmbeddingParams, ///< BIG-bench's own axis
    Tokens,             ///< training tokens seen
    Flops               ///< training compute in FLOPs
};

/// \brief `params`, `nonembedding_params`, `tokens` or `flops` (the CLI's --x names).
QString scaleAxisName(ScaleAxis axis);
/// \brief A human label with units, e.g. "parameters" or "training FLOPs".
QString scaleAxisLabel(ScaleAxis axis);
/// \brief Parses the CLI names (also "nonembedding"); nullopt if unknown.
std::optional<ScaleAxis> scaleAxisFromName(const QString& name);

/// \brief The size of one model. Every field may be unknown; unknown is never 0 or NaN.
/// Units are plain counts (parameters, tokens, FLOPs), not billions.
struct ModelScale {
    std::optional<double> params;
    std::optional<double> nonEmbeddingParams;
    std::optional<double> tokens;
    std::optional<double> flops;

    std::optional<double> on(ScaleAxis axis) const {
        switch (axis) {
        case ScaleAxis::Params:
            return params;
        case ScaleAxis::NonEmbeddingParams:
            return nonEmbeddingParams;
        case ScaleAxis::Tokens:
            return tokens;
        case ScaleAxis::Flops:
            return flops;
        }
        return std::nullopt;
    }
    bool operator==(const ModelScale&) const = default;
};

} // namespace ee
