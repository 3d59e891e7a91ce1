// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QString>

namespace ee::render {

/// \brief The one `Fitter` a chart owns for `axis` (XTickFitter, YTitleFitter): the one made
/// before when it serves the same axis, else a new one; one that served an axis the chart no
/// longer has (a chart reused for another view) is deleted. `Fitter` is a direct QObject child
/// of the chart with a constructor (chart, axis) and an `axis()` accessor.
template <typename Fitter, typename Axis> Fitter* chartFitterOf(QChart* chart, Axis* axis) {
    auto* fitter = chart->findChild<Fitter*>(QString(), Qt::FindDirectChildrenOnly);
    if (fitter && fitter->axis() == axis)
        return fitter;
    delete fitter;
    return new Fitter(chart, axis);
}

} // namespace ee::render
