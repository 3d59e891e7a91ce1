// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, bad input: folders of per-example outputs that mix formats, repeat themselves or
// contradict themselves (tests/fixtures/example_folders/<case>). Each case is opened through
// readExamples(), as the Instances tab and the CLI open it, and must give exactly the listed
// groups and the listed `file:line: message` diagnostics: the good records load, and nothing
// is merged or dropped without a word.
#include "bundled/BundledExamples.h"
#include "io/examples/ExampleReaders.h"

#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {

const QString kCases = QStringLiteral(EE_TEST_FIXTURES "/example_folders");
const QString kPythia = u"EleutherAI__pythia-70m/"_s;
const QString kDate = u"2024-06-01T10-00-00.123456"_s;
const QString kDate2 = u"2024-07-15T08-30-00.654321"_s;

/// Diagnostics as the CLI prints them, with the case folder cut from every path.
QStringList shown(const Diagnostics& d, const QString& folder) {
    QStringList out;
    for (const Diagnostic& item : d.items)
        out << (item.severity == Diagnostic::Severity::Error ? u"error: "_s : u"warning: "_s) +
                   item.toString().replace(folder + QLatin1Char('/'), QString());
    return out;
}

/// "label @ params" per group, in the order read.
QStringList groupsOf(const ExampleSet& set) {
    QStringList out;
    for (const ExampleGroup& g : set.groups())
        out << u"%1 @ %2 = %3"_s.arg(g.key.label())
                   .arg(g.key.scale.params ? QString::number(*g.key.scale.params, 'g', 12) : u"?"_s)
                   .arg(g.examples.size());
    return out;
}

} // namespace

class tst_ExampleFolders : public QObject {
    Q_OBJECT
private slots:
    // The Instances tab sets the cancel flag when the window closes: no file is started after
    // it (quitting used to wait ~2 s for every bundled file).
    void cancelledReadStartsNoFile() {
        const QStringList paths = bundledExamplePaths(QStringLiteral(EE_TEST_DATASETS));
        QVERIFY(paths.size() >= 2);
        std::atomic<bool> cancel{true};
        ExampleReadOptions options;
        options.cancel = &cancel;
        QCOMPARE(readExampleFiles(paths, options).exampleCount(), 0);
        cancel = false;
        QVERIFY(readExampleFiles(paths.mid(0, 1), options).exampleCount() > 0);
    }

    void folder_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<QStringList>("diagnostics");
        const QString arc = u"arc_easy / EleutherAI/pythia-70m / 0-shot"_s;
        const QString samples = kPythia + u"samples_arc_easy_"_s + kDate + u".jsonl"_s;
        const QString samples2 = kPythia + u"samples_arc_easy_"_s + kDate2 + u".jsonl"_s;

        // A score table and a note beside lm-eval output: named, not read, not fatal.
        QTest::newRow("scores beside samples")
            << u"scores_beside_samples"_s << QStringList{arc + u" @ 70426624 = 3"_s} << qint64(0)
            << QStringList{u"warning: notes.txt: not a per-example file; not read"_s,
                           u"warning: scores.csv: holds scores (long-csv), not per-example "
                           "records; open it as data; not read here"_s};
        // The same samples saved under a second name would count every doc twice.
        QTest::newRow("same file twice")
            << u"same_file_twice"_s << QStringList{arc + u" @ 70426624 = 3"_s} << qint64(0)
            << QStringList{u"warning: "_s + kPythia +
                           u"samples_arc_easy_latest.jsonl: the same bytes as "_s + samples +
                           u" (a copy under another name); not read a second time"_s};
        // A re-run of one task: two answers per doc are not pooled into one score.
        QTest::newRow("two runs of one task")
            << u"two_runs_one_model"_s << QStringList{arc + u" @ 70426624 = 3"_s} << qint64(2)
            << QStringList{u"warning: "_s + samples2 + u": "_s + arc +
                           u" was already read from "_s + samples +
                           u"; its 2 record(s) here are not merged into it and not read"_s};
        // Two results files give one model two sizes: both kept, the contradiction named.
        QTest::newRow("one model, two sizes")
            << u"one_model_two_sizes"_s
            << QStringList{arc + u" @ 70426624 = 3"_s, arc + u" @ 95000000 = 2"_s} << qint64(0)
            << QStringList{u"warning: run2/"_s + samples2 +
                           u": model 'EleutherAI/pythia-70m' is 95000000 parameters here (from "
                           "run2/"_s +
                           kPythia + u"results_"_s + kDate2 + u".json:14) but 70426624 in run1/"_s +
                           kPythia + u"results_"_s + kDate +
                           u".json:14; the two are kept apart, not merged"_s};
        // samples_<task>.jsonl without a timestamp: arc_easy and arc_challenge were both "arc".
        QTest::newRow("tasks sharing a prefix")
            << u"tasks_sharing_a_prefix"_s
            << QStringList{u"arc_challenge / EleutherAI/pythia-70m / 25-shot @ 70426624 = 2"_s,
                           arc + u" @ 70426624 = 3"_s}
            << qint64(0) << QStringList{};
        // Archives: MMLU-Pro outputs are read from .json.gz, lm-eval samples from a zip (as if
        // unzipped into a folder named like the archive; messages name the archive).
        QTest::newRow("archives")
            << u"archives"_s
            << QStringList{u"arc_easy / EleutherAI/pythia-70m @ ? = 3"_s,
                           u"mmlu_pro:physics / Llama-3 Meta-Llama-3-8B / 5-shot "
                           "chain-of-thought @ ? = 3"_s}
            << qint64(0)
            << QStringList{u"warning: EleutherAI__pythia-70m.zip/"_s + kPythia +
                               u"samples_arc_easy_"_s + kDate +
                               u".jsonl: the size of model 'EleutherAI/pythia-70m' is unknown (no "
                               "config.model_num_parameters in a results file beside it, and not "
                               "in the model table or catalogue); it is read without a size"_s,
                           u"warning: model_outputs_Meta-Llama-3-8B_5shots.json.gz: the size of "
                           "model 'Meta-Llama-3-8B' is unknown: the file does not give it and no "
                           "model metadata table names it; its curves have no scale"_s};
        // NaN and +Infinity log-likelihoods, a line that is not UTF-8, a repeated doc_id and
        // a cut-off last line: each at its line; the good first record loads.
        QTest::newRow("bad records")
            << u"bad_records"_s << QStringList{arc + u" @ 70426624 = 1"_s} << qint64(5)
            << QStringList{
                   u"warning: "_s + samples + u":2: doc 1: a log-likelihood is NaN; skipped"_s,
                   u"warning: "_s + samples +
                       u":3: doc 2: a log-likelihood is +Infinity; skipped"_s,
                   u"warning: "_s + samples +
                       u":4: text is not valid UTF-8 (at byte 37); line skipped"_s,
                   u"warning: "_s + samples +
                       u":5: doc 0: the same doc_id as line 1 (a doc is scored once); skipped"_s,
                   u"warning: "_s + samples +
                       u":6: not valid JSON (unterminated object at byte 40); line skipped"_s};
    }

    void folder() {
        QFETCH(QString, name);
        QFETCH(QStringList, groups);
        QFETCH(qint64, skipped);
        QFETCH(QStringList, diagnostics);
        const QString folder = kCases + QLatin1Char('/') + name;
        const ExampleSet set = readExamples(folder);
        QCOMPARE(shown(set.diagnostics, folder), diagnostics);
        QCOMPARE(groupsOf(set), groups);
        QCOMPARE(set.skippedCount(), skipped);
    }

    /// The task of a samples file name: the timestamp is cut only when there is one.
    void taskFromSamplesName_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("task");
        QTest::newRow("v0.4") << u"samples_arc_easy_2024-06-01T10-00-00.123456.jsonl"_s
                              << u"arc_easy"_s;
        QTest::newRow("no timestamp") << u"samples_arc_easy.jsonl"_s << u"arc_easy"_s;
        QTest::newRow("subtask") << u"samples_mmlu_high_school_physics_2024-06-01T10-00-00.jsonl"_s
                                 << u"mmlu_high_school_physics"_s;
        QTest::newRow("digits in the task")
            << u"samples_arithmetic_2da.jsonl"_s << u"arithmetic_2da"_s;
        QTest::newRow("year only") << u"samples_t_2024.jsonl"_s << u"t"_s;
    }

    void taskFromSamplesName() {
        QFETCH(QString, fileName);
        QFETCH(QString, task);
        QCOMPARE(lmEvalSamplesTask(fileName), task);
    }
};

QTEST_APPLESS_MAIN(tst_ExampleFolders)
#include "tst_ExampleFolders.moc"
