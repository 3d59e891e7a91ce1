// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/YAxisMode.h"

#include "figure/FigureSpecNames.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace ee {

namespace {

// What the y-axis menu says (the saved names are in FigureSpecNames.h).
constexpr figureNames::NamedValue<YAxisMode> kLabels[] = {
    {YAxisMode::Full, QT_TRANSLATE_NOOP("YAxisMode", "Full range")},
    {YAxisMode::Fit, QT_TRANSLATE_NOOP("YAxisMode", "Fit to data")},
    {YAxisMode::Log, QT_TRANSLATE_NOOP("YAxisMode", "Log")},
    {YAxisMode::Logit, QT_TRANSLATE_NOOP("YAxisMode", "Logit")},
    {YAxisMode::Normalised, QT_TRANSLATE_NOOP("YAxisMode", "Normalised score")}};

double logit(double p) {
    return std::log(p / (1.0 - p));
}

QString valueLabel(double v) {
    return QString::number(v, 'g', 4);
}

QList<AxisTick> logValueTicks(double lo, double hi) {
    // Decades when there are at least three, else 1-2-5 steps, else 1…9.
    return AxisTicks::mantissaTicks(lo, hi, {{1}, {1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}},
                                    valueLabel);
}

QList<AxisTick> logitTicks(double lo, double hi) {
    static const QList<double> fine = {0.0001, 0.001, 0.01, 0.02,  0.05,  0.1, 0.2,
                                       0.3,    0.4,   0.5,  0.6,   0.7,   0.8, 0.9,
                                       0.95,   0.98,  0.99, 0.999, 0.9999};
    static const QList<double> coarse = {0.0001, 0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999};
    QList<AxisTick> ticks;
    for (const QList<double>* ladder : {&fine, &coarse}) {
        ticks.clear();
        for (double p : *ladder) {
            const double y = logit(p);
            if (y >= lo && y <= hi)
                ticks.append({y, valueLabel(p)});
        }
        if (ticks.size() <= 9)
            break;
    }
    if (ticks.size() >= 3)
        return ticks;
    // A narrow range (0.5–0.65): even steps in probability, placed on the logit scale.
    const auto probability = [](double y) { return 1.0 / (1.0 + std::exp(-y)); };
    ticks.clear();
    for (const AxisTick& t : AxisTicks::linearTicks(probability(lo), probability(hi), 5))
        if (t.position > 0.0 && t.position < 1.0)
            ticks.append({logit(t.position), t.label});
    return ticks;
}

} // namespace

QString yAxisModeName(YAxisMode mode) {
    return figureNames::nameOf(figureNames::kYAxisModes, mode);
}

std::optional<YAxisMode> yAxisModeFromName(const QString& name) {
    return figureNames::valueOf(figureNames::kYAxisModes, name);
}

QString yAxisModeLabel(YAxisMode mode) {
    // Translated for the menu (QtCore; the command line installs no translator).
    return QCoreApplication::translate("YAxisMode",
                                       figureNames::nameOf(kLabels, mode).toUtf8().constData());
}

std::optional<double> YMapping::map(double value, bool* clipped) const {
    switch (mode) {
    case YAxisMode::Full:
    case YAxisMode::Fit:
        return value;
    case YAxisMode::Log:
        if (!(value > 0))
            return std::nullopt;
        return std::log10(value);
    case YAxisMode::Logit: {
        const double p = std::clamp(value, kLogitClip, 1.0 - kLogitClip);
        if (clipped)
            *clipped = p != value;
        return logit(p);
    }
    case YAxisMode::Normalised:
        return (value - chance) / (perfect - chance);
    }
    return value;
}

QList<AxisTick> yAxisTicks(YAxisMode mode, double lo, double hi) {
    if (mode == YAxisMode::Log)
        return logValueTicks(lo, hi);
    if (mode == YAxisMode::Logit)
        return logitTicks(lo, hi);
    return AxisTicks::linearTicks(lo, hi, 5);
}

} // namespace ee
