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
#include <functional>
#include <thread>

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
        for (int i = 0; i < m_runs; ++i) {
            // Like the Python loader, the time ends when the table is built: freeing it is not
            // part of loading.
            QElapsedTimer timer;
            timer.start();
            const ImportResult r = DataLoader::load({m_tree});
            m_cpp = std::min(m_cpp, double(timer.nsecsElapsed()) / 1e9);
            QVERIFY2(!r.diagnostics.hasErrors(),
                     qPrintable(r.diagnostics.items.value(0).toString()));
            rows = r.table.rowCount();
        }
        qInfo("C++     DataLoader::load, all threads:     %8.1f ms  (%lld rows)", m_cpp * 1e3,
              qlonglong(rows));
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

    void loadTree() {
        QBENCHMARK {
            DataLoader::load({m_tree});
        }
    }
};

QTEST_APPLESS_MAIN(BenchBigBenchLoad)
#include "bench_BigBenchLoad.moc"
