// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: the fast sigmoid fitter must give the reference fitter's results (the code before
// the issue, kept in core as the oracle) on every fittable curve of the REAL bundled data, for
// the full-data fit and for the bootstrap's warm-started fit with the small start grid.
#include "analysis/CurveAnalysis.h"
#include "analysis/ReferenceSigmoidFit.h"
#include "io/DataLoader.h"

#include <QDir>
#include <QTest>
#include <cmath>
#include <set>
#include <tuple>

using namespace ee;

namespace {

/// Largest |difference| between the two fitted curves at the data's scales.
double curveGap(const SigmoidFit& a, const SigmoidFit& b, const std::vector<double>& u) {
    double gap = 0.0;
    for (double v : u)
        gap = std::max(gap, std::abs(a.at(v) - b.at(v)));
    return gap;
}

enum class Outcome { Same, FastLower, Mismatch };

/// Same: RSS not above the reference's beyond rounding, and the same fitted values at the data
/// (the parameters themselves are not unique when the rise falls between two models).
/// FastLower: different fitted values with a lower RSS: the reference stopped after its 200 steps
/// while still descending, mostly with a parameter held at its bound (see docs/analysis.md,
/// "Speed"). Anything else is a mismatch, described in `why`.
Outcome compare(const SigmoidFit& fast, const SigmoidFit& ref, const std::vector<double>& u,
                double span, QString& why) {
    if (fast.ok != ref.ok) {
        why = QStringLiteral("ok %1 vs %2").arg(fast.ok).arg(ref.ok);
        return Outcome::Mismatch;
    }
    if (!ref.ok)
        return Outcome::Same;
    // 1e-5: where the rise falls between two models both stop on a slope too flat to finish.
    const double rssTol = 1e-5 * ref.rss + 1e-12 * span * span;
    const double gap = curveGap(fast, ref, u);
    if (fast.rss <= ref.rss + rssTol && gap <= 1e-3 * span)
        return Outcome::Same;
    if (fast.rss < ref.rss)
        return Outcome::FastLower;
    why = QStringLiteral("rss %1 vs %2, fitted values differ by %3 (y range %4)")
              .arg(fast.rss, 0, 'g', 17)
              .arg(ref.rss, 0, 'g', 17)
              .arg(gap)
              .arg(span);
    return Outcome::Mismatch;
}

} // namespace

class tst_SigmoidFitter : public QObject {
    Q_OBJECT

    /// At least 4 points at 3 or more scales: what the comparison needs.
    static bool fittable(const PreparedCurve& c) {
        return c.size() >= 4 && std::set<double>(c.u.begin(), c.u.end()).size() >= 3;
    }

private slots:
    void matchesReferenceOnBundledCurves_data() {
        QTest::addColumn<QString>("file");
        // Only files that have a curve to fit: a row that compares nothing proves nothing.
        const QDir dir(QStringLiteral(EE_TEST_DATASETS));
        int rows = 0;
        for (const QString& name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
            const ImportResult data = DataLoader::load({dir.filePath(name)});
            for (const Curve& curve : data.table.curves(CurveFilter{}, ScaleAxis::Params))
                if (fittable(prepareCurve(curve))) {
                    QTest::newRow(qPrintable(name)) << dir.filePath(name);
                    ++rows;
                    break;
                }
        }
        QVERIFY2(rows >= 5, "the bundled data have at least five files with curves to fit");
    }
    void matchesReferenceOnBundledCurves() {
        QFETCH(QString, file);
        const ImportResult data = DataLoader::load({file});
        QVERIFY2(!data.table.isEmpty(), qPrintable(file));
        int compared = 0, same = 0, lower = 0;
        for (const Curve& curve : data.table.curves(CurveFilter{}, ScaleAxis::Params)) {
            const PreparedCurve c = prepareCurve(curve);
            if (!fittable(c))
                continue;
            const auto [lo, hi] = std::minmax_element(c.y.begin(), c.y.end());
            const double span = std::max(*hi - *lo, 1e-12);
            const SigmoidConstraints sc = sigmoidConstraintsFor(c);
            const SigmoidFit ref = fitSigmoidReference(c.u, c.y, sc);
            const SigmoidFit fast = fitSigmoid(c.u, c.y, sc);
            // The bootstrap's start list (the full fit first, then the small grid).
            const SigmoidFit refWarm = fitSigmoidReference(c.u, c.y, sc, &ref, false);
            const SigmoidFit fastWarm = fitSigmoid(c.u, c.y, sc, &ref, false);
            const QString label = curve.key.label();
            for (const auto& [f, r, what] :
                 {std::tuple{&fast, &ref, "full grid"}, std::tuple{&fastWarm, &refWarm, "warm"}}) {
                QString why;
                const Outcome o = compare(*f, *r, c.u, span, why);
                QVERIFY2(o != Outcome::Mismatch,
                         qPrintable(label + QStringLiteral(" (") + QLatin1String(what) +
                                    QStringLiteral("): ") + why));
                same += o == Outcome::Same;
                lower += o == Outcome::FastLower;
            }
            // The bootstrap's refit from the full fit, on the full data, must not lose it.
            const SigmoidFit again = refitSigmoid(c.u, c.y, sc, fast);
            QVERIFY2(again.ok && again.rss <= fast.rss * (1 + 1e-9) + 1e-12 * span * span,
                     qPrintable(label + QStringLiteral(": refit from the full fit lost it")));
            ++compared;
        }
        QVERIFY(compared > 0);
        qInfo("%d curves: %d fits as the reference, %d with a lower RSS than the reference",
              compared, same, lower);
    }
};

QTEST_APPLESS_MAIN(tst_SigmoidFitter)
#include "tst_SigmoidFitter.moc"
