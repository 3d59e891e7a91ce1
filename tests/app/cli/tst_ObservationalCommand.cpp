// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence forecast --observational` end to end, in process, on the bundled ObsScaling tables
// (observed scores checked against the original eval_results CSV in ../shared/data).
#include "CliRun.h"
#include "cli/Cli.h"
#include "cli/Commands.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ee::cli;

namespace {
using ee::test::Run;
Run run(const QStringList& args) {
    return ee::test::run(
        runForecast,
        QStringList{QStringLiteral("forecast"), QStringLiteral("--observational")} + args);
}
const QString kEmergent =
    QStringLiteral(EE_TEST_SHARED_DATA "/obsscaling/eval_results/"
                                       "base_llm_emergent_capability_eval.csv");

QStringList wordUnscrambling() {
    return {QStringLiteral("--task"),   QStringLiteral("word_unscrambling"),
            QStringLiteral("--metric"), QStringLiteral("exact_match"),
            QStringLiteral("--shots"),  QStringLiteral("2")};
}

/// Model → value of one column of the original ObsScaling table.
QHash<QString, double> originalColumn(const QString& column) {
    QFile f(kEmergent);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QList<QByteArray> header = lines.front().trimmed().split(',');
    const qsizetype c = header.indexOf(column.toUtf8());
    QHash<QString, double> out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        bool ok = false;
        if (cells.size() > c && c > 0) {
            const double v = cells[c].toDouble(&ok);
            if (ok)
                out.insert(QString::fromUtf8(cells[0]), v);
        }
    }
    return out;
}
} // namespace

class tst_ObservationalCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("EE_DATASETS_DIR", EE_TEST_DATASETS); }

    void jsonOnBundledData() {
        const Run r =
            run(wordUnscrambling() +
                QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("8.4e22"),
                            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, int(Success));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray points = o.value(QLatin1String("points")).toArray();
        const int nTrain = o.value(QLatin1String("n_train")).toInt();
        const int nTest = o.value(QLatin1String("n_test")).toInt();
        QVERIFY(nTrain > 10 && nTest > 10);
        QCOMPARE(points.size(), nTrain + nTest);
        // test_mse is the mean squared miss over the held-out points, as printed.
        double sum = 0;
        int outside = 0;
        const QHash<QString, double> original =
            originalColumn(QStringLiteral("word_unscrambling_2_exact_match"));
        if (QFileInfo::exists(kEmergent))
            QVERIFY(original.size() > 70);
        for (const QJsonValue& v : points) {
            const QJsonObject p = v.toObject();
            const double obs = p.value(QLatin1String("observed")).toDouble();
            const QString model = p.value(QLatin1String("model")).toString();
            if (!original.isEmpty())
                QCOMPARE(obs, original.value(model, -1));
            QCOMPARE(p.value(QLatin1String("train")).toBool(),
                     p.value(QLatin1String("scale")).toDouble() <= 8.4e22);
            const double lo = p.value(QLatin1String("ci_low")).toDouble();
            const double hi = p.value(QLatin1String("ci_high")).toDouble();
            QVERIFY(lo <= hi);
            QCOMPARE(p.value(QLatin1String("outside")).toBool(), obs < lo || obs > hi);
            if (p.value(QLatin1String("train")).toBool())
                continue;
            const double d = p.value(QLatin1String("predicted")).toDouble() - obs;
            sum += d * d;
            outside += p.value(QLatin1String("outside")).toBool();
        }
        QVERIFY(std::abs(sum / nTest - o.value(QLatin1String("test_mse")).toDouble()) < 1e-12);
        QCOMPARE(o.value(QLatin1String("outside_count")).toInt(), outside);
        const QJsonObject form = o.value(QLatin1String("form")).toObject();
        QCOMPARE(form.value(QLatin1String("predictors")).toArray().size(), 3);
        const QJsonObject pca = form.value(QLatin1String("pca")).toObject();
        QCOMPARE(pca.value(QLatin1String("loadings")).toArray().size(), 3);
        double explained = 0;
        for (const QJsonValue& e : pca.value(QLatin1String("explained_variance")).toArray())
            explained += e.toDouble();
        QVERIFY(std::abs(explained - 1) < 1e-9);
        // Models without every benchmark score are listed with the reason.
        const QJsonArray leftOut = o.value(QLatin1String("left_out")).toArray();
        QVERIFY(!leftOut.isEmpty());
        for (const QJsonValue& v : leftOut)
            QVERIFY(!v.toObject().value(QLatin1String("reason")).toString().isEmpty());
    }

    void csvListsLeftOutOnStderr() {
        const Run r = run(wordUnscrambling() + QStringList{QStringLiteral("--train-below-flops"),
                                                           QStringLiteral("8.4e22")});
        QCOMPARE(r.code, int(Success));
        QVERIFY(r.out.startsWith(QStringLiteral("model,family,scale,x,observed,predicted")));
        QVERIFY(r.err.contains(QStringLiteral("left out")));
    }

    // --impute pca: every imputed score is named, in "impute" and on its point; nothing else
    // about the points changes shape.
    void imputeJsonListsEveryImputedScore() {
        const Run none =
            run(wordUnscrambling() +
                QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("8.4e22"),
                            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(none.code, int(Success));
        const QJsonObject plain = QJsonDocument::fromJson(none.out.toUtf8()).object();
        QVERIFY(plain.value(QLatin1String("impute")).isNull());
        for (const QJsonValue& v : plain.value(QLatin1String("points")).toArray())
            QVERIFY(v.toObject().value(QLatin1String("imputed")).toArray().isEmpty());

        const Run r =
            run(wordUnscrambling() +
                QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("8.4e22"),
                            QStringLiteral("--impute"), QStringLiteral("pca"),
                            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, int(Success));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject im = o.value(QLatin1String("impute")).toObject();
        QCOMPARE(im.value(QLatin1String("method")).toString(), QStringLiteral("pca"));
        QCOMPARE(im.value(QLatin1String("rank")).toInt(), 1);
        QVERIFY(im.value(QLatin1String("converged")).toBool());
        QVERIFY(im.value(QLatin1String("iterations")).toInt() > 1);
        // The bundled data: Llama-3 (8B, 70B, 3.1-405B) lack ARC-C, Falcon (rw-1b, 7b, 40b)
        // HumanEval; six models more than without imputation.
        QHash<QString, QStringList> listed;
        for (const QJsonValue& v : im.value(QLatin1String("imputed")).toArray()) {
            QStringList b;
            for (const QJsonValue& x : v.toObject().value(QLatin1String("benchmarks")).toArray())
                b << x.toString();
            listed.insert(v.toObject().value(QLatin1String("model")).toString(), b);
        }
        QCOMPARE(listed.size(), 6);
        QCOMPARE(listed.value(QStringLiteral("meta-llama/Meta-Llama-3-8B")),
                 QStringList{QStringLiteral("ARC-C")});
        QCOMPARE(listed.value(QStringLiteral("tiiuae/falcon-7b")),
                 QStringList{QStringLiteral("HumanEval")});
        int withImputed = 0;
        for (const QJsonValue& v : o.value(QLatin1String("points")).toArray()) {
            const QJsonObject p = v.toObject();
            QStringList b;
            for (const QJsonValue& x : p.value(QLatin1String("imputed")).toArray())
                b << x.toString();
            QCOMPARE(b, listed.value(p.value(QLatin1String("model")).toString()));
            withImputed += !b.isEmpty();
        }
        QCOMPARE(withImputed, 6);
        QCOMPARE(o.value(QLatin1String("points")).toArray().size(),
                 plain.value(QLatin1String("points")).toArray().size() + 6);
        QCOMPARE(o.value(QLatin1String("left_out")).toArray().size(),
                 plain.value(QLatin1String("left_out")).toArray().size() - 6);
    }

    void imputeCsvNamesImputedOnStderr() {
        const Run r =
            run(wordUnscrambling() +
                QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("8.4e22"),
                            QStringLiteral("--impute"), QStringLiteral("pca")});
        QCOMPARE(r.code, int(Success));
        QVERIFY(r.out.startsWith(QStringLiteral("model,family,scale,x,observed,predicted,ci_low,"
                                                "ci_high,train,outside\n")));
        QVERIFY2(r.err.contains(QStringLiteral(
                     "emergence forecast: imputed meta-llama/Meta-Llama-3-70B: ARC-C\n")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral(": imputed ")), 6);
    }

    void errors_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no cutoff") << QStringList{} << int(UsageError) << "exactly one";
        QTest::newRow("two cutoffs")
            << QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("1e22"),
                           QStringLiteral("--train-below-params"), QStringLiteral("1e9")}
            << int(UsageError) << "exactly one";
        QTest::newRow("release date (issue #19: no dates in the data)")
            << QStringList{QStringLiteral("--train-before-date"), QStringLiteral("2023-07-18")}
            << int(UsageError) << "no score format the app reads carries a release date";
        QTest::newRow("bad predictors")
            << QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("1e22"),
                           QStringLiteral("--predictors"), QStringLiteral("pc:none")}
            << int(UsageError) << "--predictors";
        QTest::newRow("family") << QStringList{QStringLiteral("--train-below-flops"),
                                               QStringLiteral("1e22"), QStringLiteral("--family"),
                                               QStringLiteral("OPT")}
                                << int(UsageError) << "pools every family";
        QTest::newRow("no test models")
            << QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("1e30")}
            << int(DataError) << "nothing is left to predict";
        QTest::newRow("no training models")
            << QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("1")}
            << int(DataError) << "nothing to fit";
        QTest::newRow("PCs beyond the benchmarks")
            << QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("8.4e22"),
                           QStringLiteral("--predictors"), QStringLiteral("pc:9")}
            << int(DataError) << "9 PCs";
        QTest::newRow("unknown imputation")
            << QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("8.4e22"),
                           QStringLiteral("--impute"), QStringLiteral("mean")}
            << int(UsageError) << "--impute must be none or pca";
        QTest::newRow("rank without imputation")
            << QStringList{QStringLiteral("--train-below-flops"), QStringLiteral("8.4e22"),
                           QStringLiteral("--impute-rank"), QStringLiteral("2")}
            << int(UsageError) << "--impute-rank needs --impute pca";
        QTest::newRow("imputation with FLOPs")
            << QStringList{QStringLiteral("--train-below-flops"),
                           QStringLiteral("8.4e22"),
                           QStringLiteral("--impute"),
                           QStringLiteral("pca"),
                           QStringLiteral("--predictors"),
                           QStringLiteral("flops")}
            << int(UsageError) << "does not apply to --predictors flops";
        QTest::newRow("imputation rank of all benchmarks")
            << QStringList{QStringLiteral("--train-below-flops"),
                           QStringLiteral("8.4e22"),
                           QStringLiteral("--impute"),
                           QStringLiteral("pca"),
                           QStringLiteral("--impute-rank"),
                           QStringLiteral("8")}
            << int(DataError) << "imputation rank must lie between 1 and 7";
    }
    void errors() {
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, needle);
        const Run r = run(wordUnscrambling() + extra);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A user's file with one family: a clear message naming it, no fit.
    void oneFamilyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one_family.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("task,family,model,params,flops,metric,value\n");
        for (int i = 0; i < 8; ++i) {
            const QByteArray m = "M-" + QByteArray::number(i);
            const QByteArray fl = QByteArray::number(std::pow(10.0, 20 + i), 'g', 6);
            const QByteArray tail = "," + QByteArray::number(1e9 * (i + 1)) + "," + fl;
            f.write("MMLU,Fam," + m + tail + ",score," + QByteArray::number(0.2 + 0.05 * i) + "\n");
            f.write("ARC-C,Fam," + m + tail + ",score," + QByteArray::number(0.3 + 0.01 * i * i) +
                    "\n");
            f.write("T,Fam," + m + tail + ",acc," + QByteArray::number(0.1 * i) + "\n");
        }
        f.close();
        const Run r = run({path, QStringLiteral("--task"), QStringLiteral("T"),
                           QStringLiteral("--metric"), QStringLiteral("acc"),
                           QStringLiteral("--benchmarks"), QStringLiteral("MMLU,ARC-C"),
                           QStringLiteral("--predictors"), QStringLiteral("pc:1"),
                           QStringLiteral("--train-below-flops"), QStringLiteral("1e24")});
        QCOMPARE(r.code, int(DataError));
        QVERIFY2(r.err.contains(QStringLiteral("one family (Fam)")), qPrintable(r.err));
    }
};

QTEST_MAIN(tst_ObservationalCommand)
#include "tst_ObservationalCommand.moc"
