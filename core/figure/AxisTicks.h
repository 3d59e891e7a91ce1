// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ModelScale.h"

#include <QList>
#include <QString>
#include <functional>

namespace ee {

/// \brief One labelled tick. `position` is in plot coordinates: log10(scale) on a log axis,
/// the value itself on a linear one.
struct AxisTick {
    double position = 0.0;
    QString label;
    bool operator==(const AxisTick&) const = default;
};

/// \brief Tick positions and labels for axes, computed here (not by Qt Charts) so that a log
/// axis can carry "1B"-style labels and so that screen and file show the same ticks.
namespace AxisTicks {

/// \brief A scale in plain counts as a short label: parameters and tokens as "125M", "1.3B",
/// "2T"; FLOPs as powers of ten "10²¹" or "3×10²¹". At most three significant digits, trailing
/// zeros dropped; meant for tick values (1, 2, 5 × 10^k), which it shows exactly.
QString formatScale(double value, ScaleAxis axis);

/// \brief Ticks for a log axis spanning [log10Min, log10Max] (log10 of plain counts).
/// Whole decades when the span holds at least two of them (every other decade past 8), else
/// 1-2-5 steps, else 1…9 steps; a span under one decade gets evenly spaced values ("6B", "8B",
/// … "14B"), so every part of it has labels.
QList<AxisTick> logTicks(double log10Min, double log10Max, ScaleAxis axis);

/// \brief Ticks at m × 10^e inside [log10Min, log10Max] for the first ladder of mantissas m
/// that gives at least three (else the last ladder's), e.g. {{1, 2, 5}, {1, …, 9}}; positions
/// in log10 units, labels from `label(value)`. What logTicks() and the y axis's log mode share.
QList<AxisTick> mantissaTicks(double log10Min, double log10Max, const QList<QList<int>>& ladders,
                              const std::function<QString(double)>& label);

/// \brief "Nice" linear ticks (1, 2, 2.5, 5 × 10^k steps) inside [min, max], aiming at
/// `target` ticks; labels use the fewest decimals that tell the ticks apart, or powers of ten
/// ("2×10⁻⁷", "-3×10⁶") when that would take more than 5 decimals or the values reach 10⁶.
QList<AxisTick> linearTicks(double min, double max, int target = 5);

} // namespace AxisTicks
} // namespace ee
