// SPDX-License-Identifier: GPL-3.0-or-later
// BIG-bench score files (docs/formats.md §A1): the fixtures under tests/fixtures/bigbench are
// synthetic files written from the spec, not real BIG-bench results.
#include "io/BigBenchScores.h"
#include "io/DataFormat.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ee;

namespace {

const QString kCheckout =
    QStringLiteral(EE_TEST_FIXTURES "/bigbench/checkout/bigbench/benchmark_tasks");
const QString kBad =
    QStringLiteral(EE_TEST_FIXTURES "/bigbench/bad/benchmark_tasks/toy_broken/results");

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return f.readAll();
}

ImportResult readFile(const QString& path) {
    return BigBenchScores::read(fileBytes(path), path, path.section(QLatin1Char('/'), -1));
}

ImportResult readText(const QByteArray& json) {
    return BigBenchScores::read(json, QStringLiteral("mem/scores_X_1b.json"),
                                QStringLiteral("scores_X_1b.json"));
}

QString dump(const Diagnostics& d) {
    QStringList lines;
    for (const auto& item : d.items)
        lines << item.toString();
    return lines.join(QLatin1Char('\n'));
}

/// The diagnostic whose place contains `place` and message contains `text`, if any.
const Diagnostic* findDiag(const Diagnostics& d, Diagnostic::Severity severity,
                           const QString& place, const QString& text) {
    for (const auto& item : d.items)
        if (item.severity == severity && item.place.contains(place) &&
            item.message.contains(text, Qt::CaseInsensitive))
            return &item;
    return nullptr;
}

/// Rows of `table` matching (subtask, shots, metric), as values.
QList<ScoreRow> rowsWhere(const ScoreTable& t, const QString& subtask, std::optional<int> shots,
                          const QString& metric) {
    QList<ScoreRow> out;
    for (qsizetype i = 0; i < t.rowCount(); ++i) {
        const ScoreRow r = t.row(i);
        if (r.subtask == subtask && r.shots == shots && r.metric == metric)
            out << r;
    }
    return out;
}

/// A minimal valid file with `entry` as its only score entry.
QByteArray withEntry(const QByteArray& entry) {
    return R"({"model": {"model_family": "F", "model_name": "1b", "total_params": 1000000000,
               "non_embedding_params": 900000000},
              "task": {"task_name": "t"}, "scores": [)" +
           entry + "]}";
}

constexpr auto Error = Diagnostic::Severity::Error;
constexpr auto Warning = Diagnostic::Severity::Warning;

} // namespace

class tst_BigBenchScores : public QObject {
    Q_OBJECT
private slots:
    void goodFilesReadWithoutDiagnostics_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("params");
        QTest::addColumn<double>("nonEmbedding");
        QTest::addColumn<int>("rows");
        // rows = shots settings × (2 subtasks × 3 metrics + 1 aggregate), or × metrics
        QTest::newRow("BIG-G T=0") << "toy_arithmetic/results/scores_BIG-G_128b_T=0.json"
                                   << "BIG-G T=0"
                                   << "128b" << 137e9 << 128e9 << 4 * 7;
        QTest::newRow("BIG-G T=1, no optional model keys")
            << "toy_arithmetic/results/scores_BIG-G_2m_T=1.json"
            << "BIG-G T=1"
            << "2m" << 17e6 << 2e6 << 4 * 7;
        QTest::newRow("BIG-G sparse") << "toy_arithmetic/results/scores_BIG-G-sparse_2b.json"
                                      << "BIG-G sparse"
                                      << "2b" << 2.6e9 << 2e9 << 2 * 7;
        QTest::newRow("GPT") << "toy_plain/results/scores_GPT_GPT-3-200B.json"
                             << "GPT"
                             << "GPT-3-200B" << 200e9 << 199e9 << 4 * 5;
        QTest::newRow("PaLM") << "toy_plain/results/scores_PaLM_535b.json"
                              << "PaLM"
                              << "535b" << 535e9 << 530e9 << 3 * 7;
    }
    void goodFilesReadWithoutDiagnostics() {
        QFETCH(QString, file);
        QFETCH(QString, family);
        QFETCH(QString, model);
        QFETCH(double, params);
        QFETCH(double, nonEmbedding);
        QFETCH(int, rows);
        const ImportResult r = readFile(kCheckout + QLatin1Char('/') + file);
        QVERIFY2(r.diagnostics.items.isEmpty(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.table.rowCount(), rows);
        for (qsizetype i = 0; i < r.table.rowCount(); ++i) {
            const ScoreRow row = r.table.row(i);
            QCOMPARE(row.family, family);
            QCOMPARE(row.model, model);
            QCOMPARE(row.scale.params, std::optional<double>(params));
            QCOMPARE(row.scale.nonEmbeddingParams, std::optional<double>(nonEmbedding));
            QVERIFY(!row.scale.tokens && !row.scale.flops);
            QCOMPARE(row.prompting, QStringLiteral("standard"));
            QCOMPARE(row.source, file.section(QLatin1Char('/'), -1));
            QVERIFY(!row.stderr_ && !row.n);
        }
    }

    void subtasksAndAggregatesStayDistinct() {
        const ImportResult r = readFile(
            kCheckout + QStringLiteral("/toy_arithmetic/results/scores_BIG-G_128b_T=0.json"));
        QCOMPARE(r.table.tasks(), QStringList{QStringLiteral("toy_arithmetic")});
        QCOMPARE(r.table.subtasks(QStringLiteral("toy_arithmetic")),
                 (QStringList{QString(), QStringLiteral("1_digit_addition"),
                              QStringLiteral("2_digit_addition")}));
        // The aggregate: empty subtask, its own metric, 0..100 by definition.
        const auto agg =
            rowsWhere(r.table, QString(), 2, QStringLiteral("normalized_aggregate_score"));
        QCOMPARE(agg.size(), 1);
        QCOMPARE(agg[0].value, 55.0); // 10·(index 2 + 1) + 25 in the fixture
        QCOMPARE(agg[0].low, std::optional<double>(0.0));
        QCOMPARE(agg[0].high, std::optional<double>(100.0));
        // No other metric sits on the empty subtask of a task with subtasks.
        for (qsizetype i = 0; i < r.table.rowCount(); ++i)
            if (r.table.row(i).subtask.isEmpty())
                QCOMPARE(r.table.row(i).metric, QStringLiteral("normalized_aggregate_score"));
        const auto sub = rowsWhere(r.table, QStringLiteral("2_digit_addition"), 3,
                                   QStringLiteral("exact_str_match"));
        QCOMPARE(sub.size(), 1);
        QCOMPARE(sub[0].value, 0.25 + 0.125 * 4 / 2);
        const auto ll = rowsWhere(r.table, QStringLiteral("1_digit_addition"), 1,
                                  QStringLiteral("log_likelihood"));
        QCOMPARE(ll.size(), 1);
        QCOMPARE(ll[0].value, -1.75);
    }

    void lowAndHighBoundThePreferredMetricOnly() {
        const ImportResult r =
            readFile(kCheckout + QStringLiteral("/toy_plain/results/scores_GPT_GPT-3-200B.json"));
        const auto mcg = rowsWhere(r.table, QString(), 1, QStringLiteral("multiple_choice_grade"));
        QCOMPARE(mcg.size(), 1);
        QCOMPARE(mcg[0].low, std::optional<double>(0.25));
        QCOMPARE(mcg[0].high, std::optional<double>(1.0));
        const auto ece =
            rowsWhere(r.table, QString(), 1, QStringLiteral("expected_calibration_error"));
        QCOMPARE(ece.size(), 1);
        QVERIFY(!ece[0].low && !ece[0].high);
        const auto wlp =
            rowsWhere(r.table, QString(), 5, QStringLiteral("weighted_log_probabilities"));
        QCOMPARE(wlp.size(), 1);
        QCOMPARE(wlp[0].value, -2.0);
    }

    void everyShotsValueIsRead() {
        QSet<int> shots;
        int unknown = 0;
        for (const char* f : {"toy_arithmetic/results/scores_BIG-G_128b_T=0.json",
                              "toy_plain/results/scores_GPT_GPT-3-200B.json",
                              "toy_plain/results/scores_PaLM_535b.json"}) {
            const ImportResult r = readFile(kCheckout + QLatin1Char('/') + QLatin1String(f));
            for (qsizetype i = 0; i < r.table.rowCount(); ++i) {
                const auto s = r.table.row(i).shots;
                if (s)
                    shots.insert(*s);
                else
                    ++unknown;
            }
        }
        QCOMPARE(shots, (QSet<int>{0, 1, 2, 3, 5}));
        QCOMPARE(unknown, 5); // GPT's null-shots entry, one row per metric
    }

    void contentIsDetectedAsBigBench_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("BIG-G") << kCheckout +
                                      QStringLiteral(
                                          "/toy_arithmetic/results/scores_BIG-G_128b_T=0.json");
        QTest::newRow("PaLM") << kCheckout +
                                     QStringLiteral("/toy_plain/results/scores_PaLM_535b.json");
        QTest::newRow("no model block") << kBad + QStringLiteral("/scores_BIG-G_4b_T=1.json");
        QTest::newRow("not UTF-8") << kBad + QStringLiteral("/scores_Bad_latin1.json");
        QTest::newRow("truncated") << kBad + QStringLiteral("/scores_Bad_truncated.json");
    }
    void contentIsDetectedAsBigBench() {
        QFETCH(QString, path);
        QCOMPARE(detectDataFormat(path, fileBytes(path)), DataFormat::BigBenchScores);
    }

    void badFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        const auto e = true, w = false;
        QTest::newRow("truncated") << "scores_Bad_truncated.json" << 0 << e << "byte 795"
                                   << "invalid JSON near byte 795";
        QTest::newRow("empty") << "scores_Bad_empty.json" << 0 << e << ""
                               << "empty";
        QTest::newRow("top-level array") << "scores_Bad_notobject.json" << 0 << e << ""
                                         << "expected a JSON object at the top, found an array";
        QTest::newRow("text as a score")
            << "scores_Bad_types.json" << 2 << e << "scores[0].score_dict.exact_str_match"
            << "found the text \"high\"";
        QTest::newRow("array as a score")
            << "scores_Bad_types.json" << 2 << e << "scores[0].score_dict.rouge1"
            << "found an array";
        QTest::newRow("null score")
            << "scores_Bad_types.json" << 2 << w << "scores[0].score_dict.log_likelihood"
            << "null";
        QTest::newRow("text low_score")
            << "scores_Bad_types.json" << 2 << e << "scores[0].low_score"
            << "left unknown";
        QTest::newRow("number as subtask")
            << "scores_Bad_types.json" << 2 << e << "scores[1].subtask_description"
            << "found a number";
        QTest::newRow("text shots")
            << "scores_Bad_types.json" << 2 << e << "scores[2].number_of_shots"
            << "found the text \"two\"";
        QTest::newRow("fractional shots")
            << "scores_Bad_types.json" << 2 << e << "scores[3].number_of_shots"
            << "found 2.5";
        QTest::newRow("negative shots")
            << "scores_Bad_types.json" << 2 << e << "scores[4].number_of_shots"
            << "found -1";
        QTest::newRow("array score_dict")
            << "scores_Bad_types.json" << 2 << e << "scores[5].score_dict"
            << "found an array";
        QTest::newRow("number as entry") << "scores_Bad_types.json" << 2 << e << "scores[6]"
                                         << "expected a score object, found a number";
        QTest::newRow("number preferred_score")
            << "scores_Bad_types.json" << 2 << e << "scores[7].preferred_score"
            << "metric name";
        QTest::newRow("number family") << "scores_Bad_types.json" << 2 << w << "model.model_family"
                                       << "family 'Bad' is taken from the file's path";
        QTest::newRow("text total_params")
            << "scores_Bad_types.json" << 2 << e << "model.total_params"
            << "found the text \"1b\"";
        QTest::newRow("no model block") << "scores_BIG-G_4b_T=1.json" << 3 << w << "model"
                                        << "family 'BIG-G T=1' and model '4b'";
        QTest::newRow("no task block") << "scores_BIG-G_4b_T=1.json" << 3 << w << "task"
                                       << "task 'toy_broken' is taken from the folder";
        QTest::newRow("no subtask_description")
            << "scores_BIG-G_4b_T=1.json" << 3 << e << "scores[1].subtask_description"
            << "missing";
        QTest::newRow("no score_dict")
            << "scores_BIG-G_4b_T=1.json" << 3 << e << "scores[2].score_dict"
            << "missing";
        QTest::newRow("no shots") << "scores_BIG-G_4b_T=1.json" << 3 << w
                                  << "scores[3].number_of_shots"
                                  << "unknown";
        QTest::newRow("preferred not scored")
            << "scores_BIG-G_4b_T=1.json" << 3 << w << "scores[4].preferred_score"
            << "not in score_dict";
        QTest::newRow("NaN literal")
            << "scores_Bad_nonfinite.json" << 2 << e << "scores[0].score_dict.exact_str_match"
            << "found the text \"NaN\"";
        QTest::newRow("Infinity literal")
            << "scores_Bad_nonfinite.json" << 2 << e << "scores[0].score_dict.bleu"
            << "\"Infinity\"";
        QTest::newRow("-Infinity literal")
            << "scores_Bad_nonfinite.json" << 2 << e << "scores[0].score_dict.log_likelihood"
            << "\"-Infinity\"";
        QTest::newRow("NaN as text")
            << "scores_Bad_nonfinite.json" << 2 << e << "scores[0].score_dict.rouge1"
            << "\"NaN\"";
        QTest::newRow("NaN literals counted") << "scores_Bad_nonfinite.json" << 2 << w << "byte 318"
                                              << "3 NaN/Infinity literal(s)";
        QTest::newRow("zero size") << "scores_Bad_sizes.json" << 1 << e << "model.total_params"
                                   << "the size 0 is not positive";
        QTest::newRow("negative size")
            << "scores_Bad_sizes.json" << 1 << e << "model.non_embedding_params"
            << "the size -5 is not positive";
        QTest::newRow("negative flop-matched size")
            << "scores_Bad_sizes.json" << 1 << e << "model.flop_matched_non_embedding_params"
            << "not positive";
        QTest::newRow("not UTF-8") << "scores_Bad_latin1.json" << 1 << w << "byte 137"
                                   << "2 byte(s) are not UTF-8 (the first at byte 137)";
    }
    void badFiles() {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(bool, isError);
        QFETCH(QString, place);
        QFETCH(QString, message);
        const QString path = kBad + QLatin1Char('/') + file;
        const ImportResult r = readFile(path);
        QCOMPARE(r.table.rowCount(), rows);
        const Diagnostic* d = findDiag(r.diagnostics, isError ? Error : Warning, place, message);
        QVERIFY2(d, qPrintable(dump(r.diagnostics)));
        QCOMPARE(d->file, path);
    }

    void goodEntriesOfABadFileStillLoad() {
        const ImportResult types = readFile(kBad + QStringLiteral("/scores_Bad_types.json"));
        QCOMPARE(
            rowsWhere(types.table, QStringLiteral("a"), 0, QStringLiteral("bleu")).value(0).value,
            12.5);
        QCOMPARE(rowsWhere(types.table, QStringLiteral("f"), 3, QStringLiteral("exact_str_match"))
                     .value(0)
                     .value,
                 0.75);
        QCOMPARE(types.table.row(0).scale.params, std::nullopt);
        QCOMPARE(types.table.row(0).scale.nonEmbeddingParams, std::optional<double>(1e6));

        const ImportResult missing = readFile(kBad + QStringLiteral("/scores_BIG-G_4b_T=1.json"));
        const ScoreRow first = missing.table.row(0);
        QCOMPARE(first.family, QStringLiteral("BIG-G T=1"));
        QCOMPARE(first.model, QStringLiteral("4b"));
        QCOMPARE(first.task, QStringLiteral("toy_broken"));
        QVERIFY(!first.scale.params && !first.scale.nonEmbeddingParams);
        QCOMPARE(rowsWhere(missing.table, QStringLiteral("c"), std::nullopt,
                           QStringLiteral("exact_str_match"))
                     .size(),
                 1);

        const ImportResult nonfinite =
            readFile(kBad + QStringLiteral("/scores_Bad_nonfinite.json"));
        QCOMPARE(rowsWhere(nonfinite.table, QStringLiteral("a"), 0, QStringLiteral("rouge2"))
                     .value(0)
                     .value,
                 0.5);
        // "NaN" inside a key is text, not a literal to repair.
        QCOMPARE(rowsWhere(nonfinite.table, QStringLiteral("a"), 0, QStringLiteral("note_NaN"))
                     .value(0)
                     .value,
                 1.5);

        const ImportResult latin = readFile(kBad + QStringLiteral("/scores_Bad_latin1.json"));
        QCOMPARE(latin.table.row(0).subtask, QStringLiteral("na\uFFFDve"));
    }

    void inMemoryInputs_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax error names byte and line")
            << QByteArray("{\"model\": {},\n \"scores\": [}") << 0 << true << "byte 27"
            << "invalid JSON near byte 27";
        QTest::newRow("scores not an array")
            << QByteArray(
                   R"({"task": {"task_name": "t"}, "model": {"model_family": "F", "model_name": "m"}, "scores": {}})")
            << 0 << true << "scores"
            << "expected an array, found an object";
        QTest::newRow("no scores")
            << QByteArray(
                   R"({"task": {"task_name": "t"}, "model": {"model_family": "F", "model_name": "m"}})")
            << 0 << true << "scores"
            << "missing";
        QTest::newRow("empty scores")
            << QByteArray(
                   R"({"task": {"task_name": "t"}, "model": {"model_family": "F", "model_name": "m"}, "scores": []})")
            << 0 << false << "scores"
            << "empty";
        QTest::newRow("subtask of another task")
            << withEntry(
                   R"({"subtask_description": "other:sub", "number_of_shots": 0, "score_dict": {"m": 1}})")
            << 1 << false << "scores[0].subtask_description"
            << "read as 'sub'";
        QTest::newRow("huge shots")
            << withEntry(
                   R"({"subtask_description": "t", "number_of_shots": 40000, "score_dict": {"m": 1}})")
            << 0 << true << "scores[0].number_of_shots"
            << "found 40000";
        // simdjson cannot hold these: they are read as text and reported where they are used.
        QTest::newRow("shots beyond 64 bits")
            << withEntry(
                   R"({"subtask_description": "t", "number_of_shots": 18446744073709551617, "score_dict": {"m": 1}})")
            << 0 << true << "scores[0].number_of_shots"
            << "18446744073709551617";
        QTest::newRow("size beyond 64 bits")
            << QByteArray(
                   R"({"model": {"model_family": "F", "model_name": "m", "total_params": 100000000000000000000000000, "non_embedding_params": 1e999}, "task": {"task_name": "t"}, "scores": [{"subtask_description": "t", "number_of_shots": 1, "score_dict": {"m": 0.5}}]})")
            << 1 << true << "model.total_params"
            << "expected a finite number of parameters, found the text "
               "\"100000000000000000000000000\"";
        QTest::newRow("dotted metric key")
            << withEntry(
                   R"({"subtask_description": "t", "number_of_shots": 0, "score_dict": {"a.b": "x"}})")
            << 0 << true << "scores[0].score_dict[\"a.b\"]"
            << "finite number";
        QTest::newRow("task from descriptions")
            << QByteArray(
                   R"({"model": {"model_family": "F", "model_name": "m"}, "scores": [{"subtask_description": "named:s", "number_of_shots": 1, "score_dict": {"m": 0.5}}]})")
            << 1 << false << "task"
            << "the task 'named' is taken from the subtask descriptions";
        QTest::newRow("model block with no sizes")
            << QByteArray(
                   R"({"model": {"model_family": "F", "model_name": "m"}, "task": {"task_name": "t"}, "scores": [{"subtask_description": "t", "number_of_shots": 1, "score_dict": {"m": 0.5}}]})")
            << 1 << false << "model.total_params"
            << "missing";
        QTest::newRow("UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBF") +
                   withEntry(
                       R"({"subtask_description": "t", "number_of_shots": 0, "score_dict": {"m": 1}})")
            << 1 << false << ""
            << "";
    }
    void inMemoryInputs() {
        QFETCH(QByteArray, json);
        QFETCH(int, rows);
        QFETCH(bool, isError);
        QFETCH(QString, place);
        QFETCH(QString, message);
        const ImportResult r = readText(json);
        QCOMPARE(r.table.rowCount(), rows);
        if (message.isEmpty()) {
            QVERIFY2(r.diagnostics.items.isEmpty(), qPrintable(dump(r.diagnostics)));
            return;
        }
        QVERIFY2(findDiag(r.diagnostics, isError ? Error : Warning, place, message),
                 qPrintable(dump(r.diagnostics)));
    }

    void syntaxErrorsGiveTheLine() {
        const ImportResult r = readText("{\"model\": {},\n \"scores\": [}");
        QCOMPARE(r.diagnostics.items.size(), 1);
        QCOMPARE(r.diagnostics.items[0].line, 2);
    }

    void paddedAndUnpaddedBuffersReadTheSame() {
        const QString path = kCheckout + QStringLiteral("/toy_plain/results/scores_PaLM_535b.json");
        const QByteArray exact = fileBytes(path);
        QByteArray padded;
        padded.reserve(exact.size() + 4096);
        padded.append(exact);
        QVERIFY(padded.capacity() - padded.size() >= 64);
        const ImportResult a = BigBenchScores::read(exact, path, QStringLiteral("s"));
        const ImportResult b = BigBenchScores::read(padded, path, QStringLiteral("s"));
        QCOMPARE(a.table.rowCount(), b.table.rowCount());
        for (qsizetype i = 0; i < a.table.rowCount(); ++i)
            QCOMPARE(a.table.row(i), b.table.row(i));
    }
};

QTEST_APPLESS_MAIN(tst_BigBenchScores)
#include "tst_BigBenchScores.moc"
