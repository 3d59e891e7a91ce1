// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: where opened and dropped files go. Per-example model outputs go to the Instances
// tab, everything else to the data.
#include "MainWindow.h"

#include "instances/InstanceView.h"
#include "io/DataFormat.h"
#include "io/examples/ExampleReaders.h"
#include "panels/IssuesPanel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUrl>

namespace ee::ui {

void MainWindow::openModelOutputsDialog() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open model outputs"), {},
        tr("Per-example outputs (*.jsonl *.json *.zip *.gz *.csv);;All files (*)"));
    if (!paths.isEmpty())
        openModelOutputs(paths);
}

void MainWindow::loadModelMetadataDialog() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Load model metadata"), {}, tr("Model tables (*.csv *.tsv);;All files (*)"));
    if (files.isEmpty())
        return;
    loadModelMetadata(files);                   // scores without sizes (reloads the data)
    m_instances->setModelsTable(files.first()); // model outputs without sizes (reads them again)
}

void MainWindow::openModelOutputs(const QStringList& paths) {
    m_instances->openFiles(paths);
    m_tabs->setCurrentWidget(m_instances);
}

QString MainWindow::plotInstanceScores() {
    const ee::InstanceTable* table = m_instances->table();
    if (!table)
        return {};
    const ee::InstanceTableOptions& o = table->options();
    // One file per task, metric and scorer definition: plotting again with the same settings
    // rewrites it; other settings (tokenizer, regex, whole solutions) get their own file.
    const ScoreTable scores = table->aggregateScores();
    const QString definition = scores.rowCount() > 0 ? scores.row(0).source : o.metric;
    const QByteArray hash =
        QCryptographicHash::hash(
            (definition + m_instances->files().join(QLatin1Char('\n'))).toUtf8(),
            QCryptographicHash::Sha1)
            .toHex()
            .left(8);
    QString stem = o.task + QLatin1Char('_') + o.metric;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   QStringLiteral("/scored"));
    const QString path =
        dir.filePath(stem + QLatin1Char('_') + QString::fromLatin1(hash) + QStringLiteral(".csv"));
    QString error;
    if (!QDir().mkpath(dir.path()) || !m_instances->saveScores(path, error)) {
        m_issues->addNote(
            tr("Could not plot the scores: %1")
                .arg(error.isEmpty() ? tr("cannot create %1").arg(dir.path()) : error),
            Diagnostic::Severity::Error);
        return {};
    }
    ViewState v = currentView();
    if (!v.dataPaths.contains(path))
        v.dataPaths << path;
    v.view = QStringLiteral("scaling");
    v.chart = ChartSelection{};
    v.chart.task = o.task;
    v.chart.metric = o.metric;
    v.sideBySide = false;
    v.xRange.reset();
    applyView(v);
    return path;
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        openAnyPaths(paths, false);
        event->acceptProposedAction();
    }
}

bool MainWindow::isModelOutputFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.isFile() || ee::detectExampleFormat(path) == ee::ExampleFormat::Unknown)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return detectDataFormat(path, f.read(4096)) == DataFormat::Unknown;
}

bool MainWindow::holdsModelSamples(const QString& path) {
    if (!QFileInfo(path).isDir())
        return false;
    // lm-evaluation-harness --log_samples output: results_*.json (scores, for the data) beside
    // samples_<task>_<date>.jsonl (per-example records, for the Instances tab).
    QDirIterator it(path, {QStringLiteral("samples_*.jsonl")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext();
}

void MainWindow::openAnyPaths(const QStringList& paths, bool replace) {
    QStringList outputs, data;
    for (const QString& p : paths) {
        (isModelOutputFile(p) ? outputs : data) << p;
        if (holdsModelSamples(p))
            outputs << p; // its scores go to the data too
    }
    if (!data.isEmpty())
        replace ? openPaths(data) : addPaths(data);
    if (!outputs.isEmpty())
        openModelOutputs(outputs);
}

} // namespace ee::ui
