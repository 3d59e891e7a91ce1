// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ChartBuilder.h"

#include "figure/AxisTicks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
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

namespace {

QScatterSeries::MarkerShape qtMarker(MarkerShape shape) {
    switch (shape) {
    case MarkerShape::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case MarkerShape::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case MarkerShape::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case MarkerShape::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case MarkerShape::Pentagon:
        return QScatterSeries::MarkerShapePentagon;
    case MarkerShape::Star:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

/// Dash patterns in pen widths; tuned to read at 1 pt on paper.
QList<qreal> dashPattern(DashStyle dash) {
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

QPen makePen(const QColor& colour, double width, const QList<qreal>& dashes = {}) {
    QPen pen(colour, width);
    pen.setCosmetic(false);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (!dashes.isEmpty())
        pen.setDashPattern(dashes);
    return pen;
}

QList<QPointF> toQPoints(const QList<PlotPoint>& points) {
    QList<QPointF> out;
    out.reserve(points.size());
    for (const PlotPoint& p : points)
        out.append(QPointF(p.x, p.y));
    return out;
}

void hideLegendMarker(QChart* chart, QAbstractSeries* series) {
    for (QLegendMarker* m : chart->legend()->markers(series))
        m->setVisible(false);
}

QCategoryAxis* makeAxis(const QList<AxisTick>& ticks, double min, double max) {
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(min, max);
    axis->setStartValue(min);
    for (const AxisTick& t : ticks)
        if (t.position > min && t.position <= max)
            axis->append(t.label, t.position);
    axis->setShadesVisible(false);
    axis->setTruncateLabels(false); // "100M" must never become "10..."
    axis->setMinorGridLineVisible(false);
    return axis;
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

double ChartBuilder::screenUnitsPerPt() {
    return fontDpi() / 72.0;
}

QFont ChartBuilder::font(double pt, double unitsPerPt) const {
    QFont f(m_style.fontFamily);
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

BuiltChart ChartBuilder::build(const QList<Curve>& curves, const PanelSpec& panel,
                               const ChartOptions& o) const {
    BuiltChart built;
    built.data = PanelData::prepare(curves, panel);
    const PanelData& d = built.data;
    const double u = o.unitsPerPt;
    const QColor fg = foreground();
    QColor grid = fg;
    grid.setAlphaF(0.14);

    auto* chart = new QChart;
    built.chart = chart;
    // setTheme() overwrites styling, so it comes first; shadows and animation stay off.
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundVisible(o.paintBackground);
    chart->setBackgroundBrush(background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setLocalizeNumbers(false);
    if (o.showTitle) {
        chart->setTitle(panel.effectiveTitle());
        chart->setTitleFont(font(m_style.titlePt, u));
        chart->setTitleBrush(fg);
    }

    const double xMin = o.xMin.value_or(d.xMin), xMax = o.xMax.value_or(d.xMax);
    const double yMin = o.yMin.value_or(d.yMin), yMax = o.yMax.value_or(d.yMax);
    const QList<AxisTick> xTicks =
        d.logX ? AxisTicks::logTicks(xMin, xMax, d.axis) : AxisTicks::linearTicks(xMin, xMax, 5);
    QCategoryAxis* ax = makeAxis(xTicks, xMin, xMax);
    QCategoryAxis* ay = makeAxis(AxisTicks::linearTicks(yMin, yMax, 5), yMin, yMax);
    const QPen axisPen = makePen(fg, 0.6 * u);
    const QPen gridPen = makePen(grid, 0.4 * u);
    for (QCategoryAxis* axis : {ax, ay}) {
        axis->setLinePen(axisPen);
        axis->setGridLinePen(gridPen);
        axis->setLabelsFont(font(m_style.tickPt, u));
        axis->setLabelsColor(fg);
        axis->setTitleFont(font(m_style.labelPt, u));
        axis->setTitleBrush(fg);
    }
    ax->setLabelsVisible(o.showXTickLabels);
    ay->setLabelsVisible(o.showYTickLabels);
    if (o.showXTitle)
        ax->setTitleText(panel.effectiveXLabel());
    if (o.showYTitle)
        ay->setTitleText(panel.effectiveYLabel());
    chart->addAxis(ax, Qt::AlignBottom);
    chart->addAxis(ay, Qt::AlignLeft);

    const auto add = [&](QAbstractSeries* series, SeriesRole role, bool inLegend) {
        chart->addSeries(series);
        series->attachAxis(ax);
        series->attachAxis(ay);
        if (!inLegend)
            hideLegendMarker(chart, series);
        built.roles.insert(series, role);
    };

    // Reference lines first, so data draws over them.
    const auto reference = [&](double level, SeriesRole::Kind kind) {
        auto* line = new QLineSeries;
        line->setName(kind == SeriesRole::Kind::Chance ? QStringLiteral("chance")
                                                       : QStringLiteral("perfect"));
        line->append(xMin, level);
        line->append(xMax, level);
        QColor c = fg;
        c.setAlphaF(0.55);
        line->setPen(makePen(c, m_style.referenceLineWidthPt * u,
                             kind == SeriesRole::Kind::Chance ? QList<qreal>{5.0, 3.0}
                                                              : QList<qreal>{1.0, 2.0}));
        add(line, {kind, -1, -1, {}}, false);
    };
    for (double v : d.chanceLevels)
        reference(v, SeriesRole::Kind::Chance);
    for (double v : d.perfectLevels)
        reference(v, SeriesRole::Kind::Perfect);

    for (const PlotSeries& s : d.series) {
        const SeriesStyle st = m_families.of(s.key.family);
        const QColor colour(st.colour);
        if (panel.ci == CiStyle::Band && s.intervals.size() >= 2) {
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            for (const PlotInterval& iv : s.intervals) {
                upper->append(iv.x, iv.high);
                lower->append(iv.x, iv.low);
            }
            auto* band = new QAreaSeries(upper, lower);
            upper->setParent(band); // QAreaSeries does not own its boundary series
            lower->setParent(band);
            QColor fill = colour;
            fill.setAlphaF(0.18);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            band->setPointsVisible(false);
            add(band, {SeriesRole::Kind::Band, s.curveIndex, -1, {}}, false);
        } else if (panel.ci != CiStyle::None) {
            // No error bars in Qt Charts: one short vertical segment per interval.
            for (const PlotInterval& iv : s.intervals) {
                auto* bar = new QLineSeries;
                bar->append(iv.x, iv.low);
                bar->append(iv.x, iv.high);
                bar->setPen(makePen(colour, 0.6 * m_style.lineWidthPt * u));
                add(bar, {SeriesRole::Kind::ErrorBar, s.curveIndex, -1, {iv.index}}, false);
            }
        }
        QList<qsizetype> indices;
        for (const PlotPoint& p : s.points)
            indices.append(p.index);
        const QString name = s.key.family.isEmpty() ? s.key.label() : s.key.family;
        auto* line = new QLineSeries;
        line->setName(name);
        line->replace(toQPoints(s.points));
        line->setPen(linePen(s.key.family, u));
        line->setPointsVisible(false);
        add(line, {SeriesRole::Kind::Line, s.curveIndex, -1, indices}, false);

        auto* markers = new QScatterSeries;
        markers->setName(name);
        markers->replace(toQPoints(s.points));
        markers->setMarkerShape(qtMarker(st.marker));
        markers->setMarkerSize(m_style.markerSizePt * u);
        markers->setColor(colour);
        markers->setBorderColor(colour);
        markers->setPen(Qt::NoPen);
        add(markers, {SeriesRole::Kind::Markers, s.curveIndex, -1, indices}, o.showLegend);
    }

    for (const PlotFit& f : d.fits) {
        auto* fit = new QLineSeries;
        fit->setName(f.label);
        fit->replace(f.points);
        const QColor c = f.family.isEmpty() ? fg : QColor(m_families.of(f.family).colour);
        fit->setPen(makePen(c, 0.8 * m_style.lineWidthPt * u, {3.0, 1.5}));
        add(fit, {SeriesRole::Kind::Fit, -1, f.fitIndex, {}}, o.showLegend && !f.label.isEmpty());
    }

    QLegend* legend = chart->legend();
    legend->setVisible(o.showLegend);
    legend->setFont(font(m_style.legendPt, u));
    legend->setLabelColor(fg);
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend->setAlignment(Qt::AlignBottom);
    legend->setBackgroundVisible(false);
    return built;
}

} // namespace ee::render
