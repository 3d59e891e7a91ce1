// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20: on a narrow chart the log x axis ran "10M100M" together and cut "10T" at the
// chart's right edge. render::fitTicks chooses the labels that fit the plot width.
#include "render/TickFit.h"

#include <QTest>

using namespace ee::render;

namespace {

// Advances of the labels in 9 pt DejaVu Sans at 96 dpi (QFontMetricsF, rounded to 0.5 px):
// 10M, 100M, 1B, 10B, 100B, 1T, 10T at log10 = 7 … 13, the toy model's x axis.
const QList<double> kDecades = {7, 8, 9, 10, 11, 12, 13};
const QList<double> kWidths = {26, 34.5, 16.5, 24.5, 33, 15, 23};

} // namespace

class tst_TickFit : public QObject {
    Q_OBJECT
private slots:
    void choosesLabelsThatFit_data() {
        QTest::addColumn<QList<double>>("positions");
        QTest::addColumn<QList<double>>("widths");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("plotWidth");
        QTest::addColumn<QList<int>>("kept");
        QTest::addColumn<double>("overhang");
        // Wide enough: every decade, and "10T" at the right end hangs out by half its width.
        QTest::newRow("wide: all") << kDecades << kWidths << 6.8 << 13.0 << 600.0
                                   << QList<int>{0, 1, 2, 3, 4, 5, 6} << 11.5;
        // 150 px: decades 24 px apart, "10M" and "100M" need 30.25 + the gap of 4: every 2nd
        // decade, the even ones (100M, 10B, 1T), and "1T" ends inside the plot.
        QTest::newRow("150 px: every 2nd")
            << kDecades << kWidths << 6.8 << 13.0 << 150.0 << QList<int>{1, 3, 5} << 0.0;
        // 60 px: every 3rd decade, on the multiples of three (1B, 1T).
        QTest::newRow("60 px: every 3rd")
            << kDecades << kWidths << 6.8 << 13.0 << 60.0 << QList<int>{2, 5} << 0.0;
        // FLOPs with every other decade already (10²⁰, 10²², …): the stride counts in steps,
        // so every 2nd label is every 4th decade (10²⁰, 10²⁴).
        QTest::newRow("steps of two decades")
            << QList<double>{20, 22, 24, 26} << QList<double>{30, 30, 30, 30} << 19.5 << 26.0
            << 80.0 << QList<int>{0, 2} << 0.0;
        // Linear ticks (a capability index): the first and every stride-th after it.
        QTest::newRow("linear: every 2nd") << QList<double>{-1.5, -1.0, -0.5, 0.0, 0.5, 1.0}
                                           << QList<double>{30, 30, 30, 30, 30, 30} << -1.6 << 1.1
                                           << 150.0 << QList<int>{0, 2, 4} << 0.0;
        // Stride 2 on the multiples of two leaves one label (8); the odd ones leave two.
        QTest::newRow("two labels over one") << QList<double>{7, 8, 9} << QList<double>{20, 20, 20}
                                             << 6.5 << 9.0 << 50.0 << QList<int>{0, 2} << 10.0;
        // No two labels fit: one, on a multiple of the stride (10⁸), hanging out by 25 px.
        QTest::newRow("one label") << QList<double>{7, 8} << QList<double>{50, 50} << 6.75 << 8.0
                                   << 40.0 << QList<int>{1} << 25.0;
        QTest::newRow("not laid out yet")
            << kDecades << kWidths << 6.8 << 13.0 << 0.0 << QList<int>{0} << 0.0;
        QTest::newRow("no ticks") << QList<double>{} << QList<double>{} << 0.0 << 1.0 << 100.0
                                  << QList<int>{} << 0.0;
    }

    void choosesLabelsThatFit() {
        QFETCH(QList<double>, positions);
        QFETCH(QList<double>, widths);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, plotWidth);
        QFETCH(QList<int>, kept);
        QFETCH(double, overhang);
        const TickFit fit = fitTicks(positions, widths, min, max, plotWidth, 4.0);
        QList<int> got;
        for (qsizetype i : fit.kept)
            got.append(int(i));
        QCOMPARE(got, kept);
        QCOMPARE(fit.rightOverhang, overhang);
    }
};

QTEST_APPLESS_MAIN(tst_TickFit)
#include "tst_TickFit.moc"
