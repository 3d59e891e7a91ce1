// SPDX-License-Identifier: GPL-3.0-or-later
// The data commands (summary, curves, import, datasets) run in-process on the bundled data.
#include "CliRun.h"
#include "cli/Commands.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {
using test::Run;
using test::run;
} // namespace

class tst_CliData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("EE_DATASETS_DIR", EE_TEST_DATASETS); }

    void summaryOfTheBundledData() {
        const Run r = run(cli::runSummary, {u"summary"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key :
             {"sources", "tasks", "subtasks", "families", "models", "rows", "warnings", "errors"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(u"models"_s).toInt() >= 100);
        QVERIFY(o.value(u"families"_s).toInt() >= 10);
        QCOMPARE(o.value(u"errors"_s).toArray().size(), 0);
    }
    void wordUnscramblingLlamaCurveAsJson() {
        const Run r = run(cli::runCurves, {u"curves"_s, u"--task"_s, u"word_unscrambling"_s,
                                           u"--family"_s, u"Llama"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray curves =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"curves"_s).toArray();
        QCOMPARE(curves.size(), 1);
        const QJsonObject c = curves.first().toObject();
        QCOMPARE(c.value(u"task"_s).toString(), u"word_unscrambling"_s);
        QCOMPARE(c.value(u"source"_s).toString(), u"datasets"_s); // the folder opened
        QCOMPARE(c.value(u"metric"_s).toString(), u"exact_match"_s);
        QCOMPARE(c.value(u"shots"_s).toInt(), 2);
        QCOMPARE(c.value(u"x_axis"_s).toString(), u"params"_s);
        const QJsonArray points = c.value(u"points"_s).toArray();
        QCOMPARE(points.size(), 4);
        const double x[] = {6.7e9, 13e9, 32.5e9, 65.2e9};
        const double v[] = {0.0445, 0.096, 0.1525, 0.276}; // as in the source file, unrounded
        for (int i = 0; i < 4; ++i) {
            const QJsonObject p = points.at(i).toObject();
            QCOMPARE(p.value(u"x"_s).toDouble(), x[i]);
            QCOMPARE(p.value(u"value"_s).toDouble(), v[i]);
            QVERIFY(p.value(u"stderr"_s).isNull());
            for (const char* key : {"model", "ci_low", "ci_high", "n"})
                QVERIFY(p.contains(QLatin1String(key)));
        }
    }
    // Two inputs with the same names (one real file opened from two folders): two curves, each
    // naming its source; --source picks one; --pool-sources makes one of both.
    void curvesKeepSourcesApartUnlessPooled() {
        QTemporaryDir dir;
        const QString file = u"obsscaling_emergent_capability.csv"_s;
        QStringList paths;
        for (const QString& folder : {u"a"_s, u"b"_s}) {
            QVERIFY(QDir().mkpath(dir.filePath(folder)));
            paths << dir.filePath(folder + u"/"_s + file);
            QVERIFY(
                QFile::copy(QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(file), paths.last()));
        }
        const QStringList select{u"--task"_s, u"word_unscrambling"_s, u"--family"_s,
                                 u"Llama"_s,  u"--format"_s,          u"json"_s};
        const auto curvesOf = [](const Run& r) {
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"curves"_s).toArray();
        };
        const Run apart = run(cli::runCurves, QStringList{u"curves"_s} + paths + select);
        QCOMPARE(apart.code, 0);
        const QJsonArray two = curvesOf(apart);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).toObject().value(u"source"_s).toString(), u"a/"_s + file);
        QCOMPARE(two.at(1).toObject().value(u"source"_s).toString(), u"b/"_s + file);
        for (const QJsonValue& c : two)
            QCOMPARE(c.toObject().value(u"points"_s).toArray().size(), 4);

        const Run one = run(cli::runCurves, QStringList{u"curves"_s} + paths + select +
                                                QStringList{u"--source"_s, u"b/"_s + file});
        QCOMPARE(curvesOf(one).size(), 1);
        QCOMPARE(curvesOf(one).at(0).toObject().value(u"source"_s).toString(), u"b/"_s + file);

        const Run pooled = run(cli::runCurves, QStringList{u"curves"_s} + paths + select +
                                                   QStringList{u"--pool-sources"_s});
        QCOMPARE(pooled.code, 0);
        const QJsonArray both = curvesOf(pooled);
        QCOMPARE(both.size(), 1);
        QVERIFY(both.at(0).toObject().value(u"source"_s).isNull());
        QCOMPARE(both.at(0).toObject().value(u"points"_s).toArray().size(), 8);
    }
    void curvesAsCsvOverTokens() {
        const Run r =
            run(cli::runCurves, {u"curves"_s, u"--task"_s, u"lambada_openai"_s, u"--metric"_s,
                                 u"acc"_s, u"--family"_s, u"pythia-410m (training)"_s, u"--shots"_s,
                                 u"0"_s, u"--x"_s, u"tokens"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 27);
        QVERIFY(lines.at(1).contains(u",tokens,pythia-410m step 0,0,"_s));
        QVERIFY(r.err.contains(u"1 point(s) have a zero or negative scale"_s));
    }
    void usageAndDataErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing task") << QStringList{u"curves"_s} << 2 << u"--task is required"_s;
        QTest::newRow("unknown option")
            << QStringList{u"curves"_s, u"--bogus"_s} << 2 << u"bogus"_s;
        QTest::newRow("bad axis") << QStringList{u"curves"_s, u"--task"_s, u"x"_s, u"--x"_s,
                                                 u"size"_s}
                                  << 2 << u"unknown --x"_s;
        QTest::newRow("bad shots")
            << QStringList{u"curves"_s, u"--task"_s, u"x"_s, u"--shots"_s, u"two"_s} << 2
            << u"--shots"_s;
        QTest::newRow("unknown task") << QStringList{u"curves"_s, u"--task"_s, u"no_such_task"_s}
                                      << 1 << u"no task 'no_such_task'"_s;
        QTest::newRow("missing file")
            << QStringList{u"curves"_s, u"/nonexistent/x.csv"_s, u"--task"_s, u"t"_s} << 1
            << u"/nonexistent/x.csv: no such file"_s;
    }
    void usageAndDataErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const Run r = run(cli::runCurves, args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
    void importWritesCanonicalCsvAtomically() {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.csv"_s);
        const Run r =
            run(cli::runImport,
                {u"import"_s,
                 QStringLiteral(
                     EE_TEST_SHARED_DATA
                     "/wei2022-chain-of-thought/table5_symbolic_standard_vs_cot_by_model_size.csv"),
                 u"--out"_s, out});
        QCOMPARE(r.code, 0);
        const Run back = run(cli::runSummary, {u"summary"_s, out, u"--format"_s, u"json"_s});
        QCOMPARE(back.code, 0);
        QCOMPARE(QJsonDocument::fromJson(back.out.toUtf8()).object().value(u"rows"_s).toInt(), 108);
        const Run bad =
            run(cli::runImport, {u"import"_s, out, u"--out"_s, u"/nonexistent-dir/x.csv"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(u"cannot write"_s));
    }
    void datasetsCheckPassesOnTheShippedFiles() {
        const Run r = run(cli::runDatasets,
                          {u"datasets"_s, u"--shared"_s, QStringLiteral(EE_TEST_SHARED_DATA),
                           u"--out"_s, QStringLiteral(EE_TEST_DATASETS), u"--check"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"up to date"_s));
    }
};

QTEST_APPLESS_MAIN(tst_CliData)
#include "tst_CliData.moc"
