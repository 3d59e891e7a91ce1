// SPDX-License-Identifier: GPL-3.0-or-later
// The data browser's rows: which curve represents a task (its sparkline and numbers).
#include "browser/BrowserIndex.h"
#include "browser/TaskBrowserModel.h"
#include "io/DataLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QTest>

#include <cmath>

using namespace ee;
using namespace ee::ui;

namespace {

ScoreRow row(const QString& family, const QString& model, double params, double value,
             std::optional<double> tokens = std::nullopt) {
    ScoreRow r;
    r.source = QStringLiteral("t");
    r.task = QStringLiteral("arc");
    r.family = family;
    r.model = model;
    r.scale.params = params;
    r.scale.tokens = tokens;
    r.shots = 0;
    r.prompting = QStringLiteral("standard");
    r.metric = QStringLiteral("acc");
    r.value = value;
    return r;
}

qsizetype distinctX(const QList<QPointF>& points) {
    QList<double> xs;
    for (const QPointF& p : points)
        if (!xs.contains(p.x()))
            xs << p.x();
    return xs.size();
}

} // namespace

class tst_BrowserIndex : public QObject {
    Q_OBJECT
private slots:
    // A family of training checkpoints has more points than any family of sizes, all at one
    // size: against parameters it is a vertical line and must not represent the task.
    void trainingCheckpointsDoNotRepresentATask() {
        ScoreTable t;
        for (int step = 1; step <= 8; ++step)
            t.append(row(QStringLiteral("Pythia (training)"), QStringLiteral("1b-step%1").arg(step),
                         1e9, 0.2 + 0.01 * step, 2e9 * step));
        t.append(row(QStringLiteral("Pythia"), QStringLiteral("160m"), 1.6e8, 0.20));
        t.append(row(QStringLiteral("Pythia"), QStringLiteral("1b"), 1e9, 0.25));
        t.append(row(QStringLiteral("Pythia"), QStringLiteral("12b"), 1.2e10, 0.40));
        const QList<BrowserRow> rows = BrowserIndex::build(t, nullptr, false);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].repFamily, QStringLiteral("Pythia"));
        QCOMPARE(rows[0].repPoints, 3);
        QCOMPARE(rows[0].sparkline.size(), 3);
        QCOMPARE(rows[0].sparkline.last(), QPointF(std::log10(1.2e10), 0.40));
    }

    // The Flag column summarises the families, not one of them (issue #15 item 6).
    void familyFlagSummary_data() {
        QTest::addColumn<QStringList>("flags"); // "flag:sizes" per family
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("tooFew");
        QTest::newRow("emergent in one beats a smooth majority")
            << QStringList{QStringLiteral("smooth:5"), QStringLiteral("smooth:6"),
                           QStringLiteral("emergent:8"), QStringLiteral("flat:4")}
            << QStringLiteral("emergent 1/4") << 0;
        QTest::newRow("majority without emergence")
            << QStringList{QStringLiteral("smooth:5"), QStringLiteral("flat:6"),
                           QStringLiteral("flat:8"), QStringLiteral("inverse:4")}
            << QStringLiteral("flat 2/4") << 0;
        QTest::newRow("ties go to inverse before smooth and flat")
            << QStringList{QStringLiteral("smooth:5"), QStringLiteral("inverse:6"),
                           QStringLiteral("flat:8")}
            << QStringLiteral("inverse 1/3") << 0;
        QTest::newRow("families with fewer than 3 sizes are not judged")
            << QStringList{QStringLiteral("flat:1"), QStringLiteral("flat:2"), QStringLiteral(":2"),
                           QStringLiteral("smooth:3")}
            << QStringLiteral("smooth 1/1") << 3;
        QTest::newRow("nothing judged")
            << QStringList{QStringLiteral("flat:1"), QStringLiteral(":2")} << QString() << 2;
    }
    void familyFlagSummary() {
        QFETCH(QStringList, flags);
        QFETCH(QString, column);
        QFETCH(int, tooFew);
        QList<FamilyFlag> families;
        for (const QString& f : flags)
            families.append({QStringLiteral("F%1").arg(families.size()),
                             f.section(QLatin1Char(':'), 0, 0),
                             f.section(QLatin1Char(':'), 1).toInt()});
        const FamilyFlagSummary s = summariseFamilyFlags(families);
        QCOMPARE(s.columnText(), column);
        QCOMPARE(s.tooFewSizes.size(), tooFew);
        QCOMPARE(s.judged + s.tooFewSizes.size(), families.size());
    }

    // On the bundled data every family of a row is flagged on its own, and the thresholds decide:
    // ipa_transliterate is no longer "flat" because its representative family is (the issue's
    // complaint), and a huge flat threshold makes every judged family flat.
    void bundledRowsFlagEveryFamily() {
        const ImportResult data = DataLoader::load({QStringLiteral(EE_TEST_DATASETS)});
        const QList<BrowserRow> rows = BrowserIndex::build(data.table, nullptr, true);
        const BrowserRow* ipa = nullptr;
        int emergentTasks = 0;
        for (const BrowserRow& r : rows) {
            if (r.task == QLatin1String("ipa_transliterate") && r.subtask.isEmpty())
                ipa = &r;
            if (r.flagSummary.headline == QLatin1String("emergent"))
                ++emergentTasks;
            QCOMPARE(r.flagSummary.judged + r.flagSummary.tooFewSizes.size(), r.familyFlags.size());
        }
        QVERIFY(ipa);
        QCOMPARE(ipa->metric, QStringLiteral("exact_match"));
        QCOMPARE(ipa->flag, QStringLiteral("flat")); // BLOOM, the representative family
        QVERIFY2(ipa->flagSummary.familiesByFlag.value(QStringLiteral("smooth")).size() >= 3,
                 qPrintable(ipa->flagSummary.columnText()));
        QVERIFY(ipa->flagSummary.familiesByFlag.value(QStringLiteral("smooth"))
                    .contains(QStringLiteral("Llama")));
        // Its families have at most 8 sizes; those with fewer than 7 cannot be tested for a jump.
        QVERIFY(!ipa->flagSummary.jumpUntested.isEmpty());
        qInfo("ipa_transliterate: %s; tasks with an emergent family: %d",
              qPrintable(ipa->flagSummary.columnText()), emergentTasks);
        QVERIFY(emergentTasks > 1);

        FlagThresholds strict;
        strict.flatSigmas = 1e6;
        for (const BrowserRow& r : BrowserIndex::build(data.table, nullptr, false, strict)) {
            QCOMPARE(r.thresholds.flatSigmas, 1e6);
            if (r.flagSummary.judged > 0)
                QCOMPARE(r.flagSummary.columnText(),
                         QStringLiteral("flat %1/%1").arg(r.flagSummary.judged));
        }
    }

    // The bundled data: every sparkline with two or more points spans two or more sizes.
    void bundledSparklinesSpanSeveralSizes() {
        const ImportResult data = DataLoader::load({QStringLiteral(EE_TEST_DATASETS)});
        const QList<BrowserRow> rows = BrowserIndex::build(data.table, nullptr, false);
        QVERIFY(rows.size() > 50);
        for (const BrowserRow& r : rows)
            if (r.sparkline.size() >= 2)
                QVERIFY2(distinctX(r.sparkline) >= 2, qPrintable(r.task + u'/' + r.subtask));
    }

    // The browser's source level appears only when there is more than one source, and not when
    // they are pooled: one real file opened once, then from two folders.
    void sourceLevelOnlyWithSeveralSources() {
        QTemporaryDir dir;
        const QString file = QStringLiteral("wei2022_chain_of_thought.csv");
        QStringList paths;
        for (const QString& folder : {QStringLiteral("a"), QStringLiteral("b")}) {
            QVERIFY(QDir().mkpath(dir.filePath(folder)));
            paths << dir.filePath(folder + QLatin1Char('/') + file);
            QVERIFY(
                QFile::copy(QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(file), paths.last()));
        }
        const auto rootNames = [](const QList<BrowserRow>& rows) {
            TaskBrowserModel model;
            model.setRows(rows);
            QStringList names;
            for (int i = 0; i < model.rowCount(); ++i)
                names << model.selectionAt(model.index(i, 0)).source;
            return names;
        };
        const ImportResult one = DataLoader::load({paths.first()});
        const QList<BrowserRow> single = BrowserIndex::build(one.table, nullptr, false);
        QVERIFY(!single.isEmpty());
        QCOMPARE(rootNames(single), QStringList{QString()}); // one group, as always

        const ImportResult two = DataLoader::load(paths);
        const QList<BrowserRow> apart = BrowserIndex::build(two.table, nullptr, false);
        QCOMPARE(apart.size(), 2 * single.size());
        QCOMPARE(rootNames(apart),
                 (QStringList{QStringLiteral("a/") + file, QStringLiteral("b/") + file}));

        const QList<BrowserRow> pooled = BrowserIndex::build(two.table, nullptr, false, {}, true);
        QCOMPARE(rootNames(pooled), QStringList{QString()});
        QCOMPARE(pooled.size(), single.size());
        // Pooled, a row's representative curve has both sources' points.
        for (qsizetype i = 0; i < single.size(); ++i)
            if (single[i].repPoints > 0)
                QCOMPARE(pooled[i].repPoints, 2 * single[i].repPoints);
    }
};

QTEST_GUILESS_MAIN(tst_BrowserIndex)
#include "tst_BrowserIndex.moc"
