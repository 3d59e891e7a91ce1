// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionAutosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ee::ui {

SessionAutosave::SessionAutosave(std::function<ViewState()> snapshot, QString path, int intervalMs,
                                 QObject* parent)
    : QObject(parent)
    , m_snapshot(std::move(snapshot))
    , m_path(std::move(path)) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
}

void SessionAutosave::start() {
    m_timer.start();
}

bool SessionAutosave::saveNow() {
    const ViewState state = m_snapshot();
    if (m_lastWritten && *m_lastWritten == state)
        return true; // nothing changed: no disk write every minute for an idle window
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!saveSession(state, m_path))
        return false;
    m_lastWritten = state;
    return true;
}

void SessionAutosave::finishCleanly() {
    m_timer.stop();
    QFile::remove(m_path);
    m_lastWritten.reset();
}

std::optional<std::pair<ViewState, QDateTime>> SessionAutosave::recoverable(const QString& path) {
    if (!QFileInfo::exists(path))
        return std::nullopt;
    auto state = loadSession(path);
    if (!state)
        return std::nullopt;
    return std::make_pair(*state, QFileInfo(path).lastModified());
}

QString SessionAutosave::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave-session.json"));
}

} // namespace ee::ui
