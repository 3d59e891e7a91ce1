// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: where opened and dropped files go. Per-example model outputs go to the Instances
// tab, everything else to the data.
#include "MainWindow.h"

#include "instances/InstanceView.h"
#include "io/DataFormat.h"
#include "metrics/ExampleReaders.h"

#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
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

void MainWindow::openModelOutputs(const QStringList& paths) {
    m_instances->openFiles(paths);
    m_tabs->setCurrentWidget(m_instances);
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
    if (!info.isFile() || metrics::detectExampleFormat(path) == metrics::ExampleFormat::Unknown)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return detectDataFormat(path, f.read(4096)) == DataFormat::Unknown;
}

void MainWindow::openAnyPaths(const QStringList& paths, bool replace) {
    QStringList outputs, data;
    for (const QString& p : paths)
        (isModelOutputFile(p) ? outputs : data) << p;
    if (!data.isEmpty())
        replace ? openPaths(data) : addPaths(data);
    if (!outputs.isEmpty())
        openModelOutputs(outputs);
}

} // namespace ee::ui
