// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OrderedTableMerge.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <random>
#include <thread>

using namespace ee;

namespace {

/// Part `p`'s rows: names shared between parts and names of its own, optional columns used by
/// some parts only, an empty part, a conflict within part 13 and, when `acrossParts`, a row of
/// part 9 that conflicts with one of part 0.
QList<ScoreRow> rowsOfPart(int p, bool acrossParts) {
    QList<ScoreRow> rows;
    const int count = p == 5 ? 0 : 1 + (p * 37) % 90;
    for (int i = 0; i < count; ++i) {
        ScoreRow r;
        r.source = QStringLiteral("file%1.json").arg(p);
        r.task = QStringLiteral("task%1").arg((p + i) % 7);
        r.subtask = i % 3 == 0 ? QString() : QStringLiteral("sub%1").arg(i % 3);
        r.family = p % 2 ? QStringLiteral("Even") : QStringLiteral("Odd%1").arg(p);
        r.model = QStringLiteral("m%1").arg(i % 5);
        r.scale.params = 1e8 * (1 + i % 5);
        r.shots = i % 4;
        r.prompting = QStringLiteral("standard");
        r.metric = QStringLiteral("metric%1").arg(i % 6);
        r.value = p + i / 1000.0;
        if (p % 3 == 1)
            r.stderr_ = i / 100.0;
        if (i % 6 == 0) {
            r.low = 0.25;
            r.high = 1.0;
        }
        rows.append(r);
    }
    if (p == 9 && acrossParts) { // the same key as part 0's first row, another value
        ScoreRow again = rowsOfPart(0, false).first();
        again.value = -1.0;
        rows.append(again);
    }
    if (p == 13) {
        ScoreRow again = rows.at(3);
        again.value = -2.0;
        rows.append(again);
    }
    return rows;
}

constexpr int kParts = 24;

ScoreTable expectedTable(bool acrossParts) {
    ScoreTable t;
    for (int p = 0; p < kParts; ++p)
        for (const ScoreRow& r : rowsOfPart(p, acrossParts))
            t.append(r);
    return t;
}

void fill(ScoreTable& table, int part, bool acrossParts) {
    for (const ScoreRow& r : rowsOfPart(part, acrossParts))
        table.append(r);
}

void compareTables(const OrderedTableMerge::Merged& result, const ScoreTable& expected) {
    const ScoreTable& merged = result.table;
    QCOMPARE(merged.rowCount(), expected.rowCount());
    for (qsizetype i = 0; i < merged.rowCount(); ++i)
        QCOMPARE(merged.row(i), expected.row(i));
    QCOMPARE(merged.curveKeys(), expected.curveKeys());
    for (const CurveKey& key : expected.curveKeys()) {
        const Curve a = merged.curve(key, ScaleAxis::Params);
        const Curve b = expected.curve(key, ScaleAxis::Params);
        QCOMPARE(a.points.size(), b.points.size());
        for (qsizetype i = 0; i < a.points.size(); ++i) {
            QCOMPARE(a.points[i].model, b.points[i].model);
            QCOMPARE(a.points[i].value, b.points[i].value);
        }
    }
    QCOMPARE(result.duplicateKeys, expected.duplicateKeys());
}

} // namespace

class tst_OrderedTableMerge : public QObject {
    Q_OBJECT
private slots:
    void equalsAppendingInOrder_data() {
        QTest::addColumn<QList<int>>("order");
        QTest::addColumn<bool>("acrossParts");
        QList<int> inOrder, reversed, shuffled;
        for (int p = 0; p < kParts; ++p)
            inOrder << p;
        reversed = inOrder;
        std::reverse(reversed.begin(), reversed.end());
        shuffled = inOrder;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
        for (const bool across : {false, true}) {
            const char* suffix = across ? ", a conflict across parts" : "";
            QTest::addRow("in order%s", suffix) << inOrder << across;
            QTest::addRow("last first%s", suffix) << reversed << across;
            QTest::addRow("shuffled%s", suffix) << shuffled << across;
        }
    }
    void equalsAppendingInOrder() {
        QFETCH(QList<int>, order);
        QFETCH(bool, acrossParts);
        OrderedTableMerge merge(std::vector<std::size_t>(kParts, 1));
        // Each part is read into the table the previous hand-over gave back, as a loader's
        // worker does: a reused table must start empty, with its own fresh string pool.
        ScoreTable reused;
        for (int p : order) {
            QVERIFY(reused.isEmpty());
            fill(reused, p, acrossParts);
            reused = merge.submit(std::size_t(p), std::move(reused));
        }
        const ScoreTable expected = expectedTable(acrossParts);
        QVERIFY(expected.rowCount() > 500);
        QCOMPARE(expected.duplicateKeys().size(), acrossParts ? 2 : 1);
        compareTables(merge.finish(2), expected);
    }
    void threadsHandingOverInAnyOrder() {
        const ScoreTable expected = expectedTable(true);
        for (int round = 0; round < 20; ++round) {
            OrderedTableMerge merge(std::vector<std::size_t>(kParts, 1));
            std::atomic<int> next{0};
            auto worker = [&] {
                ScoreTable table;
                for (int p; (p = next.fetch_add(1)) < kParts;) {
                    fill(table, p, true);
                    table = merge.submit(std::size_t(p), std::move(table));
                }
            };
            std::vector<std::thread> pool;
            for (int t = 0; t < 4; ++t)
                pool.emplace_back(worker);
            for (auto& t : pool)
                t.join();
            compareTables(merge.finish(2), expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_OrderedTableMerge)
#include "tst_OrderedTableMerge.moc"
