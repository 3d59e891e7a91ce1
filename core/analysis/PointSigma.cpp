// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PointSigma.h"

#include "model/BinomialInterval.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace ee {

namespace {

// The σ sources are sentences shown in the Analysis panel: translated in the app, English in
// the command line (which installs no translator). Context shared with CurveAnalysis.
struct SigmaText {
    Q_DECLARE_TR_FUNCTIONS(CurveAnalysis)
};

template <typename T> double medianOf(std::vector<T> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? static_cast<double>(v[n / 2])
                 : 0.5 * (static_cast<double>(v[n / 2 - 1]) + static_cast<double>(v[n / 2]));
}

constexpr double kLevel = 0.95;

// The 95 % binomial interval (0–1) of a share of n examples; nullopt under Bootstrap.
std::optional<std::pair<double, double>> binomial(double share, qint64 n, ee::IntervalMethod m) {
    if (m == ee::IntervalMethod::Wilson)
        return wilsonScoreInterval(share, static_cast<double>(n),
                                   ee::normalQuantile(0.5 + kLevel / 2));
    if (m == ee::IntervalMethod::ClopperPearson) {
        const auto k = std::llround(share * static_cast<double>(n));
        const ee::Interval ci = ee::clopperPearsonInterval(k, n, kLevel);
        return std::pair(ci.low, ci.high);
    }
    return std::nullopt;
}

QString methodLabel(ee::IntervalMethod m) {
    return m == ee::IntervalMethod::ClopperPearson ? QStringLiteral("Clopper–Pearson")
                                                   : QStringLiteral("Wilson");
}

} // namespace

std::vector<PointUncertainty> pointUncertainties(const PreparedCurve& c,
                                                 ee::IntervalMethod method) {
    const double z = ee::normalQuantile(0.5 + kLevel / 2);
    std::vector<PointUncertainty> out(c.y.size());
    for (std::size_t i = 0; i < c.y.size(); ++i) {
        PointUncertainty& p = out[i];
        p.model = c.models.value(static_cast<qsizetype>(i));
        p.x = c.x[i];
        p.y = c.y[i];
        p.n = c.n[i];
        const std::optional<double> se = c.stderr_[i];
        std::optional<std::pair<double, double>> bin;
        if (c.share[i] && c.n[i] && c.proportionScale) {
            if (const auto b = binomial(*c.share[i], *c.n[i], method)) {
                // Onto the curve's y scale (raw, or BIG-bench normalised).
                const double a = (b->first * *c.proportionScale - c.yShift) * c.yFactor;
                const double d = (b->second * *c.proportionScale - c.yShift) * c.yFactor;
                bin = std::pair(std::min(a, d), std::max(a, d));
            }
        }
        if (se && *se > 0)
            p.sigma = se;
        else if (bin) {
            p.sigma = (bin->second - bin->first) / (2 * z);
            p.sigmaFromInterval = true;
        }
        // The interval shown: what was published first, as the charts draw it.
        if (c.ciLow[i] && c.ciHigh[i]) {
            p.low = c.ciLow[i], p.high = c.ciHigh[i];
            p.source = QStringLiteral("published");
        } else if (se && *se > 0) {
            p.low = c.y[i] - *se, p.high = c.y[i] + *se;
            p.source = QStringLiteral("standard_error");
        } else if (bin) {
            p.low = bin->first, p.high = bin->second;
            p.source = ee::intervalMethodName(method);
        } else if (se) {
            p.low = c.y[i] - *se, p.high = c.y[i] + *se;
            p.source = QStringLiteral("standard_error");
        }
    }
    return out;
}

std::pair<double, QString> typicalSigma(const PreparedCurve& c, ee::IntervalMethod method) {
    std::vector<double> sigmas;
    qsizetype fromIntervals = 0;
    for (const PointUncertainty& p : pointUncertainties(c, method))
        if (p.sigma) {
            sigmas.push_back(*p.sigma);
            fromIntervals += p.sigmaFromInterval ? 1 : 0;
        }
    if (!sigmas.empty()) {
        const auto count = static_cast<qsizetype>(sigmas.size());
        if (fromIntervals == 0)
            return {medianOf(sigmas), SigmaText::tr("median standard error of the points")};
        const QString interval =
            SigmaText::tr("(high − low)/(2·1.96) of the 95 % %1 interval from n")
                .arg(methodLabel(method));
        if (fromIntervals == count)
            return {medianOf(sigmas),
                    SigmaText::tr("median over the points of %1 (no standard error published)")
                        .arg(interval)};
        return {medianOf(sigmas),
                SigmaText::tr("median over the points of the published standard error, or "
                              "where it is missing or 0, %1 (%2 of %3 points)")
                    .arg(interval)
                    .arg(fromIntervals)
                    .arg(count)};
    }
    std::vector<qint64> ns;
    for (const auto& n : c.n)
        if (n && *n > 0)
            ns.push_back(*n);
    if (!ns.empty() && c.range)
        return {c.range->span() / std::sqrt(medianOf(ns)),
                SigmaText::tr("metric range / sqrt(median number of examples)")};
    if (c.range)
        return {0.01 * c.range->span(),
                SigmaText::tr("1 % of the metric's range (%1)").arg(c.range->source)};
    double big = 0.0;
    for (double v : c.y)
        big = std::max(big, std::abs(v));
    return {0.01 * big, SigmaText::tr("1 % of the largest |value| (metric range unknown)")};
}

} // namespace ee
