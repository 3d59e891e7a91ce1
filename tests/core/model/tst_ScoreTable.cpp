// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OrderedTableMerge.h"
#include "model/ScoreTable.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ee;

class tst_ScoreTable : public QObject {
    Q_OBJECT
    static ScoreRow row(const QString& model, double params, double value,
                        const QString& family = QStringLiteral("F")) {
        ScoreRow r;
        r.source = QStringLiteral("s");
        r.task = QStringLiteral("t");
        r.family = family;
        r.model = model;
        r.scale.params = params;
        r.shots = 2;
        r.prompting = QStringLiteral("standard");
        r.metric = QStringLiteral("acc");
        r.value = value;
        return r;
    }
private slots:
    void rowsRoundTripThroughTheColumnStore() {
        ScoreTable t;
        ScoreRow r = row(QStringLiteral("m1"), 1e9, 0.25);
        r.subtask = QStringLiteral("sub");
        r.stderr_ = 0.01;
        r.n = 400;
        r.low = 0.25;
        r.high = 1.0;
        r.scale.tokens = 3e11;
        t.append(row(QStringLiteral("m0"), 1e8, 0.1));
        t.append(r);
        t.append(row(QStringLiteral("m2"), 1e10, 0.5));
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.row(1), r);
        QVERIFY(!t.row(0).stderr_);
        QVERIFY(!t.row(2).n);
        QVERIFY(!t.row(2).scale.tokens);
    }
    // The same names from two inputs: two curves; pooled (or asked for with no source), one,
    // whose chance level is kept only when both inputs agree on it.
    void inputsSplitCurvesUnlessPooled() {
        ScoreTable t;
        for (const char* input : {"a.csv", "b.csv"}) {
            for (int i = 0; i < 3; ++i) {
                ScoreRow r = row(QStringLiteral("m%1").arg(i), std::pow(10.0, 8 + i), 0.1 * i);
                r.input = QString::fromLatin1(input);
                r.low = 0.25;
                r.high = QLatin1String(input) == QLatin1String("a.csv") ? 1.0 : 100.0;
                t.append(r);
            }
        }
        QCOMPARE(t.inputs(), (QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")}));
        const QList<CurveKey> keys = t.curveKeys();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[0].source, QStringLiteral("a.csv"));
        QCOMPARE(keys[1].source, QStringLiteral("b.csv"));
        QCOMPARE(t.curve(keys[1], ScaleAxis::Params).points.size(), 3);
        QCOMPARE(*t.curve(keys[1], ScaleAxis::Params).high, 100.0);
        CurveFilter onlyB;
        onlyB.source = QStringLiteral("b.csv");
        QCOMPARE(t.curveKeys(onlyB), QList<CurveKey>{keys[1]});

        CurveFilter pooled;
        pooled.poolSources = true;
        const QList<Curve> one = t.curves(pooled, ScaleAxis::Params);
        QCOMPARE(one.size(), 1);
        QVERIFY(one[0].key.source.isEmpty());
        QCOMPARE(one[0].points.size(), 6);
        QCOMPARE(one[0].low, std::optional<double>(0.25)); // both agree
        QVERIFY(!one[0].high);                             // 1 and 100 do not
        const CurveKey anySource{QStringLiteral("t"), {}, QStringLiteral("acc"),
                                 QStringLiteral("F"), 2,  QStringLiteral("standard")};
        QCOMPARE(t.curve(anySource, ScaleAxis::Params).points.size(), 6);
    }
    void curveIsSortedByScaleWithUnknownScalesLast() {
        ScoreTable t;
        t.append(row(QStringLiteral("big"), 1e10, 0.9));
        ScoreRow unknown = row(QStringLiteral("mystery"), 1, 0.3);
        unknown.scale.params.reset();
        t.append(unknown);
        t.append(row(QStringLiteral("small"), 1e8, 0.1));
        t.append(row(QStringLiteral("zero"), 0, 0.2));
        t.append(row(QStringLiteral("other-family"), 1e9, 0.7, QStringLiteral("G")));
        const CurveKey key{QStringLiteral("t"), {}, QStringLiteral("acc"),
                           QStringLiteral("F"), 2,  QStringLiteral("standard")};
        const Curve c = t.curve(key, ScaleAxis::Params);
        QCOMPARE(c.points.size(), 4);
        QCOMPARE(c.points.at(0).model, QStringLiteral("zero"));
        QCOMPARE(c.points.at(1).model, QStringLiteral("small"));
        QCOMPARE(c.points.at(2).model, QStringLiteral("big"));
        QCOMPARE(c.points.at(3).model, QStringLiteral("mystery"));
        QCOMPARE(c.missingScaleCount(), 1);
        QCOMPARE(c.nonPositiveScaleCount(), 1);
        QCOMPARE(c.usablePoints().size(), 2);
        QVERIFY(t.curve(key, ScaleAxis::Tokens).usablePoints().isEmpty());
    }
    void listsAndFilters() {
        ScoreTable t;
        t.append(row(QStringLiteral("a"), 1e9, 0.1));
        t.append(row(QStringLiteral("b"), 2e9, 0.2, QStringLiteral("G")));
        QCOMPARE(t.families(), (QStringList{QStringLiteral("F"), QStringLiteral("G")}));
        QCOMPARE(t.tasks(), QStringList{QStringLiteral("t")});
        QCOMPARE(t.modelCount(), 2);
        CurveFilter f;
        f.families = {QStringLiteral("G")};
        QCOMPARE(t.curveKeys(f).size(), 1);
        f.shots = 5;
        QVERIFY(t.curveKeys(f).isEmpty());
        const CurveKey absent{QStringLiteral("nope"), {}, {}, {}, {}, {}};
        QVERIFY(t.curve(absent, ScaleAxis::Params).points.isEmpty());
    }
    void duplicatesWithDifferentValuesAreKeptAndReported() {
        ScoreTable t;
        t.append(row(QStringLiteral("a"), 1e9, 0.1));
        t.append(row(QStringLiteral("a"), 1e9, 0.2));
        t.append(row(QStringLiteral("b"), 1e9, 0.3));
        t.append(row(QStringLiteral("b"), 1e9, 0.3)); // same value: an exact repeat, not a conflict
        QCOMPARE(t.rowCount(), 4);
        const auto groups = t.duplicateKeys();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first(), (QList<qsizetype>{0, 1}));
    }
    void duplicatesFoundWhateverTheOrderOfSourcesAlongACurve_data() {
        QTest::addColumn<QList<int>>("sources");        // source of each row along one curve
        QTest::addColumn<QList<qsizetype>>("conflict"); // positions sharing a key, or none
        QTest::newRow("rising") << QList<int>{1, 2, 3, 5} << QList<qsizetype>{};
        QTest::newRow("rising from the middle, then from the start")
            << QList<int>{3, 4, 5, 1, 2} << QList<qsizetype>{};
        QTest::newRow("rotated, last equals first")
            << QList<int>{3, 4, 1, 3} << QList<qsizetype>{0, 3};
        QTest::newRow("rotated, last above first")
            << QList<int>{3, 4, 1, 4} << QList<qsizetype>{1, 3};
        QTest::newRow("rotated, a repeat after the fall")
            << QList<int>{3, 4, 1, 1} << QList<qsizetype>{2, 3};
        QTest::newRow("adjacent repeat") << QList<int>{1, 1, 2} << QList<qsizetype>{0, 1};
        QTest::newRow("two falls, all different") << QList<int>{3, 1, 4, 2} << QList<qsizetype>{};
        QTest::newRow("two falls, a repeat") << QList<int>{2, 1, 3, 2} << QList<qsizetype>{0, 3};
    }
    void duplicatesFoundWhateverTheOrderOfSourcesAlongACurve() {
        // The check skips its sort when the curve's keys rise, or rise twice without
        // overlapping; every other order must still be sorted and its repeats found.
        QFETCH(QList<int>, sources);
        QFETCH(QList<qsizetype>, conflict);
        ScoreTable t;
        const auto source = [](int k) { return QStringLiteral("s%1").arg(k); };
        for (int k = 0; k <= 5; ++k) { // source ids in the order s0 … s5, on another curve
            ScoreRow r = row(QStringLiteral("m"), 1e9, 0.5);
            r.source = source(k);
            r.metric = QStringLiteral("warm-up");
            t.append(r);
        }
        const qsizetype first = t.rowCount();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            ScoreRow r = row(QStringLiteral("m"), 1e9, 0.01 * double(i + 1));
            r.source = source(sources[i]);
            t.append(r);
        }
        QList<QList<qsizetype>> expected;
        if (!conflict.isEmpty()) {
            QList<qsizetype> rows;
            for (qsizetype at : conflict)
                rows << first + at;
            expected << rows;
        }
        QCOMPARE(t.duplicateKeys(), expected);
    }
    void tenThousandCurvesStayIndexed() {
        ScoreTable t;
        for (int task = 0; task < 1000; ++task)
            for (int m = 0; m < 10; ++m) {
                ScoreRow r = row(QStringLiteral("m%1").arg(m), std::pow(10.0, 7 + m), m / 10.0);
                r.task = QStringLiteral("task%1").arg(task);
                t.append(r);
            }
        QCOMPARE(t.tasks().size(), 1000);
        const CurveKey key{QStringLiteral("task500"), {}, QStringLiteral("acc"),
                           QStringLiteral("F"),       2,  QStringLiteral("standard")};
        QCOMPARE(t.curve(key, ScaleAxis::Params).points.size(), 10);
        // Ids, not strings, per row: a row of nine QStrings and optionals would take > 300 bytes.
        QVERIFY2(t.memoryBytes() / t.rowCount() < 100,
                 qPrintable(QString::number(t.memoryBytes())));
    }
    void queriesSeeRowsAppendedAfterAnEarlierQuery() {
        // The curve index is built on the first query: a later append must not be missed.
        ScoreTable t;
        t.append(row(QStringLiteral("a"), 1e9, 0.1));
        const CurveKey key{QStringLiteral("t"), {}, QStringLiteral("acc"),
                           QStringLiteral("F"), 2,  QStringLiteral("standard")};
        QCOMPARE(t.curve(key, ScaleAxis::Params).points.size(), 1);
        const ScoreTable before = t;
        t.append(row(QStringLiteral("b"), 1e10, 0.2));
        ScoreRow other = row(QStringLiteral("c"), 1e9, 0.3);
        other.task = QStringLiteral("u");
        t.append(other);
        QCOMPARE(t.curve(key, ScaleAxis::Params).points.size(), 2);
        QCOMPARE(t.tasks(), (QStringList{QStringLiteral("t"), QStringLiteral("u")}));
        // A copy keeps the rows (and index) of the moment it was taken.
        QCOMPARE(before.curve(key, ScaleAxis::Params).points.size(), 1);
        QCOMPARE(before.tasks(), QStringList{QStringLiteral("t")});
    }
    void curvesGroupRowsByKeyWhateverTheFileLayout() {
        // Files (sources) in the layouts the index build pairs runs by: families alternating
        // as BIG-bench's T=0 / T=1 files do, a file with a row more, one with a row less, one
        // with its rows in another order, one of another task; each value is unique, so every
        // point tells which row it came from.
        ScoreTable t;
        QHash<QString, QList<double>> expected; // key label -> values in row order
        int serial = 0;
        const auto add = [&](const QString& source, const QString& task, const QString& family,
                             const QString& metric, int shots) {
            ScoreRow r = row(QStringLiteral("m%1").arg(serial), 1e8 + serial, serial, family);
            r.source = source;
            r.task = task;
            r.metric = metric;
            r.shots = shots;
            t.append(r);
            const CurveKey key{task, {}, metric, family, shots, r.prompting};
            expected[key.label()].append(serial);
            ++serial;
        };
        const QStringList metrics{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        for (int file = 0; file < 12; ++file) {
            const QString source = QStringLiteral("scores_%1.json").arg(file);
            const QString family = file % 2 ? QStringLiteral("T=1") : QStringLiteral("T=0");
            const QString task = file == 9 ? QStringLiteral("other") : QStringLiteral("t");
            for (int shots = 0; shots < 2; ++shots) {
                QStringList order = metrics;
                if (file == 7)
                    std::reverse(order.begin(), order.end());
                if (file == 5 && shots == 1)
                    order.removeLast();
                if (file == 6 && shots == 0)
                    order.append(QStringLiteral("d"));
                for (const QString& metric : order)
                    add(source, task, family, metric, shots);
            }
        }
        qsizetype points = 0;
        for (const CurveKey& key : t.curveKeys()) {
            QList<double> values;
            for (const CurvePoint& p : t.curve(key, ScaleAxis::Params).points)
                values.append(p.value); // by params, which grow with the row number
            QCOMPARE(values, expected.value(key.label()));
            points += values.size();
        }
        QCOMPARE(t.curveKeys().size(), expected.size());
        QCOMPARE(points, t.rowCount());
    }
    void namesInternedByTheirUtf8BytesShareIdsWithQStrings() {
        ScoreTable t;
        const QString accented = QStringLiteral("r\u00e9sum\u00e9");
        const auto viaQString = t.intern(accented);
        const QByteArray utf8 = accented.toUtf8();
        QCOMPARE(t.intern(std::string_view(utf8.constData(), std::size_t(utf8.size()))),
                 viaQString);
        // A name first seen as bytes gets one id, whichever way it is asked for later.
        const auto viaBytes = t.intern(std::string_view("exact_str_match"));
        QVERIFY(viaBytes != viaQString);
        QCOMPARE(t.intern(QStringLiteral("exact_str_match")), viaBytes);
        QCOMPARE(t.intern(std::string_view("exact_str_match")), viaBytes);
        QCOMPARE(t.intern(std::string_view()), t.intern(QString()));
    }
    void optionalValuesSurviveMergesAcrossBitmapWords() {
        // Parts whose sizes are not multiples of 64 put every part's presence bits at a
        // different offset in the merged bitmap; some parts have no value at all.
        const std::vector<int> sizes{100, 70, 1, 130, 64};
        std::vector<ScoreTable> parts(sizes.size());
        ScoreTable expected;
        int serial = 0;
        for (std::size_t p = 0; p < sizes.size(); ++p)
            for (int i = 0; i < sizes[p]; ++i, ++serial) {
                ScoreRow r = row(QStringLiteral("m%1").arg(serial), 1e9 + serial, 0.5);
                if (p != 1 && serial % 3 == 0)
                    r.stderr_ = serial / 1000.0;
                if (p == 3 && serial % 7 == 0)
                    r.n = serial;
                parts[p].append(r);
                expected.append(r);
            }
        OrderedTableMerge merge(std::vector<std::size_t>(parts.size(), 1));
        for (std::size_t p = parts.size(); p-- > 0;)
            merge.submit(p, ScoreTable(parts[p]));
        for (const ScoreTable& merged : {merge.finish(2).table, [&parts] {
                                             ScoreTable t;
                                             for (const ScoreTable& p : parts)
                                                 t.append(p);
                                             return t;
                                         }()}) {
            QCOMPARE(merged.rowCount(), expected.rowCount());
            for (qsizetype i = 0; i < merged.rowCount(); ++i) {
                QCOMPARE(merged.row(i).stderr_, expected.row(i).stderr_);
                QCOMPARE(merged.row(i).n, expected.row(i).n);
            }
        }
        QCOMPARE(expected.row(99).stderr_, std::optional<double>(0.099));
        QVERIFY(!expected.row(102).stderr_); // part 1 has no values
        QCOMPARE(expected.row(175).n, std::optional<qint64>(175));
    }
};

QTEST_APPLESS_MAIN(tst_ScoreTable)
#include "tst_ScoreTable.moc"
