// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser/TaskBrowserModel.h"
#include "chart/ChartSelection.h"
#include "chart/FamilyFilter.h"
#include "chart/ScalingPlan.h"
#include "chart/SelectionResolution.h"
#include "figure/FamilyAssignment.h"
#include "figure/FigureSpec.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace ee {
struct CapabilityAxis;
}

namespace ee::ui {

class FlowLayout;
class FamilyPicker;

class ChartView;
class LegendStrip;
class YAxisChooser;

/// \brief The centre "Scaling" view: the metric toggle, the axis / shots / prompting choosers and
/// one chart, or 2–4 small multiples (one per metric) sharing one x range.
///
/// Every chart is built by render::ChartBuilder, the same adapter the file export uses. A metric
/// switch keeps the task, shots, prompting and the x zoom; only y follows the new metric.
class ScalingPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScalingPanel(QWidget* parent = nullptr);

    void setTable(std::shared_ptr<const ScoreTable> table);
    /// \brief Shows a task from the browser, keeping metric/shots/prompting when it has them.
    void showTask(const BrowserSelection& task);
    /// \brief Shows exactly `selection` (sessions, tour), falling back per field when absent.
    void setSelection(const ChartSelection& selection);
    const ChartSelection& selection() const { return m_sel; }
    const TaskChoices& choices() const { return m_choices; }

    void setMetric(const QString& metric);
    /// \brief Moves the metric toggle by `step` (wrapping).
    void cycleMetric(int step);
    void setAxis(ScaleAxis axis);
    /// \brief x = capability PC`pc` (1-based) of the loaded benchmark table; 0 = the scale axis.
    /// Ignored when the table offers no such PC (see capabilityAxis()).
    void setCapabilityPc(int pc);
    /// \brief The capability PCs of the loaded table (fitted in setTable()); null when it has no
    /// table of the standard benchmarks.
    const CapabilityAxis* capabilityAxis() const { return m_capability.get(); }
    /// \brief How y is drawn (full range, fit, log, logit, normalised score). Redraws.
    void setYAxis(YAxisMode mode);
    YAxisChooser* yAxisChooser() const { return m_yAxisChooser; }
    /// \brief Side-by-side small multiples of `metrics` (2–4; empty = the first four).
    void setSideBySide(bool on, const QStringList& metrics = {});
    bool sideBySide() const { return m_sideBySide; }
    QStringList sideMetrics() const { return m_sideMetrics; }
    /// \brief Zoom in plot coordinates (log10 scale); unset = the data's range.
    void setXRange(std::optional<std::pair<double, double>> range);
    std::optional<std::pair<double, double>> xRange() const { return m_xRange; }
    /// \brief Fitted curves drawn on the (first) chart.
    void setFits(const QList<FittedCurve>& fits);
    /// \brief Style for screen (sizes, background); rebuilds.
    void setStyle(const FigureStyle& style);
    const FigureStyle& style() const { return m_style; }
    /// \brief Families left off the charts (e.g. training checkpoints in the log-prob view);
    /// the remaining families keep distinct colours. Redraws.
    void setHiddenFamilies(const QStringList& families);
    const QStringList& hiddenFamilies() const { return m_hiddenFamilies; }
    /// \brief Which families are drawn (picker, legend clicks); kept across tasks. Redraws.
    void setFamilyFilter(const FamilyFilter& filter);
    const FamilyFilter& familyFilter() const { return m_familyFilter; }
    /// \brief Hides or shows one family from now on (a legend click).
    void toggleFamily(const QString& family);
    /// \brief The families of the chart shown that are drawn, most scores first.
    const QStringList& visibleFamilies() const { return m_visibleFamilies; }
    /// \brief Every family's style for the whole session (same family, same look on every
    /// task, metric and export).
    const FamilyStyles& sessionStyles() const { return m_sessionStyles; }
    /// \brief The styles of the last drawing (session styles plus overlay styles' names).
    const FamilyStyles& drawnStyles() const { return m_drawnStyles; }
    LegendStrip* legend() const { return m_legend; }
    QToolButton* familyButton() const { return m_familyButton; }
    FamilyPicker* familyPicker() const { return m_picker; }
    /// \brief Y-axis label per metric, e.g. with its unit (default: the metric's name). Redraws.
    void setYLabels(const QHash<QString, QString>& labels);
    /// \brief Shows or hides the metric toggle and the side-by-side button (a view that picks
    /// its own metrics, like the log-prob view, hides them).
    void setMetricBarVisible(bool visible);

    /// \brief The visible chart views (one, or one per side-by-side metric).
    QList<ChartView*> views() const;
    /// \brief The curves on the first chart.
    QList<Curve> currentCurves() const;
    /// \brief A sentence about points that cannot be drawn; empty when all are drawn.
    QString droppedNote() const;
    /// \brief The panel spec of the first chart (for export and clipboard).
    PanelSpec currentPanel() const;

signals:
    void selectionChanged(const ee::ui::ChartSelection& selection);
    /// \brief After every redraw, the first chart's curves.
    void curvesShown(const QList<ee::Curve>& curves);
    /// \brief After every redraw: something shown may have changed (zoom, families, y axis…).
    void viewChanged();

protected:
    /// Keeps the title one step larger than the panel's font (presentation mode enlarges it).
    void changeEvent(QEvent* event) override;

private:
    /// Resolves m_sel against the data (chart/SelectionResolution): choices, and a setting with
    /// data for every one the data lack.
    void refreshChoices(KeepSetting keep = KeepSetting::Prompting);
    void rebuildControls();
    /// Axis, shots and prompting choosers and the overlay box from m_sel and m_choices.
    void syncChoosers();
    /// After one chooser changed: resolves (keeping `keep`), updates the choosers, redraws.
    void resolveAndRedraw(KeepSetting keep);
    /// Rebuilds the charts; `curvesChanged` = the data changed (not only fits or zoom), which
    /// drops the old fits and announces the curves.
    void redraw(bool curvesChanged = true);
    /// The title line: task/subtask · shots · prompting (source), or a hint without a task.
    QString headerText() const;
    /// The view's state that decides what is drawn (see planScalingCharts()).
    ScalingRequest scalingRequest() const;
    /// Builds the plan's charts into the first views and hides the others; returns the notes
    /// about points and y values they cannot show.
    QStringList drawCharts(const ScalingPlan& plan);
    /// One chart fills the grid, 2–3 sit in one row, 4 in two rows of two.
    void arrangeCharts(int panels);
    PanelSpec panelFor(const QString& metric) const;
    /// Fits the capability PCs of m_table and offers them in the x chooser (ScalingPanelAxes).
    void refreshCapabilityAxis();
    /// With a capability PC chosen: moves `curves` onto it and returns the notes that list the
    /// models without a PC score and the PC's loadings; else leaves them and returns nothing.
    QStringList moveToCapabilityAxis(QList<QList<Curve>>& curves) const;
    /// The family button and its picker popup, and the legend's click and hover (in
    /// ScalingPanelFamilies.cpp).
    void setUpFamilyControls();

    /// The x chooser's item data: a ScaleAxis, or this + k for capability PCk.
    static constexpr int kCapabilityPcData = 100;
    std::shared_ptr<const ScoreTable> m_table;
    std::shared_ptr<const CapabilityAxis> m_capability;
    ChartSelection m_sel;
    TaskChoices m_choices;
    bool m_sideBySide = false;
    QStringList m_sideMetrics;
    std::optional<std::pair<double, double>> m_xRange;
    QList<FittedCurve> m_fits;
    QStringList m_hiddenFamilies;
    FamilyFilter m_familyFilter;
    QHash<QString, qsizetype> m_chartFamilyScores; ///< the chart's families, for the picker
    FamilyStyles m_sessionStyles;
    FamilyStyles m_drawnStyles;
    QStringList m_visibleFamilies;
    QHash<QString, QString> m_yLabels;
    FigureStyle m_style;
    bool m_updating = false;

    QLabel* m_title;
    QWidget* m_metricBar;
    FlowLayout* m_metricLayout;
    QButtonGroup* m_metricGroup;
    QToolButton* m_sideButton;
    QLabel* m_metricLabel;
    QComboBox* m_axisCombo;
    YAxisChooser* m_yAxisChooser;
    QComboBox* m_shotsCombo;
    QComboBox* m_promptCombo;
    QCheckBox* m_overlayCheck;
    QGridLayout* m_grid;
    QList<ChartView*> m_views;
    LegendStrip* m_legend;
    QToolButton* m_familyButton;
    FamilyPicker* m_picker;
    QLabel* m_note;
};

} // namespace ee::ui
