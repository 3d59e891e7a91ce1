// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ChartSeriesWriter.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

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

QList<QPointF> toQPoints(const QList<PlotPoint>& points) {
    QList<QPointF> out;
    out.reserve(points.size());
    for (const PlotPoint& p : points)
        out.append(QPointF(p.x, p.y));
    return out;
}

} // namespace

QPen makePen(const QColor& colour, double width, const QList<qreal>& dashes) {
    QPen pen(colour, width);
    pen.setCosmetic(false);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (!dashes.isEmpty())
        pen.setDashPattern(dashes);
    return pen;
}

SeriesPool::SeriesPool(QChart* chart)
    : m_chart(chart)
    , m_old(chart->series()) {}

void SeriesPool::dropRest() {
    for (qsizetype i = m_next; i < m_old.size(); ++i) {
        m_chart->removeSeries(m_old[i]);
        delete m_old[i];
    }
    m_next = m_old.size();
}

ChartSeriesWriter::ChartSeriesWriter(const ChartBuilder& builder, BuiltChart& built,
                                     QCategoryAxis* ax, QCategoryAxis* ay,
                                     const ChartOptions& options, const PlotRange& range)
    : m_b(builder)
    , m_built(built)
    , m_chart(built.chart)
    , m_ax(ax)
    , m_ay(ay)
    , m_o(options)
    , m_range(range)
    , m_u(options.unitsPerPt)
    , m_fg(builder.foreground())
    , m_pool(built.chart) {}

void ChartSeriesWriter::place(QAbstractSeries* series, bool reused, SeriesRole role,
                              bool inLegend) {
    if (!reused) {
        m_chart->addSeries(series);
        series->attachAxis(m_ax);
        series->attachAxis(m_ay);
    }
    for (QLegendMarker* m : m_chart->legend()->markers(series))
        m->setVisible(inLegend);
    m_built.roles.insert(series, role);
}

QLineSeries* ChartSeriesWriter::lineSeries(const QString& name, const QPen& pen,
                                           const QList<QPointF>& pts, SeriesRole role,
                                           bool inLegend) {
    auto [line, reused] = m_pool.take<QLineSeries>(QAbstractSeries::SeriesTypeLine);
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
}

void ChartSeriesWriter::addReferenceLines() {
    const PanelData& d = m_built.data;
    for (qsizetype i = 0; i < d.chanceLevels.size(); ++i)
        addReference(d.chanceLevels[i], SeriesRole::Kind::Chance, d.chanceLabels.value(i));
    for (double v : d.perfectLevels)
        addReference(v, SeriesRole::Kind::Perfect, {});
}

void ChartSeriesWriter::addReference(double level, SeriesRole::Kind kind, const QString& label) {
    const FigureStyle& style = m_b.style();
    const PlotRange& r = m_range;
    QColor c = m_fg;
    c.setAlphaF(0.55);
    // The label sits on a middle point where no data point covers it.
    const double labelX = m_built.data.freeLabelX(level, r.xMin, r.xMax, r.yMin, r.yMax);
    QXYSeries* line = lineSeries(
        kind == SeriesRole::Kind::Chance ? QStringLiteral("chance") : QStringLiteral("perfect"),
        makePen(c, style.referenceLineWidthPt * m_u,
                kind == SeriesRole::Kind::Chance ? QList<qreal>{5.0, 3.0} : QList<qreal>{1.0, 2.0}),
        {QPointF(r.xMin, level), QPointF(labelX, level), QPointF(r.xMax, level)},
        {kind, -1, -1, {}}, false);
    if (label.isEmpty())
        return;
    line->setPointLabelsFormat(label); // no @ placeholder: the text as it is
    line->setPointLabelsFont(m_b.font(style.tickPt, m_u));
    line->setPointLabelsColor(c);
    line->setPointLabelsClipping(true);
    line->setPointLabelsVisible(true);
    for (int i : {0, 2})
        line->setPointConfiguration(i, QXYSeries::PointConfiguration::LabelVisibility, false);
}

void ChartSeriesWriter::addBand(const PlotSeries& s, const QColor& colour) {
    QList<QPointF> upperPts, lowerPts;
    for (const PlotInterval& iv : s.intervals) {
        upperPts.append(QPointF(iv.x, iv.high));
        lowerPts.append(QPointF(iv.x, iv.low));
    }
    auto [band, reused] = m_pool.take<QAreaSeries>(QAbstractSeries::SeriesTypeArea);
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
}

void ChartSeriesWriter::addErrorBars(const PlotSeries& s, const QColor& colour) {
    // No error bars in Qt Charts: one short vertical segment per interval.
    for (const PlotInterval& iv : s.intervals)
        lineSeries(QString(), makePen(colour, 0.6 * m_b.style().lineWidthPt * m_u),
                   {QPointF(iv.x, iv.low), QPointF(iv.x, iv.high)},
                   {SeriesRole::Kind::ErrorBar, s.curveIndex, -1, {iv.index}}, false);
}

void ChartSeriesWriter::addCurve(const PlotSeries& s) {
    const PanelSpec& panel = m_built.panel;
    const SeriesStyle st = m_b.families().of(s.key.family);
    const QColor colour(st.colour);
    if (panel.ci == CiStyle::Band && s.intervals.size() >= 2)
        addBand(s, colour);
    else if (panel.ci != CiStyle::None)
        addErrorBars(s, colour);
    QList<qsizetype> indices;
    for (const PlotPoint& p : s.points)
        indices.append(p.index);
    const QString name = s.key.family.isEmpty() ? s.key.label() : s.key.family;
    const QList<QPointF> pts = toQPoints(s.points);
    // A scatter (panel.lines off) keeps its line series, pen-less, so the series plan and the
    // hover roles stay the same.
    lineSeries(name, panel.lines ? m_b.linePen(s.key.family, m_u) : QPen(Qt::NoPen), pts,
               {SeriesRole::Kind::Line, s.curveIndex, -1, indices}, false);

    auto [markers, reused] = m_pool.take<QScatterSeries>(QAbstractSeries::SeriesTypeScatter);
    if (!markers)
        markers = new QScatterSeries;
    markers->setName(name);
    markers->replace(pts);
    markers->setMarkerShape(qtMarker(st.marker));
    markers->setMarkerSize(m_b.style().markerSizePt * m_u);
    markers->setColor(colour);
    markers->setBorderColor(colour);
    markers->setPen(Qt::NoPen);
    place(markers, reused, {SeriesRole::Kind::Markers, s.curveIndex, -1, indices}, m_o.showLegend);
}

void ChartSeriesWriter::addFits() {
    for (const PlotFit& f : m_built.data.fits) {
        const QColor c = f.family.isEmpty() ? m_fg : QColor(m_b.families().of(f.family).colour);
        lineSeries(f.label, makePen(c, 0.8 * m_b.style().lineWidthPt * m_u, {3.0, 1.5}), f.points,
                   {SeriesRole::Kind::Fit, -1, f.fitIndex, {}},
                   m_o.showLegend && !f.label.isEmpty());
    }
}

} // namespace ee::render
