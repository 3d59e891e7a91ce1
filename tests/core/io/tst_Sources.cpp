// SPDX-License-Identifier: GPL-3.0-or-later
// A curve's source is the input the user opened (docs/formats.md §A0): two opened files that
// use the same task, metric and family names give two curves, never one, unless pooled.
#include "TestSkip.h"
#include "io/DataLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {

/// `name` of the bundled datasets copied into `dir`/`folder` (a copy in a temporary folder:
/// the test's own input, never committed).
QString copyBundled(const QTemporaryDir& dir, const QString& folder, const QString& name) {
    QDir().mkpath(dir.filePath(folder));
    const QString to = dir.filePath(folder + QLatin1Char('/') + name);
    if (!QFile::copy(QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(name), to))
        return {};
    return to;
}

/// The key without its source: what two inputs of the same file share.
CurveKey withoutSource(CurveKey key) {
    key.source.clear();
    return key;
}

QList<CurveKey> withoutSources(const QList<CurveKey>& keys) {
    QList<CurveKey> out;
    for (const CurveKey& k : keys)
        out << withoutSource(k);
    return out;
}

} // namespace

class tst_Sources : public QObject {
    Q_OBJECT
private slots:
    // Real files, each opened twice from two folders: the same names, two sources.
    void sameNamesInTwoInputsGiveTwoCurves_data() {
        QTest::addColumn<QString>("file");
        for (const char* f : {"wei2022_chain_of_thought.csv", "kojima2022_zero_shot_cot.csv",
                              "bbh_lm_eval_harness.csv", "obsscaling_leaderboard_v2.csv"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void sameNamesInTwoInputsGiveTwoCurves() {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString a = copyBundled(dir, u"a"_s, file), b = copyBundled(dir, u"b"_s, file);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const ImportResult one = DataLoader::load({a});
        const ImportResult two = DataLoader::load({a, b});
        QVERIFY(!one.diagnostics.hasErrors() && !two.diagnostics.hasErrors());
        QCOMPARE(one.table.inputs(), QStringList{file});
        const QString nameA = u"a/"_s + file, nameB = u"b/"_s + file;
        QCOMPARE(two.table.inputs(), (QStringList{nameA, nameB}));

        const QList<CurveKey> single = one.table.curveKeys();
        QVERIFY(!single.isEmpty());
        QCOMPARE(two.table.curveKeys().size(), 2 * single.size());
        for (const QString& source : {nameA, nameB}) {
            CurveFilter only;
            only.source = source;
            const QList<CurveKey> keys = two.table.curveKeys(only);
            QCOMPARE(withoutSources(keys), withoutSources(single));
            // Each source's curve is the single file's, point for point.
            for (qsizetype i = 0; i < keys.size(); i += std::max<qsizetype>(1, keys.size() / 7)) {
                const Curve mine = two.table.curve(keys[i], ScaleAxis::Params);
                const Curve alone = one.table.curve(single[i], ScaleAxis::Params);
                QCOMPARE(mine.key.source, source);
                QCOMPARE(mine.points.size(), alone.points.size());
                for (qsizetype p = 0; p < mine.points.size(); ++p)
                    QCOMPARE(mine.points[p].value, alone.points[p].value);
            }
        }

        // Pooled on request: one curve per name, with both sources' points.
        CurveFilter pooled;
        pooled.poolSources = true;
        const QList<CurveKey> pooledKeys = two.table.curveKeys(pooled);
        QCOMPARE(pooledKeys, withoutSources(single));
        const QList<Curve> curves = two.table.curves(pooled, ScaleAxis::Params);
        QCOMPARE(curves.size(), single.size());
        for (qsizetype i = 0; i < curves.size(); ++i) {
            QVERIFY(curves[i].key.source.isEmpty());
            QCOMPARE(curves[i].points.size(),
                     2 * one.table.curve(single[i], ScaleAxis::Params).points.size());
        }
    }

    // A folder is one input: lm-evaluation-harness results, one model per file, make curves
    // together (each file its own source would leave one point per curve).
    void aFolderIsOneSource() {
        const QDir shared(QStringLiteral(EE_TEST_SHARED_DATA));
        const QString results =
            shared.filePath(u"bigbench/EleutherAI-lm-evaluation-harness/results"_s);
        if (!QFileInfo::exists(results))
            EE_SKIP_OR_FAIL("../shared/data is not beside the checkout");
        LoadOptions options;
        options.modelMetadataFiles
            << shared.filePath(u"obsscaling/eval_results/base_llm_benchmark_eval.csv"_s);
        const ImportResult r = DataLoader::load({results}, options);
        QVERIFY(!r.diagnostics.hasErrors());
        QCOMPARE(r.table.inputs(), QStringList{u"results"_s});
        QCOMPARE(r.table.sources().size(), 5); // five files, each its own provenance
        CurveFilter llama;
        llama.task = u"bigbench_date_understanding"_s;
        llama.families = {u"Llama"_s};
        qsizetype most = 0;
        for (const Curve& c : r.table.curves(llama, ScaleAxis::Params))
            most = std::max(most, c.points.size());
        QCOMPARE(most, 3); // 7B, 13B and 30B on one curve
    }

    // The bundled folder opens as one source; that merges nothing, because no two bundled files
    // share a curve's names (checked with every file opened as its own source).
    void bundledFilesShareNoCurve() {
        const QDir bundled(QStringLiteral(EE_TEST_DATASETS));
        QStringList files;
        for (const QString& f : bundled.entryList({u"*.csv"_s}, QDir::Files, QDir::Name))
            files << bundled.filePath(f);
        QVERIFY(files.size() >= 10);
        const ImportResult apart = DataLoader::load(files);
        QCOMPARE(apart.table.inputs().size(), files.size());
        CurveFilter pooled;
        pooled.poolSources = true;
        QCOMPARE(apart.table.curveKeys(pooled).size(), apart.table.curveKeys().size());
        const ImportResult folder = DataLoader::load({bundled.path()});
        QCOMPARE(folder.table.inputs(), QStringList{u"datasets"_s});
        QCOMPARE(folder.table.curveKeys().size(), apart.table.curveKeys().size());
    }

    void inputNames_data() {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("file") << QStringList{u"/d/x/scores.csv"_s} << QStringList{u"scores.csv"_s};
        QTest::newRow("folder, trailing slash")
            << QStringList{u"/d/datasets/"_s} << QStringList{u"datasets"_s};
        QTest::newRow("two names")
            << QStringList{u"/d/a.csv"_s, u"/e/b.csv"_s} << QStringList{u"a.csv"_s, u"b.csv"_s};
        QTest::newRow("same name, two folders")
            << QStringList{u"/d/a/results.json"_s, u"/d/b/results.json"_s}
            << QStringList{u"a/results.json"_s, u"b/results.json"_s};
        QTest::newRow("same path twice")
            << QStringList{u"/d/a.csv"_s, u"/d/./a.csv"_s} << QStringList{u"a.csv"_s, u"a.csv"_s};
        QTest::newRow("relative") << QStringList{u"runs/x"_s, u"x"_s}
                                  << QStringList{u"runs/x"_s, u"x"_s};
    }
    void inputNames() {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, names);
        QCOMPARE(DataLoader::inputNamesFor(paths), names);
    }
};

QTEST_APPLESS_MAIN(tst_Sources)
#include "tst_Sources.moc"
