// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped datasets must be exactly what our importers derive from ../shared/data today.
#include "bundled/BundledDatasets.h"
#include "bundled/BundledExamples.h"
#include "io/DataLoader.h"
#include "io/ZipArchive.h"
#include "io/examples/ExampleReaders.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <cmath>

using namespace ee;

class tst_BundledDatasets : public QObject {
    Q_OBJECT
private slots:
    void eachFileEqualsWhatTheImporterProduces_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < bundledDatasets().size(); ++i)
            QTest::newRow(qPrintable(bundledDatasets().at(i).fileName)) << i;
    }
    void eachFileEqualsWhatTheImporterProduces() {
        QFETCH(int, index);
        const BundledDataset& recipe = bundledDatasets().at(index);
        Diagnostics diag;
        const QByteArray built =
            buildBundledDataset(recipe, QStringLiteral(EE_TEST_SHARED_DATA), diag);
        QVERIFY(!diag.hasErrors());
        QVERIFY(!built.isEmpty());
        QFile shipped(QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(recipe.fileName));
        QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.fileName()));
        QVERIFY2(shipped.readAll() == built,
                 "the shipped file differs: run `emergence datasets` and commit the result");
    }
    void eachExampleFileEqualsWhatIsDerived_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < bundledExampleFiles().size(); ++i)
            QTest::newRow(qPrintable(bundledExampleFiles().at(i).fileName)) << i;
    }
    void eachExampleFileEqualsWhatIsDerived() {
        // Compared uncompressed: another zlib may pack the same bytes differently.
        QFETCH(int, index);
        const BundledExampleFile& f = bundledExampleFiles().at(index);
        Diagnostics diag;
        const auto built = buildBundledExampleFile(f, QStringLiteral(EE_TEST_SHARED_DATA), diag);
        QVERIFY2(built, qPrintable(diag.items.value(0).toString()));
        QString error;
        const auto shipped =
            readGzipFile(QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(f.fileName), error);
        QVERIFY2(shipped, qPrintable(error));
        QVERIFY2(*shipped == *built,
                 "the shipped file differs: run `emergence datasets` and commit the result");
    }
    void shippedExamplesReadAsTheOriginals() {
        // The compact files give the same verdicts as the source zips: strict accuracy of the
        // smallest and largest model, and the questions travel with the first file only.
        const QStringList paths = bundledExamplePaths(QStringLiteral(EE_TEST_DATASETS));
        QCOMPARE(paths.size(), 6); // five MMLU-Pro models, then GSM8K (tst_CalculatorSteps)
        QVERIFY(paths[5].endsWith(QLatin1String("gsm8k/example_model_solutions.jsonl.gz")));
        for (const int i : {0, 4}) {
            const ee::ExampleSet set = ee::readExamples(paths[i]);
            // Only the note that no catalogue was given for the size (the app passes one).
            QCOMPARE(set.diagnostics.items.size(), 1);
            QVERIFY(set.diagnostics.items[0].message.contains(QStringLiteral("size of model")));
            qsizetype n = 0, right = 0, withInput = 0;
            for (const ee::ExampleGroup& g : set.groups())
                for (const ee::Example& e : g.examples) {
                    ++n;
                    right += e.output == e.targets.value(0) ? 1 : 0;
                    withInput += e.choices.isEmpty() ? 0 : 1;
                }
            QCOMPARE(n, qsizetype(12032));
            QCOMPARE(right, i == 0 ? qsizetype(2207) : qsizetype(6258)); // as SOURCE.md
            QCOMPARE(withInput, i == 0 ? n : qsizetype(0));
        }
    }
    void datasetsStayUnderTheirBudget() {
        qint64 bytes = 0;
        QDirIterator it(QStringLiteral(EE_TEST_DATASETS), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            bytes += QFileInfo(it.next()).size();
        QVERIFY2(bytes < 15 * 1000 * 1000, qPrintable(QStringLiteral("%1 bytes").arg(bytes)));
    }
    void winograndeOptionLogProbs() {
        // The shipped numbers, read back through the ordinary loader: two Llama-2 sizes, the
        // gap equal to correct − best incorrect (means over the same 1,267 documents), and the
        // accuracy equal to the harness's (SOURCE.md: 0.7380, 0.7616).
        const ImportResult r = DataLoader::load(
            {QDir(QStringLiteral(EE_TEST_DATASETS))
                 .filePath(QStringLiteral("llama2_winogrande_option_logprobs.csv"))});
        QVERIFY(!r.diagnostics.hasErrors());
        QCOMPARE(r.table.rowCount(), 8);
        QHash<QString, double> v;
        for (qsizetype i = 0; i < r.table.rowCount(); ++i) {
            const ScoreRow row = r.table.row(i);
            QCOMPARE(row.task, QStringLiteral("winogrande"));
            QCOMPARE(row.family, QStringLiteral("Llama-2"));
            QCOMPARE(row.shots, std::optional<int>(5));
            QCOMPARE(row.n, std::optional<qint64>(1267));
            QVERIFY(row.ciLow && row.ciHigh && *row.ciLow <= row.value && row.value <= *row.ciHigh);
            QVERIFY(row.scale.params);
            v.insert(row.model + QLatin1Char('|') + row.metric, row.value);
        }
        for (const QString& m : {QStringLiteral("meta-llama/Llama-2-7b-hf|"),
                                 QStringLiteral("meta-llama/Llama-2-13b-hf|")}) {
            const double gap = v.value(m + QStringLiteral("log_prob_margin"));
            const double diff = v.value(m + QStringLiteral("log_prob_correct_option")) -
                                v.value(m + QStringLiteral("log_prob_best_incorrect_option"));
            QVERIFY2(std::abs(gap - diff) < 1e-9, qPrintable(m));
            QVERIFY(gap > 0);
        }
        QVERIFY(std::abs(v.value(QStringLiteral("meta-llama/Llama-2-7b-hf|multiple_choice_grade")) -
                         0.7380) < 5e-5);
        QVERIFY(
            std::abs(v.value(QStringLiteral("meta-llama/Llama-2-13b-hf|multiple_choice_grade")) -
                     0.7616) < 5e-5);
    }
    void sourcesListEveryFile() {
        QFile md(QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(QStringLiteral("SOURCES.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QCOMPARE(md.readAll(), bundledSourcesMarkdown());
    }
    void bundledDataIsCompactAndBroad() {
        qint64 bytes = 0;
        const QDir dir(QStringLiteral(EE_TEST_DATASETS));
        for (const QFileInfo& f : dir.entryInfoList(QDir::Files))
            bytes += f.size();
        QVERIFY2(bytes < 5 * 1024 * 1024, qPrintable(QString::number(bytes)));
        const ImportResult r = DataLoader::load({dir.path()});
        QVERIFY(!r.diagnostics.hasErrors());
        QVERIFY(r.table.modelCount() >= 100);
        QVERIFY(r.table.families().size() >= 10);
    }
};

QTEST_APPLESS_MAIN(tst_BundledDatasets)
#include "tst_BundledDatasets.moc"
