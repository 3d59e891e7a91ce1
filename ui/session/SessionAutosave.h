// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ViewState.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace ee::ui {

/// \brief Periodic autosave of the session, and recovery after a crash.
///
/// Every `intervalMs` the snapshot function's ViewState is written to `path` through
/// saveSession() (QSaveFile: a crash during the write leaves the previous autosave intact),
/// only when it changed since the last write. A clean exit calls finishCleanly(), which removes
/// the file: an autosave found at start-up therefore means the last run did not end normally,
/// and recoverable() returns it so the window can offer to restore it.
class SessionAutosave : public QObject {
    Q_OBJECT
public:
    SessionAutosave(std::function<ViewState()> snapshot, QString path, int intervalMs = 60000,
                    QObject* parent = nullptr);

    /// \brief Starts the periodic timer.
    void start();
    /// \brief Writes the snapshot now if it differs from the last one written; false on a
    /// write error (the previous autosave stays).
    bool saveNow();
    /// \brief A clean exit: stops the timer and removes the autosave file.
    void finishCleanly();
    const QString& path() const { return m_path; }

    /// \brief The session left by a run that did not exit cleanly (nullopt when none, or when
    /// the file is unreadable), with the time it was written.
    static std::optional<std::pair<ViewState, QDateTime>> recoverable(const QString& path);
    /// \brief AppDataLocation/autosave-session.json.
    static QString defaultPath();

private:
    std::function<ViewState()> m_snapshot;
    QString m_path;
    QTimer m_timer;
    std::optional<ViewState> m_lastWritten;
};

} // namespace ee::ui
