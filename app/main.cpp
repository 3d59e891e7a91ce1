// SPDX-License-Identifier: GPL-3.0-or-later
// One binary, two faces: a subcommand runs headless; no subcommand opens the desktop app.
#include "cli/Commands.h"

#include "GuiLauncher.h"
#include "platform/BuildInfo.h"
#include "platform/DataPaths.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[]) {
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const ee::cli::Command* command = ee::cli::findCommand(first);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (command) {
        // Rendering commands need QtGui but never a display.
        if (command->needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app;
        if (command->needsGui)
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("emergence"));
        QCoreApplication::setApplicationVersion(ee::buildInfo().version);
        QStringList args = QCoreApplication::arguments().mid(1);
        return command->run(args, {out, err});
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << ee::cli::topLevelHelp();
        return ee::cli::Success;
    }
    if (first == QLatin1String("--version")) {
        out << ee::versionText();
        return ee::cli::Success;
    }
    if (first.startsWith(QLatin1Char('-')) && first != QLatin1String("--")) {
        err << "emergence: unknown option '" << first << "'\n" << ee::cli::topLevelHelp();
        return ee::cli::UsageError;
    }
    QApplication app(argc, argv);
    QStringList paths = QApplication::arguments().mid(1);
    paths.removeAll(QStringLiteral("--"));
    return ee::ui::runGui(app, paths, ee::datasetsDir());
}
