// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FamilyStyles.h"
#include "model/ScoreTable.h"

#include <QHash>

namespace ee {

/// \brief Every chart's families and their number of scores (ScoreTable::familyScoresByChart()).
using FamilyScoresByChart = QList<ScoreTable::FamilyScoresOnChart>;

/// \brief How many families a scaling chart draws until the user picks others: the default
/// palette's seven colours, so every family drawn by default can have its own colour.
constexpr int kFamiliesShownByDefault = 7;

/// \brief A chart's families ordered by their number of scores there (most first), ties by name
/// case-insensitively: the order the family picker lists them and takes the top ones in.
QStringList familiesByScores(const QHash<QString, qsizetype>& scoresOnChart);

/// \brief One style per family for everything a session shows, so a family keeps its colour on
/// every task, metric, tab and exported figure.
///
/// Families are ranked by their number of scores in the whole data (most first, then by name,
/// case-insensitively); a family's marker and dash follow its rank. Colours go first to the
/// families that are drawn together by default (the first `shownByDefault` of a chart in
/// familiesByScores() order), so those differ in colour whenever the palette has enough, then to
/// the rest, each taking the colour it shares least with families of the same marker it meets on
/// some task (they would differ only by dash), then least with any family it meets, then the
/// least used overall, then the first; and never one that would give it the same colour,
/// marker and dash as a family it meets. The result depends only on the data, so the GUI and
/// `emergence export` agree and reruns are identical.
QList<FamilyStyles::Assignment> assignFamilies(const FamilyScoresByChart& charts,
                                               const FigureStyle& style,
                                               int shownByDefault = kFamiliesShownByDefault);

/// \brief Prompting styles in rank order: standard, chain of thought, zero-shot chain of
/// thought, zero-shot, then the rest by name.
QStringList rankPromptings(QStringList promptings);

/// \brief The session's styles for every family and prompting style of `table`.
FamilyStyles familyStylesFor(const ScoreTable& table, const FigureStyle& style);

} // namespace ee
