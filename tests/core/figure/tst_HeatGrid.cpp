// SPDX-License-Identifier: GPL-3.0-or-later
// Many subtask curves as a grid for the heat map (issue #15 item 4): hand-made curves for the
// rules, and the bundled Pythia arithmetic data (100 subtasks) for the real case.
#include "figure/HeatGrid.h"
#include "io/DataLoader.h"

#include <QTest>

using namespace ee;

namespace {

Curve curve(const QString& subtask, const QList<std::pair<double, double>>& points) {
    Curve c;
    c.key.subtask = subtask;
    for (const auto& [x, y] : points)
        c.points.append({QStringLiteral("m%1").arg(x), {}, x, y, {}, {}, {}, {}});
    return c;
}

} // namespace

class tst_HeatGrid : public QObject {
    Q_OBJECT
private slots:
    void rowsEasiestFirstAndMissingCells() {
        const QList<Curve> curves = {
            curve(QStringLiteral("hard"), {{1e8, 0.0}, {1e9, 0.1}, {1e10, 0.2}}),
            curve(QStringLiteral("easy"), {{1e8, 0.5}, {1e10, 0.9}}),
            curve(QStringLiteral("offaxis"), {{0.0, 0.7}}), // no size a log axis can show
        };
        const HeatGrid g = buildHeatGrid(
            curves, {QStringLiteral("hard"), QStringLiteral("easy"), QStringLiteral("offaxis")});
        QCOMPARE(g.rows, (QStringList{QStringLiteral("easy"), QStringLiteral("hard")}));
        QCOMPARE(g.x, (std::vector<double>{1e8, 1e9, 1e10}));
        QCOMPARE(g.missing, 1);
        QVERIFY(!g.values[0][1].has_value()); // easy has no 1e9 model
        QCOMPARE(*g.values[1][2], 0.2);
        QCOMPARE(g.min, 0.0); // proportions: the whole 0–1 scale
        QCOMPARE(g.max, 1.0);
    }

    void valuesOutsideZeroOneKeepTheirRange() {
        const HeatGrid g = buildHeatGrid({curve(QStringLiteral("a"), {{1e8, 12.0}, {1e9, 40.0}})},
                                         {QStringLiteral("a")});
        QCOMPARE(g.min, 12.0);
        QCOMPARE(g.max, 40.0);
    }

    void bundledPythiaMultiplicationHasAHundredRows() {
        const ImportResult data = DataLoader::load({QStringLiteral(EE_TEST_DATASETS)});
        CurveFilter f;
        f.task = QStringLiteral("pythia_arithmetic_multiplication");
        QList<Curve> parts;
        QStringList names;
        QString family;
        for (const Curve& c : data.table.curves(f, ScaleAxis::Params)) {
            if (c.key.subtask.isEmpty())
                continue;
            if (family.isEmpty())
                family = c.key.family;
            if (c.key.family != family || c.key.metric != parts.value(0, c).key.metric ||
                c.key.shots != parts.value(0, c).key.shots)
                continue;
            parts << c;
            names << c.key.subtask;
        }
        const HeatGrid g = buildHeatGrid(parts, names);
        QCOMPARE(g.rows.size(), 100);
        QVERIFY(g.x.size() >= 5);
        QCOMPARE(qsizetype(g.values.size()), g.rows.size());
        for (const auto& row : g.values)
            QCOMPARE(row.size(), g.x.size());
    }
};

QTEST_GUILESS_MAIN(tst_HeatGrid)
#include "tst_HeatGrid.moc"
