// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ScoreTable.h"

#include <QTest>

using namespace ee;

class TestScoreTable : public QObject {
    Q_OBJECT
    static ScoreRow row(const QString& model, double params, double value,
                        const QString& family = QStringLiteral("F"))
    {
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
    void rowsRoundTripThroughTheColumnStore()
    {
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
    void curveIsSortedByScaleWithUnknownScalesLast()
    {
        ScoreTable t;
        t.append(row(QStringLiteral("big"), 1e10, 0.9));
        ScoreRow unknown = row(QStringLiteral("mystery"), 1, 0.3);
        unknown.scale.params.reset();
        t.append(unknown);
        t.append(row(QStringLiteral("small"), 1e8, 0.1));
        t.append(row(QStringLiteral("zero"), 0, 0.2));
        t.append(row(QStringLiteral("other-family"), 1e9, 0.7, QStringLiteral("G")));
        const CurveKey key{QStringLiteral("t"), {}, QStringLiteral("acc"), QStringLiteral("F"), 2,
                           QStringLiteral("standard")};
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
    void listsAndFilters()
    {
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
    void duplicatesWithDifferentValuesAreKeptAndReported()
    {
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
    void tenThousandCurvesStayIndexed()
    {
        ScoreTable t;
        for (int task = 0; task < 1000; ++task)
            for (int m = 0; m < 10; ++m) {
                ScoreRow r = row(QStringLiteral("m%1").arg(m), std::pow(10.0, 7 + m), m / 10.0);
                r.task = QStringLiteral("task%1").arg(task);
                t.append(r);
            }
        QCOMPARE(t.tasks().size(), 1000);
        const CurveKey key{QStringLiteral("task500"), {}, QStringLiteral("acc"), QStringLiteral("F"),
                           2, QStringLiteral("standard")};
        QCOMPARE(t.curve(key, ScaleAxis::Params).points.size(), 10);
        // Ids, not strings, per row: a row of nine QStrings and optionals would take > 300 bytes.
        QVERIFY2(t.memoryBytes() / t.rowCount() < 100, qPrintable(QString::number(t.memoryBytes())));
    }
};

QTEST_APPLESS_MAIN(TestScoreTable)
#include "tst_ScoreTable.moc"
