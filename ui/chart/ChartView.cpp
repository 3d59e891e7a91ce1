// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ChartView.h"

#include "chart/ChartSelection.h"
#include "figure/AxisTicks.h"
#include "model/BinomialInterval.h"
#include "model/ChanceLevel.h"

#include <QCursor>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace ee::ui {

namespace {

QString exact(double v) {
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setMinimumSize(200, 160);
}

ChartView::~ChartView() = default;

void ChartView::showChart(render::BuiltChart built, QList<Curve> curves) {
    QChart* old = chart();
    m_built = std::move(built);
    m_curves = std::move(curves);
    if (m_built.chart != old) {
        setChart(m_built.chart);
        // QChartView starts with an empty chart of its own; either way the old one is ours.
        delete old;
    }

    // A reused chart keeps its series: connect each exactly once.
    for (auto it = m_built.roles.cbegin(); it != m_built.roles.cend(); ++it) {
        auto* series = const_cast<QAbstractSeries*>(it.key());
        disconnect(series, nullptr, this, nullptr);
        if (it.value().kind != render::SeriesRole::Kind::Markers)
            continue;
        auto* scatter = qobject_cast<QScatterSeries*>(series);
        if (!scatter)
            continue;
        connect(scatter, &QScatterSeries::hovered, this,
                [this, scatter](const QPointF& p, bool state) { onHovered(scatter, p, state); });
    }
    applyHighlight();
    const auto axes = m_built.chart->axes(Qt::Horizontal);
    if (!axes.isEmpty()) {
        if (auto* ax = qobject_cast<QValueAxis*>(axes.first())) {
            disconnect(ax, nullptr, this, nullptr);
            connect(ax, &QValueAxis::rangeChanged, this, [this](qreal min, qreal max) {
                if (m_reportZoom)
                    emit xZoomRequested(min, max);
            });
        }
    }
}

void ChartView::highlightFamily(const QString& family) {
    if (family == m_highlight)
        return;
    m_highlight = family;
    applyHighlight();
}

void ChartView::applyHighlight() {
    // Every series is set, faded or not: a reused chart keeps its series' old opacity.
    for (auto it = m_built.roles.cbegin(); it != m_built.roles.cend(); ++it) {
        const qsizetype c = it.value().curveIndex;
        const bool faded = !m_highlight.isEmpty() && c >= 0 && c < m_curves.size() &&
                           m_curves[c].key.family != m_highlight;
        const_cast<QAbstractSeries*>(it.key())->setOpacity(faded ? 0.15 : 1.0);
    }
}

QString ChartView::pointText(qsizetype curveIndex, qsizetype pointIndex) const {
    if (curveIndex < 0 || curveIndex >= m_curves.size())
        return {};
    const Curve& c = m_curves[curveIndex];
    if (pointIndex < 0 || pointIndex >= c.points.size())
        return {};
    const CurvePoint& p = c.points[pointIndex];
    // A linear x (a capability PC) is not the curve's scale axis: name it as the chart does.
    const bool scale = m_built.panel.logX;
    QString text =
        QStringLiteral("<b>%1</b> (%2)<br>%3: %4")
            .arg(p.model.toHtmlEscaped(), c.key.family.toHtmlEscaped(),
                 (scale ? scaleAxisLabel(c.axis) : m_built.panel.effectiveXLabel()).toHtmlEscaped(),
                 !p.x ? tr("unknown")
                 : scale
                     ? AxisTicks::formatScale(*p.x, c.axis) + QStringLiteral(" = ") + exact(*p.x)
                     : exact(*p.x));
    text += QStringLiteral("<br>%1: <b>%2</b>").arg(c.key.metric.toHtmlEscaped(), exact(p.value));
    if (const auto chance = chanceLevelOf(c))
        text +=
            QStringLiteral("<br>") +
            tr("chance level %1 (%2)").arg(exact(chance->value), chance->origin.toHtmlEscaped());
    else if (isChoiceMetric(c.key.metric))
        text += QStringLiteral("<br>") + tr("chance level unknown");
    if (p.ciLow && p.ciHigh)
        text += QStringLiteral("<br>CI: %1 – %2").arg(exact(*p.ciLow), exact(*p.ciHigh));
    else if (const auto iv = drawnInterval(p, proportionScale(c));
             iv && iv->kind == PointIntervalKind::Wilson)
        text += QStringLiteral("<br>95 % Wilson interval from n: %1 – %2")
                    .arg(exact(iv->low), exact(iv->high));
    else if (p.stderr_)
        text += QStringLiteral("<br>") + tr("± %1 (standard error)").arg(exact(*p.stderr_));
    if (p.n)
        text += QStringLiteral("<br>") + tr("n = %1 examples").arg(*p.n);
    text += QStringLiteral("<br>%1 · %2")
                .arg(shotsLabel(c.key.shots), promptingLabel(c.key.prompting).toHtmlEscaped());
    if (!p.source.isEmpty())
        text += QStringLiteral("<br><small>%1</small>")
                    .arg(tr("source: %1").arg(p.source.toHtmlEscaped()));
    return text;
}

void ChartView::onHovered(QAbstractSeries* series, const QPointF& point, bool state) {
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const auto it = m_built.roles.constFind(series);
    auto* scatter = qobject_cast<QScatterSeries*>(series);
    if (it == m_built.roles.cend() || !scatter)
        return;
    const QList<QPointF> pts = scatter->points();
    qsizetype best = -1;
    double bestDist = 0;
    for (qsizetype i = 0; i < pts.size(); ++i) {
        const double d = std::abs(pts[i].x() - point.x()) + std::abs(pts[i].y() - point.y());
        if (best < 0 || d < bestDist) {
            best = i;
            bestDist = d;
        }
    }
    if (best < 0 || best >= it.value().pointIndex.size())
        return;
    QToolTip::showText(QCursor::pos(),
                       pointText(it.value().curveIndex, it.value().pointIndex[best]), this);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::RightButton) {
        emit zoomResetRequested();
        event->accept();
        return;
    }
    // The rubber band zooms the chart inside this call; report the resulting range.
    m_reportZoom = true;
    QChartView::mouseReleaseEvent(event);
    m_reportZoom = false;
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    emit zoomResetRequested();
    event->accept();
}

} // namespace ee::ui
