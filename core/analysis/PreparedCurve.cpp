// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PreparedCurve.h"

#include "model/BinomialInterval.h"
#include "model/ChanceLevel.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace ee {

namespace {

// The sentences' translation context (QtCore only: the app installs a translator, the
// command line never does, so its output stays English).
struct PreparedText {
    Q_DECLARE_TR_FUNCTIONS(PreparedCurve)
};

} // namespace

const char* yScaleName(YScale s) {
    return s == YScale::Normalised ? "normalised" : "raw";
}

PreparedCurve prepareCurve(const Curve& curve, YScale yScale,
                           std::optional<double> metricRangeOverride) {
    PreparedCurve out;
    out.key = curve.key;
    out.axis = curve.axis;
    const qsizetype total = curve.points.size();
    out.x.reserve(total);
    out.u.reserve(total);
    out.y.reserve(total);
    out.stderr_.reserve(total);
    out.n.reserve(total);
    out.proportionScale = proportionScale(curve);
    const auto finite = [](const std::optional<double>& v) {
        return v && std::isfinite(*v) ? v : std::optional<double>();
    };
    for (const CurvePoint& p : curve.points) {
        if (!std::isfinite(p.value)) {
            ++out.droppedMissingY;
            continue;
        }
        if (!p.x || !std::isfinite(*p.x)) {
            ++out.droppedMissingX;
            continue;
        }
        if (!(*p.x > 0)) {
            ++out.droppedNonPositiveX;
            continue;
        }
        out.x.push_back(*p.x);
        out.u.push_back(std::log10(*p.x));
        out.y.push_back(p.value);
        out.models.append(p.model);
        out.stderr_.push_back(p.stderr_ && std::isfinite(*p.stderr_) ? p.stderr_
                                                                     : std::optional<double>());
        out.n.push_back(p.n);
        const bool bothBounds = finite(p.ciLow) && finite(p.ciHigh);
        out.ciLow.push_back(bothBounds ? p.ciLow : std::nullopt);
        out.ciHigh.push_back(bothBounds ? p.ciHigh : std::nullopt);
        std::optional<double> share;
        if (out.proportionScale && p.n && *p.n > 0) {
            const double v = p.value / *out.proportionScale;
            if (v >= 0 && v <= 1)
                share = v;
        }
        out.share.push_back(share);
    }
    if (out.droppedMissingY)
        out.notes
            << PreparedText::tr("%1 point(s) without a value left out").arg(out.droppedMissingY);
    if (out.droppedMissingX)
        out.notes << PreparedText::tr("%1 point(s) with no known %2 left out")
                         .arg(out.droppedMissingX)
                         .arg(scaleAxisLabel(curve.axis));
    if (out.droppedNonPositiveX)
        out.notes << PreparedText::tr("%1 point(s) with a zero or negative scale left out")
                         .arg(out.droppedNonPositiveX);

    std::optional<MetricRange> range = metricRangeFor(curve.key.metric, out.y);
    if (metricRangeOverride && *metricRangeOverride > 0) {
        const double lo = range ? range->min : 0.0;
        range = MetricRange{lo, lo + *metricRangeOverride, QStringLiteral("given")};
    }
    out.floor = curve.low;
    out.ceiling =
        curve.high ? curve.high : (range ? std::optional<double>(range->max) : std::nullopt);
    out.range = range;

    if (yScale == YScale::Normalised) {
        // One rule with the chart's y menu: chance from the data's low or the cited table of
        // option counts, perfect from the data's high or the metric's range (0–100 here, as
        // BIG-bench's normalised preferred score).
        const auto span = normalisationSpanOf(curve);
        if (const auto* s = std::get_if<NormalisationSpan>(&span)) {
            const double lo = s->chance.value, scale = 100.0 / (s->perfect - lo);
            for (double& v : out.y)
                v = (v - lo) * scale;
            for (auto& e : out.stderr_)
                if (e)
                    *e = std::abs(*e * scale);
            for (std::size_t i = 0; i < out.ciLow.size(); ++i)
                if (out.ciLow[i]) {
                    const double a = (*out.ciLow[i] - lo) * scale,
                                 b = (*out.ciHigh[i] - lo) * scale;
                    out.ciLow[i] = std::min(a, b);
                    out.ciHigh[i] = std::max(a, b);
                }
            out.yScale = YScale::Normalised;
            out.yShift = lo;
            out.yFactor = scale;
            out.floor = 0.0;
            out.ceiling = 100.0;
            if (range) {
                const double a = (range->min - lo) * scale, b = (range->max - lo) * scale;
                out.range = MetricRange{std::min(a, b), std::max(a, b), range->source};
            }
            if (!curve.low)
                out.notes << PreparedText::tr("normalised with chance %1 (%2) and perfect %3")
                                 .arg(s->chance.value)
                                 .arg(s->chance.origin)
                                 .arg(s->perfect);
        } else {
            out.notes << (std::get<NormalisationGap>(span) == NormalisationGap::UnknownChance
                              ? PreparedText::tr("normalised score unavailable (the chance level "
                                                 "is unknown): raw values used")
                              : PreparedText::tr("normalised score unavailable (no perfect score "
                                                 "above chance is known): raw values used"));
        }
    }
    return out;
}

} // namespace ee
