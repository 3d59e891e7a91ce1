// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/DecompositionView.h"

#include "browser/BrowserIndex.h"
#include "chart/ChartView.h"
#include "chart/ScreenStyle.h"
#include "render/ChartBuilder.h"
#include "views/SubtaskHeatMap.h"

#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>

#include "widgets/ElidingComboBox.h"
#include "widgets/FlowLayout.h"
#include <QLabel>
#include <QLegend>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace ee::ui {

namespace {

QString shape(const ShapeScore& s) {
    if (!s.value)
        return QStringLiteral("–");
    if (std::isinf(*s.value))
        return *s.value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(*s.value, 'f', 1);
}

/// Tasks with at least two subtasks, by (source-free) name.
QStringList composites(const ScoreTable& t) {
    QStringList out;
    for (const QString& task : t.tasks()) {
        QStringList subs = t.subtasks(task);
        subs.removeAll(QString());
        if (subs.size() >= 2)
            out << task;
    }
    return out;
}

} // namespace

DecompositionView::DecompositionView(QWidget* parent)
    : QWidget(parent)
    , m_table(std::make_shared<ScoreTable>())
    , m_task(new ElidingComboBox(this, Qt::ElideMiddle))
    , m_family(new ElidingComboBox(this, Qt::ElideMiddle))
    , m_metric(new ElidingComboBox(this))
    , m_rule(new ElidingComboBox(this))
    , m_chart(new ChartView(this))
    , m_heat(new SubtaskHeatMap(this))
    , m_numbers(new QTextBrowser(this))
    , m_note(new QLabel(this)) {
    m_style = screenStyle(); // before anything draws
    m_rule->addItem(tr("all parts needed  (Π s)"), QStringLiteral("all"));
    m_rule->addItem(tr("any part enough  (1 − Π(1 − s))"), QStringLiteral("any"));
    m_rule->addItem(tr("2 of n"), QStringLiteral("k-of-n:2"));
    m_rule->addItem(tr("mean of normalised parts (BIG-bench)"), QStringLiteral("mean"));
    m_task->setToolTip(tr("A task with subtasks"));
    m_rule->setToolTip(tr("How the subtasks combine into the whole, assuming independence"));
    auto* controls = new FlowLayout(nullptr, 6); // wraps on small screens and in large type
    controls->addWidget(new QLabel(tr("Composite:"), this));
    controls->addWidget(m_task);
    controls->addWidget(new QLabel(tr("Family:"), this));
    controls->addWidget(m_family);
    controls->addWidget(new QLabel(tr("Metric:"), this));
    controls->addWidget(m_metric);
    controls->addWidget(new QLabel(tr("Rule:"), this));
    controls->addWidget(m_rule);
    m_numbers->setMaximumWidth(340);
    auto* plots = new QSplitter(Qt::Vertical, this);
    plots->addWidget(m_chart);
    plots->addWidget(m_heat);
    plots->setChildrenCollapsible(false);
    m_heat->setVisible(false);
    auto* body = new QHBoxLayout;
    body->addWidget(plots, 1);
    body->addWidget(m_numbers);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addLayout(body, 1);
    layout->addWidget(m_note);

    connect(m_task, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            refillChoices();
    });
    for (QComboBox* c : {m_family, m_metric, m_rule})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                recompute();
        });
}

void DecompositionView::setStyle(const FigureStyle& style) {
    m_style = style;
    recompute();
}

void DecompositionView::setTable(std::shared_ptr<const ScoreTable> table) {
    m_table = table ? std::move(table) : std::make_shared<ScoreTable>();
    refillTasks();
}

void DecompositionView::refillTasks() {
    const QString keep = m_task->currentText();
    m_updating = true;
    m_task->clear();
    m_task->addItems(composites(*m_table));
    const int i = m_task->findText(keep);
    m_task->setCurrentIndex(i >= 0 ? i : 0);
    m_updating = false;
    refillChoices();
}

void DecompositionView::refillChoices() {
    const QString task = m_task->currentText();
    const QString keepFamily = m_family->currentText(), keepMetric = m_metric->currentText();
    CurveFilter f;
    f.task = task;
    f.poolSources = true; // the view has no source choice: one part per subtask
    QStringList families, metrics;
    QHash<QString, QSet<QString>> subtasksPerFamily;
    for (const CurveKey& k : m_table->curveKeys(f)) {
        if (!metrics.contains(k.metric))
            metrics << k.metric;
        if (!families.contains(k.family))
            families << k.family;
        if (!k.subtask.isEmpty())
            subtasksPerFamily[k.family].insert(k.subtask);
    }
    // Families with the most subtasks first: they make the fullest decomposition.
    std::stable_sort(families.begin(), families.end(), [&](const QString& a, const QString& b) {
        return subtasksPerFamily.value(a).size() > subtasksPerFamily.value(b).size();
    });
    m_updating = true;
    m_family->clear();
    m_family->addItems(families);
    m_family->setCurrentIndex(std::max(0, int(families.indexOf(keepFamily))));
    m_metric->clear();
    m_metric->addItems(metrics);
    const int mi = int(metrics.indexOf(keepMetric));
    m_metric->setCurrentIndex(
        mi >= 0 ? mi : int(metrics.indexOf(BrowserIndex::preferredMetric(metrics))));
    m_updating = false;
    recompute();
}

void DecompositionView::setState(const DecompositionState& s) {
    m_updating = true;
    const int t = m_task->findText(s.task);
    if (t >= 0)
        m_task->setCurrentIndex(t);
    m_updating = false;
    refillChoices();
    m_updating = true;
    const int m = m_metric->findText(s.metric);
    if (m >= 0)
        m_metric->setCurrentIndex(m);
    const int r = m_rule->findData(s.rule);
    if (r >= 0)
        m_rule->setCurrentIndex(r);
    m_updating = false;
    recompute();
}

DecompositionState DecompositionView::state() const {
    DecompositionState s;
    s.task = m_task->currentText();
    s.metric = m_metric->currentText();
    s.rule = m_rule->currentData().toString();
    return s;
}

QString DecompositionView::family() const {
    return m_family->currentText();
}

void DecompositionView::setFamily(const QString& family) {
    const int i = m_family->findText(family);
    if (i >= 0)
        m_family->setCurrentIndex(i);
}

namespace {

constexpr const char* kContext = "ee::ui::DecompositionView";
// Core names the value scale in English (it is also the CLI's JSON); these are its names, so
// the axis title can be shown in the interface's or the figure's language.
[[maybe_unused]] const char* const kScaleNames[] = {
    QT_TRANSLATE_NOOP("ee::ui::DecompositionView", "probability (0–1)"),
    QT_TRANSLATE_NOOP("ee::ui::DecompositionView", "normalised score (0–100)")};

QString chartTitle(const QString& task, const QString& family, bool asHeatMap) {
    return asHeatMap ? DecompositionView::tr("%1 · %2: the whole (parts in the heat map below)")
                           .arg(task, family)
                     : DecompositionView::tr("%1 · %2: parts and whole").arg(task, family);
}

QString yTitle(const DecompositionResult& r, const QString& metric) {
    return r.valueScale.isEmpty()
               ? metric
               : QCoreApplication::translate(kContext, r.valueScale.toUtf8().constData());
}

QString predictedName(const DecompositionResult& r) {
    return DecompositionView::tr("predicted (%1)").arg(r.rule.name());
}

QString observedName() {
    return DecompositionView::tr("observed composite");
}

} // namespace

FigureRelabel DecompositionView::figureRelabel() const {
    const QString task = m_task->currentText();
    const QString family = m_family->currentText();
    const QString metric = m_metric->currentText();
    const bool asHeatMap = m_parts.size() > kMaxPartLines;
    const bool observed = std::any_of(m_result.rows.begin(), m_result.rows.end(),
                                      [](const DecompositionRow& r) { return r.observed; });
    return [task, family, metric, asHeatMap, observed,
            result = m_result](FigureSpec& spec, render::FigureCurves& curves) {
        if (spec.panels.isEmpty() || curves.panels.isEmpty())
            return;
        spec.panels[0].title = chartTitle(task, family, asHeatMap);
        spec.panels[0].yLabel = yTitle(result, metric);
        // The parts keep their names (the data's); the whole's two curves come last.
        QStringList names;
        for (const Curve& c : std::as_const(curves.panels[0]))
            names << c.key.family;
        const qsizetype predicted = names.size() - (observed ? 2 : 1);
        if (predicted < 0)
            return;
        names[predicted] = predictedName(result);
        if (observed)
            names[predicted + 1] = observedName();
        renameCurves(curves, {names});
    };
}

void DecompositionView::recompute() {
    const QString task = m_task->currentText();
    m_parts.clear();
    m_result = {};
    if (task.isEmpty()) {
        m_note->setText(tr("No task with two or more subtasks in the data."));
        return;
    }
    CurveFilter f;
    f.task = task;
    f.poolSources = true; // as in refillChoices()
    f.metric = m_metric->currentText();
    f.families = {m_family->currentText()};
    std::optional<Curve> observed;
    std::optional<int> shots;
    for (const Curve& c : m_table->curves(f, ScaleAxis::Params)) {
        // One shots/prompting setting: the first one seen.
        if (!m_parts.isEmpty() && c.key.shots != shots)
            continue;
        shots = c.key.shots;
        if (c.key.subtask.isEmpty())
            observed = c;
        else
            m_parts.append(c);
    }
    const auto rule = CompositionRule::parse(m_rule->currentData().toString());
    m_result =
        decompose(m_parts, rule.value_or(CompositionRule{}), observed ? &*observed : nullptr);

    // Chart: parts, predicted and observed on the rule's scale (core's aligned rows), as curves
    // through the shared chart adapter.
    QList<Curve> shown;
    // Beyond a handful of parts their lines cannot be told apart: they become a heat map
    // (subtask × size) under a chart of the whole (issue #15 item 4).
    const bool asHeatMap = m_parts.size() > kMaxPartLines;
    m_heat->setVisible(asHeatMap);
    if (asHeatMap) {
        QStringList names;
        for (const Curve& c : std::as_const(m_parts))
            names << c.key.subtask;
        m_heat->setGrid(
            buildHeatGrid(m_parts, names),
            tr("%1 · %2: the %3 parts").arg(task, m_family->currentText()).arg(m_parts.size()),
            m_metric->currentText());
    }
    for (qsizetype j = 0; j < m_parts.size() && !asHeatMap; ++j) {
        Curve c;
        c.key = m_parts[j].key;
        c.key.family = j < qsizetype(m_result.parts.size()) ? m_result.parts[std::size_t(j)].name
                                                            : m_parts[j].key.subtask;
        c.axis = ScaleAxis::Params;
        for (const DecompositionRow& r : m_result.rows)
            if (std::size_t(j) < r.parts.size())
                c.points.append({r.model, {}, r.x, r.parts[std::size_t(j)], {}, {}, {}, {}});
        shown << c;
    }
    Curve predicted;
    predicted.key = m_parts.isEmpty() ? CurveKey{} : m_parts.first().key;
    predicted.key.family = predictedName(m_result);
    predicted.axis = ScaleAxis::Params;
    Curve obs = predicted;
    obs.key.family = observedName();
    for (const DecompositionRow& r : m_result.rows) {
        predicted.points.append({r.model, {}, r.x, r.predicted, {}, {}, {}, {}});
        if (r.observed)
            obs.points.append({r.model, {}, r.x, *r.observed, {}, {}, {}, {}});
    }
    shown << predicted;
    if (!obs.points.isEmpty())
        shown << obs;
    QStringList names;
    for (const Curve& c : shown)
        names << c.key.family;
    const FigureStyle& style = m_style;
    PanelSpec panel;
    panel.query.task = task;
    panel.query.metric = m_metric->currentText();
    panel.title = chartTitle(task, m_family->currentText(), asHeatMap);
    panel.yLabel = yTitle(m_result, m_metric->currentText());
    panel.showChance = false;
    panel.showPerfect = false;
    // The rule's whole scale (probability 0–1, normalised 0–100), as the Scaling tab's default:
    // fitted to the data, the product of 100 parts (about 1e-133 at most) filled the chart, a
    // rise no reader could see the size of, in a span Qt Charts does not draw (issue #20).
    panel.yAxis = YAxisMode::Full;
    const render::ChartBuilder builder(style, FamilyStyles(names, style));
    render::ChartOptions options;
    options.unitsPerPt = render::ChartBuilder::screenUnitsPerPt();
    options.legendAlignment = Qt::AlignRight;
    render::BuiltChart built = builder.build(shown, panel, options, m_chart->reusableChart());
    m_chart->showChart(std::move(built), shown);

    QString html =
        tr("<b>Rule:</b> %1<br><small>%2</small><table width=100%>")
            .arg(m_result.rule.name().toHtmlEscaped(), m_result.rule.formula().toHtmlEscaped());
    html += tr("<tr><th align=left>curve</th><th align=right>B</th><th align=right>L*</th></tr>");
    const auto row = [](const PartShape& p) {
        return QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
            .arg(p.name.toHtmlEscaped(), shape(p.breakthroughness), shape(p.linearity));
    };
    for (const PartShape& p : m_result.parts)
        html += row(p);
    // The whole's rows are named by core in English (the CLI's JSON): shown in the interface's.
    PartShape whole = m_result.predicted;
    whole.name = tr("predicted composite");
    html += row(whole);
    if (m_result.observed) {
        whole = *m_result.observed;
        whole.name = observedName();
        html += row(whole);
    }
    html += QStringLiteral("</table>");
    html += tr("<p><small>B: breakthroughness (sudden change → large). L*: linearity, definition "
               "unconfirmed. A product of smooth parts can look sudden: compare the parts' B "
               "with the whole's.</small></p>");
    if (m_result.rmsResidual)
        html += tr("<p>RMS residual observed − predicted: %1</p>")
                    .arg(QString::number(*m_result.rmsResidual, 'g', 3));
    m_numbers->setHtml(html);
    QStringList notes = m_result.notes;
    if (!m_result.leftOutModels.isEmpty())
        notes << tr("Left out (missing a part): %1")
                     .arg(m_result.leftOutModels.join(QStringLiteral(", ")));
    m_note->setText(notes.join(QLatin1Char(' ')));
}

} // namespace ee::ui
