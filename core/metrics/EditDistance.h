// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ee {

/// \brief Levenshtein distance (unit cost insert/delete/substitute) between the whitespace
/// tokens (Python `str.split()`) of `a` and `b` — the token edit distance of Schaeffer et al.
/// 2023. Unit: tokens.
qint64 tokenEditDistance(const QString& a, const QString& b);

/// \brief Levenshtein distance between the code points of `a` and `b` (not UTF-16 units, so an
/// emoji counts once). Unit: characters.
qint64 charEditDistance(const QString& a, const QString& b);

/// \brief The smallest distance from `output` to any target (`tokens` selects the unit); −1 if
/// there are no targets.
qint64 minEditDistance(const QString& output, const QStringList& targets, bool tokens);

} // namespace ee
