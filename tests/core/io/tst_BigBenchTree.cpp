// SPDX-License-Identifier: GPL-3.0-or-later
// Whole BIG-bench trees through ee::DataLoader: folder walking, detection, parallel reading and
// the merge into one table. Fixtures are synthetic files written from docs/formats.md §A1.
#include "io/DataLoader.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;

namespace {

const QString kRoot = QStringLiteral(EE_TEST_FIXTURES "/bigbench");

QString dump(const Diagnostics& d) {
    QStringList lines;
    for (const auto& item : d.items)
        lines << item.toString();
    return lines.join(QLatin1Char('\n'));
}

void compareTables(const ScoreTable& a, const ScoreTable& b) {
    QCOMPARE(a.rowCount(), b.rowCount());
    for (qsizetype i = 0; i < a.rowCount(); ++i)
        QCOMPARE(a.row(i), b.row(i));
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class tst_BigBenchTree : public QObject {
    Q_OBJECT
private slots:
    void checkoutLoadsCleanly() {
        const ImportResult r = DataLoader::load({kRoot + QStringLiteral("/checkout")});
        QVERIFY2(r.diagnostics.items.isEmpty(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.table.rowCount(), 28 + 28 + 14 + 20 + 21);
        QCOMPARE(r.table.tasks(),
                 (QStringList{QStringLiteral("toy_arithmetic"), QStringLiteral("toy_plain")}));
        QCOMPARE(r.table.families(),
                 (QStringList{QStringLiteral("BIG-G T=0"), QStringLiteral("BIG-G T=1"),
                              QStringLiteral("BIG-G sparse"), QStringLiteral("GPT"),
                              QStringLiteral("PaLM")}));
        QCOMPARE(r.table.modelCount(), 5);
        QCOMPARE(r.table.subtaskCount(), 2);
        QCOMPARE(r.table.sources().size(), 5);
    }

    void aggregateCurveAgainstNonEmbeddingParams() {
        const ImportResult r = DataLoader::load({kRoot + QStringLiteral("/checkout")});
        CurveFilter filter;
        filter.task = QStringLiteral("toy_arithmetic");
        filter.subtask = QString();
        filter.metric = QStringLiteral("normalized_aggregate_score");
        filter.shots = 1;
        const QList<Curve> curves = r.table.curves(filter, ScaleAxis::NonEmbeddingParams);
        QCOMPARE(curves.size(), 3); // one per BIG-G family: T=0, T=1, sparse
        for (const Curve& c : curves) {
            QCOMPARE(c.points.size(), 1);
            QCOMPARE(c.low, std::optional<double>(0.0));
            QCOMPARE(c.high, std::optional<double>(100.0));
        }
        const Curve& t0 = curves[0];
        QCOMPARE(t0.key.family, QStringLiteral("BIG-G T=0"));
        QCOMPARE(t0.points[0].x, std::optional<double>(128e9));
        QCOMPARE(t0.points[0].value, 45.0);
    }

    void badFilesAreReportedAndGoodRowsStillLoad() {
        const ImportResult r = DataLoader::load({kRoot});
        // 111 rows of the checkout plus the good entries of the broken files.
        QCOMPARE(r.table.rowCount(), 111 + 2 + 3 + 2 + 1 + 1);
        QSet<QString> filesWithErrors;
        for (const auto& d : r.diagnostics.items)
            if (d.severity == Diagnostic::Severity::Error)
                filesWithErrors.insert(d.file.section(QLatin1Char('/'), -1));
        QCOMPARE(filesWithErrors, (QSet<QString>{QStringLiteral("scores_Bad_truncated.json"),
                                                 QStringLiteral("scores_Bad_empty.json"),
                                                 QStringLiteral("scores_Bad_notobject.json"),
                                                 QStringLiteral("scores_Bad_types.json"),
                                                 QStringLiteral("scores_BIG-G_4b_T=1.json"),
                                                 QStringLiteral("scores_Bad_nonfinite.json"),
                                                 QStringLiteral("scores_Bad_sizes.json")}));
    }

    void oneAndTwoThreadsGiveTheSameTable() {
        LoadOptions one;
        one.threads = 1;
        LoadOptions two;
        two.threads = 2;
        const ImportResult a = DataLoader::load({kRoot}, one);
        const ImportResult b = DataLoader::load({kRoot}, two);
        compareTables(a.table, b.table);
        QCOMPARE(dump(a.diagnostics), dump(b.diagnostics));
    }

    void mergingTablesEqualsAppendingRows() {
        const ImportResult r = DataLoader::load({kRoot});
        ScoreTable rowByRow;
        for (qsizetype i = 0; i < r.table.rowCount(); ++i)
            rowByRow.append(r.table.row(i));
        ScoreTable merged;
        merged.append(ScoreTable()); // an empty table changes nothing
        merged.append(rowByRow);
        merged.append(rowByRow);
        QCOMPARE(merged.rowCount(), 2 * rowByRow.rowCount());
        for (qsizetype i = 0; i < merged.rowCount(); ++i)
            QCOMPARE(merged.row(i), rowByRow.row(i % rowByRow.rowCount()));
        QCOMPARE(merged.curveKeys().size(), rowByRow.curveKeys().size());
        const CurveKey key = rowByRow.curveKeys().first();
        QCOMPARE(merged.curve(key, ScaleAxis::Params).points.size(),
                 2 * rowByRow.curve(key, ScaleAxis::Params).points.size());
        // A table with stderr merged after one without keeps both columns right.
        ScoreTable withStderr;
        ScoreRow s = rowByRow.row(0);
        s.stderr_ = 0.5;
        s.n = 10;
        withStderr.append(s);
        merged.append(withStderr);
        QCOMPARE(merged.row(merged.rowCount() - 1), s);
        QCOMPARE(merged.row(0).stderr_, std::nullopt);
    }

    void thousandsOfFilesWithSomeBad() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int tasks = 50, models = 40;
        int bad = 0;
        for (int t = 0; t < tasks; ++t) {
            for (int m = 0; m < models; ++m) {
                const QString path =
                    QStringLiteral("%1/benchmark_tasks/task%2/results/scores_F_%3b.json")
                        .arg(dir.path())
                        .arg(t)
                        .arg(m + 1);
                QByteArray json =
                    QStringLiteral(
                        R"({"model": {"model_family": "F", "model_name": "%1b", "total_params": %2,
                        "non_embedding_params": %2}, "task": {"task_name": "task%3"},
                        "scores": [{"subtask_description": "task%3", "number_of_shots": 0,
                        "preferred_score": "exact_str_match", "score_dict": {"exact_str_match": %4},
                        "low_score": 0, "high_score": 1}]})")
                        .arg(m + 1)
                        .arg((m + 1) * 1e9, 0, 'f', 0)
                        .arg(t)
                        .arg(double(m) / models)
                        .toUtf8();
                if ((t * models + m) % 97 == 0) {
                    json.chop(json.size() / 2); // truncated
                    ++bad;
                }
                writeFile(path, json);
            }
        }
        const ImportResult r = DataLoader::load({dir.path()});
        QCOMPARE(r.table.rowCount(), tasks * models - bad);
        QCOMPARE(r.diagnostics.errorCount(), bad);
        for (const auto& d : r.diagnostics.items)
            QVERIFY2(d.message.contains(QLatin1String("invalid JSON near byte")),
                     qPrintable(d.toString()));
        QCOMPARE(r.table.tasks().size(), tasks);
        QCOMPARE(r.table.modelCount(), models);
    }
};

QTEST_APPLESS_MAIN(tst_BigBenchTree)
#include "tst_BigBenchTree.moc"
