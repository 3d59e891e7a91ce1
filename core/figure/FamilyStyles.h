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

/// \brief Gives every family one style for a whole figure, so a family looks the same in every
/// panel, the legend and on screen.
///
/// Families are ordered case-insensitively before assignment, so the styles do not depend on
/// the order the data arrived in. The n-th family takes palette colour n (cycling), and, when the
/// style asks for it, marker n and dash n, so print in grey still tells families apart.
class FamilyStyles {
public:
    FamilyStyles() = default;
    FamilyStyles(QStringList families, const FigureStyle& style);

    /// \brief The style of `family`; a family not given to the constructor gets the first unused
    /// slot (the same for every unknown family, so pass them all to the constructor).
    SeriesStyle of(const QString& family) const;
    /// \brief The families in assignment (legend) order.
    const QStringList& families() const { return m_families; }

private:
    SeriesStyle slot(qsizetype i) const;

    QStringList m_families;
    QHash<QString, qsizetype> m_index;
    QStringList m_palette;
    bool m_varyMarkers = true;
    bool m_varyDashes = true;
};

} // namespace ee
