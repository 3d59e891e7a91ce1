// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ChartSelection.h"
#include "chart/FamilyFilter.h"
#include "chart/LegendStrip.h"
#include "figure/FamilyAssignment.h"

#include <QCoreApplication>

namespace ee::ui {

/// \brief The families of one scaling chart: which are drawn, how many the task has, and their
/// styles (the session's, plus "family · style" names when prompting styles are overlaid).
struct ScalingFamilies {
    Q_DECLARE_TR_FUNCTIONS(ScalingFamilies)

public:
    QHash<QString, qsizetype> scoresOnChart; ///< the chart's families and their scores
    QStringList visible;                     ///< drawn, most scores first
    FamilyStyles styles;
    QHash<QString, QString> baseOf; ///< overlay name → family

    /// \brief Works it out for `selection`, whose unfiltered curves (one list per panel) are
    /// `curves` (overlay names get the family's colour and the prompting's marker and dash);
    /// `alsoHidden` are families a view keeps off (log-prob).
    static ScalingFamilies of(const FamilyStyles& session, const QList<QList<Curve>>& curves,
                              const FamilyFilter& filter, const TaskChoices& choices,
                              const ChartSelection& selection, const QStringList& alsoHidden);

    /// \brief The family a curve belongs to (its name without an overlay's " · style").
    QString familyOf(const Curve& curve) const;
    /// \brief Keeps only the curves of visible families.
    void filter(QList<Curve>& curves) const;
    /// \brief "7 of 22 families shown", or "3 families" when all are shown.
    QString countText() const;
    /// \brief Legend entries: every curve drawn (by name), then the chart's families the user
    /// hid (greyed, to click back), then labelled fits.
    QList<LegendStrip::Entry> legend(const QList<QList<Curve>>& drawn,
                                     const QList<FittedCurve>& fits,
                                     const FamilyFilter& filter) const;
};

} // namespace ee::ui
