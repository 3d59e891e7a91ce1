// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/DataStore.h"

#include "browser/BrowserIndex.h"
#include "io/DataLoader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ee::ui {

struct DataStore::Outcome {
    ImportResult result;
    QList<BrowserRow> rows;
    bool cancelled = false;
};

DataStore::DataStore(QObject* parent)
    : QObject(parent)
    , m_table(std::make_shared<ScoreTable>()) {
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_permille)
            emit progressChanged(m_permille->load() / 1000.0);
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            &DataStore::finished);
    connect(&m_refineWatcher, &QFutureWatcher<QList<BrowserRow>>::finished, this, [this] {
        if (m_refineCancel && m_refineCancel->load())
            return;
        m_rows = m_refineWatcher.result();
        emit rowsRefined();
    });
}

DataStore::~DataStore() {
    // The worker only touches its own copies and the shared atomics; stop it before they go.
    if (m_cancel)
        m_cancel->store(true);
    if (m_refineCancel)
        m_refineCancel->store(true);
    m_watcher.waitForFinished();
    m_refineWatcher.waitForFinished();
}

void DataStore::load(const QStringList& paths) {
    if (m_running) {
        m_queued = paths;
        cancel();
        return;
    }
    start(paths);
}

void DataStore::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

void DataStore::start(const QStringList& paths) {
    if (m_refineCancel)
        m_refineCancel->store(true);
    m_running = true;
    m_loadingPaths = paths;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_permille = std::make_shared<std::atomic<int>>(0);
    auto cancelFlag = m_cancel;
    auto permille = m_permille;
    emit loadStarted(paths);
    emit progressChanged(0.0);
    m_poll.start();
    LoadOptions options;
    options.modelMetadataFiles = m_modelMetadata;
    const FlagThresholds thresholds = m_thresholds;
    const bool pool = m_poolSources;
    m_watcher.setFuture(QtConcurrent::run([paths, options, thresholds, pool, cancelFlag, permille] {
        auto out = std::make_shared<Outcome>();
        // Reading is 90 % of the bar, the browser index the rest.
        out->result = DataLoader::load(paths, options, [cancelFlag, permille](double f) {
            permille->store(int(f * 900));
            return !cancelFlag->load();
        });
        if (!out->result.cancelled && !cancelFlag->load())
            out->rows =
                BrowserIndex::build(out->result.table, cancelFlag.get(), false, thresholds, pool);
        out->cancelled = out->result.cancelled || cancelFlag->load();
        permille->store(1000);
        return out;
    }));
}

void DataStore::finished() {
    m_poll.stop();
    m_running = false;
    const std::shared_ptr<Outcome> out = m_watcher.result();
    if (m_queued) {
        const QStringList next = *m_queued;
        m_queued.reset();
        emit loadCancelled();
        start(next);
        return;
    }
    if (!out || out->cancelled) {
        emit progressChanged(1.0);
        emit loadCancelled();
        return;
    }
    m_table = std::make_shared<ScoreTable>(std::move(out->result.table));
    m_diagnostics = std::move(out->result.diagnostics);
    m_rows = std::move(out->rows);
    m_paths = m_loadingPaths;
    emit progressChanged(1.0);
    emit loaded();
    refine();
}

void DataStore::refine() {
    // The fits behind the "emergent" flag take seconds on big data: show the fast pass first,
    // then swap in the refined rows. The table is shared, immutable, so the worker may read it.
    if (m_refineCancel)
        m_refineCancel->store(true);
    m_refineWatcher.waitForFinished();
    m_refineCancel = std::make_shared<std::atomic<bool>>(false);
    auto table = m_table;
    auto cancelFlag = m_refineCancel;
    const FlagThresholds thresholds = m_thresholds;
    const bool pool = m_poolSources;
    m_refineWatcher.setFuture(QtConcurrent::run([table, cancelFlag, thresholds, pool] {
        return BrowserIndex::build(*table, cancelFlag.get(), true, thresholds, pool);
    }));
}

void DataStore::setPoolSources(bool pool) {
    if (pool == m_poolSources)
        return;
    m_poolSources = pool;
    // As for the thresholds: a load in flight builds its rows with the new setting.
    if (!m_running && !m_paths.isEmpty())
        refine();
}

void DataStore::setFlagThresholds(const FlagThresholds& thresholds) {
    m_thresholds = thresholds;
    // A load in flight picks them up at its end (refine() follows loaded()).
    if (!m_running && !m_paths.isEmpty())
        refine();
}

} // namespace ee::ui
