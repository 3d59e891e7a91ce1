// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: a folder of lm-eval v0.4 output (tests/fixtures/lmeval_v04/results: one folder per
// model with results_<date>.json and samples_<task>_<date>.jsonl, as --log_samples writes them)
// opened whole through readExamples(), the entry point of the Instances tab, `emergence score`
// and `emergence instances` (tests/app/cli/tst_ExampleFolderCommands runs the two commands on it).
// The expected scores were worked out by hand from the fixture's log-likelihoods and answers
// (comments in the data table).
#include "core/io/ZipTestWriter.h"
#include "io/ModelCatalog.h"
#include "io/WideCsv.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {

const QString kFixture = QStringLiteral(EE_TEST_FIXTURES "/lmeval_v04");
const QString kResults = kFixture + u"/results"_s;
const QString kDate = u"2024-06-01T10-00-00.123456"_s;

ModelCatalog modelsTable() {
    QFile f(kFixture + u"/models.csv"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the models table");
    Diagnostics diag;
    return WideCsv::readCatalog(f.readAll(), f.fileName(), diag);
}

QString samples(const QString& model, const QString& task) {
    return u"%1/EleutherAI__%2/samples_%3_%4.jsonl"_s.arg(kResults, model, task, kDate);
}

QString unknownSize(const QString& model, const QString& task) {
    return samples(model, task) +
           u": the size of model 'EleutherAI/%1' is unknown (no config.model_num_parameters in "
           "a results file beside it, and not in the model table or catalogue); it is read "
           "without a size"_s.arg(model);
}

QStringList lines(const Diagnostics& d) {
    QStringList out;
    for (const Diagnostic& item : d.items)
        out << item.toString();
    return out;
}

const ExampleGroup* findGroup(const ExampleSet& set, const QString& model, const QString& task,
                              const QString& subtask) {
    const ExampleGroup* found = nullptr;
    for (const ExampleGroup& g : set.groups())
        if (g.key.model == model && g.key.task == task && g.key.subtask == subtask) {
            if (found)
                return nullptr; // two groups for one model and task: merged badly
            found = &g;
        }
    return found;
}

} // namespace

class tst_LmEvalFolder : public QObject {
    Q_OBJECT
private slots:
    void groupsSizesAndScores_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("subtask");
        QTest::addColumn<double>("params"); // 0 = unknown
        QTest::addColumn<int>("shots");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        // arc_easy: the choice with the highest log-likelihood against target 0, 2, 3.
        // 70m: argmax 1, 2, 1 → 1/3; 160m: 0, 2, 1 → 2/3; 410m and 1b: 0, 2, 3 → 3/3
        // (1b's "-inf" option never wins). Sizes: config.model_num_parameters for 70m and
        // 410m, the models table for 160m, none for 1b.
        const QString mc = u"multiple_choice_grade"_s, em = u"exact_str_match"_s;
        QTest::newRow("70m arc") << u"pythia-70m"_s << u"arc_easy"_s << QString() << 70426624.0 << 0
                                 << mc << 1.0 / 3;
        QTest::newRow("160m arc") << u"pythia-160m"_s << u"arc_easy"_s << QString() << 162322944.0
                                  << 0 << mc << 2.0 / 3;
        QTest::newRow("410m arc") << u"pythia-410m"_s << u"arc_easy"_s << QString() << 405334016.0
                                  << 0 << mc << 1.0;
        QTest::newRow("1b arc") << u"pythia-1b"_s << u"arc_easy"_s << QString() << 0.0 << 0 << mc
                                << 1.0;
        // gsm8k, targets 18, 3, 70; strict-match / flexible-extract answers:
        // 70m [invalid] 3 [invalid] / [invalid] 3 7 → 1/3, 1/3;
        // 160m 18 [invalid] [invalid] / 18 3 70 → 1/3, 3/3; 410m 18 3 [invalid] / all → 2/3, 1;
        // 1b all right under both.
        const QString s = u"strict-match"_s, f = u"flexible-extract"_s;
        QTest::newRow("70m gsm strict")
            << u"pythia-70m"_s << u"gsm8k"_s << s << 70426624.0 << 5 << em << 1.0 / 3;
        QTest::newRow("70m gsm flexible")
            << u"pythia-70m"_s << u"gsm8k"_s << f << 70426624.0 << 5 << em << 1.0 / 3;
        QTest::newRow("160m gsm strict")
            << u"pythia-160m"_s << u"gsm8k"_s << s << 162322944.0 << 5 << em << 1.0 / 3;
        QTest::newRow("160m gsm flexible")
            << u"pythia-160m"_s << u"gsm8k"_s << f << 162322944.0 << 5 << em << 1.0;
        QTest::newRow("410m gsm strict")
            << u"pythia-410m"_s << u"gsm8k"_s << s << 405334016.0 << 5 << em << 2.0 / 3;
        QTest::newRow("410m gsm flexible")
            << u"pythia-410m"_s << u"gsm8k"_s << f << 405334016.0 << 5 << em << 1.0;
        QTest::newRow("1b gsm strict")
            << u"pythia-1b"_s << u"gsm8k"_s << s << 0.0 << 5 << em << 1.0;
        QTest::newRow("1b gsm flexible")
            << u"pythia-1b"_s << u"gsm8k"_s << f << 0.0 << 5 << em << 1.0;
    }

    void groupsSizesAndScores() {
        QFETCH(QString, model);
        QFETCH(QString, task);
        QFETCH(QString, subtask);
        QFETCH(double, params);
        QFETCH(int, shots);
        QFETCH(QString, metric);
        QFETCH(double, value);
        const ModelCatalog table = modelsTable();
        ExampleReadOptions ro;
        ro.catalog = &table;
        const ExampleSet set = readExamples(kResults, ro);
        // 4 models × (arc_easy, gsm8k under two filters); one warning: 1b has no size.
        QCOMPARE(set.groups().size(), 12);
        QCOMPARE(set.exampleCount(), 36);
        QCOMPARE(set.skippedCount(), 0);
        QCOMPARE(lines(set.diagnostics), QStringList{unknownSize(u"pythia-1b"_s, u"arc_easy"_s)});

        const ExampleGroup* g = findGroup(set, u"EleutherAI/"_s + model, task, subtask);
        QVERIFY(g);
        QCOMPARE(g->examples.size(), 3);
        QCOMPARE(g->key.scale.params.value_or(0.0), params);
        QCOMPARE(g->key.shots, std::optional<int>(shots));
        if (model == u"pythia-160m"_s)
            QCOMPARE(g->key.family, u"Pythia"_s); // from the table, with the size

        ScoringOptions so;
        so.metrics = {metric};
        so.threads = 1;
        const ScoreResult r = scoreExamples(set, so);
        const MetricValue* found = nullptr;
        for (const GroupScores& gs : r.groups)
            if (gs.key == g->key)
                for (const MetricValue& m : gs.metrics)
                    if (m.metric == metric)
                        found = &m;
        QVERIFY(found && found->value);
        QCOMPARE(*found->value, value);
        QCOMPARE(found->n, 3);
    }

    /// Without a table, a size the results files do not give is reported, model by model,
    /// and left unknown: never guessed from "160m" in the name.
    void unknownSizesAreReportedNotGuessed() {
        const ExampleSet set = readExamples(kResults);
        QCOMPARE(lines(set.diagnostics), (QStringList{unknownSize(u"pythia-160m"_s, u"arc_easy"_s),
                                                      unknownSize(u"pythia-1b"_s, u"arc_easy"_s)}));
        for (const ExampleGroup& g : set.groups())
            QCOMPARE(g.key.scale.params.has_value(),
                     g.key.model == u"EleutherAI/pythia-70m"_s ||
                         g.key.model == u"EleutherAI/pythia-410m"_s);
    }

    /// The choices' texts come from v0.4's `arguments` dictionary (gen_args_N.arg_1).
    void choicesComeFromTheArgumentsDictionary() {
        const ExampleSet set = readExamples(samples(u"pythia-70m"_s, u"arc_easy"_s));
        QCOMPARE(set.groups().size(), 1);
        const Example& e = set.groups().first().examples.first();
        QCOMPARE(e.choices, (QStringList{u" water"_s, u" iron"_s, u" salt"_s, u" wood"_s}));
        QCOMPARE(e.choiceLogprobs, (QList<double>{-4.1, -3.2, -5.0, -4.4}));
    }
    /// The results folder zipped (as users share it) reads as the folder does: the same groups,
    /// sizes from the results json inside the archive, and messages that name the archive and
    /// the entry, never a temporary copy. A README beside the runs is named and passed over.
    void zippedFolderReadsAsTheFolder() {
        QList<ee::testing::TestZipEntry> entries;
        QDirIterator it(kResults, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            entries.append(
                {(u"results/"_s + QDir(kResults).relativeFilePath(f.fileName())).toUtf8(),
                 f.readAll()});
        }
        entries.append(ee::testing::TestZipEntry{"results/README.md", "# my runs\n"});
        QCOMPARE(entries.size(), 13);
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"runs.zip"_s);
        QFile zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.write(ee::testing::makeZip(entries));
        zip.close();

        const ExampleSet folder = readExamples(kResults);
        const ExampleSet zipped = readExamples(zipPath);
        QCOMPARE(zipped.groups().size(), folder.groups().size());
        QCOMPARE(zipped.exampleCount(), folder.exampleCount());
        for (const ExampleGroup& g : folder.groups()) {
            const ExampleGroup* z = findGroup(zipped, g.key.model, g.key.task, g.key.subtask);
            QVERIFY2(z, qPrintable(g.key.label()));
            QCOMPARE(z->key, g.key); // sizes and shots from the results json in the archive
            QCOMPARE(z->examples.size(), g.examples.size());
            QVERIFY2(z->source.startsWith(zipPath + u"/results/"_s), qPrintable(z->source));
        }
        const QString inZip = zipPath + u"/results"_s;
        QCOMPARE(
            lines(zipped.diagnostics),
            (QStringList{zipPath + u": entry 'results/README.md' is not a recognised "
                                   "per-example format; not read"_s,
                         unknownSize(u"pythia-160m"_s, u"arc_easy"_s).replace(kResults, inZip),
                         unknownSize(u"pythia-1b"_s, u"arc_easy"_s).replace(kResults, inZip)}));
    }

    /// An entry that would land outside the archive's folder is refused by name, not written.
    void entryOutsideTheArchiveIsRefused() {
        QFile f(samples(u"pythia-70m"_s, u"arc_easy"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"evil.zip"_s);
        QFile zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.write(ee::testing::makeZip({{"../samples_arc_easy_x.jsonl", data}}));
        zip.close();
        const ExampleSet set = readExamples(zipPath);
        QCOMPARE(set.exampleCount(), 0);
        QCOMPARE(lines(set.diagnostics),
                 QStringList{zipPath + u": entry '../samples_arc_easy_x.jsonl' names a place "
                                       "outside the archive's folder; not read"_s});
        QVERIFY(!QFileInfo::exists(QDir::tempPath() + u"/samples_arc_easy_x.jsonl"_s));
    }
};

QTEST_APPLESS_MAIN(tst_LmEvalFolder)
#include "tst_LmEvalFolder.moc"
