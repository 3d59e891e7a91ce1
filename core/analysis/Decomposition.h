// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ShapeScores.h"
#include "model/Curve.h"

#include <QStringList>
#include <optional>
#include <span>
#include <vector>

namespace ee {

/// \brief How subtask success combines into the composite (analysis spec, "Decomposition").
struct CompositionRule {
    enum class Kind {
        All,   ///< every subtask needed: Π s_j
        Any,   ///< one is enough: 1 − Π (1 − s_j)
        KOfN,  ///< at least k of n independent subtasks (Poisson-binomial)
        Chain, ///< L identical steps of one subtask: s^L
        Mean   ///< BIG-bench aggregate: mean of normalised s_j (0–100)
    };
    Kind kind = Kind::All;
    int k = 0;      ///< KOfN
    int length = 0; ///< Chain

    /// \brief Parses "all", "any", "k-of-n:K", "chain:L", "mean"; nullopt with `error` set.
    static std::optional<CompositionRule> parse(const QString& text, QString* error = nullptr);
    /// \brief The text parse() reads, e.g. "k-of-n:2".
    QString name() const;
    /// \brief A one-line formula for display, e.g. "1 − Π(1 − s_j)".
    QString formula() const;
};

/// \brief P(at least k of the independent events with probabilities p succeed), by the exact
/// Poisson-binomial recursion. k ≤ 0 → 1; k > n → 0.
double poissonBinomialAtLeast(std::span<const double> p, int k);

/// \brief The composite predicted from one value per part, on the rule's scale.
double combineParts(const CompositionRule& rule, std::span<const double> parts);

/// \brief One model's row: its part values (on the rule's scale), the prediction, and the
/// observed composite when given.
struct DecompositionRow {
    QString model;
    double x = 0.0;
    std::vector<double> parts;
    double predicted = 0.0;
    std::optional<double> observed;
    std::optional<double> residual; ///< observed − predicted
};

/// \brief Linearity and breakthroughness of one curve of the decomposition.
struct PartShape {
    QString name;
    ShapeScore linearity; ///< definition unconfirmed (kLinearityDefinition)
    ShapeScore breakthroughness;
};

/// \brief A predicted composite curve with the shape of each part and of the whole.
struct DecompositionResult {
    bool ok = false;
    CompositionRule rule;
    QString valueScale; ///< "probability (0–1)" or "normalised score (0–100)"
    std::vector<PartShape> parts;
    PartShape predicted;
    std::optional<PartShape> observed;
    std::vector<DecompositionRow> rows; ///< by scale ascending
    QStringList leftOutModels;          ///< missing from at least one part
    std::optional<double> rmsResidual;
    QStringList notes;
};

/// \brief Aligns the part curves by model (models missing any part are left out and listed),
/// converts values to the rule's scale (0–100 metrics divided by 100 for probability rules;
/// BIG-bench normalisation for `mean`), predicts the composite, and compares it with `observed`
/// (aligned by model) when given. `names` label the parts (default: each curve's subtask).
DecompositionResult decompose(const QList<Curve>& parts, const CompositionRule& rule,
                              const Curve* observed = nullptr, const QStringList& names = {});

} // namespace ee
