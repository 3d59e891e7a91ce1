// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/FamilyStyles.h"

#include <algorithm>

namespace ee {

namespace {
// Markers and dashes chosen to stay distinguishable at 4–5 pt on paper.
constexpr MarkerShape kMarkers[] = {MarkerShape::Circle,   MarkerShape::Square,
                                    MarkerShape::Triangle, MarkerShape::Diamond,
                                    MarkerShape::Pentagon, MarkerShape::Star};
constexpr DashStyle kDashes[] = {DashStyle::Solid, DashStyle::Dash, DashStyle::Dot,
                                 DashStyle::DashDot, DashStyle::DashDotDot};
} // namespace

FamilyStyles::FamilyStyles(QStringList families, const FigureStyle& style)
    : m_palette(style.palette.isEmpty() ? FigureStyle::okabeIto() : style.palette)
    , m_varyMarkers(style.varyMarkers)
    , m_varyDashes(style.varyDashes) {
    families.removeDuplicates();
    std::sort(families.begin(), families.end(), [](const QString& a, const QString& b) {
        const int c = QString::compare(a, b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    m_families = families;
    for (qsizetype i = 0; i < m_families.size(); ++i)
        m_index.insert(m_families[i], i);
}

SeriesStyle FamilyStyles::slot(qsizetype i) const {
    SeriesStyle s;
    s.colour = m_palette.at(i % m_palette.size());
    if (m_varyMarkers)
        s.marker = kMarkers[i % std::size(kMarkers)];
    if (m_varyDashes)
        s.dash = kDashes[i % std::size(kDashes)];
    return s;
}

SeriesStyle FamilyStyles::of(const QString& family) const {
    const auto it = m_index.constFind(family);
    return slot(it != m_index.cend() ? *it : m_families.size());
}

} // namespace ee
