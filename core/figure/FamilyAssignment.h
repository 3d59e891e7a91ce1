// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FamilyStyles.h"
#include "model/ScoreTable.h"

#include <QHash>

namespace ee {

/// \brief Families and their number of scores per task (ScoreTable::familyScoresByTask()).
using FamilyScoresByTask = QHash<QString, QHash<QString, qsizetype>>;

/// \brief One style per family for everything a session shows, so a family keeps its colour on
/// every task, metric, tab and exported figure.
///
/// Families are ranked by their number of scores in the whole data (most first, then by name,
/// case-insensitively), so the families with most data take the palette's colours first. A
/// family's marker and dash follow its rank; its colour is the palette colour least shared with
/// the families it meets on some task (then the least used overall, then the first), and never
/// one that would give it the same colour, marker and dash as a family it meets. The result
/// depends only on the data, so the GUI and `emergence export` agree and reruns are identical.
QList<FamilyStyles::Assignment> assignFamilies(const FamilyScoresByTask& scores,
                                               const FigureStyle& style);

/// \brief Prompting styles in rank order: standard, chain of thought, zero-shot chain of
/// thought, zero-shot, then the rest by name.
QStringList rankPromptings(QStringList promptings);

/// \brief The session's styles for every family and prompting style of `table`.
FamilyStyles familyStylesFor(const ScoreTable& table, const FigureStyle& style);

} // namespace ee
