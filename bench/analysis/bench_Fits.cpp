// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the curve fits (issue 19) on the REAL bundled data (datasets/), the fast fitter
// against the reference fitter (the code before issue 19, kept in core as the oracle) in the
// same run: sigmoid fits per second, and `emergence analyze`'s default work (fits and 200
// bootstrap replicates per curve) on all curves. The reference analysis of every curve takes
// minutes, so by default it runs on the 186 ObsScaling emergent-task curves only;
// EE_BENCH_FULL=1 runs it on all (then set QTEST_FUNCTION_TIMEOUT=3600000).
#include "analysis/CurveAnalysis.h"
#include "analysis/ReferenceSigmoidFit.h"
#include "analysis/SeededRandom.h"
#include "io/DataLoader.h"

#include <QElapsedTimer>
#include <QTest>
#include <ctime>
#include <random>
#include <set>

using namespace ee;

namespace {

struct Fittable {
    PreparedCurve curve;
    SigmoidConstraints constraints;
    SigmoidFit full;            ///< the fast full-data fit, the bootstrap's warm start
    std::vector<double> ru, ry; ///< one bootstrap resample of the points (seed 1)
};

double seconds(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) * 1e-9;
}

} // namespace

class BenchFits : public QObject {
    Q_OBJECT
    QList<Curve> m_curves;
    std::vector<Fittable> m_fittable;

    /// Wall time of analyzeCurves() over `curves` with the CLI's defaults; `cpu` gets the
    /// process's CPU time (both threads), which a busy shared machine does not inflate.
    static double analyzeSeconds(const QList<Curve>& curves, bool reference, double& cpu) {
        AnalysisOptions o;
        o.fit.bootstrapSamples = 200;
        o.fit.referenceFitter = reference;
        QElapsedTimer t;
        t.start();
        const std::clock_t c0 = std::clock();
        const QList<CurveStats> stats = analyzeCurves(curves, o);
        cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
        const double s = seconds(t);
        if (stats.size() != curves.size())
            qFatal("analyzeCurves lost curves");
        return s;
    }

    /// Best of three wall times of fitting every fittable curve with `fit`.
    template <typename Fit> double bestFitSeconds(Fit fit) {
        double best = 1e300;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            for (const Fittable& f : m_fittable)
                if (!fit(f).ok)
                    qFatal("a sigmoid fit failed");
            best = std::min(best, seconds(t));
        }
        return best;
    }

private slots:
    void initTestCase() {
        const ImportResult r = DataLoader::load({QStringLiteral(EE_BENCH_DATASETS)});
        QVERIFY(!r.table.isEmpty());
        m_curves = r.table.curves(CurveFilter{}, ScaleAxis::Params);
        for (const Curve& c : m_curves) {
            Fittable f;
            f.curve = prepareCurve(c);
            if (f.curve.size() < 4 ||
                std::set<double>(f.curve.u.begin(), f.curve.u.end()).size() < 3)
                continue;
            f.constraints = sigmoidConstraintsFor(f.curve);
            f.full = fitSigmoid(f.curve.u, f.curve.y, f.constraints);
            // A resample as the bootstrap draws it; one with fewer than 3 scales is redrawn.
            std::mt19937_64 rng(1);
            const std::size_t n = f.curve.y.size();
            do {
                f.ru.assign(n, 0.0);
                f.ry.assign(n, 0.0);
                for (std::size_t i = 0; i < n; ++i) {
                    const std::size_t j = uniformIndex(rng, n);
                    f.ru[i] = f.curve.u[j];
                    f.ry[i] = f.curve.y[j];
                }
            } while (std::set<double>(f.ru.begin(), f.ru.end()).size() < 3);
            m_fittable.push_back(std::move(f));
        }
        qInfo("bundled data: %lld curves, %zu with enough points and scales to fit",
              static_cast<long long>(m_curves.size()), m_fittable.size());
    }

    void sigmoidFitsPerSecond_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("full-data fit, 42 starts each") << 0;
        QTest::newRow("replicate fit, the same 13 starts each") << 1;
        QTest::newRow("replicate fit, old 13 starts vs new warm start + screen") << 2;
    }
    void sigmoidFitsPerSecond() {
        QFETCH(int, mode);
        // The bootstrap's replicate fits are timed on the full data: what differs is the
        // minimiser and its starts, not the resampling.
        const auto fast = [&](const Fittable& f) {
            const auto& [u, y] = std::pair{f.curve.u, f.curve.y};
            if (mode == 0)
                return fitSigmoid(u, y, f.constraints);
            return mode == 1 ? fitSigmoid(u, y, f.constraints, &f.full, false)
                             : refitSigmoid(u, y, f.constraints, f.full);
        };
        const auto reference = [&](const Fittable& f) {
            return mode == 0
                       ? fitSigmoidReference(f.curve.u, f.curve.y, f.constraints)
                       : fitSigmoidReference(f.curve.u, f.curve.y, f.constraints, &f.full, false);
        };
        const double tFast = bestFitSeconds(fast), tRef = bestFitSeconds(reference);
        const double n = static_cast<double>(m_fittable.size());
        qInfo("%zu curves: reference %.0f fits/s, fast %.0f fits/s, ratio %.1f×", m_fittable.size(),
              n / tRef, n / tFast, tRef / tFast);
    }

    void analyzeDefaults() {
        const ImportResult subset = DataLoader::load(
            {QStringLiteral(EE_BENCH_DATASETS "/obsscaling_emergent_capability.csv")});
        const QList<Curve> emergent = subset.table.curves(CurveFilter{}, ScaleAxis::Params);
        double cpuFast = 0, cpuRef = 0;
        const double subsetFast = analyzeSeconds(emergent, false, cpuFast);
        const double subsetRef = analyzeSeconds(emergent, true, cpuRef);
        qInfo("analyze, 200 bootstrap replicates, %lld ObsScaling emergent-task curves: reference "
              "%.2f s (CPU %.2f s), fast %.2f s (CPU %.2f s), ratio %.1f× (CPU %.1f×)",
              static_cast<long long>(emergent.size()), subsetRef, cpuRef, subsetFast, cpuFast,
              subsetRef / subsetFast, cpuRef / cpuFast);
        const double allFast = analyzeSeconds(m_curves, false, cpuFast);
        if (qEnvironmentVariableIntValue("EE_BENCH_FULL") == 1) {
            const double allRef = analyzeSeconds(m_curves, true, cpuRef);
            qInfo("analyze, all %lld bundled curves: reference %.1f s (CPU %.1f s), fast %.2f s "
                  "(CPU %.2f s), ratio %.1f× (CPU %.1f×)",
                  static_cast<long long>(m_curves.size()), allRef, cpuRef, allFast, cpuFast,
                  allRef / allFast, cpuRef / cpuFast);
        } else {
            qInfo("analyze, all %lld bundled curves: fast %.2f s (CPU %.2f s); EE_BENCH_FULL=1 "
                  "adds the reference (minutes)",
                  static_cast<long long>(m_curves.size()), allFast, cpuFast);
        }
    }
};

QTEST_APPLESS_MAIN(BenchFits)
#include "bench_Fits.moc"
