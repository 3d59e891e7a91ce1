// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ChartView.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QScatterSeries>
#include <QString>

/// \brief What a chart view draws, read back for the GUI tests: its marker series by family,
/// each as (x, y) in plot coordinates.
inline QMap<QString, QList<QPointF>> markerSeries(const ee::ui::ChartView* view) {
    QMap<QString, QList<QPointF>> out;
    const ee::render::BuiltChart& b = view->built();
    for (auto it = b.roles.cbegin(); it != b.roles.cend(); ++it)
        if (it.value().kind == ee::render::SeriesRole::Kind::Markers)
            out.insert(view->curves()[it.value().curveIndex].key.family,
                       static_cast<const QScatterSeries*>(it.key())->points());
    return out;
}

/// \brief The y values of `points`, in order.
inline QList<double> ys(const QList<QPointF>& points) {
    QList<double> out;
    for (const QPointF& p : points)
        out << p.y();
    return out;
}
