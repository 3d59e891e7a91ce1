// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/FamilyStyles.h"

#include "model/ScoreRow.h"

#include <algorithm>

namespace ee {

namespace {
// Markers and dashes chosen to stay distinguishable at 4–5 pt on paper. Both lists are in the
// order of their enums, so a style can be shifted by index (prompting variants).
constexpr MarkerShape kMarkers[] = {MarkerShape::Circle,   MarkerShape::Square,
                                    MarkerShape::Triangle, MarkerShape::Diamond,
                                    MarkerShape::Pentagon, MarkerShape::Star};
constexpr DashStyle kDashes[] = {DashStyle::Solid, DashStyle::Dash, DashStyle::Dot,
                                 DashStyle::DashDot, DashStyle::DashDotDot};
constexpr qsizetype kMarkerCount = std::size(kMarkers);
constexpr qsizetype kDashCount = std::size(kDashes);

void sortNames(QStringList& names) {
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const int c = QString::compare(a, b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
}

} // namespace

FamilyStyles::FamilyStyles(QStringList families, const FigureStyle& style)
    : m_promptings{prompting::standard}
    , m_palette(style.palette.isEmpty() ? FigureStyle::okabeIto() : style.palette)
    , m_varyMarkers(style.varyMarkers)
    , m_varyDashes(style.varyDashes) {
    families.removeDuplicates();
    sortNames(families);
    m_families = families;
    for (qsizetype i = 0; i < m_families.size(); ++i)
        m_styles.insert(m_families[i], slot(i, i));
    m_unknownSlot = m_families.size();
}

FamilyStyles::FamilyStyles(const QList<Assignment>& assignments, QStringList promptings,
                           const FigureStyle& style)
    : m_promptings(std::move(promptings))
    , m_palette(style.palette.isEmpty() ? FigureStyle::okabeIto() : style.palette)
    , m_varyMarkers(style.varyMarkers)
    , m_varyDashes(style.varyDashes) {
    for (const Assignment& a : assignments) {
        if (m_styles.contains(a.family))
            continue;
        m_families.append(a.family);
        m_styles.insert(a.family, slot(a.colourIndex, a.rank));
        m_unknownSlot = std::max(m_unknownSlot, a.rank + 1);
    }
    sortNames(m_families);
}

SeriesStyle FamilyStyles::slot(qsizetype colourIndex, qsizetype rank) const {
    SeriesStyle s;
    s.colour = m_palette.at(colourIndex % m_palette.size());
    if (m_varyMarkers)
        s.marker = kMarkers[rank % kMarkerCount];
    if (m_varyDashes)
        s.dash = kDashes[rank % kDashCount];
    return s;
}

SeriesStyle FamilyStyles::of(const QString& family) const {
    const auto it = m_styles.constFind(family);
    return it != m_styles.cend() ? *it : slot(m_unknownSlot, m_unknownSlot);
}

SeriesStyle FamilyStyles::of(const QString& family, const QString& prompting) const {
    SeriesStyle s = of(family);
    qsizetype rank = prompting.isEmpty() ? 0 : m_promptings.indexOf(prompting);
    if (rank < 0)
        rank = m_promptings.size(); // unranked: after every known one
    // Both marker and dash move, whatever the style's vary flags say: the colour is shared, so
    // shape and dash are all that tell a family's prompting styles apart.
    s.marker = kMarkers[(qsizetype(s.marker) + rank) % kMarkerCount];
    s.dash = kDashes[(qsizetype(s.dash) + rank) % kDashCount];
    return s;
}

void FamilyStyles::addAlias(const QString& name, const QString& family, const QString& prompting) {
    m_styles.insert(name, of(family, prompting));
}

} // namespace ee
