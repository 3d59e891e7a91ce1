// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "io/SafeCsv.h"

#include "browser/DataBrowser.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "chart/ScreenStyle.h"
#include "data/DataStore.h"
#include "panels/AnalysisPanel.h"
#include "panels/IssuesPanel.h"
#include "render/ExportDialog.h"
#include "session/RecentFiles.h"
#include "tour/TourBar.h"
#include "views/DecompositionView.h"
#include "views/LogProbView.h"
#include "views/TaskMapView.h"
#include "views/ToyModelView.h"

#include <QBuffer>
#include <QClipboard>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextStream>

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
#include <QVBoxLayout>

namespace ee::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_data(new DataStore(this))
    , m_browser(new DataBrowser(this))
    , m_scaling(new ScalingPanel(this))
    , m_issues(new IssuesPanel(this))
    , m_analysis(new AnalysisPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_logProb(new LogProbView(this))
    , m_decomposition(new DecompositionView(this))
    , m_toy(new ToyModelView(this))
    , m_taskMap(new TaskMapView(this))
    , m_tourBar(new TourBar(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(QStringLiteral("Emergence Explorer"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    resize(1400, 860);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scaling, tr("&Scaling"));
    m_tabs->addTab(m_taskMap, tr("&Tasks in (L, B)"));
    m_tabs->addTab(m_logProb, tr("&Log-prob"));
    m_tabs->addTab(m_decomposition, tr("&Decomposition"));
    m_tabs->addTab(m_toy, tr("&Toy model (simulated)"));
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
    connect(m_data, &DataStore::rowsRefined, this, [this] {
        m_browser->updateRows(m_data->browserRows());
        m_taskMap->setRows(m_data->browserRows());
    });
    connect(m_browser, &DataBrowser::taskSelected, m_scaling, &ScalingPanel::showTask);
    // The (L, B) map rings the task on the Scaling tab; a click on a point selects that task.
    connect(m_scaling, &ScalingPanel::selectionChanged, m_taskMap, [this](const ChartSelection& s) {
        m_taskMap->setSelected({s.source, s.task, s.subtask});
    });
    connect(m_taskMap, &TaskMapView::taskPicked, this,
            [this](const BrowserSelection& s) { m_browser->select(s); });

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
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // F5 starts the tour
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
    // The export dialog starts from the chart on screen: same panel, publication page size.
    QAction* exportFigure = file->addAction(tr("&Export figure…"), this, [this] {
        FigureSpec spec = FigureSpec::preset(FigureSpec::Preset::SingleColumn);
        spec.panels = {m_scaling->currentPanel()};
        render::ExportDialog dialog(spec, m_data->table(), this);
        dialog.exec();
    });
    exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFigure->setToolTip(tr("Export the current chart as SVG, PDF or PNG at an exact size"));
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
    QAction* taskMap = view->addAction(tr("&Tasks in (L, B)"), this,
                                       [this] { m_tabs->setCurrentWidget(m_taskMap); });
    taskMap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    taskMap->setToolTip(tr("Every task curve as a point in linearity L and breakthroughness B"));
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
    QAction* cancel = view->addAction(tr("&Cancel loading"), m_data, &DataStore::cancel);
    cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* copyImage =
        edit->addAction(tr("Copy chart as &image (PNG + SVG)"), this, &MainWindow::copyChartImage);
    copyImage->setShortcut(QKeySequence::Copy);
    QAction* copyData =
        edit->addAction(tr("Copy chart &data as CSV"), this, &MainWindow::copyChartData);
    copyData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction* fits = analysis->addAction(tr("Draw &fitted curves"), this, [this] {
        m_analysis->setDrawFits(!m_analysis->drawFits());
    });
    fits->setShortcut(QKeySequence(Qt::Key_F));
    analysis->addAction(tr("Sort browser by &breakthroughness"), this, [this] {
        m_browser->sortBy(TaskBrowserModel::Breakthroughness, Qt::DescendingOrder);
    });
    analysis->addAction(tr("Sort browser by &linearity (unconfirmed)"), this, [this] {
        m_browser->sortBy(TaskBrowserModel::Linearity, Qt::DescendingOrder);
    });

    QMenu* tour = menuBar()->addMenu(tr("&Tour"));
    QAction* start = tour->addAction(tr("&Start the tour"), this, [this] { startTour(); });
    start->setShortcut(QKeySequence(Qt::Key_F5));
    QAction* present = tour->addAction(tr("&Presentation mode (full screen)"), this,
                                       [this] { startTour({}, true); });
    present->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    tour->addAction(tr("&Open a tour file…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open tour"), {}, tr("Tours (*.json)"));
        if (!path.isEmpty())
            startTour(path);
    });
    const auto tourKey = [this](const QList<QKeySequence>& keys, auto slot) {
        auto* a = new QAction(this);
        a->setShortcuts(keys);
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_tourActions << a;
    };
    tourKey(
        {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_PageDown)},
        [this] { goToTourStep(m_tourIndex + 1); });
    tourKey(
        {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Backspace)},
        [this] { goToTourStep(m_tourIndex - 1); });
    tourKey({QKeySequence(Qt::Key_Escape)}, [this] { stopTour(); });

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
    v.view = tabName(m_tabs->currentIndex());
    v.chart = m_scaling->selection();
    v.sideBySide = m_scaling->sideBySide();
    v.sideMetrics = m_scaling->sideMetrics();
    v.xRange = m_scaling->xRange();
    v.drawFits = m_analysis->drawFits();
    v.search = m_browser->searchText();
    v.decomposition = m_decomposition->state();
    v.toy = m_toy->state();
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
    if (v.sortColumn >= 0)
        m_browser->sortBy(v.sortColumn,
                          v.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (!v.decomposition.task.isEmpty())
        m_decomposition->setState(v.decomposition);
    m_toy->setState(v.toy);
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
    m_logProb->setTable(m_data->tablePtr());
    m_decomposition->setTable(m_data->tablePtr());
    m_browser->setRows(m_data->browserRows());
    m_taskMap->setRows(m_data->browserRows());
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

bool MainWindow::startTour(const QString& path, bool presentation) {
    QString error;
    auto tour = Tour::load(path.isEmpty() ? Tour::builtInPath() : path, &error);
    if (!tour) {
        m_issues->addNote(error, Diagnostic::Severity::Error);
        return false;
    }
    m_tour = std::move(tour);
    m_presentation = presentation;
    for (QAction* a : m_tourActions)
        a->setEnabled(true);
    m_tourBar->setVisible(true);
    if (presentation) {
        setPresentationType(true);
        showFullScreen();
    }
    goToTourStep(0);
    return true;
}

void MainWindow::stopTour() {
    if (!m_tour)
        return;
    m_tour.reset();
    m_tourIndex = -1;
    for (QAction* a : m_tourActions)
        a->setEnabled(false);
    m_tourBar->setVisible(false);
    if (m_presentation) {
        setPresentationType(false);
        showNormal();
        m_presentation = false;
    }
}

void MainWindow::setPresentationType(bool large) {
    m_largeType = large;
    // Charts take absolute point sizes from their style; widgets (captions, notes, tables,
    // sliders, the tour bar) follow the window font.
    const FigureStyle style = screenStyle(large ? 1.7 : 1.0);
    m_scaling->setStyle(style);
    m_logProb->panel()->setStyle(style);
    m_decomposition->setStyle(style);
    m_toy->setStyle(style);
    m_taskMap->setStyle(style);
    // Full screen for a room: the chart area gets the space of the data and issues docks.
    for (const char* name : {"DataDock", "IssuesDock"}) {
        auto* dock = findChild<QDockWidget*>(QString::fromLatin1(name));
        if (!dock)
            continue;
        if (large) {
            if (!dock->property("visibleBeforePresentation").isValid())
                dock->setProperty("visibleBeforePresentation", !dock->isHidden());
            dock->setVisible(false);
        } else if (dock->property("visibleBeforePresentation").isValid()) {
            dock->setVisible(dock->property("visibleBeforePresentation").toBool());
            dock->setProperty("visibleBeforePresentation", QVariant());
        }
    }
    if (large) {
        QFont f = QApplication::font(this);
        f.setPointSizeF(f.pointSizeF() * 1.5);
        setFont(f);
    } else {
        setFont(QFont()); // an empty font resolves to the application's again
    }
}

void MainWindow::goToTourStep(int index) {
    if (!m_tour)
        return;
    index = std::clamp(index, 0, int(m_tour->steps.size()) - 1);
    m_tourIndex = index;
    const TourStep& step = m_tour->steps[index];
    m_tourBar->showStep(step, index, int(m_tour->steps.size()));
    ViewState v = step.view;
    v.windowState.clear(); // a tour step never rearranges the docks
    applyView(v);
}

void MainWindow::copyChartImage() {
    ChartView* view = nullptr;
    if (QWidget* w = m_tabs->currentWidget())
        if (auto views = w->findChildren<ChartView*>(); !views.isEmpty())
            for (ChartView* v : views)
                if (v->isVisible()) {
                    view = v;
                    break;
                }
    if (!view || !view->chart())
        return;
    auto* mime = new QMimeData;
    const qreal dpr = 2.0; // crisp when pasted into slides
    QImage image(view->size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        view->render(&p);
    }
    mime->setImageData(image);
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&svg);
    gen.setSize(view->size());
    gen.setViewBox(QRect(QPoint(0, 0), view->size()));
    gen.setTitle(windowTitle());
    {
        QPainter p(&gen);
        view->render(&p);
    }
    mime->setData(QStringLiteral("image/svg+xml"), svg.data());
    QGuiApplication::clipboard()->setMimeData(mime);
    m_status->setText(tr("Chart copied as PNG and SVG."));
}

void MainWindow::copyChartData() {
    QString csv;
    QTextStream out(&csv);
    out << "task,subtask,metric,family,shots,prompting,model,x_axis,x,value,stderr,ci_low,ci_high,"
           "n\n";
    const auto opt = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
    };
    // Pasted into spreadsheets: text cells are guarded against formula injection (issue 7),
    // as the command line's CSV is; numbers are written as they are.
    const auto quote = [](const QString& s) { return safeCsvTextField(s, false); };
    for (ChartView* view : m_scaling->views())
        for (const Curve& c : view->curves())
            for (const CurvePoint& p : c.points)
                out << quote(c.key.task) << ',' << quote(c.key.subtask) << ','
                    << quote(c.key.metric) << ',' << quote(c.key.family) << ','
                    << (c.key.shots ? QString::number(*c.key.shots) : QString()) << ','
                    << quote(c.key.prompting) << ',' << quote(p.model) << ','
                    << scaleAxisName(c.axis) << ',' << opt(p.x) << ','
                    << QString::number(p.value, 'g', QLocale::FloatingPointShortest) << ','
                    << opt(p.stderr_) << ',' << opt(p.ciLow) << ',' << opt(p.ciHigh) << ','
                    << (p.n ? QString::number(*p.n) : QString()) << '\n';
    out.flush();
    QGuiApplication::clipboard()->setText(csv);
    m_status->setText(tr("Curve data copied as CSV."));
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
