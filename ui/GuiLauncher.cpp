// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "MainWindow.h"
#include "i18n/Language.h"
#include "session/SessionAutosave.h"
#include "session/ViewState.h"

#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

namespace ee::ui {

int runGui(QApplication& app, const QStringList& paths, const QString& bundledDatasets) {
    QApplication::setApplicationName(QStringLiteral("Emergence Explorer"));
    QApplication::setOrganizationName(QStringLiteral("EmergenceExplorer"));
    // Lets the desktop match windows to the installed desktop entry (its icon and name).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.emergenceexplorer.EmergenceExplorer"));
    QIcon icon;
    for (const int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/app-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // The language chosen in View → Language, else the system's (after the names above: the
    // choice is read from the app's settings).
    installLanguage(savedLanguage());
    MainWindow window;
    window.show();
    // Autosave every minute; a clean quit removes the file, so one found now means a crash.
    const auto crashed = SessionAutosave::recoverable(SessionAutosave::defaultPath());
    SessionAutosave autosave([&window] { return window.currentView(); },
                             SessionAutosave::defaultPath());
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &autosave,
                     [&autosave] { autosave.finishCleanly(); });
    autosave.start();
    if (crashed && paths.isEmpty() &&
        QMessageBox::question(&window, QObject::tr("Recover session"),
                              QObject::tr("Emergence Explorer did not close normally. Restore the "
                                          "view autosaved at %1?")
                                  .arg(crashed->second.toString(Qt::TextDate))) ==
            QMessageBox::Yes) {
        window.applyView(crashed->first);
        return app.exec();
    }
    if (!paths.isEmpty()) {
        window.openAnyPaths(paths, true);
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
