// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataLoader.h"
#include "io/LmEvalJson.h"

#include <QFile>
#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

class tst_LmEvalJson : public QObject {
    Q_OBJECT
    static QByteArray fixture(const QString& name) {
        QFile f(QStringLiteral(EE_TEST_FIXTURES "/lmeval/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
private slots:
    void realResultsWithMetadataTable() {
        LoadOptions options;
        options.modelMetadataFiles << QStringLiteral(
            EE_TEST_SHARED_DATA "/obsscaling/eval_results/base_llm_benchmark_eval.csv");
        const ImportResult r =
            DataLoader::load({QStringLiteral(EE_TEST_SHARED_DATA
                                             "/bigbench/EleutherAI-lm-evaluation-harness/results")},
                             options);
        QVERIFY(!r.diagnostics.hasErrors());
        QCOMPARE(r.table.sources().size(), 5);
        const CurveKey key{u"bigbench_date_understanding"_s,
                           {},
                           u"multiple_choice_grade"_s,
                           u"Llama"_s,
                           3,
                           u"standard"_s};
        const Curve c = r.table.curve(key, ScaleAxis::Params);
        QCOMPARE(c.points.size(), 3);
        QCOMPARE(c.points.first().model, u"llama-7B"_s);
        QCOMPARE(*c.points.first().x, 6.7e9);
        QCOMPARE(c.points.first().value, 0.6205962059620597);
        QCOMPARE(*c.points.first().stderr_, 0.02529481360676469);
    }
    void withoutMetadataTheScaleIsUnknownWithAWarning() {
        const QString file = QStringLiteral(
            EE_TEST_SHARED_DATA
            "/bigbench/EleutherAI-lm-evaluation-harness/results/mpt/mpt-7b/mpt-7b_bbh_3-shot.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ImportResult r = LmEvalJson::read(f.readAll(), file, u"mpt"_s, {});
        QVERIFY(r.table.rowCount() > 20);
        QVERIFY(!r.table.row(0).scale.params);
        QCOMPARE(r.diagnostics.warningCount(), 1);
        QVERIFY(r.diagnostics.items.first().message.contains(u"mosaicml/mpt-7b"_s));
    }
    void version04KeysFiltersAndShots() {
        const ImportResult r =
            LmEvalJson::read(fixture(u"v04_results.json"_s), u"v04.json"_s, u"v04"_s, {});
        QCOMPARE(r.table.rowCount(), 3);
        QString all;
        for (const auto& d : r.diagnostics.items)
            all += d.toString() + QLatin1Char('\n');
        QVERIFY2(all.contains(u"results.arc_easy.acc_norm,none: the value is not a number"_s),
                 qPrintable(all));
        for (qsizetype i = 0; i < r.table.rowCount(); ++i) {
            const ScoreRow row = r.table.row(i);
            QCOMPARE(row.model, u"EleutherAI/pythia-1.4b-deduped"_s);
            if (row.task == QLatin1String("gsm8k")) {
                QCOMPARE(*row.shots, 5);
                if (row.metric == QLatin1String("exact_match,strict-match"))
                    QCOMPARE(*row.stderr_, 0.0119);
                else
                    QVERIFY(!row.stderr_); // "N/A" is not a standard error
            } else {
                QCOMPARE(*row.shots, 0);
                QCOMPARE(row.metric, u"acc,none"_s);
            }
        }
    }
    /// Python's json.dump writes bare NaN/Infinity; values beyond double range (1e400) are
    /// rejected by QJsonDocument too. Each is a warning with its line and key; the rest loads.
    void nonFiniteValuesAreSkippedWithTheirLine() {
        const QByteArray json = "{\"results\": {\"t\": {\"acc\": 0.5,\n"
                                "  \"acc_stderr\": NaN,\n"
                                "  \"f1\": -Infinity, \"em\": 1e400, \"bleu\": 0.25}},\n"
                                " \"config\": {\"model_args\": \"pretrained=a/NaN\"}}";
        const ImportResult r = LmEvalJson::read(json, u"nan.json"_s, u"nan"_s, {});
        QVERIFY(!r.diagnostics.hasErrors());
        QCOMPARE(r.table.rowCount(), 2);
        QCOMPARE(r.table.row(0).metric, u"acc"_s);
        QVERIFY(!r.table.row(0).stderr_); // a NaN standard error is unknown
        QCOMPARE(r.table.row(1).metric, u"bleu"_s);
        QCOMPARE(r.table.row(0).model, u"a/NaN"_s); // NaN inside a string is text
        QStringList seen;
        for (const auto& d : r.diagnostics.items)
            if (d.message.contains(u"not a finite number"_s))
                seen << u"%1:%2:%3"_s.arg(d.line).arg(d.place,
                                                      d.message.section(QLatin1Char('\''), 1, 1));
        QCOMPARE(seen, (QStringList{u"2:acc_stderr:NaN"_s, u"3:f1:-Infinity"_s, u"3:em:1e400"_s}));
    }
    void malformed_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << fixture(u"truncated.json"_s) << u"invalid JSON at byte"_s;
        // A NaN no longer costs the file (nonFiniteValuesAreSkippedWithTheirLine), but a file
        // that is broken elsewhere still is, with the byte offset of the real problem.
        QTest::newRow("nan literal, truncated")
            << QByteArray(R"({"results": {"t": {"acc": NaN}}, "config": {})")
            << u"invalid JSON at byte 45"_s; // the end of the input, not of the rewritten text
        QTest::newRow("results not an object")
            << QByteArray(R"({"results": [1, 2]})") << u"no \"results\" object"_s;
        QTest::newRow("task not an object")
            << QByteArray(R"({"results": {"t": 0.5}, "config": {"model_args": "pretrained=a/b"}})")
            << u"results.t: expected an object"_s;
        QTest::newRow("string value")
            << QByteArray(
                   R"({"results": {"t": {"acc": "0.5"}}, "config": {"model_args": "pretrained=a/b"}})")
            << u"results.t.acc"_s;
    }
    void malformed() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const ImportResult r = LmEvalJson::read(json, u"bad.json"_s, u"bad"_s, {});
        QCOMPARE(r.table.rowCount(), 0);
        QVERIFY(r.diagnostics.hasErrors());
        QString all;
        for (const auto& d : r.diagnostics.items)
            all += d.toString() + QLatin1Char('\n');
        QVERIFY2(all.contains(expected) && all.startsWith(u"bad.json"_s), qPrintable(all));
    }
};

QTEST_APPLESS_MAIN(tst_LmEvalJson)
#include "tst_LmEvalJson.moc"
