// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser/TaskBrowserModel.h"
#include "chart/ViewFigure.h"
#include "session/ViewState.h"
#include "tour/Tour.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace ee::ui {
class ExportDialog;

class DataBrowser;
class DataStore;
class AnalysisPanel;
class IssuesPanel;
class ScalingPanel;
class DecompositionView;
class LogProbView;
class ToyModelView;
class ForecastView;
class TaskMapView;
class TourBar;
class InstanceView;
class ViewHistory;

/// \brief The application's main window: data browser (left), views (centre tabs), analysis
/// (right), issues and load progress (bottom).
///
/// All data work runs through DataStore off the GUI thread; the window only reacts to its
/// signals. Everything the tests and the screenshot command need is reachable through the
/// accessors below.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// \brief Replaces the data with `paths` (files or folders); loads in the background.
    void openPaths(const QStringList& paths);
    /// \brief Adds `paths` to the data already shown.
    void addPaths(const QStringList& paths);
    /// \brief Opens files from the command line or a drop: per-example model outputs go to
    /// the Instances tab, everything else to the data (replacing it when `replace`).
    void openAnyPaths(const QStringList& paths, bool replace);
    /// \brief True for a file that the per-example readers recognise and the score importers
    /// do not (JSONL samples, MMLU-Pro zips, BIG-bench logs, …).
    static bool isModelOutputFile(const QString& path);
    /// \brief True for a folder holding lm-evaluation-harness samples (`samples_*.jsonl`): it
    /// opens in the Instances tab as well as in the data (its results files are scores).
    static bool holdsModelSamples(const QString& path);
    /// \brief File → Load model metadata…: model tables for results without sizes; reloads.
    void loadModelMetadata(const QStringList& files);
    /// \brief The pages of the Help menu.
    enum class HelpPage { UserGuide, Shortcuts, ShapeNumbers };
    /// \brief A Help page in the interface's language (non-modal, one window per page, raised
    /// when open again); open pages come back in the new language after View → Language.
    void showHelp(HelpPage page);
    /// \brief Selects a task once the data are loaded (now if they already are).
    void selectTask(const BrowserSelection& selection);

    /// \brief The whole view as a session (data paths, selection, metric, zoom, layout).
    ViewState currentView() const;
    /// \brief Puts the window in `state`: loads its data first when they differ from what is
    /// shown, then applies the rest by name; whatever no longer exists is reported as an issue.
    void applyView(const ViewState& state);
    /// \brief Saves the session to `path` atomically; false with a message in the issues panel.
    bool saveSessionTo(const QString& path);
    /// \brief Opens a session file.
    bool openSession(const QString& path);

    /// \brief Starts the tour from `path` (the built-in one when empty) at step 0; with
    /// `presentation`, full screen and large type.
    bool startTour(const QString& path = {}, bool presentation = false);
    void stopTour();
    /// \brief Shows tour step `index` (clamped).
    /// \brief The tour bar's computed finding for the current step, from the charts on screen.
    void updateTourFinding();
    /// \brief Tells the Analysis dock's reader which chart its numbers describe.
    void updateAnalysisScope();
    void goToTourStep(int index);
    int tourStep() const { return m_tourIndex; }
    bool touring() const { return m_tour.has_value(); }
    TourBar* tourBar() const { return m_tourBar; }

    /// \brief The figure File → Export writes for the tab on screen: its charts (every panel)
    /// with the curves as drawn, on the remembered page; nullopt on a tab without a chart.
    std::optional<ViewFigure> currentFigure() const;
    /// \brief The export dialog for the tab on screen; null (and a status message) when the
    /// tab has nothing to export.
    std::unique_ptr<ExportDialog> exportDialogForView();

    /// \brief Copies the visible chart to the clipboard as PNG and SVG, or its data as CSV.
    void copyChartImage();
    void copyChartData();

    DataStore* dataStore() const { return m_data; }
    DataBrowser* browser() const { return m_browser; }
    ScalingPanel* scaling() const { return m_scaling; }
    IssuesPanel* issues() const { return m_issues; }
    AnalysisPanel* analysis() const { return m_analysis; }
    QTabWidget* views() const { return m_tabs; }
    LogProbView* logProb() const { return m_logProb; }
    DecompositionView* decomposition() const { return m_decomposition; }
    ToyModelView* toyModel() const { return m_toy; }
    ForecastView* forecast() const { return m_forecast; }
    TaskMapView* taskMap() const { return m_taskMap; }
    InstanceView* instances() const { return m_instances; }
    /// \brief Undo/redo of view changes (Edit → Undo, Ctrl+Z).
    ViewHistory* history() const { return m_history; }
    /// \brief Opens per-example model outputs in the Instances tab and shows it.
    void openModelOutputs(const QStringList& paths);
    /// \brief Writes the Instances tab's scores as long CSV into the app's data folder
    /// (AppDataLocation/scored/), adds that file to the data and shows its curve in the Scaling
    /// tab: scores computed in the app become data like any other (figures, sessions, export).
    /// Returns the file written, or "" (with an issue) on failure.
    QString plotInstanceScores();
    /// \brief File → Open model outputs… (also the Instances tab's button).
    Q_INVOKABLE void openModelOutputsDialog();
    /// \brief File → Load model metadata… (the `--models` table of the command line): sizes for
    /// scores and for model outputs that name a model but not its size (the Instances tab's
    /// Model sizes… button too).
    Q_INVOKABLE void loadModelMetadataDialog();
    /// \brief The criteria of every flag in the window (browser, (L, B) map, analysis panel);
    /// saved in the settings. Re-flags the data in the background.
    void setFlagThresholds(const FlagThresholds& thresholds);
    /// \brief Analysis → Flag thresholds….
    Q_INVOKABLE void flagThresholdsDialog();
    /// \brief Large type on every view, chart and caption (presentation mode) or normal.
    void setPresentationType(bool large);
    bool presentationType() const { return m_largeType; }
    /// \brief View → Language: makes `code` ("en", "zh_CN") the interface language, remembers
    /// it, and rebuilds every widget in it (docks, views, menus, tour bar), putting the view,
    /// the tour step and the app's issue notes back as they were. False for a language the app
    /// does not ship.
    bool setLanguage(const QString& code);
    /// \brief View › Pool sources: the browser's groups and the chart's curves follow `pool`.
    void setPoolSources(bool pool);

signals:
    /// \brief Data loaded and shown (browser filled, first chart drawn).
    void dataShown();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Makes the docks, the tabs, the tour bar and the status bar, and connects them.
    void buildUi();
    void buildMenus();
    void buildLanguageMenu(QMenu* view);
    /// Fills the widgets with the loaded data (browser, charts, issues, status line).
    void showData();
    /// Sizes and centres the window on a screen smaller than its default size.
    void fitToScreen();
    void rebuildRecentMenu();
    void onLoaded();
    void openDialog(bool folder);
    void applyViewNow(const ViewState& state);
    /// The chart part of the view (task, metric, settings, y axis, zoom, families, side by
    /// side): what Edit → Undo steps through (MainWindowHistory.cpp).
    ViewState chartView() const;
    /// Puts the chart part of `state` back, by name (sessions, tour steps, undo).
    void applyChartView(const ViewState& state);
    /// Session name of a centre tab ("scaling", "tasks", "logprob", "decomposition", "toy",
    /// "instances").
    QString tabName(int index) const;
    int tabIndex(const QString& name) const;

    DataStore* m_data;
    DataBrowser* m_browser = nullptr;
    ScalingPanel* m_scaling = nullptr;
    IssuesPanel* m_issues = nullptr;
    AnalysisPanel* m_analysis = nullptr;
    QTabWidget* m_tabs = nullptr;
    LogProbView* m_logProb = nullptr;
    DecompositionView* m_decomposition = nullptr;
    ToyModelView* m_toy = nullptr;
    ForecastView* m_forecast = nullptr;
    TaskMapView* m_taskMap = nullptr;
    InstanceView* m_instances = nullptr;
    ViewHistory* m_history = nullptr;
    bool m_largeType = false;
    /// \brief False until the docks have a width suited to the window (first show without a
    /// saved layout).
    bool m_docksSized = false;
    TourBar* m_tourBar = nullptr;
    std::optional<Tour> m_tour;
    int m_tourIndex = -1;
    bool m_presentation = false;
    QByteArray m_geometryBeforePresentation;
    bool m_restoreAfterPresentation = false;
    void restoreAfterPresentation();
    QSize m_sizeBeforePresentation; ///< restoreGeometry() clamps to a small screen; this does not
    QList<QAction*> m_tourActions;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_poolSources = nullptr; ///< View › Pool sources (checkable)
    std::optional<BrowserSelection> m_pendingSelection;
    std::optional<ViewState> m_pendingView;
};

/// \brief The widget-font factor of presentation mode's large type on a screen `screenHeight`
/// px tall: 1.5 from 900 px up, 1.2 at 700 px and below, linear in between (charts use 1.7/1.5
/// of it).
double presentationTypeScale(int screenHeight);

} // namespace ee::ui
