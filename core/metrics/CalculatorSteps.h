// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief The results of the calculator annotations `<<expr=result>>` in a worked solution
/// (GSM8K's format: the text after the last '=' inside each annotation), in order. An
/// annotation without '=' or without a closing `>>` is not a step and is left out.
QStringList calculatorResults(const QString& solution);

/// \brief The number a calculator result stands for: "1,200", "$18", "0.50" and ".5" are read
/// as numbers (commas, a leading '$' and a trailing '.' dropped); nullopt when it is not one.
std::optional<double> calculatorNumber(const QString& result);

/// \brief Share of the reference solution's calculator steps that the generated solution also
/// reaches: each reference result is matched to at most one not yet matched result of the
/// generation with the same number (relative tolerance 1e-9; results that are not numbers
/// match as equal text). Order is ignored, so a solution that computes the same intermediate
/// values in another order reaches every step. nullopt when the reference has no steps.
///
/// Why: a multi-step problem is solved only when every step is; the share of steps reached
/// rises more smoothly with scale than whole-problem success does (GSM8K, Cobbe et al. 2021).
std::optional<double> calculatorStepsReached(const QString& generation, const QString& reference);

} // namespace ee
