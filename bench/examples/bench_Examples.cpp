// SPDX-License-Identifier: GPL-3.0-or-later
// Per-example data, issue 17 "Speed": (1) reading SIMULATED per-example JSONL (ours and lm-eval
// v0.4 samples, 100,000 examples each) against Python's json module; (2) switching the metric on
// those 100,000 generation examples (5 models × 20,000) as the Instances tab does, against the
// reference Python metrics; (3) opening the bundled MMLU-Pro outputs until the instance table is
// ready, against gzip + json.load in Python. Each figure is compared with its baseline in the
// same run and printed as a ratio. Not a timed test: it fails only if the two sides disagree on
// what they read. EE_BENCH_RUNS (best of, default 3), EE_BENCH_EXAMPLES (default 100000) and
// EE_BENCH_PY_SAMPLE (examples Python scores with BLEU and ROUGE-L, default 5000) change it.
#include "bundled/BundledExamples.h"
#include "io/DataLoader.h"
#include "io/ModelCatalog.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"
#include "metrics/InstanceTable.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <functional>
#include <malloc.h>

using namespace ee;

namespace {

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

QString scriptPath(const char* name) {
    return QStringLiteral(EE_BENCH_EXAMPLES_DIR "/") + QLatin1String(name);
}

// Runs a Python script of this folder and returns the JSON object it prints.
QJsonObject runPython(const char* script, const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{scriptPath(script)} + args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        qWarning("%s failed: %s", script, p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The fastest of `runs` calls of `fn`, in seconds.
double bestOf(int runs, const std::function<void()>& fn) {
    double best = INFINITY;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = std::min(best, static_cast<double>(t.nsecsElapsed()) * 1e-9);
    }
    return best;
}

// Bytes the C library's allocator has handed out and not taken back, over all arenas.
qint64 heapInUse() {
    const struct mallinfo2 m = mallinfo2();
    return static_cast<qint64>(m.uordblks + m.hblkhd);
}

// Heap bytes per example that `read` keeps (what it returns, nothing it freed).
double bytesPerExample(const std::function<ExampleSet()>& read) {
    const qint64 before = heapInUse();
    const ExampleSet set = read();
    return static_cast<double>(heapInUse() - before) / static_cast<double>(set.exampleCount());
}

// The bundled MMLU-Pro outputs (the bundle also holds other per-example files).
QStringList mmluProPaths() {
    return bundledExamplePaths(QStringLiteral(EE_BENCH_DATASETS))
        .filter(QStringLiteral("/mmlu_pro/"));
}

} // namespace

class BenchExamples : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_runs = 3;
    QString m_ours, m_lmEval;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_runs = envInt("EE_BENCH_RUNS", 3);
        const int n = envInt("EE_BENCH_EXAMPLES", 100000);
        QProcess p;
        p.start(QStringLiteral("python3"),
                {scriptPath("make_example_jsonl.py"), m_dir.path(), QString::number(n)});
        QVERIFY(p.waitForFinished(-1) && p.exitCode() == 0);
        m_ours = m_dir.filePath(QStringLiteral("examples_simulated.jsonl"));
        m_lmEval = m_dir.filePath(QStringLiteral("samples_simulated_2026-01-01T00-00-00.jsonl"));
        qInfo("SIMULATED data, %d examples per file; best of %d runs; %u hardware threads", n,
              m_runs, std::thread::hardware_concurrency());
    }

    void readJsonl_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("ours (docs/formats.md §B2)") << m_ours;
        QTest::newRow("lm-eval v0.4 samples") << m_lmEval;
    }

    void readJsonl() {
        QFETCH(QString, path);
        const double mb = static_cast<double>(QFileInfo(path).size()) / 1e6;
        qsizetype examples = 0;
        const double cpp = bestOf(m_runs, [&] {
            const ExampleSet set = readExamples(path, {});
            examples = set.exampleCount();
        });
        const QJsonObject py = runPython("python_jsonl_reader.py", {path, QString::number(m_runs)});
        QCOMPARE(examples, static_cast<qsizetype>(py.value(QLatin1String("examples")).toInteger()));
        const double pys = py.value(QLatin1String("seconds")).toDouble();
        qInfo("%lld examples, %.1f MB: C++ %.0f ms (%.0f MB/s), Python json %.0f ms (%.0f MB/s); "
              "Python / C++ = %.2f",
              static_cast<long long>(examples), mb, cpp * 1e3, mb / cpp, pys * 1e3, mb / pys,
              pys / cpp);
    }

    void toggleMetric_data() {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("pythonKey");
        QTest::newRow("exact match")
            << QStringLiteral("exact_str_match") << QStringLiteral("exact_match");
        QTest::newRow("BLEU (sentence, per example)")
            << QStringLiteral("bleu") << QStringLiteral("bleu");
        QTest::newRow("ROUGE-L") << QStringLiteral("rougeL") << QStringLiteral("rougeL");
    }

    void toggleMetric() {
        QFETCH(QString, metric);
        QFETCH(QString, pythonKey);
        static const ExampleSet set = readExamples(m_ours, {});
        const qsizetype n = set.exampleCount();
        ScoringOptions o;
        o.metrics = {metric};
        o.perExample = true; // as the Instances tab asks
        double sum = 0;
        const double score = bestOf(m_runs, [&] {
            const ScoreResult r = scoreExamples(set, o);
            sum = 0;
            for (const GroupScores& g : r.groups)
                for (const auto& v : g.perExample.value(0))
                    sum += v.value_or(0);
        });
        InstanceTableOptions it;
        it.task = QStringLiteral("sim_qa");
        it.metric = metric;
        const double table = bestOf(m_runs, [&] { (void)InstanceTable::build(set, it); });
        static const QJsonObject py = runPython(
            "python_toggle.py", {m_ours, QString::number(envInt("EE_BENCH_PY_SAMPLE", 5000))});
        const double pyPer = py.value(pythonKey + QLatin1String("_seconds_per_example")).toDouble();
        qInfo("%lld examples: scoreExamples %.1f ms, InstanceTable::build %.1f ms; Python "
              "(reference_metrics, extrapolated from %lld) %.0f ms; Python / scoreExamples = "
              "%.0f; mean %.4f",
              static_cast<long long>(n), score * 1e3, table * 1e3,
              static_cast<long long>(py.value(QLatin1String("sample")).toInteger()),
              pyPer * static_cast<double>(n) * 1e3, pyPer * static_cast<double>(n) / score,
              sum / static_cast<double>(n));
    }

    void memory() {
        ExampleReadOptions inputs;
        inputs.keepInputs = true;
        ExampleReadOptions gui = inputs; // as the Instances tab reads
        gui.keepGenerations = true;
        const QStringList mmlu = mmluProPaths();
        qInfo("sizeof(Example) = %zu bytes; heap kept per example: ours %.0f, ours with inputs "
              "%.0f, lm-eval samples %.0f, MMLU-Pro %.0f, MMLU-Pro as the Instances tab reads "
              "it (questions and generations) %.0f",
              sizeof(Example), bytesPerExample([&] { return readExamples(m_ours, {}); }),
              bytesPerExample([&] { return readExamples(m_ours, inputs); }),
              bytesPerExample([&] { return readExamples(m_lmEval, {}); }),
              bytesPerExample([&] { return readExampleFiles(mmlu, {}); }),
              bytesPerExample([&] { return readExampleFiles(mmlu, gui); }));
    }

    void openMmluPro() {
        const QString datasets = QStringLiteral(EE_BENCH_DATASETS);
        const QStringList paths = mmluProPaths();
        QVERIFY(!paths.isEmpty());
        double catalogue = INFINITY, read = INFINITY, build = INFINITY, total = INFINITY;
        qsizetype examples = 0;
        for (int run = 0; run < m_runs; ++run) {
            QElapsedTimer t;
            t.start();
            // As the Instances tab opens them (InstanceView::startRead and rescore).
            const ModelCatalog catalog = catalogFromTable(DataLoader::load({datasets}).table);
            const qint64 t1 = t.nsecsElapsed();
            ExampleReadOptions options;
            options.keepInputs = true;
            options.keepGenerations = true;
            options.catalog = &catalog;
            const ExampleSet set = readExampleFiles(paths, options);
            const qint64 t2 = t.nsecsElapsed();
            InstanceTableOptions o;
            o.task = QStringLiteral("mmlu_pro");
            const InstanceTable table = InstanceTable::build(set, o);
            const qint64 t3 = t.nsecsElapsed();
            examples = set.exampleCount();
            QVERIFY(table.rowCount() > 0);
            catalogue = std::min(catalogue, static_cast<double>(t1) * 1e-9);
            read = std::min(read, static_cast<double>(t2 - t1) * 1e-9);
            build = std::min(build, static_cast<double>(t3 - t2) * 1e-9);
            total = std::min(total, static_cast<double>(t3) * 1e-9);
        }
        const QJsonObject py =
            runPython("python_mmlu_pro.py", QStringList{QString::number(m_runs)} + paths);
        QCOMPARE(examples, static_cast<qsizetype>(py.value(QLatin1String("records")).toInteger()));
        const double pys = py.value(QLatin1String("seconds")).toDouble();
        qInfo("%lld records in %lld files: open to table %.0f ms (catalogue %.0f, read %.0f, "
              "table %.0f; each the best of its runs); Python gzip + json.load + accuracy %.0f ms; "
              "Python / C++ = %.2f",
              static_cast<long long>(examples), static_cast<long long>(paths.size()), total * 1e3,
              catalogue * 1e3, read * 1e3, build * 1e3, pys * 1e3, pys / total);
    }
};

QTEST_GUILESS_MAIN(BenchExamples)
#include "bench_Examples.moc"
