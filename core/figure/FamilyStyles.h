// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ee {

/// \brief How one family's curves look: colour, marker and dash.
struct SeriesStyle {
    QString colour; ///< "#rrggbb"
    MarkerShape marker = MarkerShape::Circle;
    DashStyle dash = DashStyle::Solid;
    bool operator==(const SeriesStyle&) const = default;
};

/// \brief Gives every family one style, so a family looks the same in every panel, the legend
/// and on screen.
///
/// Two ways to build one: from a list of names (sorted case-insensitively, the n-th name takes
/// palette colour n, marker n and dash n), used by views that style their own series; or from
/// explicit assignments (see familyStylesFor(), which gives every family of a whole session one
/// style). A prompting style of a family (chain-of-thought, …) keeps the family's colour and
/// shifts its marker and dash (of(family, prompting)).
class FamilyStyles {
public:
    FamilyStyles() = default;
    FamilyStyles(QStringList families, const FigureStyle& style);

    /// \brief One family's assigned palette colour index and its rank (0 = first), from which
    /// the marker and dash follow.
    struct Assignment {
        QString family;
        qsizetype colourIndex = 0;
        qsizetype rank = 0;
    };
    /// \brief Styles exactly as assigned; `promptings` ranks the prompting styles (the first,
    /// normally "standard", draws in the family's own style).
    FamilyStyles(const QList<Assignment>& assignments, QStringList promptings,
                 const FigureStyle& style);

    /// \brief The style of `family` (or of a name made with addAlias()); an unknown name gets
    /// the first unused slot (the same for every unknown name).
    SeriesStyle of(const QString& family) const;
    /// \brief `family` drawn with prompting style `prompting`: the family's colour, marker and
    /// dash both moved on by the prompting's rank, so styles of one family stay one colour and
    /// still differ in print. The first prompting (or an empty one) is the family's own style.
    SeriesStyle of(const QString& family, const QString& prompting) const;
    /// \brief Makes `name` (e.g. "PaLM · chain of thought") draw as of(family, prompting).
    void addAlias(const QString& name, const QString& family, const QString& prompting);
    /// \brief The families, sorted case-insensitively (legend order).
    const QStringList& families() const { return m_families; }
    /// \brief The prompting styles in rank order.
    const QStringList& promptings() const { return m_promptings; }

private:
    SeriesStyle slot(qsizetype colourIndex, qsizetype rank) const;

    QStringList m_families;
    QHash<QString, SeriesStyle> m_styles;
    QStringList m_promptings;
    QStringList m_palette = FigureStyle::okabeIto(); // never empty: slot() divides by its size
    bool m_varyMarkers = true;
    bool m_varyDashes = true;
    qsizetype m_unknownSlot = 0;
};

} // namespace ee
