// SPDX-License-Identifier: GPL-3.0-or-later
// SQuAD v1.1 answer normalisation, exact match and token F1 (issue 18): hand-computed cases,
// then a randomised cross-check against bench/metrics/squad_reference.py (Python's own `re`,
// string.punctuation and Counter), which needs only python3.
#include "TestSkip.h"
#include "metrics/SquadAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <random>

using namespace ee;

class tst_SquadAnswer : public QObject {
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void scores_data();
    void scores();
    void noGoldAnswers();
    void againstPython();
};

void tst_SquadAnswer::normalize_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("articles and case") << QStringLiteral("The Cat and an Apple") << "cat and apple";
    QTest::newRow("punctuation removed, not spaced")
        << QStringLiteral("U.S.A., (1,000)!") << "usa 1000";
    QTest::newRow("article inside a word kept")
        << QStringLiteral("theatre another a1") << "theatre another a1";
    // '-' and '_' are punctuation: removed before the articles, so no boundary is left.
    QTest::newRow("article joined by removed punctuation")
        << QStringLiteral("the-a an_b") << "thea anb";
    QTest::newRow("non-ASCII punctuation kept") << QStringLiteral("«the» café") << "« » café";
    QTest::newRow("article next to a letter with accent") << QStringLiteral("aé a") << "aé";
    QTest::newRow("whitespace collapsed") << QStringLiteral("  a\tb\u00A0 c ") << "b c";
    QTest::newRow("empty") << QString() << "";
    QTest::newRow("dotted capital I") << QStringLiteral("\u0130") << "i\u0307";
}

void tst_SquadAnswer::normalize() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(squadNormalize(in), out);
}

void tst_SquadAnswer::scores_data() {
    QTest::addColumn<QString>("prediction");
    QTest::addColumn<QStringList>("golds");
    QTest::addColumn<double>("em");
    QTest::addColumn<double>("f1");
    QTest::newRow("exact after normalisation")
        << QStringLiteral("The Eiffel Tower.") << QStringList{QStringLiteral("eiffel tower")} << 1.0
        << 1.0;
    // pred {eiffel, tower, paris}, gold {eiffel, tower}: p = 2/3, r = 1, F1 = 0.8.
    QTest::newRow("partial") << QStringLiteral("Eiffel Tower Paris")
                             << QStringList{QStringLiteral("the Eiffel Tower")} << 0.0 << 0.8;
    QTest::newRow("max over golds")
        << QStringLiteral("paris") << QStringList{QStringLiteral("London"), QStringLiteral("Paris")}
        << 1.0 << 1.0;
    // Repeated tokens count as a multiset: pred {a1, a1, b}, gold {a1, b, b}: 2 shared.
    QTest::newRow("multiset") << QStringLiteral("x x y") << QStringList{QStringLiteral("x y y")}
                              << 0.0 << 2.0 / 3.0;
    // Both empty after normalisation: v1.1 gives EM 1 but F1 0 (no shared token).
    QTest::newRow("both only articles")
        << QStringLiteral("the") << QStringList{QStringLiteral("a")} << 1.0 << 0.0;
    QTest::newRow("empty prediction")
        << QString() << QStringList{QStringLiteral("x")} << 0.0 << 0.0;
}

void tst_SquadAnswer::scores() {
    QFETCH(QString, prediction);
    QFETCH(QStringList, golds);
    QFETCH(double, em);
    QFETCH(double, f1);
    QCOMPARE(*squadExactMatch(prediction, golds), em);
    QCOMPARE(*squadTokenF1(prediction, golds), f1);
}

void tst_SquadAnswer::noGoldAnswers() {
    QVERIFY(!squadExactMatch(QStringLiteral("x"), {}));
    QVERIFY(!squadTokenF1(QStringLiteral("x"), {}));
}

void tst_SquadAnswer::againstPython() {
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("0")});
    if (!probe.waitForFinished(20000) || probe.exitCode() != 0)
        EE_SKIP_OR_FAIL("/usr/bin/python3 is not installed");
    const QStringList vocab = {
        QStringLiteral("the"), QStringLiteral("The"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("An."), QStringLiteral("theatre"), QStringLiteral("cat"),
        QStringLiteral("Cat's"), QStringLiteral("1,000"), QStringLiteral("U.S."),
        QStringLiteral("café"), QStringLiteral("«a»"), QStringLiteral("a_b"),
        QStringLiteral("-the-"), QStringLiteral("ΣΑΣ"), QStringLiteral("北京"),
        QStringLiteral("x\u00A0a"), QStringLiteral("aé"), QStringLiteral("é a"),
        QStringLiteral("2a"), QStringLiteral("a2"), QStringLiteral("\t"), QStringLiteral("!"),
        QStringLiteral("dog"),
        // ASCII control characters are neither word characters nor spaces: they keep an
        // article's boundary and stay in their token (the ASCII fast path must agree).
        QStringLiteral("\u0001the\u0001"), QStringLiteral("x\u001Fa"), QStringLiteral("Z9_An"),
        QStringLiteral("\u007F"), QStringLiteral("THE\u000Ban")};
    std::mt19937 rng(18);
    const auto text = [&] {
        QString s;
        const int n = static_cast<int>(rng() % 7);
        for (int i = 0; i < n; ++i)
            s += (i && rng() % 4 ? QStringLiteral(" ") : QString()) +
                 vocab[static_cast<qsizetype>(rng() % static_cast<unsigned>(vocab.size()))];
        return s;
    };
    QJsonArray cases;
    QList<std::pair<QString, QStringList>> ours;
    for (int i = 0; i < 1500; ++i) {
        const QString p = text();
        QStringList golds;
        for (int k = 0; k < 1 + static_cast<int>(rng() % 3); ++k)
            golds << text();
        ours.append({p, golds});
        cases.append(QJsonObject{{QStringLiteral("prediction"), p},
                                 {QStringLiteral("golds"), QJsonArray::fromStringList(golds)}});
    }
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral(EE_TEST_FIXTURES "/../../bench/metrics/squad_reference.py")});
    py.write(QJsonDocument(QJsonObject{{QStringLiteral("cases"), cases}}).toJson());
    py.closeWriteChannel();
    QVERIFY(py.waitForFinished(60000));
    QCOMPARE(py.exitCode(), 0);
    const QJsonArray out = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
    QCOMPARE(out.size(), cases.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QJsonArray r = out[i].toArray();
        const auto& [p, golds] = ours[i];
        QCOMPARE(squadNormalize(p), r[0].toString());
        QCOMPARE(*squadExactMatch(p, golds), r[1].toString().toDouble());
        QCOMPARE(*squadTokenF1(p, golds), r[2].toString().toDouble());
    }
}

QTEST_APPLESS_MAIN(tst_SquadAnswer)
#include "tst_SquadAnswer.moc"
