// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ChartBuilder.h"

#include "render/ChartSeriesWriter.h"
#include "render/XTickFitter.h"
#include "render/YTitleFitter.h"

#include "figure/AxisTicks.h"
#include "i18n/MetricLabels.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScreen>
#include <QtMath>
#include <cmath>

namespace ee::render {

QList<qreal> ChartBuilder::dashPattern(DashStyle dash) {
    switch (dash) {
    case DashStyle::Solid:
        return {};
    case DashStyle::Dash:
        return {4.0, 2.0};
    case DashStyle::Dot:
        return {1.0, 1.6};
    case DashStyle::DashDot:
        return {4.0, 1.6, 1.0, 1.6};
    case DashStyle::DashDotDot:
        return {4.0, 1.6, 1.0, 1.6, 1.0, 1.6};
    }
    return {};
}

namespace {

/// `ticks` with the widest label at least as wide as "..." in `font`, widened by leading
/// no-break spaces (blank, so the labels look the same; a figure space is HTML white space and
/// Qt Charts collapsed it). Qt Charts sizes a vertical axis from its widest tick label and its
/// title, but lays the title out in that width less the width of "..." (the shortest a label
/// can be cut to): with labels narrower than that ("0", "2", "4") the title could lose the
/// difference and be cut to "⋮" whole (the toy model's edit distance in Chinese at 1,024×700,
/// whose title mixes Chinese and Latin type and is a pixel taller than the English one).
QList<AxisTick> widenedYLabels(QList<AxisTick> ticks, const QFont& font) {
    const QFontMetricsF fm(font);
    const double dots = fm.horizontalAdvance(QStringLiteral("..."));
    qsizetype widest = -1;
    for (qsizetype i = 0; i < ticks.size(); ++i)
        if (widest < 0 ||
            fm.horizontalAdvance(ticks[i].label) > fm.horizontalAdvance(ticks[widest].label))
            widest = i;
    if (widest < 0 || !(fm.horizontalAdvance(QChar(QChar::Nbsp)) > 0))
        return ticks;
    while (fm.horizontalAdvance(ticks[widest].label) < dots)
        ticks[widest].label.prepend(QChar(QChar::Nbsp));
    return ticks;
}

/// The Qt series a chart of `d` consists of, in the order build() adds them.
QList<QAbstractSeries::SeriesType> seriesPlan(const PanelData& d, const PanelSpec& panel) {
    QList<QAbstractSeries::SeriesType> plan;
    for (qsizetype i = 0; i < d.chanceLevels.size() + d.perfectLevels.size(); ++i)
        plan.append(QAbstractSeries::SeriesTypeLine);
    for (const PlotSeries& s : d.series) {
        if (panel.ci == CiStyle::Band && s.intervals.size() >= 2)
            plan.append(QAbstractSeries::SeriesTypeArea);
        else if (panel.ci != CiStyle::None)
            for (qsizetype i = 0; i < s.intervals.size(); ++i)
                plan.append(QAbstractSeries::SeriesTypeLine);
        plan.append(QAbstractSeries::SeriesTypeLine);
        plan.append(QAbstractSeries::SeriesTypeScatter);
    }
    for (qsizetype i = 0; i < d.fits.size(); ++i)
        plan.append(QAbstractSeries::SeriesTypeLine);
    return plan;
}

/// True when `chart` can be updated in place into a chart of `plan` that draws exactly like a
/// fresh one: the same two axes, the same legend and title visibility, and every series of the
/// plan already there in order (extra series at the end are removed). Series added to a chart
/// that is already laid out in a scene can leave the legend laid out differently, so a plan
/// that needs new series gets a new chart instead.
bool canReuse(QChart* chart, const QList<QAbstractSeries::SeriesType>& plan, const PanelSpec& panel,
              const ChartOptions& o) {
    const auto h = chart->axes(Qt::Horizontal);
    const auto v = chart->axes(Qt::Vertical);
    if (h.size() != 1 || v.size() != 1 || !qobject_cast<QCategoryAxis*>(h.first()) ||
        !qobject_cast<QCategoryAxis*>(v.first()))
        return false;
    if (chart->legend()->isVisible() != o.showLegend ||
        chart->legend()->alignment() != o.legendAlignment)
        return false;
    const bool titled = o.showTitle && !panel.effectiveTitle().isEmpty();
    if (chart->title().isEmpty() == titled)
        return false;
    const auto series = chart->series();
    if (series.size() < plan.size())
        return false;
    for (qsizetype i = 0; i < plan.size(); ++i)
        if (series[i]->type() != plan[i])
            return false;
    return true;
}

} // namespace

ChartBuilder::ChartBuilder(FigureStyle style, FamilyStyles families)
    : m_style(std::move(style))
    , m_families(std::move(families)) {}

double ChartBuilder::fontDpi() {
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96.0;
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY()); // as Qt rounds it in qt_defaultDpiY()
    return 96.0;
}

void ChartBuilder::prepareFrame(QChart* chart) {
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setLocalizeNumbers(false);
}

double ChartBuilder::screenUnitsPerPt() {
    return fontDpi() / 72.0;
}

QFont ChartBuilder::font(double pt, double unitsPerPt) const {
    QFont f(m_style.fontFamily);
    // Chinese text (a translated figure, CJK task names) falls back to one known font at the
    // same size, not to whatever font the system's configuration picks for each glyph.
    f.setFamilies({m_style.fontFamily, QString::fromLatin1(kCjkFontFamily)});
    f.setPointSizeF(pt * unitsPerPt * 72.0 / fontDpi());
    f.setHintingPreference(QFont::PreferNoHinting); // same glyph advances at every scale
    f.setKerning(true);
    return f;
}

QColor ChartBuilder::foreground() const {
    return m_style.background == Background::Dark ? QColor(0xe6, 0xe6, 0xe6)
                                                  : QColor(0x22, 0x22, 0x22);
}

QColor ChartBuilder::background() const {
    switch (m_style.background) {
    case Background::White:
        return Qt::white;
    case Background::Transparent:
        return Qt::transparent;
    case Background::Dark:
        return QColor(0x1e, 0x1f, 0x22);
    }
    return Qt::white;
}

QPen ChartBuilder::linePen(const QString& family, double unitsPerPt) const {
    const SeriesStyle s = m_families.of(family);
    return makePen(QColor(s.colour), m_style.lineWidthPt * unitsPerPt, dashPattern(s.dash));
}

QPainterPath ChartBuilder::markerPath(MarkerShape shape, double size) {
    QPainterPath path;
    const double r = size / 2.0;
    const auto polygon = [&](int corners, double rotation, double inner) {
        QPolygonF poly;
        const int n = inner > 0 ? corners * 2 : corners;
        for (int i = 0; i < n; ++i) {
            const double radius = (inner > 0 && i % 2) ? r * inner : r;
            const double a = rotation + 2 * M_PI * i / n;
            poly << QPointF(radius * std::sin(a), -radius * std::cos(a));
        }
        poly << poly.first();
        path.addPolygon(poly);
    };
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(-r * 0.85, -r * 0.85, 1.7 * r, 1.7 * r));
        break;
    case MarkerShape::Triangle:
        polygon(3, 0, 0);
        break;
    case MarkerShape::Diamond:
        polygon(4, 0, 0);
        break;
    case MarkerShape::Pentagon:
        polygon(5, 0, 0);
        break;
    case MarkerShape::Star:
        polygon(5, 0, 0.45);
        break;
    }
    return path;
}

namespace {

/// The chart's frame: theme, background, title (a no-op setTheme on a reused chart).
void frameChart(const ChartBuilder& b, QChart* chart, const PanelSpec& panel,
                const ChartOptions& o) {
    const double u = o.unitsPerPt;
    ChartBuilder::prepareFrame(chart);
    chart->setBackgroundVisible(o.paintBackground);
    chart->setBackgroundBrush(b.background());
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitle(o.showTitle ? panel.effectiveTitle() : QString());
    if (o.showTitle) {
        chart->setTitleFont(b.font(b.style().titlePt, u));
        chart->setTitleBrush(b.foreground());
    }
}

/// The x and y category axes of `chart` for `range` (a reused chart keeps its two axes and the
/// series attached to them; otherwise every series and axis is replaced), styled and titled.
std::pair<QCategoryAxis*, QCategoryAxis*> setUpAxes(const ChartBuilder& b, QChart* chart,
                                                    const PanelData& d, const PanelSpec& panel,
                                                    const ChartOptions& o, const PlotRange& r) {
    const double u = o.unitsPerPt;
    const QColor fg = b.foreground();
    QColor grid = fg;
    grid.setAlphaF(0.14);
    const QList<AxisTick> xTicks = d.logX ? AxisTicks::logTicks(r.xMin, r.xMax, d.axis)
                                          : AxisTicks::linearTicks(r.xMin, r.xMax, 5);
    QCategoryAxis* ax = nullptr;
    QCategoryAxis* ay = nullptr;
    if (const auto h = chart->axes(Qt::Horizontal); h.size() == 1)
        ax = qobject_cast<QCategoryAxis*>(h.first());
    if (const auto v = chart->axes(Qt::Vertical); v.size() == 1)
        ay = qobject_cast<QCategoryAxis*>(v.first());
    const bool newAxes = !ax || !ay;
    if (newAxes) {
        // The fitters of the old axes go with them.
        delete chart->findChild<XTickFitter*>(QString(), Qt::FindDirectChildrenOnly);
        delete chart->findChild<YTitleFitter*>(QString(), Qt::FindDirectChildrenOnly);
        for (QAbstractSeries* s : chart->series()) {
            chart->removeSeries(s);
            delete s;
        }
        for (QAbstractAxis* a : chart->axes()) {
            chart->removeAxis(a);
            delete a;
        }
        ax = new QCategoryAxis;
        ay = new QCategoryAxis;
    }
    const QFont tickFont = b.font(b.style().tickPt, u);
    if (o.plotWidth) {
        delete chart->findChild<XTickFitter*>(QString(), Qt::FindDirectChildrenOnly);
        setCategoryTicks(ax, fittedTicks(xTicks, r.xMin, r.xMax, tickFont, *o.plotWidth), r.xMin,
                         r.xMax);
    } else {
        XTickFitter::of(chart, ax)->setTicks(xTicks, r.xMin, r.xMax, tickFont);
    }
    setCategoryTicks(ay, widenedYLabels(d.yTicks(r.yMin, r.yMax), tickFont), r.yMin, r.yMax);
    const QPen axisPen = makePen(fg, 0.6 * u);
    const QPen gridPen = makePen(grid, 0.4 * u);
    for (QCategoryAxis* axis : {ax, ay}) {
        axis->setLinePen(axisPen);
        axis->setGridLinePen(gridPen);
        axis->setLabelsFont(tickFont);
        axis->setLabelsColor(fg);
        axis->setTitleFont(b.font(b.style().labelPt, u));
        axis->setTitleBrush(fg);
    }
    ax->setLabelsVisible(o.showXTickLabels);
    ay->setLabelsVisible(o.showYTickLabels);
    ax->setTitleText(o.showXTitle ? panel.effectiveXLabel() : QString());
    // A metric's identifier titles the axis as in the data, with its translated name beside it
    // ("acc（准确率）" in Chinese); a title given by the view or the spec stays as given.
    const QString yLabel = panel.yLabel.isEmpty() || panel.yLabel == panel.query.metric
                               ? ui::metricWithLabel(panel.query.metric)
                               : panel.yLabel;
    const QString yTitle = o.showYTitle ? d.yTitle(yLabel) : QString();
    if (o.plotWidth) {
        ay->setTitleText(yTitle); // an export lays out its own page
    } else {
        // On screen a title longer than the plot is high goes on two or three lines, so Qt
        // Charts does not cut it ("log_likelihood_…").
        YTitleFitter::of(chart, ay)->setTitle(yTitle, b.font(b.style().labelPt, u));
    }
    if (newAxes) {
        chart->addAxis(ax, Qt::AlignBottom);
        chart->addAxis(ay, Qt::AlignLeft);
    }
    return {ax, ay};
}

void styleLegend(const ChartBuilder& b, QChart* chart, const ChartOptions& o) {
    QLegend* legend = chart->legend();
    legend->setVisible(o.showLegend);
    legend->setFont(b.font(b.style().legendPt, o.unitsPerPt));
    legend->setLabelColor(b.foreground());
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend->setAlignment(o.legendAlignment);
    legend->setBackgroundVisible(false);
}

} // namespace

BuiltChart ChartBuilder::build(const QList<Curve>& curves, const PanelSpec& panel,
                               const ChartOptions& o, QChart* reuse) const {
    BuiltChart built;
    built.panel = panel;
    built.families = m_families.families();
    built.data = PanelData::prepare(curves, panel);
    const PanelData& d = built.data;
    if (reuse && !canReuse(reuse, seriesPlan(d, panel), panel, o))
        reuse = nullptr; // the caller's view replaces (and frees) the old chart
    QChart* chart = reuse ? reuse : new QChart;
    built.chart = chart;
    frameChart(*this, chart, panel, o);

    const PlotRange range{o.xMin.value_or(d.xMin), o.xMax.value_or(d.xMax), o.yMin.value_or(d.yMin),
                          o.yMax.value_or(d.yMax)};
    const auto [ax, ay] = setUpAxes(*this, chart, d, panel, o, range);
    ChartSeriesWriter series(*this, built, ax, ay, o, range);
    series.addReferenceLines(); // first, so data draws over them
    for (const PlotSeries& s : d.series)
        series.addCurve(s);
    series.addFits();
    series.finish();
    styleLegend(*this, chart, o);
    return built;
}

} // namespace ee::render
