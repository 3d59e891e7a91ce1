// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 4: one style per family for the whole session (same family, same colour on
// every task), no two families drawn together alike, prompting styles in their family's colour.
// The tables are the bundled datasets (real published results) unless a test says otherwise.
#include "figure/FamilyAssignment.h"
#include "io/DataLoader.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace ee;

namespace {

ScoreTable loadBundled(const QStringList& names) {
    QStringList paths;
    for (const QString& n : names)
        paths << QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(n);
    ImportResult r = DataLoader::load(paths);
    return std::move(r.table);
}

QString key(const SeriesStyle& s) {
    return QStringLiteral("%1/%2/%3").arg(s.colour).arg(int(s.marker)).arg(int(s.dash));
}

const QStringList kBundled = {
    QStringLiteral("obsscaling_benchmarks.csv"),    QStringLiteral("wei2022_chain_of_thought.csv"),
    QStringLiteral("kojima2022_zero_shot_cot.csv"), QStringLiteral("bbh_lm_eval_harness.csv"),
    QStringLiteral("opt_bloom_benchmarks.csv"),     QStringLiteral("pythia_benchmarks.csv")};

} // namespace

class tst_FamilyAssignment : public QObject {
    Q_OBJECT
private slots:
    void noTwoFamiliesOfATaskAlike_data() {
        QTest::addColumn<QString>("file");
        for (const QString& f : kBundled)
            QTest::newRow(qPrintable(f)) << f;
    }
    void noTwoFamiliesOfATaskAlike() {
        // Every family of a task drawn at once, each prompting style as its own curve (the
        // overlay): no two curves share colour, marker and dash.
        QFETCH(QString, file);
        const ScoreTable table = loadBundled({file});
        QVERIFY(table.rowCount() > 0);
        const FamilyStyles styles = familyStylesFor(table, FigureStyle());
        for (const QString& task : table.tasks()) {
            QHash<QString, QString> seen; // style → "family · prompting"
            for (const QString& f : table.families(task))
                for (const QString& p : table.promptings(task)) {
                    const QString k = key(styles.of(f, p));
                    const QString who = f + QStringLiteral(" · ") + p;
                    QVERIFY2(!seen.contains(k),
                             qPrintable(task + QStringLiteral(": ") + who +
                                        QStringLiteral(" looks like ") + seen.value(k)));
                    seen.insert(k, who);
                }
        }
    }

    void familiesDrawnByDefaultDifferInColour_data() {
        QTest::addColumn<QStringList>("files");
        for (const QString& f : kBundled)
            QTest::newRow(qPrintable(f)) << QStringList{f};
        // What the app opens when started without a session: the whole datasets folder.
        QTest::newRow("datasets folder") << QStringList{QString()};
    }
    void familiesDrawnByDefaultDifferInColour() {
        // The scaling view draws a chart's seven families with most scores until the user picks
        // others: on every chart (task, subtask, metric, shots, prompting) of the data those
        // seven have seven different colours. Ranking by scores
        // alone gave two families one colour on MMLU, GSM8K and 17 more tasks (issue 15).
        QFETCH(QStringList, files);
        const ScoreTable table = loadBundled(files);
        QVERIFY(table.rowCount() > 0);
        const FamilyStyles styles = familyStylesFor(table, FigureStyle());
        QCOMPARE(qsizetype(kFamiliesShownByDefault), FigureStyle::okabeIto().size());
        qsizetype checked = 0;
        for (const auto& chart : table.familyScoresByChart()) {
            const QStringList top =
                familiesByScores(chart.families).mid(0, kFamiliesShownByDefault);
            QHash<QString, QString> byColour;
            for (const QString& f : top) {
                const QString c = styles.of(f).colour;
                QVERIFY2(!byColour.contains(c),
                         qPrintable(chart.task + QStringLiteral(": ") + f +
                                    QStringLiteral(" has the colour of ") + byColour.value(c)));
                byColour.insert(c, f);
            }
            checked += top.size() > 1 ? 1 : 0;
        }
        QVERIFY(checked > 0);
    }

    void familiesWithMostDataGetDistinctColours() {
        // obsscaling: 40+ families; the seven with most scores take the seven palette colours.
        const ScoreTable table = loadBundled({QStringLiteral("obsscaling_benchmarks.csv")});
        const auto assigned = assignFamilies(table.familyScoresByChart(), FigureStyle());
        QVERIFY(assigned.size() > 20);
        QSet<qsizetype> colours;
        for (qsizetype i = 0; i < 7; ++i)
            colours.insert(assigned[i].colourIndex);
        QCOMPARE(colours.size(), 7);
        // Ranked by scores: the first has at least as many scores as the last.
        QHash<QString, qsizetype> totals;
        for (const auto& chart : table.familyScoresByChart())
            for (auto it = chart.families.cbegin(); it != chart.families.cend(); ++it)
                totals[it.key()] += *it;
        QVERIFY(totals[assigned.first().family] >= totals[assigned.last().family]);
    }

    void sameStylesWhateverTheLoadOrder() {
        // The CLI export and the GUI must agree, and reruns must be identical.
        const ScoreTable a = loadBundled({kBundled[1], kBundled[2]});
        const ScoreTable b = loadBundled({kBundled[2], kBundled[1]});
        const FamilyStyles sa = familyStylesFor(a, FigureStyle());
        const FamilyStyles sb = familyStylesFor(b, FigureStyle());
        QCOMPARE(sa.families(), sb.families());
        for (const QString& f : sa.families())
            QCOMPARE(sa.of(f), sb.of(f));
    }

    void promptingStylesShareTheFamilyColour() {
        const ScoreTable table = loadBundled({QStringLiteral("wei2022_chain_of_thought.csv")});
        const FamilyStyles styles = familyStylesFor(table, FigureStyle());
        QCOMPARE(styles.promptings().value(0), prompting::standard);
        QVERIFY(styles.promptings().contains(prompting::chainOfThought));
        for (const QString& f : table.families()) {
            const SeriesStyle standard = styles.of(f, prompting::standard);
            const SeriesStyle cot = styles.of(f, prompting::chainOfThought);
            QCOMPARE(standard, styles.of(f));
            QCOMPARE(cot.colour, standard.colour);
            QVERIFY(cot.marker != standard.marker);
            QVERIFY(cot.dash != standard.dash);
        }
    }

    void overlayNameDrawsAsItsPromptingStyle() {
        FamilyStyles styles(QList<FamilyStyles::Assignment>{{QStringLiteral("PaLM"), 2, 0}},
                            rankPromptings({prompting::chainOfThought, prompting::standard}),
                            FigureStyle());
        styles.addAlias(QStringLiteral("PaLM · chain of thought"), QStringLiteral("PaLM"),
                        prompting::chainOfThought);
        QCOMPARE(styles.of(QStringLiteral("PaLM · chain of thought")),
                 styles.of(QStringLiteral("PaLM"), prompting::chainOfThought));
        QCOMPARE(styles.of(QStringLiteral("PaLM")).colour, FigureStyle::okabeIto().at(2));
    }

    void rankPromptingsPutsStandardFirst() {
        QCOMPARE(rankPromptings({QStringLiteral("zz"), prompting::zeroShotCot, QStringLiteral("aa"),
                                 prompting::standard, prompting::chainOfThought}),
                 (QStringList{prompting::standard, prompting::chainOfThought,
                              prompting::zeroShotCot, QStringLiteral("aa"), QStringLiteral("zz")}));
    }
};

QTEST_APPLESS_MAIN(tst_FamilyAssignment)
#include "tst_FamilyAssignment.moc"
