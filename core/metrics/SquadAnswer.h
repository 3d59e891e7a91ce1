// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief The answer normalisation of the official SQuAD v1.1 evaluation script
/// (`normalize_answer`): Python lower(), remove ASCII punctuation (string.punctuation), replace
/// the words "a", "an" and "the" (between regex word boundaries) with a space, then collapse
/// whitespace to single spaces and trim. Word characters for the boundaries are letters,
/// numbers and '_' (Qt's Unicode categories standing in for Python's str.isalnum()).
QString squadNormalize(const QString& text);

/// \brief 1 when squadNormalize(prediction) equals squadNormalize(gold) for some gold answer,
/// else 0; nullopt without gold answers.
std::optional<double> squadExactMatch(const QString& prediction, const QStringList& golds);

/// \brief SQuAD token F1 (0–1), the maximum over gold answers: the normalised texts are split
/// on whitespace, shared tokens counted as a multiset; 0 when none is shared (also when either
/// side is empty, as v1.1 does). nullopt without gold answers.
std::optional<double> squadTokenF1(const QString& prediction, const QStringList& golds);

} // namespace ee
