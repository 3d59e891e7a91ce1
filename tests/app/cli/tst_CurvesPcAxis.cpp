// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence curves --x pc1|pc2|pc3` (issue #19): the Scaling chart's capability axis on the
// command line, on the bundled ObsScaling tables. PC values are those of an independent
// pure-Python PCA (see tst_CapabilityAxis).
#include "CliRun.h"
#include "cli/Commands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {
using test::Run;
using test::run;

QStringList wordUnscrambling(const QString& x) {
    return {u"curves"_s,   u"--task"_s,      u"word_unscrambling"_s,
            u"--metric"_s, u"exact_match"_s, u"--shots"_s,
            u"2"_s,        u"--x"_s,         x};
}

/// Model names of every point of the curves in a `curves --format json` output.
QSet<QString> modelsOf(const QJsonObject& o) {
    QSet<QString> out;
    for (const QJsonValue& c : o.value(u"curves"_s).toArray())
        for (const QJsonValue& p : c.toObject().value(u"points"_s).toArray())
            out.insert(p.toObject().value(u"model"_s).toString());
    return out;
}
} // namespace

class tst_CurvesPcAxis : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("EE_DATASETS_DIR", EE_TEST_DATASETS); }

    void jsonOnPc1() {
        const Run r = run(cli::runCurves, wordUnscrambling(u"pc1"_s) << u"--format"_s << u"json"_s);
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject axis = o.value(u"x_axis"_s).toObject();
        QCOMPARE(axis.value(u"name"_s).toString(), u"pc1"_s);
        QCOMPARE(axis.value(u"fitted_models"_s).toInt(), 124);
        QCOMPARE(axis.value(u"benchmarks"_s).toArray().size(), 8);
        QVERIFY(std::abs(axis.value(u"explained_variance"_s).toDouble() - 0.8430509786708746) <
                1e-9);
        QVERIFY(std::abs(axis.value(u"loadings"_s).toObject().value(u"GSM8K"_s).toDouble() -
                         0.5923689959215) < 1e-9);
        // Each curve says what its x is; the points are sorted by PC score.
        bool sawLlama = false;
        for (const QJsonValue& cv : o.value(u"curves"_s).toArray()) {
            const QJsonObject c = cv.toObject();
            QCOMPARE(c.value(u"x_axis"_s).toString(), u"pc1"_s);
            double last = -HUGE_VAL;
            for (const QJsonValue& pv : c.value(u"points"_s).toArray()) {
                const QJsonObject p = pv.toObject();
                const double x = p.value(u"x"_s).toDouble();
                QVERIFY(x >= last);
                last = x;
                if (p.value(u"model"_s).toString() == u"meta-llama/Llama-2-7b-hf"_s) {
                    QVERIFY(std::abs(x - 0.0471027814199082) < 1e-9);
                    sawLlama = true;
                }
            }
        }
        QVERIFY(sawLlama);
        // Every point of the scale-axis curves is either on the PC curves or named as without.
        const Run params =
            run(cli::runCurves, wordUnscrambling(u"params"_s) << u"--format"_s << u"json"_s);
        QCOMPARE(params.code, 0);
        const QSet<QString> all = modelsOf(QJsonDocument::fromJson(params.out.toUtf8()).object());
        const QSet<QString> on = modelsOf(o);
        QSet<QString> without;
        for (const QJsonValue& v : axis.value(u"models_without"_s).toArray()) {
            const QJsonObject m = v.toObject();
            without.insert(m.value(u"model"_s).toString());
            QVERIFY(!m.value(u"lacks"_s).toArray().isEmpty());
            if (m.value(u"model"_s).toString() == u"meta-llama/Meta-Llama-3-70B"_s)
                QCOMPARE(m.value(u"lacks"_s).toArray(), QJsonArray{u"ARC-C"_s});
        }
        QCOMPARE(without.size(), 6);
        QVERIFY(!on.intersects(without));
        QCOMPARE(on + without, all);
        // stderr names them in the chart's sentence.
        QVERIFY2(r.err.contains(u"emergence curves: 6 models have no PC score: "_s
                                u"meta-llama/Meta-Llama-3-70B (no ARC-C); "_s),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(u"PC1: 84.3 % of the variance of 8 benchmarks over 124 models"_s));
    }

    void csvOnPc2() {
        const Run r = run(cli::runCurves, wordUnscrambling(u"pc2"_s));
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 u"task,subtask,metric,family,shots,prompting,x_axis,model,x,value,"_s
                 u"stderr,ci_low,ci_high,n"_s);
        bool sawLlama = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(QLatin1Char(','));
            QCOMPARE(cells.at(6), u"pc2"_s);
            if (cells.at(7) == u"meta-llama/Llama-2-7b-hf"_s) {
                QVERIFY(std::abs(cells.at(8).toDouble() - 0.204493889149343) < 1e-9);
                sawLlama = true;
            }
        }
        QVERIFY(sawLlama);
        QVERIFY(r.err.contains(u"6 models have no PC score"_s));
        QVERIFY(r.err.contains(u"PC2: "_s));
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pc4") << wordUnscrambling(u"pc4"_s) << 2
                             << u"unknown --x 'pc4' (expected params, nonembedding_params, "_s
                                u"tokens, flops, pc1, pc2 or pc3)"_s;
        // Only curves offers the PC axis; the analyses fit against a scale.
        QTest::newRow("analyze") << (QStringList{u"analyze"_s} + wordUnscrambling(u"pc1"_s).mid(1))
                                 << 2 << u"unknown --x 'pc1'"_s;
    }
    void errors() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const Run r = run(args.first() == u"analyze"_s ? cli::runAnalyze : cli::runCurves, args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A user's file without the standard benchmarks: no axis, and the reason.
    void dataWithoutBenchmarks() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plain.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("task,family,model,params,metric,value\n"
                "T,F,m1,1e9,acc,0.1\nT,F,m2,2e9,acc,0.2\nMMLU,F,m1,1e9,score,0.3\n");
        f.close();
        const Run r =
            run(cli::runCurves, {u"curves"_s, path, u"--task"_s, u"T"_s, u"--x"_s, u"pc1"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"emergence curves: no capability PCs for --x pc1: "_s),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_CurvesPcAxis)
#include "tst_CurvesPcAxis.moc"
