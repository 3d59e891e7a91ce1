// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instances/InstancesState.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/InstanceTable.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace ee::ui {

class FirstSolvedBars;
class InstanceTableModel;

/// \brief The per-example workbench: model outputs opened in the app, scored live by the core,
/// and shown instance by instance across models ordered by scale.
///
/// Reading files and scoring run on worker threads; the GUI thread only lays out rows. Every
/// change of task, metric, extraction rule or answer rule starts a new job and makes the
/// running one stale (its result is dropped when it arrives), so the view always shows the
/// latest settings and never waits. Cancel drops the running job the same way.
class InstanceView : public QWidget {
    Q_OBJECT
public:
    explicit InstanceView(QWidget* parent = nullptr);
    ~InstanceView() override;

    /// \brief Reads per-example files (any format readExamples() knows) on a worker thread.
    void openFiles(const QStringList& paths);
    QStringList files() const { return m_paths; }
    /// \brief A model metadata table (wide CSV) giving sizes the files do not (`--models` on
    /// the command line); "" = the bundled datasets' models. Reads the open files again.
    void setModelsTable(const QString& path);
    QString modelsTable() const { return m_modelsTable; }
    /// \brief True while files are read or a table is built.
    bool isBusy() const;
    /// \brief Drops the running job; the view keeps what it showed before.
    void cancel();

    void setTask(const QString& task);
    void setMetric(const QString& metric);
    void setSecondMetric(const QString& metric); ///< "" = none
    void setFilter(ee::InstanceFilter filter);
    void setSortByFirstSolved(bool on);
    void setSearch(const QString& text); ///< applied at once (the line edit waits for typing)
    void setExtraction(const QString& regex);
    /// \brief Whole solutions against the reference solution (GSM8K) instead of final answers.
    void setCompareWholeText(bool on);
    void selectRow(int row);

    /// \brief The settings on screen, by name (or the ones still waiting for their files).
    InstancesState state() const;
    /// \brief Puts the settings back: opens `state.files` when they differ from the open ones
    /// (or the answer rule changed, which applies while reading), then selects the task, metric,
    /// pair, filter, order and search once the files are read and the table is built. A name
    /// the files do not have keeps the view's default.
    void applyState(const InstancesState& state);

    QStringList tasks() const;
    const ee::InstanceTable* table() const;
    InstanceTableModel* model() const { return m_model; }
    FirstSolvedBars* firstSolvedBars() const { return m_bars; }
    /// \brief The sentence under the histogram (computed from the table on screen).
    QString histogramCaption() const;
    QString detailHtml() const;
    QString statusText() const;
    /// \brief Copies the visible (or selected) rows as tab-separated text.
    void copyRows() const;
    /// \brief Writes the scores behind the table (per model and subtask) as canonical long
    /// CSV, atomically; `source` is the scorer's definition string. False with `error` set.
    bool saveScores(const QString& path, QString& error) const;

signals:
    /// \brief The user asked to plot the scores computed here in the Scaling tab.
    void plotScoresRequested();
    /// \brief A new table is on screen (after opening, or after a setting changed).
    void tableShown();
    /// \brief Files were read (their problems are in `diagnostics`).
    void filesRead(const Diagnostics& diagnostics);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    /// \brief Row height and column width from the current font (presentation type grows it).
    void fitRowsToFont();
    void startRead();
    void rescore();
    void showTable(std::shared_ptr<const ee::InstanceTable> table);
    void refilter();
    void updatePairBoxes();
    void updatePairText();
    void updateHistogram();
    void showDetail();
    void setBusy(bool busy, const QString& text);
    QString defaultMetricFor(const QString& task) const;
    /// \brief After a read: the pending task and metric, or the defaults.
    void chooseTaskAndMetric();
    /// \brief After a table is built: the pending pair; the pending state is then done.
    void finishPendingState();

    QStringList m_paths;
    QString m_modelsTable;
    std::shared_ptr<const ee::ExampleSet> m_set;
    std::shared_ptr<const ee::InstanceTable> m_table;
    quint64 m_generation = 0;
    QFutureWatcher<std::shared_ptr<const ee::ExampleSet>> m_readWatcher;
    /// \brief Set to stop the running read between files (closing, or newer files opened).
    std::shared_ptr<std::atomic<bool>> m_readCancel;
    QFutureWatcher<std::shared_ptr<const ee::InstanceTable>> m_buildWatcher;
    QString m_search;
    QString m_baseStatus; ///< what the table on screen is; the listed count is added to it

    QComboBox* m_task = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_secondMetric = nullptr;
    QComboBox* m_answers = nullptr;
    QComboBox* m_compare = nullptr;
    QComboBox* m_filter = nullptr;
    QComboBox* m_smaller = nullptr;
    QComboBox* m_larger = nullptr;
    QComboBox* m_sort = nullptr;
    QLineEdit* m_extract = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    /// \brief The paired test of the two models the filters compare, and which pair it is for.
    QString m_pairText;
    std::pair<qsizetype, qsizetype> m_pairOf{-1, -1};
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTableView* m_view = nullptr;
    InstanceTableModel* m_model = nullptr;
    QTextBrowser* m_detail = nullptr;
    FirstSolvedBars* m_bars = nullptr;
    QLabel* m_caption = nullptr;
    std::optional<InstancesState> m_pending; ///< applyState() waiting for a read or a table
    bool m_busy = false;
    bool m_updating = false; ///< filling combo boxes: their signals must not start jobs
};

} // namespace ee::ui
