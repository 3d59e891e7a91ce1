// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Rubric.h"

#include <QDir>
#include <QTest>

using namespace ee;

namespace {

ee::ExampleGroupKey key(const QString& model, double params) {
    ee::ExampleGroupKey k;
    k.task = QStringLiteral("emoji_movie");
    k.family = QStringLiteral("F");
    k.model = model;
    k.scale.params = params;
    return k;
}

ee::Example example(const QString& id, const QString& output, const QString& target) {
    ee::Example e;
    e.id = id;
    e.output = output;
    e.targets = {target};
    return e;
}

QString rubricsDir() {
    return QStringLiteral(EE_TEST_FIXTURES "/../../resources/rubrics");
}

} // namespace

class tst_Rubric : public QObject {
    Q_OBJECT
private slots:
    void shippedRubricsLoad() {
        const QStringList files = QDir(rubricsDir()).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 3);
        for (const QString& f : files) {
            QString error;
            const auto r = loadRubric(QDir(rubricsDir()).filePath(f), &error);
            QVERIFY2(r, qPrintable(error));
            QVERIFY(r->stages.size() >= 2);
        }
    }

    void stagesAreOrdered_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("passed");
        // emoji_movie_stages: title-like → shares a word → exact
        QTest::newRow("exact") << "Finding Nemo" << 3;
        QTest::newRow("shares a word") << "Finding Dory" << 2;
        QTest::newRow("no shared word") << "The Lion King" << 1;
        QTest::newRow("not a title") << "i think it is a fish movie." << 0;
        // An exact answer that is not title-like never reaches later stages.
        QTest::newRow("order matters") << "finding nemo" << 0;
    }
    void stagesAreOrdered() {
        QFETCH(QString, output);
        QFETCH(int, passed);
        QString error;
        const auto r =
            loadRubric(rubricsDir() + QStringLiteral("/emoji_movie_stages.json"), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->stagesPassed(output, {QStringLiteral("Finding Nemo")}), passed);
    }

    void thresholdsUseTheMetricsEngine() {
        QString error;
        const auto r =
            loadRubric(rubricsDir() + QStringLiteral("/translation_quality_stages.json"), &error);
        QVERIFY2(r, qPrintable(error));
        const QStringList t{QStringLiteral("the cat sat on the mat today")};
        QCOMPARE(r->stagesPassed(QStringLiteral("the cat sat on the mat today"), t), 3);
        // one token different: 1 edit, BLEU = 100·exp(mean log p) with p = 6/7, 4/6, 3/5, 2/4 → <
        // 100
        QCOMPARE(r->stagesPassed(QStringLiteral("the cat sat on the mat now"), t), 2);
        QCOMPARE(r->stagesPassed(QStringLiteral("a dog ran far away from here"), t), 0);
    }

    void curvesPerStage() {
        const auto r = rubricFromJson(
            "{\"name\": \"r\", \"stages\": [\n"
            "            {\"name\": \"has digits\", \"type\": \"regex\", \"pattern\": \"\\\\d\"},\n"
            "            {\"name\": \"exact\", \"type\": \"exact_match\"}]}");
        QVERIFY(r);
        ee::ExampleSet set;
        set.add(key(QStringLiteral("big"), 1e10),
                example(QStringLiteral("1"), QStringLiteral("42"), QStringLiteral("42")));
        set.add(key(QStringLiteral("big"), 1e10),
                example(QStringLiteral("2"), QStringLiteral("41"), QStringLiteral("42")));
        set.add(key(QStringLiteral("small"), 1e8),
                example(QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("42")));
        set.add(key(QStringLiteral("small"), 1e8),
                example(QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("42")));
        const QList<RubricGroupResult> res = applyRubric(*r, set);
        QCOMPARE(res.size(), 2);
        QCOMPARE(res.at(0).rate, (std::vector<double>{1.0, 0.5}));
        QCOMPARE(res.at(1).rate, (std::vector<double>{0.5, 0.0}));
        const QList<Curve> curves = rubricCurves(*r, res);
        QCOMPARE(curves.size(), 2);
        QCOMPARE(curves.at(0).key.metric, QStringLiteral("rubric:r/has digits"));
        QCOMPARE(curves.at(0).points.at(0).model, QStringLiteral("small")); // sorted by scale
        QCOMPARE(curves.at(1).points.at(1).value, 0.5);
        QCOMPARE(*curves.at(1).points.at(1).n, 2);
    }

    void badRubricsAreExplained_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name")
            << QByteArray("{\"stages\": [{\"name\": \"a\", \"type\": \"exact_match\"}]}") << "name";
        QTest::newRow("no stages") << QByteArray("{\"name\": \"x\"}") << "stages";
        QTest::newRow("bad type")
            << QByteArray("{\"name\": \"x\", \"stages\": [{\"name\": \"a\", \"type\": \"vibes\"}]}")
            << "stages[0]";
        QTest::newRow("bad regex") << QByteArray("{\"name\": \"x\", \"stages\": [{\"name\": \"a\", "
                                                 "\"type\": \"regex\", \"pattern\": \"(\"}]}")
                                   << "pattern";
        QTest::newRow("no threshold") << QByteArray("{\"name\": \"x\", \"stages\": [{\"name\": "
                                                    "\"a\", \"type\": \"bleu_at_least\"}]}")
                                      << "threshold";
    }
    void badRubricsAreExplained() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!rubricFromJson(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(tst_Rubric)
#include "tst_Rubric.moc"
