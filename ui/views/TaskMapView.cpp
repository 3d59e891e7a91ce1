// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/TaskMapView.h"

#include "browser/FamilyFlagSummary.h"
#include "chart/ScreenStyle.h"
#include "render/ChartBuilder.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace ee::ui {

namespace {

struct FlagLook {
    QString flag;
    QColor colour;
    QScatterSeries::MarkerShape shape;
};

// Okabe–Ito colours and distinct shapes, so the flags also read in greyscale.
const QList<FlagLook>& looks() {
    static const QList<FlagLook> l = {
        {QStringLiteral("emergent"), QColor(0xD5, 0x5E, 0x00), QScatterSeries::MarkerShapeTriangle},
        {QStringLiteral("smooth"), QColor(0x00, 0x72, 0xB2), QScatterSeries::MarkerShapeCircle},
        {QStringLiteral("inverse"), QColor(0xCC, 0x79, 0xA7),
         QScatterSeries::MarkerShapeRotatedRectangle},
        {QStringLiteral("U-shaped"), QColor(0xE6, 0x9F, 0x00), QScatterSeries::MarkerShapeStar},
        {QStringLiteral("flat"), QColor(0x99, 0x99, 0x99), QScatterSeries::MarkerShapeRectangle},
        {QString(), QColor(0x56, 0xB4, 0xE9), QScatterSeries::MarkerShapePentagon},
    };
    return l;
}

QString rowName(const BrowserRow& r) {
    return r.subtask.isEmpty() ? r.task : r.task + QLatin1Char('/') + r.subtask;
}

bool sameRow(const BrowserRow& r, const BrowserSelection& s) {
    return r.task == s.task && (s.source.isEmpty() || r.source == s.source) &&
           r.subtask == s.subtask.value_or(QString());
}

} // namespace

QString TaskMapView::flagLabel(const QString& flag) {
    return flag.isEmpty() ? tr("no flag") : flagDisplayName(flag);
}

TaskMapView::TaskMapView(QWidget* parent)
    : QWidget(parent)
    , m_style(screenStyle())
    , m_view(new QChartView(this))
    , m_caption(new QLabel(this)) {
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 200);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    rebuild();
}

void TaskMapView::setRows(const QList<BrowserRow>& rows) {
    m_rows = rows;
    rebuild();
}

void TaskMapView::setSelected(const BrowserSelection& selection) {
    m_selected = selection;
    rebuild();
}

void TaskMapView::setStyle(const FigureStyle& style) {
    m_style = style;
    rebuild();
}

qsizetype TaskMapView::pointCount() const {
    qsizetype n = 0;
    for (const auto& rows : m_seriesRows)
        n += rows.size();
    return n;
}

std::optional<QPointF> TaskMapView::selectedPoint() const {
    if (!m_ring || m_ring->count() == 0)
        return std::nullopt;
    return m_ring->at(0);
}

QHash<QString, qsizetype> TaskMapView::pointsPerFlag() const {
    QHash<QString, qsizetype> out;
    for (auto it = m_seriesRows.cbegin(); it != m_seriesRows.cend(); ++it)
        for (qsizetype i : it.value())
            ++out[flagLabel(m_rows[i].flag)];
    return out;
}

qsizetype TaskMapView::rowAt(const QScatterSeries* series, qsizetype pointIndex) const {
    const auto it = m_seriesRows.constFind(series);
    if (it == m_seriesRows.cend() || pointIndex < 0 || pointIndex >= it.value().size())
        return -1;
    return it.value()[pointIndex];
}

namespace {

/// One scatter series per flag look, named and styled, in legend order.
struct FlagSeries {
    QHash<QString, QScatterSeries*> byFlag;
    QList<QScatterSeries*> ordered;
};

FlagSeries makeFlagSeries(const FigureStyle& style, double u) {
    FlagSeries out;
    for (const FlagLook& look : looks()) {
        auto* s = new QScatterSeries;
        s->setName(TaskMapView::flagLabel(look.flag));
        s->setMarkerShape(look.shape);
        s->setMarkerSize(style.markerSizePt * u);
        s->setColor(look.colour);
        s->setBorderColor(look.colour);
        s->setPen(Qt::NoPen);
        out.byFlag.insert(look.flag, s);
        out.ordered.append(s);
    }
    return out;
}

/// Widens [lo, hi] by 5% of its span on each side (of 1 or |hi| when it is one point).
void pad(double& lo, double& hi) {
    const double span = hi > lo ? hi - lo : std::max(1.0, std::abs(hi));
    lo -= 0.05 * span;
    hi += 0.05 * span;
}

/// The L (x) and B (y) value axes over the given ranges, styled and added to `chart`.
std::pair<QValueAxis*, QValueAxis*> addAxes(QChart* chart, const render::ChartBuilder& fonts,
                                            const FigureStyle& style, double u, double lMin,
                                            double lMax, double bMin, double bMax) {
    const QColor fg = fonts.foreground();
    auto* ax = new QValueAxis;
    auto* ay = new QValueAxis;
    ax->setTitleText(TaskMapView::tr("L: linearity (definition unconfirmed)"));
    ay->setTitleText(TaskMapView::tr("B: breakthroughness"));
    ax->setRange(lMin, lMax);
    ay->setRange(bMin, bMax);
    QColor grid = fg;
    grid.setAlphaF(0.14);
    for (QValueAxis* a : {ax, ay}) {
        a->setLabelFormat(QStringLiteral("%.3g"));
        a->applyNiceNumbers();
        a->setLabelsFont(fonts.font(style.tickPt, u));
        a->setLabelsColor(fg);
        a->setTitleFont(fonts.font(style.labelPt, u));
        a->setTitleBrush(fg);
        a->setLinePen(QPen(fg, 0.6 * u));
        a->setGridLinePen(QPen(grid, 0.4 * u));
        a->setMinorGridLineVisible(false);
    }
    chart->addAxis(ax, Qt::AlignBottom);
    chart->addAxis(ay, Qt::AlignLeft);
    return {ax, ay};
}

void styleLegend(QChart* chart, const render::ChartBuilder& fonts, const FigureStyle& style,
                 double u) {
    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignRight);
    legend->setFont(fonts.font(style.legendPt, u));
    legend->setLabelColor(fonts.foreground());
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend->setBackgroundVisible(false);
}

} // namespace

struct TaskMapView::PlacedPoints {
    double lMin = 0, lMax = 1, bMin = 0, bMax = 1;
    std::optional<QPointF> selected;
    QString selectedName;
};

TaskMapView::PlacedPoints TaskMapView::placeRows(const QHash<QString, QScatterSeries*>& byFlag) {
    PlacedPoints out;
    bool any = false;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const BrowserRow& r = m_rows[i];
        if (!r.linearity || !r.breakthroughness || !std::isfinite(*r.linearity) ||
            !std::isfinite(*r.breakthroughness)) {
            ++m_missing;
            continue;
        }
        const QPointF p(*r.linearity, *r.breakthroughness);
        QScatterSeries* s = byFlag.value(r.flag, byFlag.value(QString()));
        s->append(p);
        m_seriesRows[s].append(i);
        if (!any) {
            out.lMin = out.lMax = p.x();
            out.bMin = out.bMax = p.y();
            any = true;
        }
        out.lMin = std::min(out.lMin, p.x());
        out.lMax = std::max(out.lMax, p.x());
        out.bMin = std::min(out.bMin, p.y());
        out.bMax = std::max(out.bMax, p.y());
        if (!out.selected && sameRow(r, m_selected)) {
            out.selected = p;
            out.selectedName = rowName(r);
        }
    }
    pad(out.lMin, out.lMax);
    pad(out.bMin, out.bMax);
    return out;
}

void TaskMapView::rebuild() {
    // A new chart each time: this view changes only when data, selection or style change.
    const render::ChartBuilder fonts(m_style, FamilyStyles({}, m_style));
    const double u = render::ChartBuilder::screenUnitsPerPt();
    const QColor fg = fonts.foreground();
    auto* chart = new QChart;
    render::ChartBuilder::prepareFrame(chart);
    chart->setBackgroundBrush(fonts.background());
    chart->setTitle(tr("Tasks in (L, B): one point per task curve"));
    chart->setTitleFont(fonts.font(m_style.titlePt, u));
    chart->setTitleBrush(fg);

    m_seriesRows.clear();
    m_ring = nullptr;
    m_missing = 0;
    const FlagSeries series = makeFlagSeries(m_style, u);
    const PlacedPoints placed = placeRows(series.byFlag);
    const auto [ax, ay] =
        addAxes(chart, fonts, m_style, u, placed.lMin, placed.lMax, placed.bMin, placed.bMax);
    for (QScatterSeries* s : series.ordered) {
        chart->addSeries(s);
        s->attachAxis(ax);
        s->attachAxis(ay);
        const bool empty = s->count() == 0;
        for (QLegendMarker* m : chart->legend()->markers(s))
            m->setVisible(!empty);
        connectPointEvents(s);
    }
    if (placed.selected) {
        // A ring around the selected task, named in the legend.
        m_ring = new QScatterSeries;
        m_ring->setName(tr("selected: %1").arg(placed.selectedName));
        m_ring->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        m_ring->setMarkerSize(m_style.markerSizePt * u * 2.6);
        m_ring->setColor(Qt::transparent);
        m_ring->setBorderColor(fg);
        m_ring->setPen(QPen(fg, 1.6 * u));
        m_ring->append(*placed.selected);
        chart->addSeries(m_ring);
        m_ring->attachAxis(ax);
        m_ring->attachAxis(ay);
    }
    styleLegend(chart, fonts, m_style, u);

    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    updateCaption(placed.selected.has_value());
}

void TaskMapView::connectPointEvents(QScatterSeries* series) {
    connect(series, &QScatterSeries::hovered, this,
            [this, series](const QPointF& p, bool state) { showPointTip(series, p, state); });
    connect(series, &QScatterSeries::clicked, this,
            [this, series](const QPointF& p) { pickPoint(series, p); });
}

void TaskMapView::showPointTip(QScatterSeries* s, const QPointF& p, bool hovering) {
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const QList<QPointF> pts = s->points();
    qsizetype best = -1;
    double bestDist = 0;
    for (qsizetype i = 0; i < pts.size(); ++i) {
        const double d = std::abs(pts[i].x() - p.x()) + std::abs(pts[i].y() - p.y());
        if (best < 0 || d < bestDist) {
            best = i;
            bestDist = d;
        }
    }
    const qsizetype row = rowAt(s, best);
    if (row < 0)
        return;
    const BrowserRow& r = m_rows[row];
    QToolTip::showText(QCursor::pos(),
                       tr("<b>%1</b> (%2)<br>B = %3, L = %4<br>%5 · %6, %7 points<br>"
                          "<small>click to show it</small>")
                           .arg(rowName(r).toHtmlEscaped(), flagLabel(r.flag),
                                QString::number(*r.breakthroughness, 'g', 4),
                                QString::number(*r.linearity, 'g', 4), r.metric.toHtmlEscaped(),
                                r.repFamily.toHtmlEscaped())
                           .arg(r.repPoints),
                       m_view);
}

void TaskMapView::pickPoint(QScatterSeries* s, const QPointF& p) {
    const QList<QPointF> pts = s->points();
    for (qsizetype i = 0; i < pts.size(); ++i)
        if (pts[i] == p) {
            const qsizetype row = rowAt(s, i);
            if (row >= 0) {
                const BrowserRow& r = m_rows[row];
                emit taskPicked({r.source, r.task, r.subtask});
            }
            return;
        }
}

void TaskMapView::updateCaption(bool selectionDrawn) {
    QString text =
        tr("Each point is one task (or subtask) curve from the data browser: its representative "
           "family on its primary metric. Up = more of the change happens in a few steps "
           "(emergent-looking); right = a steadier climb.");
    if (m_missing > 0)
        text += QLatin1Char(' ') +
                tr("%1 task curves without two finite numbers (too few points, or B = ∞) are not "
                   "drawn.")
                    .arg(m_missing);
    if (!m_selected.task.isEmpty() && !selectionDrawn)
        text += QLatin1Char(' ') + tr("The selected task %1 has no point.").arg(m_selected.task);
    m_caption->setText(text);
}

} // namespace ee::ui
