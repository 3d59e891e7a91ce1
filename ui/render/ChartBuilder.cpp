// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ChartBuilder.h"

#include "figure/AxisTicks.h"
#include "i18n/MetricLabels.h"

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

} // namespace

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

/// Sets `axis` (new or reused) to show `ticks` over [min, max]. The categories are replaced only
/// when they differ, so an unchanged axis is not laid out again.
void setupAxis(QCategoryAxis* axis, const QList<AxisTick>& ticks, double min, double max) {
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QStringList labels;
    QList<double> positions;
    for (const AxisTick& t : ticks)
        if (t.position > min && t.position <= max && !labels.contains(t.label)) {
            labels.append(t.label);
            positions.append(t.position);
        }
    bool same = axis->categoriesLabels() == labels && axis->startValue() == min;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = axis->endValue(labels[i]) == positions[i];
    if (!same) {
        for (const QString& l : axis->categoriesLabels())
            axis->remove(l);
    }
    axis->setRange(min, max);
    axis->setStartValue(min);
    if (!same) {
        for (qsizetype i = 0; i < labels.size(); ++i)
            axis->append(labels[i], positions[i]);
    }
    axis->setShadesVisible(false);
    axis->setTruncateLabels(false); // "100M" must never become "10..."
    axis->setMinorGridLineVisible(false);
}

/// Hands out the series of a chart being built. With a reused chart, its series are taken in
/// their order as long as each has the type asked for; from the first mismatch on, the rest
/// are removed and new ones made. The series order (and so the drawing order and legend) is
/// therefore always the order of the requests, exactly as in a fresh chart, while an
/// unchanged structure creates no Qt Charts items at all.
class SeriesPool {
public:
    explicit SeriesPool(QChart* chart)
        : m_chart(chart)
        , m_old(chart->series()) {}

    /// A series of type T: reused (true) or new and not yet in the chart (false).
    template <class T> std::pair<T*, bool> take(QAbstractSeries::SeriesType type) {
        if (m_next < m_old.size()) {
            QAbstractSeries* s = m_old[m_next];
            if (s->type() == type) {
                ++m_next;
                return {static_cast<T*>(s), true};
            }
            dropRest();
        }
        return {nullptr, false};
    }
    /// Removes the series not taken (call once at the end).
    void dropRest() {
        for (qsizetype i = m_next; i < m_old.size(); ++i) {
            m_chart->removeSeries(m_old[i]);
            delete m_old[i];
        }
        m_next = m_old.size();
    }

private:
    QChart* m_chart;
    QList<QAbstractSeries*> m_old;
    qsizetype m_next = 0;
};

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

BuiltChart ChartBuilder::build(const QList<Curve>& curves, const PanelSpec& panel,
                               const ChartOptions& o, QChart* reuse) const {
    BuiltChart built;
    built.panel = panel;
    built.families = m_families.families();
    built.data = PanelData::prepare(curves, panel);
    const PanelData& d = built.data;
    const double u = o.unitsPerPt;
    const QColor fg = foreground();
    QColor grid = fg;
    grid.setAlphaF(0.14);

    if (reuse && !canReuse(reuse, seriesPlan(d, panel), panel, o))
        reuse = nullptr; // the caller's view replaces (and frees) the old chart
    QChart* chart = reuse ? reuse : new QChart;
    built.chart = chart;
    // (setTheme() in prepareFrame is a no-op on a chart that has the theme already.)
    prepareFrame(chart);
    chart->setBackgroundVisible(o.paintBackground);
    chart->setBackgroundBrush(background());
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitle(o.showTitle ? panel.effectiveTitle() : QString());
    if (o.showTitle) {
        chart->setTitleFont(font(m_style.titlePt, u));
        chart->setTitleBrush(fg);
    }

    const double xMin = o.xMin.value_or(d.xMin), xMax = o.xMax.value_or(d.xMax);
    const double yMin = o.yMin.value_or(d.yMin), yMax = o.yMax.value_or(d.yMax);
    const QList<AxisTick> xTicks =
        d.logX ? AxisTicks::logTicks(xMin, xMax, d.axis) : AxisTicks::linearTicks(xMin, xMax, 5);
    // A reused chart keeps its two axes (and the series attached to them).
    QCategoryAxis* ax = nullptr;
    QCategoryAxis* ay = nullptr;
    if (const auto h = chart->axes(Qt::Horizontal); h.size() == 1)
        ax = qobject_cast<QCategoryAxis*>(h.first());
    if (const auto v = chart->axes(Qt::Vertical); v.size() == 1)
        ay = qobject_cast<QCategoryAxis*>(v.first());
    const bool newAxes = !ax || !ay;
    if (newAxes) {
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
    setupAxis(ax, xTicks, xMin, xMax);
    setupAxis(ay, d.yTicks(yMin, yMax), yMin, yMax);
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
    ax->setTitleText(o.showXTitle ? panel.effectiveXLabel() : QString());
    // A metric's identifier titles the axis as in the data, with its translated name beside it
    // ("acc（准确率）" in Chinese); a title given by the view or the spec stays as given.
    const QString yLabel = panel.yLabel.isEmpty() || panel.yLabel == panel.query.metric
                               ? ui::metricWithLabel(panel.query.metric)
                               : panel.yLabel;
    ay->setTitleText(o.showYTitle ? d.yTitle(yLabel) : QString());
    if (newAxes) {
        chart->addAxis(ax, Qt::AlignBottom);
        chart->addAxis(ay, Qt::AlignLeft);
    }

    SeriesPool pool(chart);
    // Every property a series of this kind can have is set on every use, so a reused series
    // ends up exactly like a new one.
    const auto place = [&](QAbstractSeries* series, bool reused, SeriesRole role, bool inLegend) {
        if (!reused) {
            chart->addSeries(series);
            series->attachAxis(ax);
            series->attachAxis(ay);
        }
        for (QLegendMarker* m : chart->legend()->markers(series))
            m->setVisible(inLegend);
        built.roles.insert(series, role);
    };
    const auto lineSeries = [&](const QString& name, const QPen& pen, const QList<QPointF>& pts,
                                SeriesRole role, bool inLegend) {
        auto [line, reused] = pool.take<QLineSeries>(QAbstractSeries::SeriesTypeLine);
        if (!line)
            line = new QLineSeries;
        line->setName(name);
        line->replace(pts);
        line->setPen(pen);
        line->setPointsVisible(false);
        line->setPointLabelsVisible(false);
        line->clearPointsConfiguration();
        place(line, reused, std::move(role), inLegend);
        return line;
    };

    // Reference lines first, so data draws over them.
    const auto reference = [&](double level, SeriesRole::Kind kind, const QString& label) {
        QColor c = fg;
        c.setAlphaF(0.55);
        // The label sits on a middle point where no data point covers it.
        const double labelX = d.freeLabelX(level, xMin, xMax, yMin, yMax);
        QXYSeries* line = lineSeries(
            kind == SeriesRole::Kind::Chance ? QStringLiteral("chance") : QStringLiteral("perfect"),
            makePen(c, m_style.referenceLineWidthPt * u,
                    kind == SeriesRole::Kind::Chance ? QList<qreal>{5.0, 3.0}
                                                     : QList<qreal>{1.0, 2.0}),
            {QPointF(xMin, level), QPointF(labelX, level), QPointF(xMax, level)},
            {kind, -1, -1, {}}, false);
        if (label.isEmpty())
            return;
        line->setPointLabelsFormat(label); // no @ placeholder: the text as it is
        line->setPointLabelsFont(font(m_style.tickPt, u));
        line->setPointLabelsColor(c);
        line->setPointLabelsClipping(true);
        line->setPointLabelsVisible(true);
        for (int i : {0, 2})
            line->setPointConfiguration(i, QXYSeries::PointConfiguration::LabelVisibility, false);
    };
    for (qsizetype i = 0; i < d.chanceLevels.size(); ++i)
        reference(d.chanceLevels[i], SeriesRole::Kind::Chance, d.chanceLabels.value(i));
    for (double v : d.perfectLevels)
        reference(v, SeriesRole::Kind::Perfect, {});

    for (const PlotSeries& s : d.series) {
        const SeriesStyle st = m_families.of(s.key.family);
        const QColor colour(st.colour);
        if (panel.ci == CiStyle::Band && s.intervals.size() >= 2) {
            QList<QPointF> upperPts, lowerPts;
            for (const PlotInterval& iv : s.intervals) {
                upperPts.append(QPointF(iv.x, iv.high));
                lowerPts.append(QPointF(iv.x, iv.low));
            }
            auto [band, reused] = pool.take<QAreaSeries>(QAbstractSeries::SeriesTypeArea);
            if (!band) {
                auto* upper = new QLineSeries;
                auto* lower = new QLineSeries;
                band = new QAreaSeries(upper, lower);
                upper->setParent(band); // QAreaSeries does not own its boundary series
                lower->setParent(band);
            }
            band->upperSeries()->replace(upperPts);
            band->lowerSeries()->replace(lowerPts);
            QColor fill = colour;
            fill.setAlphaF(0.18);
            band->setName(QString());
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            band->setPointsVisible(false);
            place(band, reused, {SeriesRole::Kind::Band, s.curveIndex, -1, {}}, false);
        } else if (panel.ci != CiStyle::None) {
            // No error bars in Qt Charts: one short vertical segment per interval.
            for (const PlotInterval& iv : s.intervals)
                lineSeries(QString(), makePen(colour, 0.6 * m_style.lineWidthPt * u),
                           {QPointF(iv.x, iv.low), QPointF(iv.x, iv.high)},
                           {SeriesRole::Kind::ErrorBar, s.curveIndex, -1, {iv.index}}, false);
        }
        QList<qsizetype> indices;
        for (const PlotPoint& p : s.points)
            indices.append(p.index);
        const QString name = s.key.family.isEmpty() ? s.key.label() : s.key.family;
        const QList<QPointF> pts = toQPoints(s.points);
        // A scatter (panel.lines off) keeps its line series, pen-less, so the series plan and the
        // hover roles stay the same.
        lineSeries(name, panel.lines ? linePen(s.key.family, u) : QPen(Qt::NoPen), pts,
                   {SeriesRole::Kind::Line, s.curveIndex, -1, indices}, false);

        auto [markers, reused] = pool.take<QScatterSeries>(QAbstractSeries::SeriesTypeScatter);
        if (!markers)
            markers = new QScatterSeries;
        markers->setName(name);
        markers->replace(pts);
        markers->setMarkerShape(qtMarker(st.marker));
        markers->setMarkerSize(m_style.markerSizePt * u);
        markers->setColor(colour);
        markers->setBorderColor(colour);
        markers->setPen(Qt::NoPen);
        place(markers, reused, {SeriesRole::Kind::Markers, s.curveIndex, -1, indices},
              o.showLegend);
    }

    for (const PlotFit& f : d.fits) {
        const QColor c = f.family.isEmpty() ? fg : QColor(m_families.of(f.family).colour);
        lineSeries(f.label, makePen(c, 0.8 * m_style.lineWidthPt * u, {3.0, 1.5}), f.points,
                   {SeriesRole::Kind::Fit, -1, f.fitIndex, {}}, o.showLegend && !f.label.isEmpty());
    }
    pool.dropRest();

    QLegend* legend = chart->legend();
    legend->setVisible(o.showLegend);
    legend->setFont(font(m_style.legendPt, u));
    legend->setLabelColor(fg);
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend->setAlignment(o.legendAlignment);
    legend->setBackgroundVisible(false);
    return built;
}

} // namespace ee::render
