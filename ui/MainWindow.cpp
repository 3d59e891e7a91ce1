// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "io/DataLoader.h"

#include <QLabel>

namespace ee::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Emergence Explorer"));
    resize(1200, 800);
}

void MainWindow::openPaths(const QStringList& paths)
{
    const ImportResult data = DataLoader::load(paths);
    setCentralWidget(new QLabel(QStringLiteral("%1 scores loaded").arg(data.table.rowCount())));
}

} // namespace ee::ui
