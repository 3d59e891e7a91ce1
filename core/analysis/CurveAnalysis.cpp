// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/CurveAnalysis.h"

#include "analysis/PointSigma.h"
#include "analysis/ReferenceSigmoidFit.h"
#include "analysis/SeededRandom.h"
#include "platform/ParallelJobs.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace ee {

const char* preferredName(FitComparison::Preferred p) {
    switch (p) {
    case FitComparison::Preferred::LogLinear:
        return "log_linear";
    case FitComparison::Preferred::Sigmoid:
        return "sigmoid";
    case FitComparison::Preferred::None:
        break;
    }
    return "none";
}

QStringList CurveFlags::names() const {
    QStringList out;
    if (flat)
        out << QStringLiteral("flat");
    if (inverseScaling)
        out << QStringLiteral("inverse_scaling");
    if (uShaped)
        out << QStringLiteral("u_shaped");
    if (emergent)
        out << QStringLiteral("emergent");
    if (smooth)
        out << QStringLiteral("smooth");
    return out;
}

namespace {

// The sentences' translation context (QtCore only: the app installs a translator, the
// command line never does, so its output stays English).
struct AnalysisText {
    Q_DECLARE_TR_FUNCTIONS(CurveAnalysis)
};

} // namespace

CurveFlags computeFlags(const PreparedCurve& c, const FitComparison* fit, double sigma,
                        const QString& sigmaSource, const FlagThresholds& t) {
    CurveFlags f;
    f.sigma = sigma;
    f.sigmaSource = sigmaSource;
    f.thresholds = t;
    const std::size_t n = c.y.size();
    if (n == 0)
        return f;
    const auto [lo, hi] = std::minmax_element(c.y.begin(), c.y.end());
    f.d = *hi - *lo;
    f.flat = f.d < t.flatSigmas * sigma || f.d == 0.0;
    f.inverseScaling = !f.flat && emergenceIndex(c.y) < 0;
    const std::size_t iMin = static_cast<std::size_t>(lo - c.y.begin()); // first on ties
    f.uShaped = n >= 3 && iMin > 0 && iMin + 1 < n && c.y.front() - *lo > t.uShapeSigmas * sigma &&
                c.y.back() - *lo > t.uShapeSigmas * sigma;
    if (fit && fit->preferred == FitComparison::Preferred::Sigmoid && fit->sigmoid.ok && !f.flat) {
        const double rise = fit->sigmoid.at(c.u.back()) - fit->sigmoid.at(c.u.front());
        f.emergent = fit->sigmoid.widthDecades() <= t.emergentMaxWidthDecades &&
                     rise >= t.emergentMinRiseFraction * f.d;
    }
    f.smooth = !f.flat && !f.emergent;
    return f;
}

SigmoidConstraints sigmoidConstraintsFor(const PreparedCurve& c) {
    SigmoidConstraints s;
    s.floor = c.floor;
    s.ceiling = c.ceiling;
    if (c.range)
        s.lowest = c.range->min;
    if (s.floor && s.ceiling && *s.ceiling < *s.floor)
        s.ceiling.reset(); // a metric where lower is better: leave h free
    return s;
}

namespace {

FitComparison::Preferred choose(const LogLinearFit& lin, const SigmoidFit& sig, double tie,
                                std::optional<double>* delta, QString* reason) {
    if (!sig.ok) {
        if (reason)
            *reason = AnalysisText::tr("the sigmoid fit failed; log-linear kept");
        return lin.ok ? FitComparison::Preferred::LogLinear : FitComparison::Preferred::None;
    }
    if (!lin.ok)
        return FitComparison::Preferred::None;
    if (!lin.aicc || !sig.aicc) {
        if (reason)
            *reason = AnalysisText::tr("too few points for AICc to compare the models (the "
                                       "sigmoid needs n ≥ %1); the simpler log-linear model kept")
                          .arg(sig.parameters + 3);
        return FitComparison::Preferred::LogLinear;
    }
    const double d = *sig.aicc - *lin.aicc;
    if (delta)
        *delta = d;
    if (d <= -tie) {
        if (reason)
            *reason =
                AnalysisText::tr("sigmoid: AICc lower by %1 (≥ %2)").arg(-d, 0, 'g', 4).arg(tie);
        return FitComparison::Preferred::Sigmoid;
    }
    if (reason)
        *reason =
            d < tie
                ? AnalysisText::tr("tie (|ΔAICc| < %1): the simpler log-linear model kept").arg(tie)
                : AnalysisText::tr("log-linear: AICc lower by %1").arg(d, 0, 'g', 4);
    return FitComparison::Preferred::LogLinear;
}

std::optional<ParamInterval> interval(const std::vector<double>& v, double level) {
    if (v.size() < 2)
        return std::nullopt;
    const double a = (1.0 - level) / 2.0;
    return ParamInterval{percentileLinear(v, a), percentileLinear(v, 1.0 - a)};
}

FitBootstrap bootstrapFits(const PreparedCurve& c, const FitComparison& full,
                           const SigmoidConstraints& sc, const AnalysisOptions& o) {
    FitBootstrap b;
    b.over = o.exampleResampler ? QStringLiteral("examples") : QStringLiteral("models");
    b.requested = o.fit.bootstrapSamples;
    b.seed = o.fit.seed;
    b.level = o.fit.level;
    std::mt19937_64 rng(o.fit.seed);
    std::vector<double> va, vb, vm, vk, vw, vh, vf;
    int sigmoidPreferred = 0;
    const std::size_t n = c.y.size();
    std::vector<double> u(n), y(n);
    for (int rep = 0; rep < o.fit.bootstrapSamples; ++rep) {
        if (o.exampleResampler) {
            std::vector<double> raw = o.exampleResampler(rng);
            if (raw.size() != n)
                continue;
            u = c.u;
            for (std::size_t i = 0; i < n; ++i)
                y[i] = (raw[i] - c.yShift) * c.yFactor;
        } else {
            std::set<double> distinct;
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t j = uniformIndex(rng, n);
                u[i] = c.u[j];
                y[i] = c.y[j];
                distinct.insert(u[i]);
            }
            if (distinct.size() < 3)
                continue; // a replicate with one or two scales cannot support either fit
        }
        const LogLinearFit lin = fitLogLinear(u, y);
        const SigmoidFit sig = o.fit.referenceFitter
                                   ? fitSigmoidReference(u, y, sc, &full.sigmoid, false)
                                   : refitSigmoid(u, y, sc, full.sigmoid);
        if (!lin.ok || !sig.ok)
            continue;
        ++b.used;
        va.push_back(lin.a);
        vb.push_back(lin.b);
        vm.push_back(sig.m);
        vk.push_back(sig.k);
        vw.push_back(sig.widthDecades());
        vh.push_back(sig.ceiling);
        vf.push_back(sig.floor);
        if (choose(lin, sig, o.fit.aiccTie, nullptr, nullptr) == FitComparison::Preferred::Sigmoid)
            ++sigmoidPreferred;
    }
    b.a = interval(va, b.level);
    b.b = interval(vb, b.level);
    b.m = interval(vm, b.level);
    b.k = interval(vk, b.level);
    b.width = interval(vw, b.level);
    b.ceiling = interval(vh, b.level);
    if (!sc.floor)
        b.floor = interval(vf, b.level);
    b.sigmoidPreferredShare = b.used ? static_cast<double>(sigmoidPreferred) / b.used : 0.0;
    return b;
}

} // namespace

std::optional<FitComparison> compareFits(const PreparedCurve& c, const AnalysisOptions& o,
                                         QStringList& notes) {
    const qsizetype n = c.size();
    if (n < o.fit.minPoints) {
        notes << AnalysisText::tr("fits: too few points (%1, at least %2 needed)")
                     .arg(n)
                     .arg(o.fit.minPoints);
        return std::nullopt;
    }
    if (std::set<double>(c.u.begin(), c.u.end()).size() < 3) {
        notes << AnalysisText::tr("fits: fewer than 3 distinct scales");
        return std::nullopt;
    }
    if (std::adjacent_find(c.y.begin(), c.y.end(), std::not_equal_to<>()) == c.y.end()) {
        // Any sigmoid with h = f fits a constant exactly: its m and k would be made up.
        notes << AnalysisText::tr(
            "fits: every point has the same value; there is no change to fit");
        return std::nullopt;
    }
    FitComparison fc;
    const SigmoidConstraints sc = sigmoidConstraintsFor(c);
    fc.logLinear = fitLogLinear(c.u, c.y);
    fc.sigmoid =
        o.fit.referenceFitter ? fitSigmoidReference(c.u, c.y, sc) : fitSigmoid(c.u, c.y, sc);
    if (!sc.floor)
        fc.sigmoid.notes << AnalysisText::tr("floor fitted (the task's chance level is unknown)");
    fc.preferred = choose(fc.logLinear, fc.sigmoid, o.fit.aiccTie, &fc.deltaAicc, &fc.reason);
    if (o.fit.bootstrapSamples > 0)
        fc.bootstrap = bootstrapFits(c, fc, sc, o);
    return fc;
}

CurveStats analyzeCurve(const Curve& curve, const AnalysisOptions& options) {
    CurveStats s;
    s.key = curve.key;
    s.axis = curve.axis;
    PreparedCurve c = prepareCurve(curve, options.yScale, options.metricRange);
    if (!c.floor && options.floor) {
        c.floor = (*options.floor - c.yShift) * c.yFactor;
        c.notes
            << AnalysisText::tr("floor (chance level) %1 given by the user").arg(*options.floor);
    }
    s.yScale = c.yScale;
    s.nPoints = c.size();
    s.notes = c.notes;
    s.emergenceIndex = emergenceIndex(c.y);
    s.breakthroughness = breakthroughness(c.y);
    s.linearity = linearityUnconfirmed(c.y);
    if (!s.breakthroughness.isDefined())
        s.notes << QStringLiteral("breakthroughness: ") + s.breakthroughness.note;
    if (!s.linearity.isDefined())
        s.notes << QStringLiteral("linearity: ") + s.linearity.note;
    if (options.fits)
        s.fit = compareFits(c, options, s.notes);
    s.points = pointUncertainties(c, options.interval);
    s.interval = options.interval;
    auto [sigma, source] = typicalSigma(c, options.interval);
    if (options.sigma) {
        sigma = *options.sigma;
        source = QStringLiteral("given");
    }
    s.flags = computeFlags(c, s.fit ? &*s.fit : nullptr, sigma, source, options.flags);
    return s;
}

QList<CurveStats> analyzeCurves(const QList<Curve>& curves, const AnalysisOptions& options) {
    std::vector<CurveStats> out(static_cast<std::size_t>(curves.size()));
    const qsizetype n = curves.size();
    // Curves differ a hundredfold in cost (points, bootstrap), so the workers take the next
    // curve as they finish instead of half the list each. Each writes only the slot it took;
    // `out` is never resized meanwhile.
    parallelForEach(std::size_t(n), std::min(2, threadCount(0)), [&](std::size_t i) {
        out[i] = analyzeCurve(curves.at(qsizetype(i)), options);
    });
    return QList<CurveStats>(out.begin(), out.end());
}

} // namespace ee
