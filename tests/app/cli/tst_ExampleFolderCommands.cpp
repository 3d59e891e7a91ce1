// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: `emergence score` and `emergence instances` open a folder of lm-eval v0.4 output
// (tests/fixtures/lmeval_v04/results) as the Instances tab does, with the sizes of a --models
// table; what each group scores is checked in tests/core/metrics/tst_LmEvalFolder.
#include "CliRun.h"
#include "cli/Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {

const QString kFixture = QStringLiteral(EE_TEST_FIXTURES "/lmeval_v04");
const QString kResults = kFixture + u"/results"_s;

/// The one warning of the folder read with the models table: pythia-1b's size is nowhere.
const QString kUnknown1b =
    kResults + u"/EleutherAI__pythia-1b/samples_arc_easy_2024-06-01T10-00-00.123456.jsonl: the "
               "size of model 'EleutherAI/pythia-1b' is unknown (no config.model_num_parameters "
               "in a results file beside it, and not in the model table or catalogue); it is "
               "read without a size"_s;

} // namespace

class tst_ExampleFolderCommands : public QObject {
    Q_OBJECT
private slots:
    /// The command line opens the folder as the GUI does: `emergence score` scores every group
    /// with the sizes of the --models table.
    void scoreCommandReadsTheFolder() {
        const test::Run r =
            test::run(cli::runScore, {u"score"_s, u"--input"_s, kResults, u"--metric"_s,
                                      u"multiple_choice_grade"_s, u"--models"_s,
                                      kFixture + u"/models.csv"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray groups =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), 12);
        QVERIFY2(r.err.contains(kUnknown1b), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"pythia-160m"_s), qPrintable(r.err));
    }

    void instancesCommandReadsTheFolder() {
        const test::Run r =
            test::run(cli::runInstances,
                      {u"instances"_s, u"--input"_s, kResults, u"--task"_s, u"arc_easy"_s,
                       u"--models"_s, kFixture + u"/models.csv"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // The four models, with the sizes of the results files (70m, 410m), the table (160m)
        // and none (1b), and arc_easy's three questions.
        QStringList models;
        for (const QJsonValue& m : o.value(u"models"_s).toArray())
            models << u"%1=%2"_s.arg(m[u"model"_s].toString(),
                                     m[u"params"_s].isNull()
                                         ? u"?"_s
                                         : QString::number(m[u"params"_s].toDouble(), 'g', 12));
        models.sort();
        QCOMPARE(models,
                 (QStringList{u"EleutherAI/pythia-160m=162322944"_s, u"EleutherAI/pythia-1b=?"_s,
                              u"EleutherAI/pythia-410m=405334016"_s,
                              u"EleutherAI/pythia-70m=70426624"_s}));
        QCOMPARE(o.value(u"instances"_s).toArray().size(), 3);
        QVERIFY2(r.err.contains(kUnknown1b), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_ExampleFolderCommands)
#include "tst_ExampleFolderCommands.moc"
