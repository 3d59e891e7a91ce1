// SPDX-License-Identifier: GPL-3.0-or-later
// The instance table: every instance of a task across models ordered by scale. A small
// hand-made set pins each rule (order, first solved, lost again, filters, duplicates); the real
// GSM8K solutions of GPT-3 6B and 175B check that the table agrees with the scorer's aggregate.
#include "TestSkip.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/InstanceTable.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ee;

namespace {

/// Our JSONL (docs/formats.md §B2): one generative record.
QByteArray record(const char* model, double params, const char* id, const char* output,
                  const char* target, const char* subtask = "") {
    return QStringLiteral("{\"task\":\"t\",\"subtask\":\"%1\",\"family\":\"f\",\"model\":\"%2\","
                          "\"params\":%3,\"id\":\"%4\",\"output\":\"%5\",\"targets\":[\"%6\"]}\n")
        .arg(QLatin1String(subtask), QLatin1String(model))
        .arg(params)
        .arg(QLatin1String(id), QLatin1String(output), QLatin1String(target))
        .toUtf8();
}

QString gsm8kPath() {
    return QStringLiteral(EE_TEST_SHARED_DATA
                          "/openai-gsm8k-example-model-solutions/"
                          "grade_school_math/data/example_model_solutions.jsonl");
}

} // namespace

class tst_InstanceTable : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Three models, listed largest first to check ordering. Instances:
        //   q1: solved by none; q2: by all; q3: only by the large (gained);
        //   q4: by small, not medium, by large (lost again, first solved small);
        //   q5: by small only (inverse); q6 only the medium and large have it.
        QByteArray bytes;
        bytes += record("large", 3e9, "q1", "x", "a");
        bytes += record("large", 3e9, "q2", "b", "b");
        bytes += record("large", 3e9, "q3", "c", "c");
        bytes += record("large", 3e9, "q4", "d", "d");
        bytes += record("large", 3e9, "q5", "wrong", "e");
        bytes += record("large", 3e9, "q6", "f", "f");
        bytes += record("small", 1e8, "q1", "y", "a");
        bytes += record("small", 1e8, "q2", "b", "b");
        bytes += record("small", 1e8, "q3", "cc", "c");
        bytes += record("small", 1e8, "q4", "d", "d");
        bytes += record("small", 1e8, "q5", "e", "e");
        bytes += record("medium", 1e9, "q1", "z", "a");
        bytes += record("medium", 1e9, "q2", "b", "b");
        bytes += record("medium", 1e9, "q3", "c c", "c");
        bytes += record("medium", 1e9, "q4", "D", "d");
        bytes += record("medium", 1e9, "q5", "no", "e");
        bytes += record("medium", 1e9, "q6", "g", "f");
        bytes += record("medium", 1e9, "q2", "again", "b"); // duplicate id: reported, first kept
        m_path = m_dir.filePath(QStringLiteral("toy.jsonl"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    void modelsOrderedByScale() {
        InstanceTableOptions o;
        o.task = QStringLiteral("t");
        const InstanceTable t = InstanceTable::build(readExamples(m_path), o);
        QCOMPARE(t.modelCount(), 3);
        QCOMPARE(t.models()[0].model, QStringLiteral("small"));
        QCOMPARE(t.models()[1].model, QStringLiteral("medium"));
        QCOMPARE(t.models()[2].model, QStringLiteral("large"));
        QCOMPARE(t.rowCount(), 6);
    }

    void duplicateIdIsReportedAndFirstKept() {
        InstanceTableOptions o;
        o.task = QStringLiteral("t");
        const InstanceTable t = InstanceTable::build(readExamples(m_path), o);
        bool reported = false;
        for (const Diagnostic& d : t.diagnostics().items)
            reported = reported || (d.message.contains(QStringLiteral("'q2'")) && d.line == 18 &&
                                    d.message.contains(QStringLiteral("line 13")));
        QVERIFY2(reported, "the second q2 of medium must be named with both lines");
        QCOMPARE(t.id(1), QStringLiteral("q2"));
        QCOMPARE(*t.example(1, 1)->output, QStringLiteral("b"));
    }

    void firstSolvedAndLostAgain() {
        InstanceTableOptions o;
        o.task = QStringLiteral("t");
        const InstanceTable t = InstanceTable::build(readExamples(m_path), o);
        // Rows keep first-seen order: q1..q6.
        QCOMPARE(t.firstSolved(0), -1);
        QCOMPARE(t.firstSolved(1), 0);
        QCOMPARE(t.firstSolved(2), 2);
        QCOMPARE(t.firstSolved(3), 0);
        QCOMPARE(t.firstSolved(4), 0);
        QCOMPARE(t.firstSolved(5), 2); // small lacks q6, medium fails it
        QVERIFY(t.lostAgain(3));
        QVERIFY(t.lostAgain(4));
        QVERIFY(!t.lostAgain(1));
        QCOMPARE(t.lostAgainCount(), 2);
        QCOMPARE(t.firstSolvedHistogram(), (QList<qsizetype>{3, 0, 2}));
        QCOMPARE(t.neverSolvedCount(), 1);
        // Missing instance: no value, no verdict.
        QVERIFY(!t.example(5, 0));
        QVERIFY(!t.solved(5, 0).has_value());
        // Accuracy over the instances each model has.
        QCOMPARE(*t.accuracy(0), 3.0 / 5.0);
        QCOMPARE(*t.accuracy(1), 1.0 / 6.0);
        QCOMPARE(*t.accuracy(2), 4.0 / 6.0);
        const QList<qsizetype> sorted = t.sortedByFirstSolved(t.rows(InstanceFilter::All));
        QCOMPARE(sorted, (QList<qsizetype>{1, 3, 4, 2, 5, 0}));
    }

    void filters_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<qsizetype>>("rows");
        QTest::newRow("all") << "all" << QList<qsizetype>{0, 1, 2, 3, 4, 5};
        QTest::newRow("solved-by-all") << "solved-by-all" << QList<qsizetype>{1};
        QTest::newRow("solved-by-none") << "solved-by-none" << QList<qsizetype>{0};
        // small vs large: q6 is missing for small, so it is in neither.
        QTest::newRow("gained") << "gained" << QList<qsizetype>{2};
        QTest::newRow("inverse") << "inverse" << QList<qsizetype>{4};
        // Wrong under exact match but within two characters: q3 ("cc", "c c"), q4 ("D"),
        // q6 ("g"); q1 ("y" vs "a") is one edit away too.
        QTest::newRow("disagree") << "disagree" << QList<qsizetype>{0, 2, 3, 4, 5};
    }

    void filters() {
        QFETCH(QString, filter);
        QFETCH(QList<qsizetype>, rows);
        InstanceTableOptions o;
        o.task = QStringLiteral("t");
        o.secondMetric = QStringLiteral("char_edit_distance");
        const InstanceTable t = InstanceTable::build(readExamples(m_path), o);
        const auto f = instanceFilterFromName(filter);
        QVERIFY(f.has_value());
        QCOMPARE(t.rows(*f), rows);
    }

    void pairChoosesTheModelsCompared() {
        InstanceTableOptions o;
        o.task = QStringLiteral("t");
        const InstanceTable t = InstanceTable::build(readExamples(m_path), o);
        // small vs medium: q4 and q5 are lost, nothing is gained.
        QCOMPARE(t.rows(InstanceFilter::Lost, 0, 1), (QList<qsizetype>{3, 4}));
        QCOMPARE(t.rows(InstanceFilter::Gained, 0, 1), QList<qsizetype>{});
        QCOMPARE(t.rows(InstanceFilter::Gained, 1, 2), (QList<qsizetype>{2, 3, 5}));
    }

    // The Instances tab's paired test of two models: only instances both have are paired
    // (q6 lacks the small model). small solves q2 q4 q5, large q2 q3 q4 of q1–q5.
    void comparePairCountsDiscordantInstances() {
        InstanceTableOptions o;
        o.task = QStringLiteral("t");
        const InstanceTable t = InstanceTable::build(readExamples(m_path), o);
        const PairedComparison c = t.comparePair(0, 2);
        QCOMPARE(c.n, 5);
        QCOMPARE(*c.bothRight, 2);
        QCOMPARE(*c.onlyA, 1);
        QCOMPARE(*c.onlyB, 1);
        QCOMPARE(*c.bothWrong, 1);
        QCOMPARE(*c.mcnemarP, 1.0);
        QCOMPARE(c.diff, 0.0);
        QVERIFY(c.ciLow && c.ciHigh && *c.ciLow <= 0.0 && *c.ciHigh >= 0.0);
        const PairedComparison gained = t.comparePair(1, 2); // medium vs large: large gains 3
        QCOMPARE(*gained.onlyB, 3);
        QCOMPARE(*gained.onlyA, 0);
        QCOMPARE(*gained.mcnemarP, 0.25); // 2 · (1/2)^3
    }

    void extractionRuleChangesVerdicts() {
        // A user regex: the answer is the first word character.
        InstanceTableOptions o;
        o.task = QStringLiteral("t");
        PostProcess pp;
        pp.outputRegex = QStringLiteral("\\w");
        o.scoring.postprocess = pp;
        const InstanceTable t = InstanceTable::build(readExamples(m_path), o);
        QCOMPARE(t.solved(2, 0), std::optional(true)); // small's "cc" → "c"
        QCOMPARE(t.solved(2, 1), std::optional(true)); // medium's "c c" → "c"
    }

    /// ROUGE is reported × 100 (as BLEU and chrF): solved at 100, near-perfect at 90. At 1 and
    /// 0.9, as before, nearly every output counted as solved.
    void hundredScaleMetricsAreSolvedAtOneHundred() {
        for (const char* m : {"bleu", "chrf", "rougeL", "rouge1"}) {
            const SolvedRule r = SolvedRule::perfectFor(QString::fromLatin1(m));
            QCOMPARE(r.threshold, 100.0);
            QVERIFY(!r.lowerIsBetter);
        }
        QCOMPARE(SolvedRule::perfectFor(QStringLiteral("exact_str_match")).threshold, 1.0);
    }

    void unknownTaskOrMetricIsAnError() {
        InstanceTableOptions o;
        o.task = QStringLiteral("nope");
        QVERIFY(InstanceTable::build(readExamples(m_path), o).diagnostics().hasErrors());
        o.task = QStringLiteral("t");
        o.metric = QStringLiteral("accuracy_of_vibes");
        const InstanceTable t = InstanceTable::build(readExamples(m_path), o);
        QVERIFY(t.diagnostics().hasErrors());
        QCOMPARE(t.rowCount(), 0);
    }

    void gsm8kAgreesWithTheScorer() {
        if (!QFileInfo::exists(gsm8kPath()))
            EE_SKIP_OR_FAIL("../shared/data is not beside the project");
        const ExampleSet set = readExamples(gsm8kPath());
        InstanceTableOptions o;
        o.task = QStringLiteral("gsm8k");
        o.prompting = QStringLiteral("finetuning");
        const InstanceTable t = InstanceTable::build(set, o);
        QCOMPARE(t.diagnostics().hasErrors(), false);
        QCOMPARE(t.modelCount(), 2);
        QCOMPARE(t.models()[0].model, QStringLiteral("6B"));
        QCOMPARE(t.models()[1].model, QStringLiteral("175B"));
        QCOMPARE(t.rowCount(), 1319);

        // The scorer's exact match per model is the table's accuracy per column.
        ScoringOptions so;
        so.metrics = {QStringLiteral("exact_str_match")};
        so.perExample = true;
        const ScoreResult scored = scoreExamples(set, so);
        int checked = 0;
        for (const GroupScores& g : scored.groups) {
            if (g.key.prompting != QLatin1String("finetuning"))
                continue;
            const qsizetype col = g.key.model == QLatin1String("6B") ? 0 : 1;
            QCOMPARE(*t.accuracy(col), *g.metrics[0].value);
            ++checked;
        }
        QCOMPARE(checked, 2);

        // Every instance falls in exactly one of: first solved by 6B, by 175B, never; and the
        // pair filters partition the rows with the two agreeing ones.
        const QList<qsizetype> h = t.firstSolvedHistogram();
        QCOMPARE(h[0] + h[1] + t.neverSolvedCount(), t.rowCount());
        const qsizetype both = t.rows(InstanceFilter::SolvedByAll).size();
        const qsizetype none = t.rows(InstanceFilter::SolvedByNone).size();
        const qsizetype gained = t.rows(InstanceFilter::Gained).size();
        const qsizetype lost = t.rows(InstanceFilter::Lost).size();
        QCOMPARE(both + none + gained + lost, t.rowCount());
        QCOMPARE(h[1], gained);
        QCOMPARE(t.lostAgainCount(), lost);
        QCOMPARE(none, t.neverSolvedCount());
        // The file's own is_correct counts: 286 (6B) and 458 (175B) of 1,319.
        QCOMPARE(h[0], qsizetype(286));
        QCOMPARE(both + lost, qsizetype(286));
        QCOMPARE(both + gained, qsizetype(458));
        qInfo("GSM8K finetuning: 6B solves %lld, 175B %lld; both %lld, only 175B %lld, only 6B "
              "%lld, neither %lld",
              static_cast<long long>(h[0]), static_cast<long long>(both + gained),
              static_cast<long long>(both), static_cast<long long>(gained),
              static_cast<long long>(lost), static_cast<long long>(none));
    }
};

QTEST_GUILESS_MAIN(tst_InstanceTable)
#include "tst_InstanceTable.moc"
