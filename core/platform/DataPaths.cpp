// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ee {

namespace {

QString sourceDir() {
    return QStringLiteral(EE_SOURCE_DIR);
}

/// True when this binary runs from an installed tree: its share folder exists beside it.
bool runsInstalled() {
    return QFileInfo(installedDataDir()).isDir();
}

/// The installed folder's \a installedName, or the source tree's \a sourceName, whichever
/// applies to this binary.
QString shippedDir(const QString& installedName, const QString& sourceName) {
    const QString env = qEnvironmentVariable("EE_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).filePath(installedName);
    if (runsInstalled() || !QFileInfo(sourceDir()).isDir())
        return QDir(installedDataDir()).filePath(installedName);
    return QDir(sourceDir()).filePath(sourceName);
}

} // namespace

QString installedDataDir() {
    // applicationDirPath() needs a QCoreApplication; without one (some tests), the current
    // directory stands in, which never holds an installed tree by accident.
    const QString bin =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    return QDir::cleanPath(QDir(bin).filePath(QStringLiteral(EE_DATA_FROM_BIN)));
}

QString datasetsDir() {
    const QString env = qEnvironmentVariable("EE_DATASETS_DIR");
    if (!env.isEmpty())
        return env;
    return shippedDir(QStringLiteral("datasets"), QStringLiteral("datasets"));
}

QString figureSpecsDir() {
    return shippedDir(QStringLiteral("figures"), QStringLiteral("resources/figures"));
}

QString sharedDataDir() {
    const QString env = qEnvironmentVariable("EE_SHARED_DATA_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(EE_SHARED_DATA_DIR) : env);
}

} // namespace ee
