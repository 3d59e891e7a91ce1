// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser/BrowserRow.h"
#include "model/Diagnostic.h"
#include "model/ScoreTable.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <memory>

namespace ee::ui {

/// \brief The loaded data of a window and the one place that loads it.
///
/// load() reads files on a worker thread (QtConcurrent::run + QFutureWatcher) and also builds
/// the browser index there, so the GUI thread never blocks. Progress is polled from an atomic
/// every 50 ms; cancel() makes the loader's progress callback return false. A cancelled load
/// leaves the previous data in place. Loading while a load runs cancels it and queues the new one.
class DataStore : public QObject {
    Q_OBJECT
public:
    explicit DataStore(QObject* parent = nullptr);
    ~DataStore() override;

    /// \brief Replaces the data with what `paths` (files or folders) hold.
    void load(const QStringList& paths);
    /// \brief Model metadata tables (File → Load model metadata…, the CLI's --models) used by
    /// every later load for results that do not state model sizes.
    void setModelMetadata(const QStringList& files) { m_modelMetadata = files; }
    const QStringList& modelMetadata() const { return m_modelMetadata; }
    /// \brief The criteria of the browser's flags; changing them re-flags the loaded data in
    /// the background (rowsRefined() follows).
    void setFlagThresholds(const FlagThresholds& thresholds);
    const FlagThresholds& flagThresholds() const { return m_thresholds; }
    /// \brief Whether the browser pools the curves of several sources (rows rebuilt).
    void setPoolSources(bool pool);
    bool poolSources() const { return m_poolSources; }
    /// \brief Asks a running load to stop; loadCancelled() follows.
    void cancel();
    bool isLoading() const { return m_running; }

    const ScoreTable& table() const { return *m_table; }
    std::shared_ptr<const ScoreTable> tablePtr() const { return m_table; }
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    const QList<BrowserRow>& browserRows() const { return m_rows; }
    /// \brief True while the browser rows are being refined with the fits.
    bool isRefining() const { return m_refineWatcher.isRunning(); }
    /// \brief The paths of the data now shown.
    const QStringList& paths() const { return m_paths; }

signals:
    void loadStarted(const QStringList& paths);
    /// \brief Fraction read so far, 0..1.
    void progressChanged(double fraction);
    /// \brief New data is in place (table, diagnostics, browser rows).
    void loaded();
    void loadCancelled();
    /// \brief The browser rows were refined in the background (flags from the fits).
    void rowsRefined();

private:
    struct Outcome;
    void start(const QStringList& paths);
    void finished();
    void refine();

    std::shared_ptr<const ScoreTable> m_table;
    Diagnostics m_diagnostics;
    QList<BrowserRow> m_rows;
    QStringList m_paths;
    QStringList m_modelMetadata;
    FlagThresholds m_thresholds;
    bool m_poolSources = false;

    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_permille;
    QFutureWatcher<QList<BrowserRow>> m_refineWatcher;
    std::shared_ptr<std::atomic<bool>> m_refineCancel;
    QTimer m_poll;
    bool m_running = false;
    QStringList m_loadingPaths;
    std::optional<QStringList> m_queued;
};

} // namespace ee::ui
