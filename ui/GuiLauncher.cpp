// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "MainWindow.h"
#include "session/ViewState.h"

#include <QFileInfo>

namespace ee::ui {

int runGui(QApplication& app, const QStringList& paths, const QString& bundledDatasets) {
    QApplication::setApplicationName(QStringLiteral("Emergence Explorer"));
    QApplication::setOrganizationName(QStringLiteral("EmergenceExplorer"));
    MainWindow window;
    window.show();
    if (!paths.isEmpty()) {
        window.openPaths(paths);
        return app.exec();
    }
    // No paths: the last session, when its data still exist; else the bundled datasets.
    if (auto last = loadSession(lastSessionPath())) {
        bool dataExists = !last->dataPaths.isEmpty();
        for (const QString& p : last->dataPaths)
            dataExists = dataExists && QFileInfo::exists(p);
        if (dataExists) {
            window.applyView(*last);
            return app.exec();
        }
    }
    window.openPaths({bundledDatasets});
    return app.exec();
}

} // namespace ee::ui
