// SPDX-License-Identifier: GPL-3.0-or-later
// Loading benchmark of issue 2 ("Speed"): a SIMULATED BIG-bench tree of 200 tasks × 40 model
// files loaded into a ScoreTable by ee::DataLoader, against a straightforward Python loader
// (bench/bigbench/python_bigbench_loader.py) run in the same process run. Not a timed test:
// it reports figures and checks only that both loaders read the same number of rows.
//
// EE_BIGBENCH_TREE=<folder> reuses a tree made by make_bigbench_tree.py; otherwise one is
// generated into a temporary folder. EE_BENCH_RUNS sets the repeats (best of N, default 5).
#include "io/BigBenchScores.h"
#include "io/DataLoader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <functional>
#include <simdjson.h>
#include <thread>
#include <vector>

using namespace ee;

namespace {

const QString kBenchDir = QStringLiteral(EE_BENCH_BIGBENCH_DIR);

/// Best (minimum) wall time of `runs` calls, in seconds.
double bestOf(int runs, const std::function<void()>& body) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

class BenchBigBenchLoad : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_tree;
    int m_runs = 5;
    qsizetype m_pythonRows = -1;
    double m_python = 0, m_cpp = 0;
    QStringList m_files;
    QList<QByteArray> m_bytes;

private slots:
    void initTestCase() {
        m_runs = qEnvironmentVariableIntValue("EE_BENCH_RUNS");
        if (m_runs <= 0)
            m_runs = 5;
        m_tree = qEnvironmentVariable("EE_BIGBENCH_TREE");
        if (m_tree.isEmpty()) {
            QVERIFY(m_tmp.isValid());
            m_tree = m_tmp.path();
            QProcess gen;
            gen.start(QStringLiteral("python3"),
                      {kBenchDir + QStringLiteral("/make_bigbench_tree.py"),
                       QStringLiteral("--out"), m_tree});
            QVERIFY(gen.waitForFinished(600000));
            QCOMPARE(gen.exitCode(), 0);
            qInfo().noquote() << gen.readAllStandardOutput().trimmed();
        }
        QDirIterator it(m_tree, {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            m_files << it.next();
        m_files.sort();
        QVERIFY(!m_files.isEmpty());
        qint64 bytes = 0;
        for (const QString& f : m_files) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_bytes << file.readAll(); // also warms the page cache for both loaders
            bytes += m_bytes.last().size();
        }
        qInfo("tree: %lld files, %.1f MB, best of %d runs, %u hardware threads",
              qlonglong(m_files.size()), double(bytes) / 1e6, m_runs,
              std::thread::hardware_concurrency());
    }

    void pythonBaseline() {
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {kBenchDir + QStringLiteral("/python_bigbench_loader.py"), m_tree,
                  QString::number(m_runs)});
        QVERIFY(py.waitForFinished(1800000));
        QCOMPARE(py.exitCode(), 0);
        const QString out = QString::fromUtf8(py.readAllStandardOutput());
        const auto m =
            QRegularExpression(QStringLiteral("python_rows=(\\d+) python_best_s=([0-9.]+)"))
                .match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        m_pythonRows = m.captured(1).toLongLong();
        m_python = m.captured(2).toDouble();
        qInfo("python  os.walk + json.load + row tuples: %8.1f ms  (%lld rows)", m_python * 1e3,
              qlonglong(m_pythonRows));
    }

    void dataLoaderAgainstPython() {
        qsizetype rows = 0;
        m_cpp = 1e300;
        // The fastest of each phase over the runs (they need not come from the same run).
        LoadPhases fastest{1e300, 1e300, 1e300, 1e300};
        for (int i = 0; i < m_runs; ++i) {
            // Like the Python loader, the time ends when the table is built: freeing it is not
            // part of loading.
            LoadPhases phases;
            LoadOptions options;
            options.phases = &phases;
            QElapsedTimer timer;
            timer.start();
            const ImportResult r = DataLoader::load({m_tree}, options);
            m_cpp = std::min(m_cpp, double(timer.nsecsElapsed()) / 1e9);
            fastest = {std::min(fastest.walk, phases.walk), std::min(fastest.read, phases.read),
                       std::min(fastest.finish, phases.finish),
                       std::min(fastest.diagnose, phases.diagnose)};
            QVERIFY2(!r.diagnostics.hasErrors(),
                     qPrintable(r.diagnostics.items.value(0).toString()));
            rows = r.table.rowCount();
        }
        qInfo("C++     DataLoader::load, all threads:     %8.1f ms  (%lld rows)", m_cpp * 1e3,
              qlonglong(rows));
        qInfo("        phases, fastest of each: walk %.1f, read and append %.1f, finish %.1f, "
              "diagnose %.1f ms",
              fastest.walk, fastest.read, fastest.finish, fastest.diagnose);
        if (m_pythonRows >= 0) {
            QCOMPARE(rows, m_pythonRows);
            qInfo("RATIO   python / DataLoader::load = %.1fx (target >= 10x)", m_python / m_cpp);
        }
    }

    /// Where the time goes, each on one thread, for docs/benchmarks.md.
    void breakdown() {
        LoadOptions one;
        one.threads = 1;
        const double loadOne = bestOf(m_runs, [&] { DataLoader::load({m_tree}, one); });
        const double readFiles = bestOf(m_runs, [&] {
            for (const QString& f : m_files) {
                QFile file(f);
                if (file.open(QIODevice::ReadOnly))
                    file.readAll();
            }
        });
        const double qtParse = bestOf(m_runs, [&] {
            for (const QByteArray& b : m_bytes)
                QJsonDocument::fromJson(b);
        });
        const double importer = bestOf(m_runs, [&] {
            for (qsizetype i = 0; i < m_bytes.size(); ++i)
                BigBenchScores::read(m_bytes[i], m_files[i], m_files[i]);
        });
        std::vector<ImportResult> parts;
        parts.reserve(std::size_t(m_bytes.size()));
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            parts.push_back(BigBenchScores::read(m_bytes[i], m_files[i], m_files[i]));
        const double merge = bestOf(m_runs, [&] {
            ScoreTable all;
            for (const auto& p : parts)
                all.append(p.table);
        });
        qInfo("C++     DataLoader::load, 1 thread:        %8.1f ms", loadOne * 1e3);
        qInfo("        read the files only (1 thread):    %8.1f ms", readFiles * 1e3);
        qInfo("        QJsonDocument parse only:          %8.1f ms", qtParse * 1e3);
        qInfo("        BigBenchScores::read (simdjson + rows, 1 thread): %8.1f ms", importer * 1e3);
        qInfo("        merge the per-file tables only:    %8.1f ms", merge * 1e3);
    }

    /// The ceiling for any simdjson-based loader on this machine: every file read and parsed,
    /// every score value touched, on all threads, and nothing else (no folder walk, no rows, no
    /// index, no duplicate check). Python's time over this is the best ratio reachable here.
    void readAndParseFloor() {
        const int threads = std::max(1, int(std::thread::hardware_concurrency()));
        std::vector<std::string> paths;
        for (const QString& f : m_files)
            paths.push_back(QFile::encodeName(f).toStdString());
        const double floor = bestOf(m_runs, [&] {
            std::atomic<std::size_t> next{0};
            std::atomic<std::size_t> values{0};
            auto work = [&] {
                simdjson::dom::parser parser;
                std::size_t seen = 0;
                for (std::size_t i; (i = next.fetch_add(1)) < paths.size();) {
                    simdjson::padded_string bytes;
                    if (simdjson::padded_string::load(paths[i]).get(bytes) != simdjson::SUCCESS)
                        continue;
                    simdjson::dom::element root;
                    if (parser.parse(bytes).get(root) != simdjson::SUCCESS)
                        continue;
                    for (simdjson::dom::element entry : root["scores"].get_array())
                        for (auto field : entry["score_dict"].get_object())
                            seen += field.value.is_number() ? 1 : 0;
                }
                values += seen;
            };
            std::vector<std::thread> pool;
            for (int t = 1; t < threads; ++t)
                pool.emplace_back(work);
            work();
            for (auto& t : pool)
                t.join();
            QCOMPARE(qsizetype(values.load()),
                     m_pythonRows >= 0 ? m_pythonRows : qsizetype(values));
        });
        qInfo("FLOOR   read + simdjson parse only, %d threads: %6.1f ms", threads, floor * 1e3);
        if (m_pythonRows >= 0)
            qInfo("        python / floor = %.1fx: the most any simdjson loader can reach here",
                  m_python / floor);
    }

    void loadTree() {
        QBENCHMARK {
            DataLoader::load({m_tree});
        }
    }
};

QTEST_APPLESS_MAIN(BenchBigBenchLoad)
#include "bench_BigBenchLoad.moc"
