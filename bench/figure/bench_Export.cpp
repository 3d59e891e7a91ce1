// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of issue 6: headless `emergence export` of the 2x4 emergent-tasks grid to PDF from a
// cold process start (bundled datasets, offscreen platform), against two baselines measured in
// the same run: `emergence --version` (process start only) and `emergence summary` (start +
// loading the bundled datasets, no rendering). Reports best and median of N runs and the
// ratios; the target is export < 1 s. Not a timed test: it fails only if a run fails.
// EE_BENCH_RUNS sets N (default 10).
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

struct Timing {
    double best = 0, median = 0;
};

Timing timeRuns(int runs, const QStringList& args) {
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(EE_BENCH_EMERGENCE), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("emergence %s failed: %s", qPrintable(args.join(u' ')), p.readAll().constData());
        seconds << double(timer.nsecsElapsed()) / 1e9;
    }
    std::sort(seconds.begin(), seconds.end());
    return {seconds.first(), seconds[seconds.size() / 2]};
}

} // namespace

class BenchExport : public QObject {
    Q_OBJECT
private slots:
    void coldStartExport() {
        int runs = qEnvironmentVariableIntValue("EE_BENCH_RUNS");
        if (runs <= 0)
            runs = 10;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("grid.pdf"));
        const Timing version = timeRuns(runs, {QStringLiteral("--version")});
        const Timing summary = timeRuns(runs, {QStringLiteral("summary")});
        const Timing exportPdf =
            timeRuns(runs, {QStringLiteral("export"), QStringLiteral("--spec"),
                            QStringLiteral(EE_BENCH_SPEC), QStringLiteral("--out"), pdf});
        const Timing exportSvg =
            timeRuns(runs, {QStringLiteral("export"), QStringLiteral("--spec"),
                            QStringLiteral(EE_BENCH_SPEC), QStringLiteral("--out"),
                            dir.filePath(QStringLiteral("grid.svg"))});
        const auto line = [&](const char* what, const Timing& t) {
            qInfo("%-36s best %6.3f s  median %6.3f s  (%5.1fx --version, %4.2fx summary)", what,
                  t.best, t.median, t.median / version.median, t.median / summary.median);
        };
        qInfo("runs: %d each, cold process start every run", runs);
        line("emergence --version", version);
        line("emergence summary (load datasets)", summary);
        line("emergence export 2x4 grid -> PDF", exportPdf);
        line("emergence export 2x4 grid -> SVG", exportSvg);
        qInfo("target: export 2x4 -> PDF under 1 s: %s",
              exportPdf.median < 1.0 ? "met" : "NOT met");
    }
};

QTEST_APPLESS_MAIN(BenchExport)
#include "bench_Export.moc"
