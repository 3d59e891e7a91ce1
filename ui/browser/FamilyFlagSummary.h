// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisOptions.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ee::ui {

/// \brief One family's own flag on a browser row's primary metric: the flag of that family's
/// curve with the most model sizes. Empty when the family has too few sizes to be judged.
struct FamilyFlag {
    QString family;
    QString flag;        ///< emergent / smooth / flat / inverse / U-shaped, or "" (not judged)
    qsizetype sizes = 0; ///< distinct model sizes of the curve the flag describes
    /// \brief False when the fits could not compare a sigmoid with the log-linear model (too
    /// few points for AICc, or the fast pass without fits): such a family cannot be "emergent".
    bool jumpTested = true;
};

/// \brief What a task's families say together: "emergent in 2 of 14 families", not the flag of
/// one representative family (issue #15, item 6).
struct FamilyFlagSummary {
    /// \brief The flag the browser's Flag column shows: "emergent" when any family is emergent
    /// (finding emergence is what the column is scanned for), otherwise the most common flag
    /// (ties go to the earlier of inverse, U-shaped, smooth, flat). Empty when no family is judged.
    QString headline;
    int headlineCount = 0;
    int judged = 0; ///< families with enough sizes to carry a flag
    QMap<QString, QStringList> familiesByFlag;
    QStringList tooFewSizes;  ///< families not judged (fewer than kMinSizes sizes)
    QStringList jumpUntested; ///< judged families the fits could not test for a jump

    /// \brief "emergent 2/14" (the column's text), or "" when nothing is judged.
    QString columnText() const;
    /// \brief Sort key: headline rank first (emergent highest), then its share of the families.
    double sortKey() const;
    /// \brief Every flag with its families and the thresholds behind them, as HTML.
    QString tooltipHtml(const FlagThresholds& thresholds) const;
};

/// \brief Families need this many model sizes for a flag: with two, "flat" and "smooth" cannot be
/// told from noise, and B and L are undefined.
inline constexpr qsizetype kMinSizesForFlag = 3;

FamilyFlagSummary summariseFamilyFlags(const QList<FamilyFlag>& flags);

/// \brief The flag thresholds in one sentence, as the browser and the analysis panel state them.
QString thresholdsSentence(const FlagThresholds& t);

/// \brief A flag's name in the language of the interface ("emergent" → "涌现"); the data keep
/// the English identifier. Unknown names come back unchanged.
QString flagDisplayName(const QString& flag);
/// \brief A fit's name ("sigmoid", "log_linear") in the language of the interface.
QString fitDisplayName(const QString& fit);

} // namespace ee::ui
