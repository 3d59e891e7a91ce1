// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Curve.h"

#include <QList>
#include <QString>

namespace ee {

/// \brief Curves as the CSV people paste into a spreadsheet: one row per point, columns
/// `task,subtask,metric,family,shots,prompting,x_axis,model,x,value,stderr,ci_low,ci_high,n`.
/// The one writer behind `emergence curves --format csv` and the app's Edit → Copy chart
/// data, so both give the same columns in the same order and number format.
///
/// Numbers are the shortest text that reads back to the same double; unknown ones are empty.
/// Text cells that would start a spreadsheet formula get a leading `'` unless `raw`
/// (io/SafeCsv.h), then are quoted when needed. `xAxisName`, when set, fills the x_axis column
/// instead of each curve's scale axis (`curves --x pc1`: x holds capability PC scores).
QString curvesCsv(const QList<Curve>& curves, bool raw = false,
                  const QString& xAxisName = QString());

} // namespace ee
