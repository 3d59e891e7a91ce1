// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OptionalColumn.h"

#include <QTest>

#include <random>

using namespace ee;

namespace {

/// The column and a plain vector of optionals that must always agree with it.
struct Checked {
    OptionalColumn<double> column;
    std::vector<std::optional<double>> expected;

    void add(const std::optional<double>& v) {
        expected.push_back(v);
        column.append(expected.size(), v);
    }
    void append(const Checked& other) {
        column.appendColumn(other.column, expected.size(), other.expected.size());
        expected.insert(expected.end(), other.expected.begin(), other.expected.end());
    }
    bool agrees() const {
        for (std::size_t i = 0; i < expected.size() + 70; ++i)
            if (column.get(i) != (i < expected.size() ? expected[i] : std::nullopt))
                return false;
        return true;
    }
};

/// `rows` rows, each with a value with probability `fill`, values unique to the seed.
Checked randomColumn(std::mt19937& random, std::size_t rows, double fill) {
    Checked c;
    std::bernoulli_distribution has(fill);
    for (std::size_t i = 0; i < rows; ++i)
        c.add(has(random) ? std::optional<double>(double(random())) : std::nullopt);
    return c;
}

} // namespace

class tst_OptionalColumn : public QObject {
    Q_OBJECT
private slots:
    void valuesReadBackRowByRow_data() {
        QTest::addColumn<double>("fill");
        QTest::newRow("empty") << 0.0;
        QTest::newRow("sparse") << 0.15;
        QTest::newRow("half") << 0.5;
        QTest::newRow("full") << 1.0;
    }
    void valuesReadBackRowByRow() {
        QFETCH(double, fill);
        std::mt19937 random(11);
        const Checked c = randomColumn(random, 1000, fill);
        QVERIFY(c.agrees());
        QCOMPARE(c.column.inUse(), fill > 0);
    }
    void appendedColumnsKeepEveryValueInPlace() {
        // Parts of every length around the 64-row words, sparse, dense and unused, merged in
        // a random order of lengths: the merged column must equal the rows appended in order.
        std::mt19937 random(5);
        const std::vector<std::size_t> lengths{0, 1, 63, 64, 65, 127, 128, 129, 300, 7};
        const std::vector<double> fills{0.0, 0.1, 0.9, 1.0};
        for (int round = 0; round < 50; ++round) {
            Checked merged;
            for (int part = 0; part < 6; ++part) {
                const Checked p = randomColumn(random, lengths[random() % lengths.size()],
                                               fills[random() % fills.size()]);
                merged.append(p);
                QVERIFY2(merged.agrees(),
                         qPrintable(QStringLiteral("round %1 part %2").arg(round).arg(part)));
            }
            // And rows appended one by one after the merges.
            for (int i = 0; i < 70; ++i)
                merged.add(i % 3 ? std::nullopt : std::optional<double>(-i));
            QVERIFY(merged.agrees());
        }
    }
    void aClearedColumnIsUnusedAndRefillable() {
        std::mt19937 random(3);
        Checked c = randomColumn(random, 200, 0.3);
        const std::size_t bytes = c.column.memoryBytes();
        c.column.clear();
        c.expected.clear();
        QVERIFY(!c.column.inUse());
        QVERIFY(!c.column.get(0));
        QCOMPARE(c.column.memoryBytes(), bytes); // the memory is kept for the next rows
        c.add(std::nullopt);
        QVERIFY(!c.column.inUse()); // rows without values cost nothing until one has a value
        c.add(2.5);
        QVERIFY(c.agrees());
    }
    void sparseValuesTakeLittleRoom() {
        std::mt19937 random(1);
        const Checked sparse = randomColumn(random, 100000, 0.15);
        // About 15,000 values of 8 bytes, plus a bit and a half per row.
        QVERIFY(sparse.column.memoryBytes() < 100000 * 8 / 3);
    }
};

QTEST_GUILESS_MAIN(tst_OptionalColumn)
#include "tst_OptionalColumn.moc"
