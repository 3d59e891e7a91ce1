// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "browser/DataBrowser.h"
#include "chart/ScalingPanel.h"
#include "data/DataStore.h"
#include "panels/AnalysisPanel.h"
#include "panels/IssuesPanel.h"
#include "session/RecentFiles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>

namespace ee::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_data(new DataStore(this))
    , m_browser(new DataBrowser(this))
    , m_scaling(new ScalingPanel(this))
    , m_issues(new IssuesPanel(this))
    , m_analysis(new AnalysisPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(QStringLiteral("Emergence Explorer"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    resize(1400, 860);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scaling, tr("&Scaling"));
    setCentralWidget(m_tabs);

    auto* browserDock = new QDockWidget(tr("Data"), this);
    browserDock->setObjectName(QStringLiteral("DataDock"));
    browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);

    auto* analysisDock = new QDockWidget(tr("Analysis"), this);
    analysisDock->setObjectName(QStringLiteral("AnalysisDock"));
    analysisDock->setWidget(m_analysis);
    addDockWidget(Qt::RightDockWidgetArea, analysisDock);
    resizeDocks({analysisDock}, {330}, Qt::Horizontal);
    connect(m_scaling, &ScalingPanel::curvesShown, m_analysis, &AnalysisPanel::setCurves);
    connect(m_analysis, &AnalysisPanel::fitsChanged, m_scaling, &ScalingPanel::setFits);

    auto* issuesDock = new QDockWidget(tr("Issues"), this);
    issuesDock->setObjectName(QStringLiteral("IssuesDock"));
    issuesDock->setWidget(m_issues);
    addDockWidget(Qt::BottomDockWidgetArea, issuesDock);
    resizeDocks({browserDock}, {480}, Qt::Horizontal);
    resizeDocks({issuesDock}, {120}, Qt::Vertical);
    connect(m_issues, &IssuesPanel::countChanged, issuesDock, [issuesDock](qsizetype n) {
        issuesDock->setWindowTitle(n ? tr("Issues (%1)").arg(n) : tr("Issues"));
    });

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Esc); the data shown before stay"));
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, m_data, &DataStore::cancel);
    connect(m_data, &DataStore::loadStarted, this, [this](const QStringList& paths) {
        m_status->setText(tr("Loading %1…").arg(paths.join(QStringLiteral(", "))));
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
    });
    connect(m_data, &DataStore::progressChanged, this,
            [this](double f) { m_progress->setValue(int(f * 1000)); });
    connect(m_data, &DataStore::loadCancelled, this, [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_status->setText(tr("Loading cancelled; the data shown before are still here."));
    });
    connect(m_data, &DataStore::loaded, this, &MainWindow::onLoaded);
    connect(m_data, &DataStore::rowsRefined, this,
            [this] { m_browser->updateRows(m_data->browserRows()); });
    connect(m_browser, &DataBrowser::taskSelected, m_scaling, &ScalingPanel::showTask);

    buildMenus();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open files…"), this, [this] { openDialog(false); });
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Add result files of any supported format to the data"));
    QAction* openFolder = file->addAction(tr("Open &folder…"), this, [this] { openDialog(true); });
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    QAction* reload = file->addAction(tr("Re&load data"), this, [this] {
        if (!m_data->paths().isEmpty())
            m_data->load(m_data->paths());
    });
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* openSess = file->addAction(tr("Open &session…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), {},
                                                          tr("Sessions (*.eesession.json *.json)"));
        if (!path.isEmpty())
            openSession(path);
    });
    openSess->setToolTip(tr("Restore a saved view: data, task, metric, zoom, layout"));
    QAction* saveSess = file->addAction(tr("Save session &as…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save session"),
                                                          QStringLiteral("view.eesession.json"),
                                                          tr("Sessions (*.eesession.json *.json)"));
        if (!path.isEmpty())
            saveSessionTo(path);
    });
    saveSess->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* search = view->addAction(tr("&Search tasks"), this, [this] {
        m_browser->searchBox()->setFocus();
        m_browser->searchBox()->selectAll();
    });
    search->setShortcut(QKeySequence::Find);
    QAction* nextMetric =
        view->addAction(tr("&Next metric"), this, [this] { m_scaling->cycleMetric(1); });
    nextMetric->setShortcut(QKeySequence(Qt::Key_M));
    QAction* prevMetric =
        view->addAction(tr("&Previous metric"), this, [this] { m_scaling->cycleMetric(-1); });
    prevMetric->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_M));
    QAction* side = view->addAction(tr("Metrics side &by side"), this,
                                    [this] { m_scaling->setSideBySide(!m_scaling->sideBySide()); });
    side->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction* resetZoom =
        view->addAction(tr("&Reset zoom"), this, [this] { m_scaling->setXRange(std::nullopt); });
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QMenu* axis = view->addMenu(tr("&X axis"));
    const QList<std::pair<ScaleAxis, QString>> axes = {
        {ScaleAxis::Params, tr("&Parameters")},
        {ScaleAxis::NonEmbeddingParams, tr("&Non-embedding parameters")},
        {ScaleAxis::Flops, tr("Training &FLOPs")},
        {ScaleAxis::Tokens, tr("Training &tokens")}};
    int key = Qt::Key_1;
    for (const auto& [a, label] : axes) {
        QAction* act = axis->addAction(label, this, [this, a] { m_scaling->setAxis(a); });
        act->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
    }
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    QAction* cancel = new QAction(tr("Cancel loading"), this);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(cancel, &QAction::triggered, m_data, &DataStore::cancel);
    addAction(cancel);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About Emergence Explorer"),
                           tr("<p><b>Emergence Explorer</b>: how language-model abilities change "
                              "with scale, and how much of that depends on the metric.</p>"
                              "<p>GPL-3.0-or-later.</p>"));
    });
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::list();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { addPaths({path}); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this, [this] {
            RecentFiles::clear();
            rebuildRecentMenu();
        });
    }
}

void MainWindow::openDialog(bool folder) {
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of results"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(
            this, tr("Open result files"), {},
            tr("Results (*.csv *.json *.jsonl *.tsv);;All files (*)"));
    }
    if (!paths.isEmpty())
        addPaths(paths);
}

void MainWindow::openPaths(const QStringList& paths) {
    m_data->load(paths);
}

void MainWindow::addPaths(const QStringList& paths) {
    QStringList all = m_data->paths();
    for (const QString& p : paths)
        if (!all.contains(p))
            all << p;
    RecentFiles::add(paths);
    rebuildRecentMenu();
    m_data->load(all);
}

void MainWindow::selectTask(const BrowserSelection& selection) {
    if (m_data->isLoading() || !m_browser->select(selection))
        m_pendingSelection = selection;
}

ViewState MainWindow::currentView() const {
    ViewState v;
    v.dataPaths = m_data->paths();
    static const QStringList tabNames = {QStringLiteral("scaling"), QStringLiteral("logprob"),
                                         QStringLiteral("decomposition"), QStringLiteral("toy")};
    v.view = tabNames.value(m_tabs->currentIndex(), tabNames.first());
    v.chart = m_scaling->selection();
    v.sideBySide = m_scaling->sideBySide();
    v.sideMetrics = m_scaling->sideMetrics();
    v.xRange = m_scaling->xRange();
    v.drawFits = m_analysis->drawFits();
    v.search = m_browser->searchText();
    v.windowState = saveState();
    v.geometry = saveGeometry();
    return v;
}

void MainWindow::applyView(const ViewState& state) {
    QStringList wanted = state.dataPaths;
    if (!wanted.isEmpty() && wanted != m_data->paths()) {
        m_pendingView = state;
        m_data->load(wanted);
        return;
    }
    if (m_data->isLoading()) {
        m_pendingView = state;
        return;
    }
    applyViewNow(state);
}

void MainWindow::applyViewNow(const ViewState& v) {
    if (!v.windowState.isEmpty())
        restoreState(v.windowState);
    m_browser->setSearchText(v.search);
    if (!v.chart.task.isEmpty()) {
        // Select the task in the browser (its first source when the view names none), then
        // apply the chart settings by name.
        BrowserSelection sel{v.chart.source, v.chart.task, v.chart.subtask};
        bool found = m_browser->select(sel);
        if (!found && v.chart.source.isEmpty()) {
            for (const BrowserRow& r : m_data->browserRows())
                if (r.task == v.chart.task && (!v.chart.subtask || r.subtask == *v.chart.subtask)) {
                    found = m_browser->select({r.source, r.task, v.chart.subtask});
                    break;
                }
        }
        CurveFilter anySource;
        anySource.task = v.chart.task;
        if (!found && !m_data->table().curveKeys(anySource).isEmpty())
            found = true; // the chart can still show it across sources
        if (!found)
            m_issues->addNote(
                tr("The saved view's task %1 is not in the data any more.").arg(v.chart.task));
        else
            m_scaling->setSelection(v.chart);
        if (found && !v.chart.metric.isEmpty() && m_scaling->selection().metric != v.chart.metric)
            m_issues->addNote(tr("The saved view's metric %1 is not in the data any more; "
                                 "showing %2.")
                                  .arg(v.chart.metric, m_scaling->selection().metric));
    }
    m_scaling->setSideBySide(v.sideBySide, v.sideMetrics);
    m_scaling->setXRange(v.xRange);
    m_analysis->setDrawFits(v.drawFits);
    static const QStringList tabNames = {QStringLiteral("scaling"), QStringLiteral("logprob"),
                                         QStringLiteral("decomposition"), QStringLiteral("toy")};
    const auto tab = tabNames.indexOf(v.view);
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(int(tab));
}

bool MainWindow::saveSessionTo(const QString& path) {
    QString error;
    if (saveSession(currentView(), path, &error))
        return true;
    m_issues->addNote(error, Diagnostic::Severity::Error);
    return false;
}

bool MainWindow::openSession(const QString& path) {
    QString error;
    const auto state = loadSession(path, &error);
    if (!state) {
        m_issues->addNote(error, Diagnostic::Severity::Error);
        return false;
    }
    applyView(*state);
    return true;
}

void MainWindow::onLoaded() {
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const ScoreTable& t = m_data->table();
    m_status->setText(tr("%1 scores · %2 tasks · %3 models from %4")
                          .arg(t.rowCount())
                          .arg(t.tasks().size())
                          .arg(t.modelCount())
                          .arg(m_data->paths().join(QStringLiteral(", "))));
    const BrowserSelection previous = m_browser->current();
    m_scaling->setTable(m_data->tablePtr());
    m_browser->setRows(m_data->browserRows());
    m_issues->setDiagnostics(m_data->diagnostics());

    // Keep the task on screen across reloads; else the pending one; else the first task.
    bool shown = false;
    if (m_pendingSelection) {
        shown = m_browser->select(*m_pendingSelection);
        if (!shown)
            m_issues->addNote(tr("The saved view's task %1 is not in the data any more.")
                                  .arg(m_pendingSelection->task));
        m_pendingSelection.reset();
    }
    if (m_pendingView) {
        const ViewState v = *m_pendingView;
        m_pendingView.reset();
        applyViewNow(v);
        shown = true;
    }
    if (!shown && !previous.task.isEmpty())
        shown = m_browser->select(previous);
    if (!shown && !m_data->browserRows().isEmpty()) {
        const BrowserRow& first = m_data->browserRows().first();
        m_browser->select({first.source, first.task,
                           first.subtask.isEmpty() ? std::optional<QString>(QString())
                                                   : std::optional<QString>(first.subtask)});
    }
    emit dataShown();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        addPaths(paths);
        event->acceptProposedAction();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_data->paths().isEmpty())
        saveSession(currentView(), lastSessionPath()); // restored on the next start
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace ee::ui
