// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FamilyAssignment.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace ee::ui {

/// \brief Which families the scaling chart draws: by default the `topN` with most scores on the
/// task shown, plus those the user picked, minus those the user hid.
///
/// Picks and hides are kept by family name for the whole session, so hiding a family (legend
/// click or picker) hides it on every task, and the choice is saved with the session.
struct FamilyFilter {
    static constexpr int kDefaultTopN = kFamiliesShownByDefault;
    int topN = kDefaultTopN;
    bool showAll = false;
    QStringList shown;  ///< picked by the user (drawn even outside the top N)
    QStringList hidden; ///< hidden by the user (never drawn)

    /// \brief familiesByScores(): the order the top N are taken in.
    static QStringList byScores(const QHash<QString, qsizetype>& scoresOnTask) {
        return familiesByScores(scoresOnTask);
    }
    /// \brief The families of a task that are drawn, in byScores() order.
    QStringList visible(const QHash<QString, qsizetype>& scoresOnTask) const;
    /// \brief Shows or hides one family from now on.
    void setFamilyVisible(const QString& family, bool visible);
    /// \brief Back to the default: the top N, nothing picked or hidden.
    void resetToTop();
    /// \brief Every family, keeping nothing hidden.
    void showEverything();

    QJsonObject toJson() const;
    /// \brief Reads what toJson() writes; missing keys keep their defaults.
    static FamilyFilter fromJson(const QJsonObject& json);
    bool operator==(const FamilyFilter&) const = default;
};

} // namespace ee::ui
