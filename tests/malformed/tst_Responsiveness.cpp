// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread stays responsive while big inputs load, and a load can be cancelled.
//
// A timer-latency probe (a 10 ms QTimer on the test's event loop, the GUI thread) records the
// longest gap between two ticks beyond their interval while:
//  - ui::DataStore (the GUI's loader: QtConcurrent::run + QFutureWatcher, progress polled)
//    loads the simulated 8,000-file BIG-bench tree from bench/bigbench/make_bigbench_tree.py;
//  - a 200 MB per-example JSON Lines file (a fifth of the 1 GB scale named in the issue, to keep
//    CI fast; the reader streams line by line, so time and memory scale linearly) is read by
//    readExamples() on a worker the same way.
// The bound is 100 ms. Cancelling the tree load must end it (loadCancelled) long before the
// load would have finished, and keep the previous data.
#include "data/DataStore.h"
#include "io/examples/ExampleReaders.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {

/// Measures event-loop stalls on the thread it lives on.
class LatencyProbe {
public:
    LatencyProbe() {
        m_timer.setInterval(kIntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_worst = std::max(m_worst, (now - m_last) / 1000000 - kIntervalMs);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 worstStallMs() const { return m_worst; }
    int ticks() const { return m_ticks; }

private:
    static constexpr int kIntervalMs = 10;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_worst = 0;
    int m_ticks = 0;
};

constexpr qint64 kMaxStallMs = 100;

bool makeTree(const QString& out) {
    QProcess py;
    py.start(u"python3"_s, {QStringLiteral(EE_BENCH_TREE_SCRIPT), u"--out"_s, out});
    return py.waitForFinished(300000) && py.exitCode() == 0;
}

} // namespace

class tst_Responsiveness : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_tree;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_tree = m_dir.filePath(u"tree"_s);
        QVERIFY2(makeTree(m_tree), "bench/bigbench/make_bigbench_tree.py failed (python3 needed)");
    }

    void treeLoadKeepsTheEventLoopResponsive() {
        ui::DataStore store;
        QSignalSpy loaded(&store, &ui::DataStore::loaded);
        LatencyProbe probe;
        QElapsedTimer t;
        t.start();
        store.load({m_tree});
        QVERIFY(loaded.wait(300000));
        // The index of the browser may still be refined in the background; let it finish too.
        QTRY_VERIFY_WITH_TIMEOUT(!store.isRefining(), 300000);
        qInfo("8,000-file tree: %lld rows in %lld ms, worst event-loop stall %lld ms over %d ticks",
              qlonglong(store.table().rowCount()), t.elapsed(), probe.worstStallMs(),
              probe.ticks());
        QVERIFY(store.table().rowCount() > 100000);
        QVERIFY2(probe.worstStallMs() < kMaxStallMs,
                 qPrintable(u"the GUI thread stalled for %1 ms"_s.arg(probe.worstStallMs())));
    }

    void cancelStopsTheTreeLoad() {
        ui::DataStore store;
        QSignalSpy progress(&store, &ui::DataStore::progressChanged);
        QSignalSpy cancelled(&store, &ui::DataStore::loadCancelled);
        QSignalSpy loaded(&store, &ui::DataStore::loaded);
        LatencyProbe probe;
        store.load({m_tree});
        QVERIFY(store.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0 || loaded.count() > 0, 60000);
        QElapsedTimer t;
        t.start();
        store.cancel();
        QVERIFY(cancelled.wait(20000) || cancelled.count() == 1);
        qInfo("cancel took effect after %lld ms", t.elapsed());
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!store.isLoading());
        QCOMPARE(store.table().rowCount(), 0); // the previous (empty) data stays
        QVERIFY(probe.worstStallMs() < kMaxStallMs);
    }

    void bigExampleFileLoadsOffTheGuiThread() {
        const QString path = m_dir.filePath(u"examples.jsonl"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray line;
            qint64 written = 0, n = 0;
            while (written < (200LL << 20)) {
                line = QByteArrayLiteral("{\"task\": \"arith\", \"model\": \"m-") +
                       QByteArray::number(n % 8) +
                       "\", \"params\": " + QByteArray::number((n % 8 + 1) * 1e8) + ", \"id\": \"" +
                       QByteArray::number(n) + "\", \"output\": \"" + QByteArray(150, 'x') +
                       "\", \"targets\": [\"42\"]}\n";
                f.write(line);
                written += line.size();
                ++n;
            }
        }
        LatencyProbe probe;
        QFutureWatcher<ee::ExampleSet> watcher;
        QSignalSpy done(&watcher, &QFutureWatcher<ee::ExampleSet>::finished);
        QElapsedTimer t;
        t.start();
        watcher.setFuture(QtConcurrent::run([path] { return ee::readExamples(path); }));
        QVERIFY(done.wait(300000));
        const ee::ExampleSet set = watcher.result();
        qInfo("200 MB JSONL: %lld examples in %lld ms, worst event-loop stall %lld ms",
              qlonglong(set.exampleCount()), t.elapsed(), probe.worstStallMs());
        QVERIFY(set.exampleCount() > 100000);
        QVERIFY2(probe.worstStallMs() < kMaxStallMs,
                 qPrintable(u"the GUI thread stalled for %1 ms"_s.arg(probe.worstStallMs())));
    }
};

QTEST_MAIN(tst_Responsiveness)
#include "tst_Responsiveness.moc"
