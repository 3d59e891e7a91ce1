// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "io/SafeCsv.h"

#include "browser/DataBrowser.h"
#include "bundled/BundledExamples.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "chart/ScreenStyle.h"
#include "data/DataStore.h"
#include "export/ExportDialog.h"
#include "instances/InstanceView.h"
#include "panels/AnalysisPanel.h"
#include "panels/FlagThresholdsDialog.h"
#include "panels/IssuesPanel.h"
#include "platform/DataPaths.h"
#include "session/RecentFiles.h"
#include "session/ViewHistory.h"
#include "tour/TourBar.h"
#include "views/DecompositionView.h"
#include "views/ForecastView.h"
#include "views/LogProbView.h"
#include "views/TaskMapView.h"
#include "views/ToyModelView.h"

#include <QBuffer>
#include <QClipboard>
#include <QGraphicsScene>
#include <QPainter>
#include <QScreen>
#include <QSvgGenerator>
#include <QTextStream>
#include <QTimer>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace ee::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_data(new DataStore(this)) {
    setWindowTitle(QStringLiteral("Emergence Explorer"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    resize(1400, 860);
    m_data->setFlagThresholds(FlagThresholdsDialog::load());

    // The data outlive the widgets (which buildUi() makes again in another language): their
    // connections to the window are made once, here.
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
    connect(m_data, &DataStore::rowsRefined, this, [this] {
        m_browser->updateRows(m_data->browserRows());
        m_taskMap->setRows(m_data->browserRows());
    });
    buildUi();
    buildMenus();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen();
    m_docksSized = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::buildUi() {
    m_browser = new DataBrowser(this);
    m_scaling = new ScalingPanel(this);
    m_issues = new IssuesPanel(this);
    m_analysis = new AnalysisPanel(this);
    m_tabs = new QTabWidget(this);
    m_logProb = new LogProbView(this);
    m_decomposition = new DecompositionView(this);
    m_toy = new ToyModelView(this);
    m_forecast = new ForecastView(this);
    m_taskMap = new TaskMapView(this);
    m_instances = new InstanceView(this);
    m_tourBar = new TourBar(this);
    m_progress = new QProgressBar(this);
    m_cancel = new QToolButton(this);
    m_status = new QLabel(this);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scaling, tr("&Scaling"));
    // Mnemonics are unique across the window's tabs and menus (Alt+T is the Tour menu):
    // tst_Shortcuts checks it.
    m_tabs->addTab(m_taskMap, tr("Tasks in (L, &B)"));
    m_tabs->addTab(m_logProb, tr("&Log-prob"));
    m_tabs->addTab(m_decomposition, tr("&Decomposition"));
    m_tabs->addTab(m_toy, tr("T&oy model (simulated)"));
    m_tabs->addTab(m_forecast, tr("Fo&recast"));
    m_tabs->addTab(m_instances, tr("&Instances"));
    // The Instances tab opens the bundled per-example outputs the first time it is shown, unless
    // the user opened files already (reading them costs a second; most sessions never look).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_instances && m_instances->files().isEmpty()) {
            const QStringList bundled = bundledExamplePaths(datasetsDir());
            if (!bundled.isEmpty())
                m_instances->openFiles(bundled);
        }
    });
    connect(m_instances, &InstanceView::plotScoresRequested, this,
            [this] { plotInstanceScores(); });
    connect(m_instances, &InstanceView::filesRead, m_issues, &IssuesPanel::setModelOutputProblems);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_tourBar);
    centreLayout->addWidget(m_tabs, 1);
    m_tourBar->setVisible(false);
    setCentralWidget(centre);
    connect(m_tourBar, &TourBar::nextRequested, this, [this] { goToTourStep(m_tourIndex + 1); });
    connect(m_tourBar, &TourBar::previousRequested, this,
            [this] { goToTourStep(m_tourIndex - 1); });
    connect(m_tourBar, &TourBar::exitRequested, this, &MainWindow::stopTour);
    // The log-prob tab follows the task on the Scaling tab, lazily when it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_logProb)
            m_logProb->follow(m_scaling->selection());
    });
    connect(m_scaling, &ScalingPanel::selectionChanged, this, [this](const ChartSelection& s) {
        if (m_tabs->currentWidget() == m_logProb)
            m_logProb->follow(s);
    });

    auto* browserDock = new QDockWidget(tr("Data"), this);
    browserDock->setObjectName(QStringLiteral("DataDock"));
    browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);

    auto* analysisDock = new QDockWidget(tr("Analysis"), this);
    analysisDock->setObjectName(QStringLiteral("AnalysisDock"));
    analysisDock->setWidget(m_analysis);
    addDockWidget(Qt::RightDockWidgetArea, analysisDock);
    resizeDocks({analysisDock}, {m_analysis->sizeHint().width()}, Qt::Horizontal);
    connect(m_scaling, &ScalingPanel::curvesShown, m_analysis, &AnalysisPanel::setCurves);
    connect(m_scaling, &ScalingPanel::curvesShown, this, [this] { updateTourFinding(); });
    connect(m_forecast, &ForecastView::fitShown, this, [this] { updateTourFinding(); });
    connect(m_analysis, &AnalysisPanel::fitsChanged, m_scaling, &ScalingPanel::setFits);
    connect(m_scaling, &ScalingPanel::selectionChanged, this, [this] { updateAnalysisScope(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateAnalysisScope(); });
    m_analysis->setFlagThresholds(m_data->flagThresholds());

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
    connect(m_browser, &DataBrowser::taskSelected, m_scaling, &ScalingPanel::showTask);
    // The (L, B) map rings the task on the Scaling tab; a click on a point selects that task.
    connect(m_scaling, &ScalingPanel::selectionChanged, m_taskMap, [this](const ChartSelection& s) {
        m_taskMap->setSelected({s.source, s.task, s.subtask});
    });
    connect(m_taskMap, &TaskMapView::taskPicked, this,
            [this](const BrowserSelection& s) { m_browser->select(s); });

    // Keyboard: Tab goes from the search box into the task list (not past it), and Enter in
    // the search box shows the first task that matches and moves into the list.
    QWidget::setTabOrder(m_browser->searchBox(), m_browser->view());
    connect(m_browser->searchBox(), &QLineEdit::returnPressed, this, [this] {
        QTreeView* tree = m_browser->view();
        const QAbstractItemModel* model = tree->model();
        // Top-level rows are sources; the first row below one that names a task is the match.
        QModelIndex first;
        for (int i = 0; i < model->rowCount() && !first.isValid(); ++i) {
            const QModelIndex source = model->index(i, 0);
            if (model->rowCount(source) > 0)
                first = model->index(0, 0, source);
        }
        if (!first.isValid() || model->data(first, TaskBrowserModel::SelectionRole)
                                    .value<BrowserSelection>()
                                    .task.isEmpty())
            return;
        tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        tree->setFocus();
    });

    // The history of view changes outlives the widgets too; made once the chart exists (it
    // notes the chart's first state at once).
    if (!m_history)
        m_history = new ViewHistory([this] { return chartView(); },
                                    [this](const ViewState& v) { applyChartView(v); }, this);
    connect(m_scaling, &ScalingPanel::viewChanged, m_history, &ViewHistory::noteChange);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true;
    // Without a saved layout the docks share the window's width by proportion. Below 1,280 px
    // the chart keeps at least ~620 px for its controls, so side by side the task list was
    // squeezed to ~100 px: there the Analysis dock starts as a tab behind the Data dock (one
    // click away, and View → Analysis or a drag puts it back on the right).
    auto* data = findChild<QDockWidget*>(QStringLiteral("DataDock"));
    auto* analysis = findChild<QDockWidget*>(QStringLiteral("AnalysisDock"));
    if (!data || !analysis)
        return;
    const int w = width();
    if (w < 1280) {
        tabifyDockWidget(data, analysis);
        data->raise();
        resizeDocks({data}, {std::clamp(w * 32 / 100, 240, 420)}, Qt::Horizontal);
        return;
    }
    resizeDocks({data, analysis},
                {std::clamp(w * 30 / 100, 240, 520),
                 std::clamp(w * 22 / 100, 220, m_analysis->sizeHint().width())},
                Qt::Horizontal);
}

void MainWindow::fitToScreen() {
    // The first start (no saved geometry): 1400×860, or nine tenths of a smaller screen, so
    // that on a 1,024×700 display no part of the window starts off screen.
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect avail = screen->availableGeometry();
    const QSize size = QSize(1400, 860).boundedTo(avail.size() * 0.9).expandedTo(minimumSizeHint());
    resize(size.boundedTo(avail.size()));
    move(avail.center() - rect().center());
}

MainWindow::~MainWindow() = default;

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

void MainWindow::loadModelMetadata(const QStringList& files) {
    QStringList all = m_data->modelMetadata();
    for (const QString& f : files)
        if (!all.contains(f))
            all << f;
    m_data->setModelMetadata(all);
    if (!m_data->paths().isEmpty())
        m_data->load(m_data->paths());
}

void MainWindow::selectTask(const BrowserSelection& selection) {
    if (m_data->isLoading() || !m_browser->select(selection))
        m_pendingSelection = selection;
}

ViewState MainWindow::currentView() const {
    ViewState v;
    v.dataPaths = m_data->paths();
    v.view = tabName(m_tabs->currentIndex());
    v.chart = m_scaling->selection();
    v.families = m_scaling->familyFilter();
    v.sideBySide = m_scaling->sideBySide();
    v.sideMetrics = m_scaling->sideMetrics();
    v.xRange = m_scaling->xRange();
    v.poolSources = m_data->poolSources(); // View › Pool sources
    v.drawFits = m_analysis->drawFits();
    v.search = m_browser->searchText();
    v.decomposition = m_decomposition->state();
    v.toy = m_toy->state();
    v.forecast = m_forecast->state();
    v.instances = m_instances->state();
    if (v.instances->files == bundledExamplePaths(datasetsDir()))
        v.instances->files.clear(); // the bundled outputs: opened again only when looked at
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
    applyChartView(v);
    m_analysis->setDrawFits(v.drawFits);
    if (v.sortColumn >= 0)
        m_browser->sortBy(v.sortColumn,
                          v.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (!v.decomposition.task.isEmpty())
        m_decomposition->setState(v.decomposition);
    m_toy->setState(v.toy);
    m_forecast->setState(v.forecast);
    if (v.instances)
        m_instances->applyState(*v.instances);
    if (v.view == QLatin1String("logprob"))
        m_logProb->follow(m_scaling->selection());
    if (const int tab = tabIndex(v.view); tab >= 0)
        m_tabs->setCurrentIndex(tab);
}

QString MainWindow::tabName(int index) const {
    const QWidget* w = m_tabs->widget(index);
    if (w == m_taskMap)
        return QStringLiteral("tasks");
    if (w == m_logProb)
        return QStringLiteral("logprob");
    if (w == m_decomposition)
        return QStringLiteral("decomposition");
    if (w == m_toy)
        return QStringLiteral("toy");
    if (w == m_instances)
        return QStringLiteral("instances");
    if (w == m_forecast)
        return QStringLiteral("forecast");
    return QStringLiteral("scaling");
}

int MainWindow::tabIndex(const QString& name) const {
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tabName(i) == name)
            return i;
    return -1;
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

void MainWindow::showData() {
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const ScoreTable& t = m_data->table();
    m_status->setText(tr("%1 scores · %2 tasks · %3 models from %4")
                          .arg(t.rowCount())
                          .arg(t.tasks().size())
                          .arg(t.modelCount())
                          .arg(m_data->paths().join(QStringLiteral(", "))));
    m_scaling->setTable(m_data->tablePtr());
    m_logProb->setTable(m_data->tablePtr());
    m_decomposition->setTable(m_data->tablePtr());
    m_forecast->setTable(m_data->tablePtr());
    m_browser->setRows(m_data->browserRows());
    m_taskMap->setRows(m_data->browserRows());
    m_issues->setDiagnostics(m_data->diagnostics());
}

void MainWindow::onLoaded() {
    const BrowserSelection previous = m_browser->current();
    showData();

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
    m_history->reset(); // steps of other data would name tasks that may be gone
    emit dataShown();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_data->paths().isEmpty())
        saveSession(currentView(), lastSessionPath()); // restored on the next start
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateAnalysisScope() {
    // The dock analyses the Scaling chart's curves; on another tab its families would be read
    // as that tab's (issue #15 item 10), so it says whose numbers they are.
    if (m_tabs->currentWidget() == m_scaling) {
        m_analysis->setScope(QString());
        return;
    }
    const ChartSelection s = m_scaling->selection();
    QString what = s.task;
    if (s.subtask && !s.subtask->isEmpty())
        what += QLatin1Char('/') + *s.subtask;
    m_analysis->setScope(
        what.isEmpty()
            ? tr("<i>These numbers describe the Scaling tab's chart, not this tab.</i>")
            : tr("<i>These numbers describe the Scaling tab's chart (%1 · %2), not this tab.</i>")
                  .arg(what.toHtmlEscaped(), s.metric.toHtmlEscaped()));
}

} // namespace ee::ui
