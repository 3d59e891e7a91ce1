// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and actions (with their shortcuts) and the recent-files menu.
#include "MainWindow.h"

#include "io/SafeCsv.h"
#include "platform/BuildInfo.h"

#include "browser/DataBrowser.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "chart/ScreenStyle.h"
#include "data/DataStore.h"
#include "export/ExportDialog.h"
#include "export/ExportSettings.h"
#include "panels/AnalysisPanel.h"
#include "panels/FlagThresholdsDialog.h"
#include "panels/IssuesPanel.h"
#include "session/RecentFiles.h"
#include "session/ViewHistory.h"
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

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open files…"), this, [this] { openDialog(false); });
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Add result files of any supported format to the data"));
    QAction* openFolder = file->addAction(tr("Open &folder…"), this, [this] { openDialog(true); });
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* openOutputs =
        file->addAction(tr("Open &model outputs…"), this, [this] { openModelOutputsDialog(); });
    openOutputs->setToolTip(tr("Per-example outputs to score and inspect instance by instance"));
    QAction* metadata =
        file->addAction(tr("Load model me&tadata…"), this, [this] { loadModelMetadataDialog(); });
    metadata->setToolTip(tr("A table of model sizes (and tokens, FLOPs) for results that do not "
                            "state them; the command line's --models"));
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
    // Spelled out: QKeySequence::SaveAs has no key outside GNOME, KDE and macOS (under other
    // window managers Ctrl+Shift+S did nothing).
    saveSess->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    // The export dialog starts from the tab on screen: its panels and curves, on the page of
    // the last export (a preset sticks).
    QAction* exportFigure = file->addAction(tr("&Export figure…"), this, [this] {
        if (const auto dialog = exportDialogForView()) {
            dialog->exec();
            rememberExportPage(dialog->spec());
        }
    });
    exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFigure->setToolTip(
        tr("Export the charts of the tab on screen as SVG, PDF or PNG at an exact size"));
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
    m_poolSources = view->addAction(tr("P&ool sources"));
    m_poolSources->setCheckable(true);
    m_poolSources->setChecked(m_data->poolSources()); // menus are rebuilt on a language change
    m_poolSources->setToolTip(tr("Draw the curves of different sources (opened files or folders) "
                                 "that share task, metric and family as one curve"));
    connect(m_poolSources, &QAction::triggered, this, [this](bool on) { setPoolSources(on); });
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    QAction* cancel = view->addAction(tr("&Cancel loading"), m_data, &DataStore::cancel);
    cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    view->addSeparator();
    buildLanguageMenu(view);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // View changes, not data: task, metric, y axis, zoom, families (the history's text names
    // the step, e.g. "Undo metric acc").
    // Parented to the menu, so that a rebuild in another language (setLanguage) drops them.
    QAction* undo = m_history->stack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = m_history->stack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
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
    analysis->addAction(tr("Flag &thresholds…"), this, [this] { flagThresholdsDialog(); });

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
    help->addAction(tr("&User guide"), this, [this] { showHelp(HelpPage::UserGuide); });
    QAction* keys =
        help->addAction(tr("&Keyboard shortcuts"), this, [this] { showHelp(HelpPage::Shortcuts); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("What do &B and L mean?"), this,
                    [this] { showHelp(HelpPage::ShapeNumbers); });
    help->addSeparator();
    help->addAction(tr("&About"), this, [this] {
        const BuildInfo info = buildInfo();
        QMessageBox::about(this, tr("About Emergence Explorer"),
                           tr("<p><b>Emergence Explorer</b> %1: how language-model abilities "
                              "change with scale, and how much of that depends on the metric.</p>"
                              "<p>Built from git revision %2 with Qt %3; running on Qt %4.</p>"
                              "<p>GPL-3.0-or-later.</p>")
                               .arg(info.version.toHtmlEscaped(), info.revision.toHtmlEscaped(),
                                    info.qtBuildVersion, info.qtRunVersion));
    });
}

void MainWindow::setFlagThresholds(const FlagThresholds& thresholds) {
    FlagThresholdsDialog::save(thresholds);
    m_data->setFlagThresholds(thresholds);
    m_analysis->setFlagThresholds(thresholds);
}

void MainWindow::flagThresholdsDialog() {
    FlagThresholdsDialog dialog(m_data->flagThresholds(), this);
    if (dialog.exec() == QDialog::Accepted)
        setFlagThresholds(dialog.thresholds());
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

} // namespace ee::ui
