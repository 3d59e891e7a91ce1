// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ToyModel.h"

#include <QFile>
#include <QTest>
#include <cmath>

using namespace ee;

class tst_ToyModel : public QObject {
    Q_OBJECT
private slots:
    void matchesReferenceGrid() {
        // Derived oracle in ../shared/data (Kaplan constants, L = 1…5); values printed to 6
        // significant digits, so compare relatively at 1e-5.
        QFile f(
            QStringLiteral(EE_TEST_SHARED_DATA
                           "/schaeffer2023-mirage/toy_model_reference_grid_kaplan_constants.csv"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QStringList header =
            QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
        QCOMPARE(header.at(0), QStringLiteral("N_params"));
        int rows = 0;
        const auto close = [](double a, double b) {
            return std::abs(a - b) <= 1e-5 * std::max(std::abs(b), 1e-300) + 1e-6;
        };
        while (!f.atEnd()) {
            const QStringList cells =
                QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
            if (cells.size() < 13)
                continue;
            const double n = cells.at(0).toDouble();
            for (int L = 1; L <= 5; ++L) {
                const ToyPoint t = toyModelClosedForm({8.8e13, -0.076, L}, {n}).front();
                QVERIFY2(close(t.lossNats, cells.at(1).toDouble()), qPrintable(cells.at(0)));
                QVERIFY2(std::abs(t.pToken - cells.at(2).toDouble()) < 1e-6,
                         qPrintable(cells.at(0)));
                QVERIFY2(close(t.exactMatch, cells.at(2 + L).toDouble()),
                         qPrintable(QStringLiteral("N=%1 L=%2").arg(cells.at(0)).arg(L)));
                QVERIFY2(std::abs(t.tokenEditDistance - cells.at(7 + L).toDouble()) < 1e-5,
                         qPrintable(QStringLiteral("N=%1 L=%2").arg(cells.at(0)).arg(L)));
            }
            ++rows;
        }
        QCOMPARE(rows, 51);
    }

    void finiteTestSetRounds() {
        // teaching preset at N = 1e10: p = e^−0.1, EM_5 = e^−0.5 = 0.60653…; n = 10 → 0.6
        const ToyPoint t = toyModelClosedForm({1e9, -1.0, 5}, {1e10}, 10).front();
        QVERIFY(std::abs(t.exactMatch - std::exp(-0.5)) < 1e-15);
        QCOMPARE(*t.exactMatchFinite, 0.6);
        QVERIFY(!toyModelClosedForm({1e9, -1.0, 5}, {1e10}).front().exactMatchFinite);
    }

    void teachingPresetTransitionWindow() {
        const ToyPreset p = *toyPreset(QStringLiteral("teaching"));
        const ToyModelParams params{p.c, p.alpha, 5};
        const auto at = [&](double n) {
            return toyModelClosedForm(params, {n}).front().exactMatch;
        };
        QVERIFY(at(1e9) < 0.1);
        QVERIFY(at(1e11) > 0.9);
        QVERIFY(toyPreset(QStringLiteral("kaplan"))->c == 8.8e13);
        // Kaplan: far above 1e12 the transition has not happened at 1e12 yet.
        QVERIFY(toyModelClosedForm({8.8e13, -0.076, 5}, {1e12}).front().exactMatch < 0.01);
    }

    void logSpacing() {
        const std::vector<double> s = logSpacedScales(1e7, 1e12, 51);
        QCOMPARE(s.size(), std::size_t(51));
        QCOMPARE(s.front(), 1e7);
        QVERIFY(std::abs(s[10] / 1e8 - 1) < 1e-12);
        QVERIFY(std::abs(s.back() / 1e12 - 1) < 1e-12);
    }

    void sampledModeIsSeededAndScored() {
        const ToyModelParams p{1e9, -1.0, 5};
        const std::vector<double> n{1e8, 1e10, 1e13};
        const auto a = toyModelSampled(p, n, 400, 9), b = toyModelSampled(p, n, 400, 9);
        QCOMPARE(a.size(), std::size_t(3));
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].exactMatch, b[i].exactMatch);
            QCOMPARE(a[i].corpusBleu, b[i].corpusBleu);
            // sampling agrees with the closed form within ~4 binomial standard errors
            const ToyPoint t = toyModelClosedForm(p, {n[i]}).front();
            const double se = std::sqrt(t.exactMatch * (1 - t.exactMatch) / 400) + 1e-9;
            QVERIFY2(std::abs(a[i].exactMatch - t.exactMatch) < 4 * se + 0.005,
                     qPrintable(QString::number(a[i].exactMatch)));
            QVERIFY(std::abs(a[i].meanTokenEditDistance - t.tokenEditDistance) < 0.2);
        }
        // At 1e13 nearly every token is right: BLEU near 100; at 1e8 nearly none: near 0.
        QVERIFY(a[2].corpusBleu > 99);
        QVERIFY(a[0].corpusBleu < 1);
        QVERIFY(a[0].meanSentenceBleu >= 0);
        QCOMPARE(toyTarget(3), QStringLiteral("t1 t2 t3"));
        const auto c = toyModelSampled(p, n, 400, 10);
        QVERIFY(c[1].exactMatch != a[1].exactMatch ||
                c[1].meanTokenEditDistance != a[1].meanTokenEditDistance);
    }
};

QTEST_APPLESS_MAIN(tst_ToyModel)
#include "tst_ToyModel.moc"
