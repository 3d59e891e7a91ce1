// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Forecast.h"

#include "analysis/SeededRandom.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace ee {

const char* smoothMetricKindName(SmoothMetricKind k) {
    switch (k) {
    case SmoothMetricKind::TargetLogProb:
        return "target_logprob";
    case SmoothMetricKind::TokenAccuracy:
        return "token_accuracy";
    case SmoothMetricKind::TokenLoss:
        return "token_loss";
    }
    return "";
}

std::optional<SmoothMetricKind> smoothMetricKindFromName(const QString& name) {
    for (auto k : {SmoothMetricKind::TargetLogProb, SmoothMetricKind::TokenAccuracy,
                   SmoothMetricKind::TokenLoss})
        if (name == QLatin1String(smoothMetricKindName(k)))
            return k;
    return std::nullopt;
}

double tokenLossForExactMatch(double tau, int answerTokens) {
    return -std::log(tau) / answerTokens;
}

namespace {

struct PowerLaw {
    bool ok = false;
    double alpha = 0.0, lnC = 0.0, rss = 0.0;
};

// ln y = α ln N − α ln c: a straight line in ln–ln with slope α and intercept −α ln c.
PowerLaw fitPowerLaw(const std::vector<double>& lnN, const std::vector<double>& lnY) {
    PowerLaw p;
    const std::size_t n = lnN.size();
    if (n < 2)
        return p;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += lnN[i];
        my += lnY[i];
    }
    mx /= static_cast<double>(n);
    my /= static_cast<double>(n);
    double sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxx += (lnN[i] - mx) * (lnN[i] - mx);
        sxy += (lnN[i] - mx) * (lnY[i] - my);
    }
    if (!(sxx > 0))
        return p;
    p.alpha = sxy / sxx;
    const double intercept = my - p.alpha * mx;
    if (p.alpha == 0.0)
        return p;
    p.lnC = -intercept / p.alpha;
    for (std::size_t i = 0; i < n; ++i) {
        const double r = lnY[i] - (intercept + p.alpha * lnN[i]);
        p.rss += r * r;
    }
    p.ok = true;
    return p;
}

// ln N* = ln c + ln(target loss)/α; defined only when the loss falls with scale (α < 0).
std::optional<double> lnNStar(const PowerLaw& p, double targetLoss) {
    if (!p.ok || !(p.alpha < 0))
        return std::nullopt;
    return p.lnC + std::log(targetLoss) / p.alpha;
}

} // namespace

ForecastResult forecastBreakthrough(const Curve& smooth, const Curve* exactMatch,
                                    const ForecastOptions& o) {
    ForecastResult r;
    if (o.answerTokens < 1 || !(o.tau > 0 && o.tau < 1)) {
        r.notes << QStringLiteral("the answer length must be ≥ 1 and τ strictly between 0 and 1");
        return r;
    }
    const PreparedCurve c = prepareCurve(smooth);
    r.notes << c.notes;
    const bool percent = o.kind == SmoothMetricKind::TokenAccuracy &&
                         std::any_of(c.y.begin(), c.y.end(), [](double v) { return v > 1.0; });
    if (percent)
        r.notes << QStringLiteral("per-token accuracy read as a percentage (values above 1)");
    int unusable = 0;
    std::vector<double> lnN, lnY;
    for (std::size_t i = 0; i < c.y.size(); ++i) {
        double loss = 0.0;
        switch (o.kind) {
        case SmoothMetricKind::TargetLogProb:
            loss = -c.y[i] / o.answerTokens;
            break;
        case SmoothMetricKind::TokenAccuracy:
            loss = -std::log(percent ? c.y[i] / 100.0 : c.y[i]);
            break;
        case SmoothMetricKind::TokenLoss:
            loss = c.y[i];
            break;
        }
        if (!(loss > 0) || !std::isfinite(loss)) {
            ++unusable; // a zero loss (certain answer) has no logarithm
            continue;
        }
        ForecastInput in{c.models.at(static_cast<qsizetype>(i)), c.x[i], loss, false};
        in.usedInFit = !o.fitMaxScale || c.x[i] <= *o.fitMaxScale;
        if (in.usedInFit) {
            lnN.push_back(std::log(c.x[i]));
            lnY.push_back(std::log(loss));
        }
        r.inputs.push_back(in);
    }
    if (unusable)
        r.notes << QStringLiteral("%1 point(s) with a per-token loss of 0 or below (or not a "
                                  "number) left out")
                       .arg(unusable);
    r.nFit = static_cast<int>(lnN.size());
    if (std::set<double>(lnN.begin(), lnN.end()).size() < 3) {
        r.notes << QStringLiteral(
                       "forecast: too few points (%1 distinct scales, at least 3 needed)")
                       .arg(std::set<double>(lnN.begin(), lnN.end()).size());
    } else {
        const PowerLaw p = fitPowerLaw(lnN, lnY);
        r.ok = p.ok;
        r.alpha = p.alpha;
        r.c = std::exp(p.lnC);
        r.rssLog = p.rss;
        const double target = tokenLossForExactMatch(o.tau, o.answerTokens);
        if (const auto ln = lnNStar(p, target))
            r.nStar = std::exp(*ln);
        else
            r.notes << QStringLiteral("the per-token loss does not fall with scale (α ≥ 0): no "
                                      "crossing to forecast");
        if (r.nStar && o.bootstrapSamples > 0) {
            std::mt19937_64 rng(o.seed);
            std::vector<double> draws;
            const std::size_t n = lnN.size();
            std::vector<double> bx(n), by(n);
            for (int rep = 0; rep < o.bootstrapSamples; ++rep) {
                std::set<double> distinct;
                for (std::size_t i = 0; i < n; ++i) {
                    const std::size_t j = uniformIndex(rng, n);
                    bx[i] = lnN[j];
                    by[i] = lnY[j];
                    distinct.insert(bx[i]);
                }
                if (distinct.size() < 2)
                    continue;
                if (const auto ln = lnNStar(fitPowerLaw(bx, by), target))
                    draws.push_back(*ln);
            }
            r.bootstrapUsed = static_cast<int>(draws.size());
            if (draws.size() >= 2) {
                const double a = (1.0 - o.level) / 2.0;
                r.nStarInterval = ParamInterval{std::exp(percentileLinear(draws, a)),
                                                std::exp(percentileLinear(draws, 1.0 - a))};
            }
            if (r.bootstrapUsed < o.bootstrapSamples)
                r.notes << QStringLiteral("%1 of %2 bootstrap replicates had a rising loss or one "
                                          "scale and were left out")
                               .arg(o.bootstrapSamples - r.bootstrapUsed)
                               .arg(o.bootstrapSamples);
        }
    }
    if (exactMatch) {
        const PreparedCurve em = prepareCurve(*exactMatch);
        const bool emPercent =
            std::any_of(em.y.begin(), em.y.end(), [](double v) { return v > 1.0; });
        const double level = emPercent ? 100.0 * o.tau : o.tau;
        for (std::size_t i = 0; i < em.y.size(); ++i) {
            if (em.y[i] >= level) {
                r.observedCrossing = em.x[i];
                r.observedModel = em.models.at(static_cast<qsizetype>(i));
                break;
            }
        }
        if (!r.observedCrossing)
            r.notes << QStringLiteral("exact match never reaches τ = %1 in the data").arg(o.tau);
        if (r.observedCrossing && r.nStar)
            r.errorDecades = std::log10(*r.nStar / *r.observedCrossing);
    }
    return r;
}

} // namespace ee
