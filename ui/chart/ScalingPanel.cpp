// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ScalingPanel.h"

#include "analysis/CapabilityAxis.h"
#include "browser/BrowserIndex.h"
#include "chart/ChartView.h"
#include "chart/LegendStrip.h"
#include "chart/ScalingFamilies.h"
#include "chart/ScreenStyle.h"
#include "chart/YAxisChooser.h"
#include "i18n/MetricLabels.h"
#include "render/ChartBuilder.h"
#include "widgets/ElidingComboBox.h"

#include <QButtonGroup>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>

#include "widgets/FlowLayout.h"
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ee::ui {

namespace {

constexpr int kMaxPanels = 4;

QString subtaskTitle(const ChartSelection& s) {
    return s.subtask && !s.subtask->isEmpty() ? s.task + QLatin1Char('/') + *s.subtask : s.task;
}

} // namespace

ScalingPanel::ScalingPanel(QWidget* parent)
    : QWidget(parent)
    , m_table(std::make_shared<ScoreTable>())
    , m_style(screenStyle())
    , m_title(new QLabel(this))
    , m_metricBar(new QWidget(this))
    , m_metricLayout(new FlowLayout(m_metricBar, 2))
    , m_metricGroup(new QButtonGroup(this))
    , m_sideButton(new QToolButton(this))
    , m_axisCombo(new ElidingComboBox(this))
    , m_yAxisChooser(new YAxisChooser(this))
    , m_shotsCombo(new ElidingComboBox(this))
    , m_promptCombo(new ElidingComboBox(this))
    , m_overlayCheck(new QCheckBox(tr("Overlay prompting styles"), this))
    , m_grid(new QGridLayout)
    , m_legend(new LegendStrip(this))
    , m_familyButton(new QToolButton(this))
    , m_note(new QLabel(this)) {
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_metricLayout->setContentsMargins(0, 0, 0, 0);
    m_metricGroup->setExclusive(true);
    m_metricLabel = new QLabel(tr("Metric:"), this);

    m_sideButton->setText(tr("Side by side"));
    m_sideButton->setCheckable(true);
    m_sideButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_sideButton->setToolTip(tr("Show 2–4 metrics of this task as small multiples with one x "
                                "range (Ctrl+B); the arrow picks the metrics"));
    m_sideButton->setMenu(new QMenu(m_sideButton));

    m_axisCombo->addItem(tr("Parameters"), int(ScaleAxis::Params));
    m_axisCombo->addItem(tr("Non-embedding parameters"), int(ScaleAxis::NonEmbeddingParams));
    m_axisCombo->addItem(tr("Training FLOPs"), int(ScaleAxis::Flops));
    m_axisCombo->addItem(tr("Training tokens"), int(ScaleAxis::Tokens));
    m_axisCombo->setToolTip(tr("What the x axis measures (log scale)"));
    m_shotsCombo->setToolTip(tr("Number of in-context examples (shots)"));
    m_promptCombo->setToolTip(tr("Prompting style"));
    m_overlayCheck->setToolTip(
        tr("Draw every prompting style of each family on one chart (e.g. standard vs "
           "chain-of-thought)"));

    // A flow, not a row: many metrics or large type wrap instead of widening the window.
    auto* controls = new FlowLayout(nullptr, 6);
    controls->addWidget(m_metricLabel);
    controls->addWidget(m_metricBar);
    controls->addWidget(m_sideButton);
    controls->addWidget(new QLabel(tr("x:"), this));
    controls->addWidget(m_axisCombo);
    controls->addWidget(new QLabel(tr("y:"), this));
    controls->addWidget(m_yAxisChooser);
    controls->addWidget(m_shotsCombo);
    controls->addWidget(m_promptCombo);
    controls->addWidget(m_overlayCheck);
    controls->addWidget(m_familyButton);

    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_note->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addLayout(m_grid, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_note);

    for (int i = 0; i < kMaxPanels; ++i) {
        auto* view = new ChartView(this);
        view->setVisible(i == 0);
        m_grid->addWidget(view, i / 2, i % 2);
        // Queued: the zoom is reported from inside the view's mouse handler, and a rebuild
        // replaces the chart the handler is still using.
        connect(
            view, &ChartView::xZoomRequested, this,
            [this](double a, double b) { setXRange(std::make_pair(a, b)); }, Qt::QueuedConnection);
        connect(
            view, &ChartView::zoomResetRequested, this, [this] { setXRange(std::nullopt); },
            Qt::QueuedConnection);
        m_views.append(view);
    }

    connect(m_metricGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (!m_updating)
            setMetric(m_choices.metrics.value(id));
    });
    connect(m_sideButton, &QToolButton::toggled, this, [this](bool on) {
        if (!m_updating)
            setSideBySide(on, m_sideMetrics);
    });
    connect(m_axisCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const int data = m_axisCombo->currentData().toInt();
        if (data > kCapabilityPcData)
            setCapabilityPc(data - kCapabilityPcData);
        else
            setAxis(ScaleAxis(data));
    });
    connect(m_yAxisChooser, &YAxisChooser::modeChosen, this, &ScalingPanel::setYAxis);
    connect(m_shotsCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (m_updating || i < 0)
            return;
        m_sel.shotsChosen = i > 0;
        m_sel.shots = i > 0 ? m_choices.shots.value(i - 1) : std::nullopt;
        resolveAndRedraw(KeepSetting::Shots);
    });
    connect(m_promptCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (m_updating || i < 0)
            return;
        m_sel.prompting = m_choices.promptings.value(i);
        resolveAndRedraw(KeepSetting::Prompting);
    });
    connect(m_overlayCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_sel.overlayPrompting = on;
        resolveAndRedraw(KeepSetting::Prompting);
    });
    m_sessionStyles = familyStylesFor(*m_table, m_style);
    setUpFamilyControls();
    rebuildControls();
}

void ScalingPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        QFont titleFont = font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
        titleFont.setBold(true);
        m_title->setFont(titleFont);
    }
    QWidget::changeEvent(event);
}

void ScalingPanel::setTable(std::shared_ptr<const ScoreTable> table) {
    m_table = table ? std::move(table) : std::make_shared<ScoreTable>();
    m_sessionStyles = familyStylesFor(*m_table, m_style);
    refreshCapabilityAxis();
    setSelection(m_sel);
}

void ScalingPanel::showTask(const BrowserSelection& task) {
    ChartSelection s = m_sel;
    s.source = task.source;
    s.task = task.task;
    s.subtask = task.subtask;
    s.shotsChosen = true; // a browser pick shows one shots setting (the previous one if present)
    m_xRange.reset();     // a new task has its own range
    m_fits.clear();
    setSelection(s);
}

void ScalingPanel::setSelection(const ChartSelection& wanted) {
    m_sel = wanted;
    if (m_sel.capabilityPc > (m_capability ? m_capability->components() : 0))
        m_sel.capabilityPc = 0; // e.g. a session saved with the benchmark table loaded
    refreshChoices();
    rebuildControls();
    redraw();
}

void ScalingPanel::refreshChoices(KeepSetting keep) {
    const ResolvedSelection r = resolveSelection(*m_table, m_sel, m_sideMetrics, keep, kMaxPanels);
    m_sel = r.selection;
    m_choices = r.choices;
    m_sideMetrics = r.sideMetrics;
}

void ScalingPanel::rebuildControls() {
    m_updating = true;
    for (QAbstractButton* b : m_metricGroup->buttons()) {
        m_metricGroup->removeButton(b);
        delete b;
    }
    for (int i = 0; i < m_choices.metrics.size(); ++i) {
        auto* b = new QToolButton(m_metricBar);
        b->setText(m_choices.metrics[i]);
        b->setCheckable(true);
        b->setChecked(m_choices.metrics[i] == m_sel.metric);
        b->setAutoRaise(false);
        b->setToolTip(
            tr("Show %1 (M / Shift+M cycle metrics)").arg(metricWithLabel(m_choices.metrics[i])));
        m_metricGroup->addButton(b, i);
        m_metricLayout->addWidget(b);
    }
    m_sideButton->setEnabled(m_choices.metrics.size() >= 2);
    m_sideButton->setChecked(m_sideBySide && m_choices.metrics.size() >= 2);
    QMenu* menu = m_sideButton->menu();
    menu->clear();
    for (const QString& m : m_choices.metrics) {
        QAction* a = menu->addAction(m);
        a->setCheckable(true);
        a->setChecked(m_sideMetrics.contains(m));
        connect(a, &QAction::toggled, this, [this, m](bool on) {
            QStringList next = m_sideMetrics;
            if (on && !next.contains(m) && next.size() < kMaxPanels)
                next.append(m);
            if (!on && next.size() > 2)
                next.removeAll(m);
            setSideBySide(true, next);
        });
    }

    m_updating = false;
    syncChoosers();
}

void ScalingPanel::syncChoosers() {
    m_updating = true;
    m_axisCombo->setCurrentIndex(m_axisCombo->findData(
        m_sel.capabilityPc > 0 ? kCapabilityPcData + m_sel.capabilityPc : int(m_sel.axis)));
    m_yAxisChooser->setMode(m_sel.yAxis);
    m_shotsCombo->clear();
    m_shotsCombo->addItem(tr("any shots"));
    for (const auto& s : m_choices.shots)
        m_shotsCombo->addItem(shotsLabel(s));
    m_shotsCombo->setCurrentIndex(m_sel.shotsChosen ? 1 + int(m_choices.shots.indexOf(m_sel.shots))
                                                    : 0);
    m_shotsCombo->setEnabled(m_choices.shots.size() > 1);
    m_promptCombo->clear();
    for (const QString& p : m_choices.promptings)
        m_promptCombo->addItem(promptingLabel(p));
    m_promptCombo->setCurrentIndex(int(m_choices.promptings.indexOf(m_sel.prompting)));
    m_promptCombo->setEnabled(m_choices.promptings.size() > 1 && !m_sel.overlayPrompting);
    m_overlayCheck->setEnabled(m_choices.promptings.size() > 1);
    m_overlayCheck->setChecked(m_sel.overlayPrompting);
    m_updating = false;
}

void ScalingPanel::setMetric(const QString& metric) {
    if (!m_choices.metrics.contains(metric))
        return;
    m_sel.metric = metric;
    m_updating = true;
    if (QAbstractButton* b = m_metricGroup->button(int(m_choices.metrics.indexOf(metric))))
        b->setChecked(true);
    m_updating = false;
    // The x zoom and the task stay; so do shots and prompting when the new metric has them.
    resolveAndRedraw(KeepSetting::Prompting);
}

void ScalingPanel::resolveAndRedraw(KeepSetting keep) {
    const ChartSelection before = m_sel;
    refreshChoices(keep);
    // Called from the choosers' own signals: only their contents are refreshed (the metric
    // buttons stay), and only when the resolution changed a setting.
    if (m_sel != before)
        syncChoosers();
    redraw();
}

void ScalingPanel::cycleMetric(int step) {
    const auto n = m_choices.metrics.size();
    if (n < 2)
        return;
    const auto i = m_choices.metrics.indexOf(m_sel.metric);
    setMetric(m_choices.metrics[((i + step) % n + n) % n]);
}

void ScalingPanel::setSideBySide(bool on, const QStringList& metrics) {
    m_sideBySide = on;
    if (!metrics.isEmpty())
        m_sideMetrics = metrics.mid(0, kMaxPanels);
    refreshChoices();
    rebuildControls();
    redraw();
}

void ScalingPanel::setFits(const QList<FittedCurve>& fits) {
    m_fits = fits;
    redraw(false);
}

void ScalingPanel::setStyle(const FigureStyle& style) {
    m_style = style;
    m_sessionStyles = familyStylesFor(*m_table, m_style);
    redraw(false);
}

void ScalingPanel::setMetricBarVisible(bool visible) {
    m_metricLabel->setVisible(visible);
    m_metricBar->setVisible(visible);
    m_sideButton->setVisible(visible);
}

void ScalingPanel::setYLabels(const QHash<QString, QString>& labels) {
    if (labels == m_yLabels)
        return;
    m_yLabels = labels;
    redraw(false);
}

void ScalingPanel::setHiddenFamilies(const QStringList& families) {
    if (families == m_hiddenFamilies)
        return;
    m_hiddenFamilies = families;
    redraw();
}

QList<ChartView*> ScalingPanel::views() const {
    QList<ChartView*> out;
    for (ChartView* v : m_views)
        if (!v->isHidden())
            out.append(v);
    return out;
}

QList<Curve> ScalingPanel::currentCurves() const {
    return m_views.first()->curves();
}

QString ScalingPanel::droppedNote() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

QString ScalingPanel::headerText() const {
    if (m_sel.task.isEmpty())
        return tr("Pick a task in the data browser");
    QString header = subtaskTitle(m_sel);
    if (m_sel.shotsChosen)
        header += QStringLiteral(" · ") + shotsLabel(m_sel.shots);
    header += QStringLiteral(" · ") + (m_sel.overlayPrompting ? tr("all prompting styles")
                                                              : promptingLabel(m_sel.prompting));
    if (!m_sel.source.isEmpty())
        header += QStringLiteral("   <span style='font-weight:normal'>(%1)</span>")
                      .arg(m_sel.source.toHtmlEscaped());
    return header;
}

ScalingRequest ScalingPanel::scalingRequest() const {
    ScalingRequest r;
    r.selection = m_sel;
    r.choices = m_choices;
    r.sideBySide = m_sideBySide;
    r.sideMetrics = m_sideMetrics;
    r.familyFilter = m_familyFilter;
    r.hiddenFamilies = m_hiddenFamilies;
    r.fits = m_sel.capabilityPc > 0 ? QList<FittedCurve>() : m_fits; // fits are on scale axes
    r.yLabels = m_yLabels;
    r.xRange = m_xRange;
    return r;
}

void ScalingPanel::redraw(bool curvesChanged) {
    if (curvesChanged)
        m_fits.clear(); // fits belong to the curves they were made from
    m_title->setText(headerText());
    ScalingRequest request = scalingRequest();
    QStringList capabilityNotes;
    request.moveX = [&](QList<QList<Curve>>& curves) {
        capabilityNotes = moveToCapabilityAxis(curves);
    };
    const ScalingPlan plan = planScalingCharts(*m_table, m_sessionStyles, request);
    m_visibleFamilies = plan.families.visible;
    m_chartFamilyScores = plan.families.scoresOnChart;
    m_familyButton->setText(plan.families.countText());
    m_familyButton->setVisible(!plan.families.scoresOnChart.isEmpty());
    m_drawnStyles = plan.families.styles; // an export draws with exactly these
    m_legend->setEntries(plan.families.legend(plan.curves, request.fits, m_familyFilter));
    m_legend->setVisible(!m_sel.task.isEmpty());
    QStringList notes;
    if (!plan.subtaskNote.isEmpty())
        notes << plan.subtaskNote;
    notes << drawCharts(plan);
    arrangeCharts(int(plan.metrics.size()));
    m_yAxisChooser->updateAvailability(plan.curves.first(), plan.panels.first());
    if (plan.curves.first().isEmpty() && !m_sel.task.isEmpty() && plan.subtaskNote.isEmpty())
        notes << tr("No curves for %1 with these settings.").arg(m_sel.metric);
    notes << capabilityNotes;
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    if (curvesChanged) {
        emit curvesShown(plan.scaleCurves);
        emit selectionChanged(m_sel);
    }
    emit viewChanged();
}

QStringList ScalingPanel::drawCharts(const ScalingPlan& plan) {
    const auto n = plan.metrics.size();
    render::ChartOptions options;
    options.unitsPerPt = render::ChartBuilder::screenUnitsPerPt();
    options.showTitle = n > 1;
    // One legend strip under the chart(s), never inside: it wraps instead of overflowing, keeps
    // small multiples the same size, and takes clicks (hide/show) and hovers (highlight).
    options.showLegend = false;
    options.xMin = plan.xMin;
    options.xMax = plan.xMax;
    const render::ChartBuilder builder(m_style, plan.families.styles);
    QStringList notes;
    for (int i = 0; i < kMaxPanels; ++i) {
        ChartView* view = m_views[i];
        const bool visible = i < n;
        view->setVisible(visible);
        if (!visible)
            continue;
        // Redraws update the chart on screen in place (no new Qt Charts items when the
        // structure stays), which keeps a metric toggle or task switch well inside a frame.
        render::BuiltChart built =
            builder.build(plan.curves[i], plan.panels[i], options, view->reusableChart());
        const QString prefix = n > 1 ? plan.metrics[i] + QStringLiteral(": ") : QString();
        if (built.droppedPoints() > 0)
            notes << prefix + built.droppedNote();
        if (!built.data.yAxisNote.isEmpty())
            notes << prefix + built.data.yAxisNote;
        view->showChart(std::move(built), plan.curves[i]);
    }
    return notes;
}

void ScalingPanel::arrangeCharts(int panels) {
    for (int i = 0; i < kMaxPanels; ++i) {
        m_grid->setColumnStretch(i, 0);
        m_grid->setRowStretch(i, 0);
    }
    const int cols = panels == 4 ? 2 : panels;
    for (int i = 0; i < cols; ++i)
        m_grid->setColumnStretch(i, 1);
    m_grid->setRowStretch(0, 1);
    m_grid->setRowStretch(1, panels == 4 ? 1 : 0);
    if (panels == 4) {
        // 2 × 2 grid; 2 or 3 panels sit in one row.
        for (int i = 0; i < kMaxPanels; ++i)
            m_grid->addWidget(m_views[i], i / 2, i % 2);
    } else {
        for (int i = 0; i < kMaxPanels; ++i)
            m_grid->addWidget(m_views[i], 0, i);
    }
}

} // namespace ee::ui
