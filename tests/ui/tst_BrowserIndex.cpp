// SPDX-License-Identifier: GPL-3.0-or-later
// The data browser's rows: which curve represents a task (its sparkline and numbers).
#include "browser/BrowserIndex.h"
#include "io/DataLoader.h"

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

    // The bundled data: every sparkline with two or more points spans two or more sizes.
    void bundledSparklinesSpanSeveralSizes() {
        const ImportResult data = DataLoader::load({QStringLiteral(EE_TEST_DATASETS)});
        const QList<BrowserRow> rows = BrowserIndex::build(data.table, nullptr, false);
        QVERIFY(rows.size() > 50);
        for (const BrowserRow& r : rows)
            if (r.sparkline.size() >= 2)
                QVERIFY2(distinctX(r.sparkline) >= 2, qPrintable(r.task + u'/' + r.subtask));
    }
};

QTEST_GUILESS_MAIN(tst_BrowserIndex)
#include "tst_BrowserIndex.moc"
