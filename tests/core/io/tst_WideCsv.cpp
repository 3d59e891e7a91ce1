// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataLoader.h"
#include "io/SizeLabel.h"
#include "io/WideCsv.h"

#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

class tst_WideCsv : public QObject {
    Q_OBJECT
    const QString obs = QStringLiteral(EE_TEST_SHARED_DATA "/obsscaling/eval_results/");
private slots:
    void columnNames_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("subtask");
        QTest::addColumn<int>("shots"); // -1 = unknown
        QTest::addColumn<QString>("metric");
        QTest::newRow("arithmetic subtask")
            << u"arithmetic_2da_2_acc"_s << u"arithmetic"_s << u"2da"_s << 2 << u"acc"_s;
        QTest::newRow("ipa bleu") << u"ipa_transliterate_2_bleu"_s << u"ipa_transliterate"_s
                                  << u""_s << 2 << u"bleu"_s;
        QTest::newRow("metric with underscore")
            << u"word_unscrambling_2_exact_match"_s << u"word_unscrambling"_s << u""_s << 2
            << u"exact_match"_s;
        QTest::newRow("last pattern wins")
            << u"gsm8k_cot_self_consistency_8_exact_match,maj@5"_s
            << u"gsm8k_cot_self_consistency"_s << u""_s << 8 << u"exact_match,maj@5"_s;
        QTest::newRow("no pattern") << u"MMLU"_s << u"MMLU"_s << u""_s << -1 << u"score"_s;
        QTest::newRow("hyphenated benchmark")
            << u"ARC-C"_s << u"ARC-C"_s << u""_s << -1 << u"score"_s;
        QTest::newRow("zero shots")
            << u"gsm8k_cot_zeroshot_0_exact_match,strict-match"_s << u"gsm8k_cot_zeroshot"_s
            << u""_s << 0 << u"exact_match,strict-match"_s;
    }
    void columnNames() {
        QFETCH(QString, column);
        QFETCH(QString, task);
        QFETCH(QString, subtask);
        QFETCH(int, shots);
        QFETCH(QString, metric);
        const auto m = WideCsv::parseColumnName(column);
        QCOMPARE(m.task, task);
        QCOMPARE(m.subtask, subtask);
        QCOMPARE(m.shots.value_or(-1), shots);
        QCOMPARE(m.metric, metric);
    }
    void sizeLabels_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("expected"); // 0 = not a size
        QTest::newRow("420M") << u"420M"_s << 4.2e8;
        QTest::newRow("1.3B") << u"1.3B"_s << 1.3e9;
        QTest::newRow("0.3B") << u"0.3B"_s << 3e8;
        QTest::newRow("bloom 7b1") << u"7b1"_s << 7.1e9;
        QTest::newRow("125m") << u"125m"_s << 1.25e8;
        QTest::newRow("540B") << u"540B"_s << 5.4e11;
        QTest::newRow("S is not a size") << u"S"_s << 0.0;
        QTest::newRow("XL-1 is not a size") << u"XL-1"_s << 0.0;
        QTest::newRow("empty") << u""_s << 0.0;
        QTest::newRow("zero") << u"0B"_s << 0.0;
    }
    void sizeLabels() {
        QFETCH(QString, label);
        QFETCH(double, expected);
        const auto v = parseSizeLabel(label);
        if (expected == 0.0)
            QVERIFY(!v);
        else
            QCOMPARE(v.value_or(-1), expected);
    }
    void realEmergentTableTakesSizesFromItsNeighbour() {
        // The emergent-capability table has no metadata; base_llm_benchmark_eval.csv beside it has.
        const ImportResult r =
            DataLoader::load({obs + QStringLiteral("base_llm_emergent_capability_eval.csv")});
        QVERIFY(!r.diagnostics.hasErrors());
        const CurveKey key{QStringLiteral("word_unscrambling"),
                           {},
                           QStringLiteral("exact_match"),
                           QStringLiteral("Llama"),
                           2,
                           QStringLiteral("standard")};
        const Curve c = r.table.curve(key, ScaleAxis::Params);
        QCOMPARE(c.points.size(), 4);
        const double sizes[] = {6.7e9, 13e9, 32.5e9, 65.2e9};
        const double values[] = {0.0445, 0.096, 0.1525, 0.276};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(*c.points.at(i).x, sizes[i]);
            QCOMPARE(c.points.at(i).value, values[i]);
        }
        // FLOPs come in units of 1e21 in the metadata table.
        QCOMPARE(*r.table.curve(key, ScaleAxis::Flops).points.at(0).x, 40.2e21);
    }
    void blankCellsAreMissingNotZero() {
        const ImportResult r =
            DataLoader::load({obs + QStringLiteral("base_llm_benchmark_eval.csv")});
        QVERIFY(!r.diagnostics.hasErrors());
        // Meta-Llama-3-8B has a blank ARC-C cell.
        for (const CurveKey& key : r.table.curveKeys(
                 {QStringLiteral("ARC-C"), {}, {}, {QStringLiteral("Llama-3")}, {}, {}, {}}))
            for (const CurvePoint& p : r.table.curve(key, ScaleAxis::Params).points)
                QVERIFY(p.model != QLatin1String("meta-llama/Meta-Llama-3-8B"));
        const CurveKey mmlu{QStringLiteral("MMLU"),    {}, QStringLiteral("score"),
                            QStringLiteral("Llama-3"), {}, QStringLiteral("standard")};
        QVERIFY(!r.table.curve(mmlu, ScaleAxis::Params).points.isEmpty());
    }
    void badCells_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text score")
            << QByteArray("Model,Model Size (B),t_2_acc\nm,1,oops\nn,2,0.5\n") << 1
            << u"wide.csv:2: t_2_acc: 'oops'"_s;
        QTest::newRow("nan score") << QByteArray("Model,Model Size (B),t_2_acc\nm,1,nan\nn,2,0.5\n")
                                   << 1 << u"wide.csv:2: t_2_acc"_s;
        QTest::newRow("negative size")
            << QByteArray("Model,Model Family,Model Size (B),t_2_acc\nm,F,-1,0.3\n") << 1
            << u"not positive"_s;
        QTest::newRow("empty model") << QByteArray("Model,Model Family,t_2_acc\n,F,0.3\nm,F,0.4\n")
                                     << 1 << u"wide.csv:2: Model: the Model cell is empty"_s;
        QTest::newRow("ragged") << QByteArray("Model,Model Family,a_2_acc,b_2_acc\nm,F,0.3\n") << 1
                                << u"the row has 3 fields but the header has 4"_s;
        QTest::newRow("unknown model") << QByteArray("Model,t_2_acc\nmystery,0.3\n") << 1
                                       << u"no family or size is known for model 'mystery'"_s;
        QTest::newRow("empty") << QByteArray("") << 0 << u"empty"_s;
    }
    void badCells() {
        QFETCH(QByteArray, csv);
        QFETCH(int, rows);
        QFETCH(QString, expected);
        const ImportResult r =
            WideCsv::read(csv, QStringLiteral("wide.csv"), QStringLiteral("wide.csv"), {});
        QCOMPARE(r.table.rowCount(), rows);
        QString all;
        for (const auto& d : r.diagnostics.items)
            all += d.toString() + QLatin1Char('\n');
        QVERIFY2(all.contains(expected), qPrintable(all));
    }
};

QTEST_APPLESS_MAIN(tst_WideCsv)
#include "tst_WideCsv.moc"
