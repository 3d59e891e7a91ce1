// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"
#include "figure/YAxisMode.h"
#include "model/Curve.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace ee {

/// \brief The y mapping a panel can actually use for its curves, and why when it is not the
/// one asked for.
struct YAxisChoice {
    YAxisMode mode = YAxisMode::Fit;
    QList<YMapping> mappings; ///< one per curve, in order
    /// [lo, hi] in plot coordinates that the axis must hold (Full and Normalised: the metric's
    /// whole range); unset = fit to the data.
    std::optional<std::pair<double, double>> fullRange;
    QString note; ///< e.g. "Normalised score needs the chance level: unknown for …"
};

/// \brief Decides the y mapping of `panel.yAxis` for `curves`:
/// - Full: the metric's range (model/MetricRange) when the values stay inside it, else fit;
/// - Log: always possible (values at zero or below are dropped by the caller);
/// - Logit: only for 0–1 proportions, else Full with a note;
/// - Normalised: only when every curve's chance level (ee::chanceLevelOf()) and perfect score
///   (its `high`, else the metric range's top) are known and differ, else Full with a note.
YAxisChoice chooseYAxis(const QList<Curve>& curves, const PanelSpec& panel);

} // namespace ee
