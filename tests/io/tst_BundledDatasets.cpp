// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped datasets must be exactly what our importers derive from ../shared/data today.
#include "io/BundledDatasets.h"
#include "io/DataLoader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ee;

class TestBundledDatasets : public QObject {
    Q_OBJECT
private slots:
    void eachFileEqualsWhatTheImporterProduces_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < bundledDatasets().size(); ++i)
            QTest::newRow(qPrintable(bundledDatasets().at(i).fileName)) << i;
    }
    void eachFileEqualsWhatTheImporterProduces()
    {
        QFETCH(int, index);
        const BundledDataset& recipe = bundledDatasets().at(index);
        Diagnostics diag;
        const QByteArray built = buildBundledDataset(recipe, QStringLiteral(EE_TEST_SHARED_DATA), diag);
        QVERIFY(!diag.hasErrors());
        QFile shipped(QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(recipe.fileName));
        QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.fileName()));
        QVERIFY2(shipped.readAll() == built,
                 "the shipped file differs: run `emergence datasets` and commit the result");
    }
    void sourcesListEveryFile()
    {
        QFile md(QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(QStringLiteral("SOURCES.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QCOMPARE(md.readAll(), bundledSourcesMarkdown());
    }
    void bundledDataIsCompactAndBroad()
    {
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

QTEST_APPLESS_MAIN(TestBundledDatasets)
#include "tst_BundledDatasets.moc"
