// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "cli/Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ee::cli;

namespace {

using ee::test::Run;
using ee::test::run;

} // namespace

class tst_AnalyzeCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_csv;

    // A long CSV (docs/formats.md §B1): a sharp rise (family A, 8 models), a flat curve (B, 4), a
    // two-point curve (C), and a smooth per-token log-prob curve for the forecast.
    void writeFixture() {
        QString text = QStringLiteral("source,task,subtask,family,model,params,nonembedding_params,"
                                      "tokens,flops,shots,prompting,metric,value,stderr,ci_low,"
                                      "ci_high,n,low,high\n");
        const auto row = [&](const QString& sub, const QString& fam, int i, double params,
                             const QString& metric, double v) {
            text += QStringLiteral("fx,arith,%1,%2,%2-%3,%4,,,,2,standard,%5,%6,0.01,,,,,\n")
                        .arg(sub, fam)
                        .arg(i)
                        .arg(params, 0, 'g', 17)
                        .arg(metric)
                        .arg(v, 0, 'g', 17);
        };
        for (int i = 0; i < 8; ++i) {
            const double u = 8 + 0.5 * i;
            const double em = 0.9 / (1 + std::exp(-8 * (u - 10.2)));
            row(QStringLiteral("2da"), QStringLiteral("A"), i, std::pow(10, u),
                QStringLiteral("exact_match"), em);
            if (i > 0) // the smallest model lacks 3da: left out of the decomposition
                row(QStringLiteral("3da"), QStringLiteral("A"), i, std::pow(10, u),
                    QStringLiteral("exact_match"), 0.5);
            // ℓ = −2·(N/1e10)^−0.5 for a 2-token answer
            row(QStringLiteral("2da"), QStringLiteral("A"), i, std::pow(10, u),
                QStringLiteral("target_logprob"), -2 * std::pow(std::pow(10, u) / 1e10, -0.5));
        }
        for (int i = 0; i < 4; ++i)
            row(QStringLiteral("2da"), QStringLiteral("B"), i, std::pow(10, 8 + i),
                QStringLiteral("exact_match"), 0.1);
        for (int i = 0; i < 2; ++i)
            row(QStringLiteral("2da"), QStringLiteral("C"), i, std::pow(10, 8 + i),
                QStringLiteral("exact_match"), 0.1 * i);
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("fixture.csv"));
        writeFixture();
    }

    void analyzeJsonShape() {
        const Run r =
            run(runAnalyze, {QStringLiteral("analyze"), m_csv, QStringLiteral("--metric"),
                             QStringLiteral("exact_match"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--floor"), QStringLiteral("0"),
                             QStringLiteral("--bootstrap"), QStringLiteral("50")});
        QVERIFY2(r.code == Success, qPrintable(r.err));
        const QJsonArray curves = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("curves"))
                                      .toArray();
        QCOMPARE(curves.size(), 4);
        const QJsonObject a = curves.at(0).toObject();
        for (const char* key :
             {"task", "subtask", "metric", "family", "shots", "prompting", "n_points", "linearity",
              "breakthroughness", "flags", "fit", "notes", "linearity_definition"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QCOMPARE(a.value(QStringLiteral("family")).toString(), QStringLiteral("A"));
        QCOMPARE(a.value(QStringLiteral("n_points")).toInt(), 8);
        QCOMPARE(a.value(QStringLiteral("shots")).toInt(), 2);
        QVERIFY(a.value(QStringLiteral("linearity_definition"))
                    .toString()
                    .contains(QStringLiteral("unconfirmed")));
        QCOMPARE(a.value(QStringLiteral("flags")).toArray().at(0).toString(),
                 QStringLiteral("emergent"));
        const QJsonObject fit = a.value(QStringLiteral("fit")).toObject();
        QCOMPARE(fit.value(QStringLiteral("preferred")).toString(), QStringLiteral("sigmoid"));
        QCOMPARE(fit.value(QStringLiteral("bootstrap"))
                     .toObject()
                     .value(QStringLiteral("samples"))
                     .toInt(),
                 50);
        QVERIFY(std::abs(fit.value(QStringLiteral("sigmoid"))
                             .toObject()
                             .value(QStringLiteral("m"))
                             .toDouble() -
                         10.2) < 1e-6);

        const QJsonObject flat = curves.at(1).toObject(); // order: subtask, then family
        QCOMPARE(flat.value(QStringLiteral("breakthroughness")).toDouble(), 0.0);
        QCOMPARE(flat.value(QStringLiteral("flags")).toArray().at(0).toString(),
                 QStringLiteral("flat"));

        const QJsonObject two = curves.at(2).toObject();
        QVERIFY(two.value(QStringLiteral("linearity")).isNull());
        QVERIFY(two.value(QStringLiteral("breakthroughness")).isNull());
        QVERIFY(two.value(QStringLiteral("fit")).isNull());
        QVERIFY(two.value(QStringLiteral("notes")).toArray().size() >= 3);
    }

    void analyzeCsvAndRanking() {
        const Run r =
            run(runAnalyze, {QStringLiteral("analyze"), m_csv, QStringLiteral("--metric"),
                             QStringLiteral("exact_match"), QStringLiteral("--rank"),
                             QStringLiteral("breakthroughness"), QStringLiteral("--no-fits")});
        QVERIFY2(r.code == Success, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("task,subtask,metric,family,shots")));
        QVERIFY(lines.at(1).contains(QStringLiteral(",A,"))); // highest B first
        QVERIFY(lines.at(4).contains(QStringLiteral(",C,"))); // undefined last
    }

    void decomposeJson() {
        const Run r = run(runDecompose, {QStringLiteral("decompose"), m_csv,
                                         QStringLiteral("--task"), QStringLiteral("arith"),
                                         QStringLiteral("--subtasks"), QStringLiteral("2da,3da"),
                                         QStringLiteral("--rule"), QStringLiteral("all"),
                                         QStringLiteral("--metric"), QStringLiteral("exact_match"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == Success, qPrintable(r.err));
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("decompositions"))
                                   .toArray();
        QCOMPARE(all.size(), 1); // only family A has both subtasks
        const QJsonObject d = all.at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("family")).toString(), QStringLiteral("A"));
        QCOMPARE(d.value(QStringLiteral("left_out")).toInt(), 1);
        const QJsonArray rows = d.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 7);
        const QJsonObject last = rows.at(6).toObject();
        const double a =
            last.value(QStringLiteral("parts")).toObject().value(QStringLiteral("2da")).toDouble();
        QVERIFY(std::abs(last.value(QStringLiteral("predicted")).toDouble() - 0.5 * a) < 1e-12);
        QCOMPARE(d.value(QStringLiteral("parts")).toArray().size(), 2);
        QVERIFY(d.contains(QStringLiteral("predicted")));
        const Run bad = run(runDecompose, {QStringLiteral("decompose"), m_csv,
                                           QStringLiteral("--task"), QStringLiteral("arith"),
                                           QStringLiteral("--subtasks"), QStringLiteral("2da"),
                                           QStringLiteral("--rule"), QStringLiteral("some")});
        QCOMPARE(bad.code, int(UsageError));
    }

    void forecastJson() {
        const Run r =
            run(runForecast,
                {QStringLiteral("forecast"), m_csv, QStringLiteral("--task"),
                 QStringLiteral("arith"), QStringLiteral("--subtask"), QStringLiteral("2da"),
                 QStringLiteral("--from"), QStringLiteral("target_logprob"),
                 QStringLiteral("--length"), QStringLiteral("2"), QStringLiteral("--exact-metric"),
                 QStringLiteral("exact_match"), QStringLiteral("--bootstrap"),
                 QStringLiteral("100"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == Success, qPrintable(r.err));
        const QJsonObject f = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("forecasts"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        // loss = (N/1e10)^-0.5; N* = 1e10 (ln 2 / 2)^-2
        const double expected = 1e10 * std::pow(std::log(2.0) / 2, -2.0);
        QVERIFY(std::abs(f.value(QStringLiteral("n_star")).toDouble() / expected - 1) < 1e-6);
        QVERIFY(std::abs(f.value(QStringLiteral("alpha")).toDouble() + 0.5) < 1e-9);
        QCOMPARE(f.value(QStringLiteral("n_star_interval")).toArray().size(), 2);
        QCOMPARE(f.value(QStringLiteral("exact_metric")).toString(), QStringLiteral("exact_match"));
        QVERIFY(f.value(QStringLiteral("observed_crossing")).isDouble());
        QVERIFY(f.value(QStringLiteral("error_decades")).isDouble());
    }

    void simulateIsLabelled() {
        const Run j = run(runSimulate, {QStringLiteral("simulate"), QStringLiteral("--preset"),
                                        QStringLiteral("teaching"), QStringLiteral("--points"),
                                        QStringLiteral("5"), QStringLiteral("--examples"),
                                        QStringLiteral("50"), QStringLiteral("--sampled"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(j.code == Success, qPrintable(j.err));
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("simulated")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("c")).toDouble(), 1e9);
        const QJsonArray pts = o.value(QStringLiteral("points")).toArray();
        QCOMPARE(pts.size(), 5);
        QVERIFY(pts.at(4)
                    .toObject()
                    .value(QStringLiteral("sampled"))
                    .toObject()
                    .contains(QStringLiteral("corpus_bleu")));
        const Run c =
            run(runSimulate,
                {QStringLiteral("simulate"), QStringLiteral("--c"), QStringLiteral("1e9"),
                 QStringLiteral("--alpha"), QStringLiteral("-1"), QStringLiteral("--length"),
                 QStringLiteral("5"), QStringLiteral("--points"), QStringLiteral("3")});
        QCOMPARE(c.code, int(Success));
        const QStringList lines = c.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).startsWith(QStringLiteral("true,")));
        const Run bad = run(runSimulate, {QStringLiteral("simulate"), QStringLiteral("--alpha"),
                                          QStringLiteral("0.5")});
        QCOMPARE(bad.code, int(UsageError));
    }

    void analyzeUsageErrors_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("rank") << QStringList{QStringLiteral("--rank"), QStringLiteral("size")};
        QTest::newRow("bootstrap")
            << QStringList{QStringLiteral("--bootstrap"), QStringLiteral("-1")};
    }
    void analyzeUsageErrors() {
        QFETCH(QStringList, extra);
        const Run r = run(runAnalyze, QStringList{QStringLiteral("analyze"), m_csv} + extra);
        QCOMPARE(r.code, int(UsageError));
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AnalyzeCli)
#include "tst_AnalyzeCli.moc"
