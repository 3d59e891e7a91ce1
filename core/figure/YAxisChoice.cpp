// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/YAxisChoice.h"

#include "model/ChanceLevel.h"
#include "model/MetricRange.h"

#include <QCoreApplication>
#include <cmath>
#include <vector>

namespace ee {

namespace {

// The sentences' translation context (QtCore only: the app installs a translator, the
// command line never does, so its output stays English).
struct YAxisText {
    Q_DECLARE_TR_FUNCTIONS(YAxisChoice)
};

std::vector<double> valuesOf(const Curve& curve) {
    std::vector<double> v;
    for (const CurvePoint& p : curve.points)
        if (std::isfinite(p.value))
            v.push_back(p.value);
    return v;
}

QString curveName(const Curve& curve) {
    const QString task = curve.key.subtask.isEmpty()
                             ? curve.key.task
                             : curve.key.task + QLatin1Char('/') + curve.key.subtask;
    return QStringLiteral("%1 (%2)").arg(task, curve.key.metric);
}

/// Full range of every curve together, on identity mappings; nullopt when one is unknown.
std::optional<MetricRange> panelRange(const QList<Curve>& curves, const QString& metric) {
    std::vector<double> all;
    for (const Curve& c : curves) {
        const std::vector<double> v = valuesOf(c);
        all.insert(all.end(), v.begin(), v.end());
    }
    if (all.empty())
        return std::nullopt;
    return metricRangeHolding(metric, all);
}

YAxisChoice identity(const QList<Curve>& curves, YAxisMode mode) {
    YAxisChoice c;
    c.mode = mode;
    for (qsizetype i = 0; i < curves.size(); ++i)
        c.mappings.append(YMapping{mode, 0.0, 1.0});
    return c;
}

YAxisChoice fullRange(const QList<Curve>& curves, const QString& metric, QString note = {}) {
    YAxisChoice c = identity(curves, YAxisMode::Full);
    if (const auto r = panelRange(curves, metric))
        c.fullRange = std::make_pair(r->min, r->max);
    c.note = std::move(note);
    return c;
}

} // namespace

YAxisChoice chooseYAxis(const QList<Curve>& curves, const PanelSpec& panel) {
    const QString metric = !curves.isEmpty() ? curves.first().key.metric : panel.query.metric;
    switch (panel.yAxis) {
    case YAxisMode::Fit:
    case YAxisMode::Log:
        return identity(curves, panel.yAxis);
    case YAxisMode::Full:
        return fullRange(curves, metric);
    case YAxisMode::Logit: {
        const auto r = panelRange(curves, metric);
        if (r && r->min == 0.0 && r->max == 1.0)
            return identity(curves, YAxisMode::Logit);
        return fullRange(curves, metric,
                         YAxisText::tr("Logit needs proportions between 0 and 1, and %1 is not "
                                       "one")
                             .arg(metric));
    }
    case YAxisMode::Normalised:
        break;
    }
    YAxisChoice c;
    c.mode = YAxisMode::Normalised;
    std::optional<std::pair<double, double>> span;
    for (const Curve& curve : curves) {
        const auto ends = normalisationSpanOf(curve);
        if (const auto* gap = std::get_if<NormalisationGap>(&ends))
            return fullRange(
                curves, metric,
                (*gap == NormalisationGap::UnknownChance
                     ? YAxisText::tr("Normalised score needs the chance level, which is unknown "
                                     "for %1")
                     : YAxisText::tr("Normalised score needs a perfect score above chance, which "
                                     "is unknown for %1"))
                    .arg(curveName(curve)));
        const auto& [chance, perfect] = std::get<NormalisationSpan>(ends);
        const auto range = metricRangeHolding(curve.key.metric, valuesOf(curve));
        const YMapping map{YAxisMode::Normalised, chance.value, perfect};
        c.mappings.append(map);
        if (range) {
            const double lo = *map.map(range->min), hi = *map.map(range->max);
            span = span ? std::make_pair(std::min(span->first, lo), std::max(span->second, hi))
                        : std::make_pair(lo, hi);
        }
    }
    c.fullRange = span;
    return c;
}

} // namespace ee
