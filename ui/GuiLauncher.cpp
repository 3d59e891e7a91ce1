// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "MainWindow.h"

namespace ee::ui {

int runGui(QApplication& app, const QStringList& paths, const QString& bundledDatasets)
{
    QApplication::setApplicationName(QStringLiteral("Emergence Explorer"));
    QApplication::setOrganizationName(QStringLiteral("EmergenceExplorer"));
    MainWindow window;
    window.show();
    window.openPaths(paths.isEmpty() ? QStringList{bundledDatasets} : paths);
    return app.exec();
}

} // namespace ee::ui
