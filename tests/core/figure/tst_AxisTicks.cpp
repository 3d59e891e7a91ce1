// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/AxisTicks.h"

#include <QTest>
#include <cmath>

using namespace ee;

class tst_AxisTicks : public QObject {
    Q_OBJECT
private slots:
    void formatScale_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("axis");
        QTest::addColumn<QString>("label");
        const int params = int(ScaleAxis::Params), flops = int(ScaleAxis::Flops);
        QTest::newRow("1B") << 1e9 << params << QStringLiteral("1B");
        QTest::newRow("125M") << 1.25e8 << params << QStringLiteral("125M");
        QTest::newRow("1.3B") << 1.3e9 << params << QStringLiteral("1.3B");
        QTest::newRow("2T") << 2e12 << params << QStringLiteral("2T");
        QTest::newRow("500") << 500.0 << params << QStringLiteral("500");
        QTest::newRow("10^21") << 1e21 << flops << QStringLiteral("10²¹");
        QTest::newRow("3x10^22") << 3e22 << flops << QStringLiteral("3×10²²");
    }
    void formatScale() {
        QFETCH(double, value);
        QFETCH(int, axis);
        QFETCH(QString, label);
        QCOMPARE(AxisTicks::formatScale(value, ScaleAxis(axis)), label);
    }

    void logTicksDecades() {
        const auto ticks = AxisTicks::logTicks(7.9, 11.2, ScaleAxis::Params);
        QCOMPARE(ticks.size(), 4);
        QCOMPARE(ticks.first().label, QStringLiteral("100M"));
        QCOMPARE(ticks.last().label, QStringLiteral("100B"));
        QCOMPARE(ticks[1].position, 9.0);
    }

    // STYLE.md: a QLogValueAxis spanning under a decade shows no labels. Ours must.
    void logTicksUnderOneDecade() {
        const auto ticks =
            AxisTicks::logTicks(std::log10(1.5e9), std::log10(8e9), ScaleAxis::Params);
        QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
        for (const AxisTick& t : ticks) {
            QVERIFY(t.position >= std::log10(1.5e9) - 1e-9);
            QVERIFY(t.position <= std::log10(8e9) + 1e-9);
        }
        QCOMPARE(ticks.first().label, QStringLiteral("2B"));
    }

    // Llama-2 7B and 13B (the bundled WinoGrande option log-probs): labels on both sides of
    // 10B, evenly spaced in value.
    void logTicksAcrossAPowerOfTen() {
        const auto ticks =
            AxisTicks::logTicks(std::log10(5.5e9), std::log10(1.45e10), ScaleAxis::Params);
        QStringList labels;
        for (const AxisTick& t : ticks) {
            labels << t.label;
            QVERIFY(t.position >= std::log10(5.5e9) - 1e-9);
            QVERIFY(t.position <= std::log10(1.45e10) + 1e-9);
        }
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("6B"), QStringLiteral("8B"), QStringLiteral("10B"),
                              QStringLiteral("12B"), QStringLiteral("14B")}));
        QCOMPARE(ticks[2].position, 10.0);
    }

    void linearTicks_data() {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("unit") << -0.05 << 1.05
                              << QStringList{QStringLiteral("0.00"), QStringLiteral("0.25"),
                                             QStringLiteral("0.50"), QStringLiteral("0.75"),
                                             QStringLiteral("1.00")};
        QTest::newRow("bleu") << -2.0 << 55.0
                              << QStringList{QStringLiteral("0"), QStringLiteral("20"),
                                             QStringLiteral("40")};
        // The predicted whole of 100 parts that each must be right (Pythia multiplication):
        // fixed decimals took 135 of them.
        QTest::newRow("tiny") << -1.3765e-134 << 2.89065e-133
                              << QStringList{QStringLiteral("0"), QStringLiteral("10⁻¹³³"),
                                             QStringLiteral("2×10⁻¹³³")};
        QTest::newRow("large, negative")
            << -3.2e6 << 1.1e6
            << QStringList{QStringLiteral("-3×10⁶"), QStringLiteral("-2×10⁶"),
                           QStringLiteral("-10⁶"), QStringLiteral("0"), QStringLiteral("10⁶")};
        QTest::newRow("five decimals stay fixed")
            << 0.0 << 0.0001 << QStringList{QStringLiteral("0.00000"), QStringLiteral("0.00002"),
                                            QStringLiteral("0.00004"), QStringLiteral("0.00006"),
                                            QStringLiteral("0.00008"), QStringLiteral("0.00010")};
        // Both ends finite, their difference not: no ticks rather than a cast of infinity to
        // int (undefined behaviour; the sanitizer build has float-cast-overflow).
        QTest::newRow("span beyond a double") << -1.5e308 << 1.5e308 << QStringList{};
    }
    void linearTicks() {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QStringList, labels);
        QStringList got;
        for (const AxisTick& t : AxisTicks::linearTicks(min, max, 5))
            got << t.label;
        QCOMPARE(got, labels);
    }
};

QTEST_APPLESS_MAIN(tst_AxisTicks)
#include "tst_AxisTicks.moc"
