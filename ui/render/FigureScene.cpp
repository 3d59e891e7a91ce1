// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/FigureScene.h"

#include "figure/AxisTicks.h"
#include "figure/FamilyAssignment.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace ee::render {

namespace {

constexpr double kPagePad = 2.0;  // pt kept clear at the page edge
constexpr double kInnerGap = 5.0; // pt between panels whose inner labels are hidden
// Qt Charts draws ticks 5 units long and pads labels and titles by a few units; these margins
// leave room for that around our fixed plot areas.
constexpr double kTickAndPad = 8.0;
constexpr double kTitlePad = 4.0;

struct LegendEntry {
    QString text;
    QPen pen;
    bool hasMarker = false;
    MarkerShape marker = MarkerShape::Circle;
    QColor markerColour;
};

} // namespace

FigureScene::FigureScene(const FigureSpec& spec, const ScoreTable& table)
    : m_spec(spec) {
    m_scene.setItemIndexMethod(QGraphicsScene::NoIndex); // static scene: no BSP tree needed
    QList<QList<Curve>> curves;
    for (const PanelSpec& p : spec.panels)
        curves.append(table.curves(p.query.filter(), p.query.axis));
    // The session's styles (from the whole table), so a family has the colour it has on screen
    // and in every other figure of the same data.
    build(curves, familyStylesFor(table, spec.style));
}

FigureScene::FigureScene(const FigureSpec& spec, const FigureCurves& curves)
    : m_spec(spec) {
    m_scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    QList<QList<Curve>> panels = curves.panels.mid(0, spec.panels.size());
    while (panels.size() < spec.panels.size())
        panels.append(QList<Curve>{});
    if (curves.styles) {
        build(panels, *curves.styles);
        return;
    }
    QStringList families = curves.families;
    for (qsizetype i = 0; i < panels.size(); ++i) {
        for (const Curve& c : panels[i])
            families << c.key.family;
        for (const FittedCurve& f : spec.panels[i].fits)
            if (!f.family.isEmpty())
                families << f.family;
    }
    build(panels, FamilyStyles(families, spec.style));
}

FigureScene::~FigureScene() {
    // Charts are scene items; the scene deletes them. Clear before members go away.
    m_scene.clear();
}

qsizetype FigureScene::droppedPoints() const {
    qsizetype n = 0;
    for (const BuiltChart& p : m_panels)
        n += p.droppedPoints();
    return n;
}

void FigureScene::render(QPainter* painter, const QRectF& target) {
    m_scene.render(painter, target, m_scene.sceneRect(), Qt::IgnoreAspectRatio);
}

void FigureScene::build(const QList<QList<Curve>>& curves, const FamilyStyles& styles) {
    const FigureSpec& s = m_spec;
    const double W = s.size.widthPt(), H = s.size.heightPt();
    m_scene.setSceneRect(0, 0, W, H);
    const int n = static_cast<int>(s.panels.size());
    const int cols = std::max(1, s.cols);
    const int rows = std::max(1, s.rows);

    m_builder = std::make_unique<ChartBuilder>(s.style, styles);
    const ChartBuilder& b = *m_builder;

    if (s.style.background != Background::Transparent) {
        auto* page = m_scene.addRect(m_scene.sceneRect(), Qt::NoPen, b.background());
        page->setZValue(-10);
    }

    QList<PanelData> data;
    for (int i = 0; i < n; ++i)
        data.append(PanelData::prepare(curves[i], s.panels[i]));

    // Shared axes: one range over all panels (x only when every panel uses the same x axis).
    bool sameX = true;
    for (int i = 1; i < n; ++i)
        sameX = sameX && s.panels[i].query.axis == s.panels[0].query.axis &&
                s.panels[i].logX == s.panels[0].logX;
    const bool shareX = s.shareX && sameX && n > 1;
    const bool shareY = s.shareY && n > 1;
    std::optional<double> xMin, xMax, yMin, yMax;
    for (const PanelData& d : data) {
        if (!d.hasRange)
            continue;
        if (shareX) {
            xMin = std::min(xMin.value_or(d.xMin), d.xMin);
            xMax = std::max(xMax.value_or(d.xMax), d.xMax);
        }
        if (shareY) {
            yMin = std::min(yMin.value_or(d.yMin), d.yMin);
            yMax = std::max(yMax.value_or(d.yMax), d.yMax);
        }
    }

    // Fonts in scene units (points).
    const QFontMetricsF tickFm(b.font(s.style.tickPt, 1.0));
    const QFontMetricsF labelFm(b.font(s.style.labelPt, 1.0));
    const QFontMetricsF titleFm(b.font(s.style.titlePt, 1.0));
    const QFontMetricsF legendFm(b.font(s.style.legendPt, 1.0));

    double yLabelWidth = tickFm.horizontalAdvance(QStringLiteral("0.0"));
    for (int i = 0; i < n; ++i) {
        const double lo = yMin.value_or(data[i].yMin), hi = yMax.value_or(data[i].yMax);
        for (const AxisTick& t : data[i].yTicks(lo, hi))
            yLabelWidth = std::max(yLabelWidth, tickFm.horizontalAdvance(t.label));
    }

    // Figure title and legend bands.
    QRectF grid(kPagePad, kPagePad, W - 2 * kPagePad, H - 2 * kPagePad);
    if (!s.title.isEmpty()) {
        auto* title = m_scene.addSimpleText(s.title, b.font(s.style.titlePt * 1.15, 1.0));
        title->setBrush(b.foreground());
        const QRectF r = title->boundingRect();
        title->setPos(std::round((W - r.width()) / 2 * 100) / 100, grid.top());
        grid.setTop(grid.top() + r.height() + kTitlePad);
    }

    // Legend entries: every family drawn, then fits with labels, then the reference lines.
    QList<LegendEntry> entries;
    const bool anyLines =
        std::any_of(s.panels.cbegin(), s.panels.cend(), [](const PanelSpec& p) { return p.lines; });
    QStringList drawn;
    for (const PanelData& d : data)
        for (const PlotSeries& ps : d.series)
            if (!ps.points.isEmpty())
                drawn << ps.key.family;
    for (const QString& f : b.families().families()) {
        if (!drawn.contains(f))
            continue;
        const SeriesStyle st = b.families().of(f);
        entries.append({f.isEmpty() ? QCoreApplication::translate("FigureScene", "(no family)") : f,
                        anyLines ? b.linePen(f, 1.0) : QPen(Qt::NoPen), true, st.marker,
                        QColor(st.colour)});
    }
    QStringList fitLabels;
    bool anyChance = false, anyPerfect = false;
    for (int i = 0; i < n; ++i) {
        for (const PlotFit& f : data[i].fits)
            if (!f.label.isEmpty() && !fitLabels.contains(f.label)) {
                fitLabels << f.label;
                QPen pen(f.family.isEmpty() ? b.foreground()
                                            : QColor(b.families().of(f.family).colour),
                         0.8 * s.style.lineWidthPt);
                pen.setDashPattern({3.0, 1.5});
                entries.append({f.label, pen, false, {}, {}});
            }
        anyChance = anyChance || !data[i].chanceLevels.isEmpty();
        anyPerfect = anyPerfect || !data[i].perfectLevels.isEmpty();
    }
    QColor refColour = b.foreground();
    refColour.setAlphaF(0.55);
    if (anyChance) {
        QPen pen(refColour, s.style.referenceLineWidthPt);
        pen.setDashPattern({5.0, 3.0});
        entries.append({QStringLiteral("chance"), pen, false, {}, {}});
    }
    if (anyPerfect) {
        QPen pen(refColour, s.style.referenceLineWidthPt);
        pen.setDashPattern({1.0, 2.0});
        entries.append({QStringLiteral("perfect"), pen, false, {}, {}});
    }

    const double sampleW = s.style.legendPt * 2.6;
    const double rowH = legendFm.height() * 1.25;
    const auto entryWidth = [&](const LegendEntry& e) {
        return sampleW + 3.0 + legendFm.horizontalAdvance(e.text);
    };
    const auto placeEntry = [&](const LegendEntry& e, double x, double y) {
        const double cy = y + rowH / 2;
        auto* line = m_scene.addLine(x, cy, x + sampleW, cy, e.pen);
        line->setZValue(5);
        if (e.hasMarker) {
            auto* marker = m_scene.addPath(ChartBuilder::markerPath(e.marker, s.style.markerSizePt),
                                           Qt::NoPen, e.markerColour);
            marker->setPos(x + sampleW / 2, cy);
            marker->setZValue(6);
        }
        auto* text = m_scene.addSimpleText(e.text, b.font(s.style.legendPt, 1.0));
        text->setBrush(b.foreground());
        text->setPos(x + sampleW + 3.0, cy - legendFm.height() / 2);
        text->setZValue(6);
    };
    const double spacing = s.style.legendPt * 1.4;
    if (!entries.isEmpty() &&
        (s.legend == LegendPlacement::Top || s.legend == LegendPlacement::Bottom)) {
        QList<QList<int>> lines{{}};
        double used = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const double w = entryWidth(entries[i]);
            if (!lines.last().isEmpty() && used + spacing + w > grid.width()) {
                lines.append(QList<int>());
                used = 0;
            }
            used += (lines.last().isEmpty() ? 0 : spacing) + w;
            lines.last().append(i);
        }
        const double height = lines.size() * rowH;
        double y = s.legend == LegendPlacement::Top ? grid.top() : grid.bottom() - height;
        for (const QList<int>& line : lines) {
            double width = 0;
            for (int i : line)
                width += entryWidth(entries[i]) + (width > 0 ? spacing : 0);
            double x = grid.left() + (grid.width() - width) / 2;
            for (int i : line) {
                placeEntry(entries[i], x, y);
                x += entryWidth(entries[i]) + spacing;
            }
            y += rowH;
        }
        if (s.legend == LegendPlacement::Top)
            grid.setTop(grid.top() + height + kTitlePad);
        else
            grid.setBottom(grid.bottom() - height - kTitlePad);
    } else if (!entries.isEmpty() && s.legend == LegendPlacement::Right) {
        double width = 0;
        for (const LegendEntry& e : entries)
            width = std::max(width, entryWidth(e));
        const double height = entries.size() * rowH;
        double y = grid.top() + std::max(0.0, (grid.height() - height) / 2);
        for (const LegendEntry& e : entries) {
            placeEntry(e, grid.right() - width, y);
            y += rowH;
        }
        grid.setRight(grid.right() - width - spacing);
    }

    // Which labels each panel shows, then the margins each column and row needs.
    QList<bool> showX(n), showY(n);
    for (int i = 0; i < n; ++i) {
        showX[i] = !shareX || i + cols >= n; // nothing below it
        showY[i] = !shareY || i % cols == 0;
    }
    const double leftFull = kTickAndPad + yLabelWidth + labelFm.height() + kTitlePad;
    const double bottomFull = kTickAndPad + tickFm.height() + labelFm.height() + kTitlePad;
    const double top = titleFm.height() + kTitlePad;
    const double right = std::max(kInnerGap, tickFm.horizontalAdvance(QStringLiteral("100B")) / 2);
    QList<double> left(cols, kInnerGap), bottom(rows, kTickAndPad);
    for (int i = 0; i < n; ++i) {
        if (showY[i])
            left[i % cols] = leftFull;
        if (showX[i])
            bottom[std::min(rows - 1, i / cols)] = bottomFull;
    }
    const double plotW =
        (grid.width() - std::accumulate(left.begin(), left.end(), 0.0) - cols * right) / cols;
    const double plotH =
        (grid.height() - std::accumulate(bottom.begin(), bottom.end(), 0.0) - rows * top) / rows;
    if (plotW < 10 || plotH < 10)
        m_notes << QCoreApplication::translate("FigureScene",
                                               "the page is too small for a %1x%2 grid at these "
                                               "font sizes: plots are only %3 x %4 pt")
                       .arg(rows)
                       .arg(cols)
                       .arg(std::max(0.0, plotW), 0, 'f', 1)
                       .arg(std::max(0.0, plotH), 0, 'f', 1);

    for (int i = 0; i < n; ++i) {
        const PanelSpec& panel = s.panels[i];
        const int r = i / cols, c = i % cols;
        double x = grid.left();
        for (int k = 0; k < c; ++k)
            x += left[k] + plotW + right;
        double y = grid.top();
        for (int k = 0; k < r; ++k)
            y += top + plotH + bottom[k];
        ChartOptions o;
        o.unitsPerPt = 1.0;
        o.showLegend = false;
        o.paintBackground = false;
        o.showTitle = false; // placed below, centred on the plot area rather than the cell
        o.showXTickLabels = o.showXTitle = showX[i];
        o.showYTickLabels = o.showYTitle = showY[i];
        o.xMin = xMin;
        o.xMax = xMax;
        o.yMin = yMin;
        o.yMax = yMax;
        BuiltChart built = b.build(curves[i], panel, o);
        const QRectF cell(x, y, left[c] + plotW + right,
                          top + plotH + bottom[std::min(r, rows - 1)]);
        m_scene.addItem(built.chart);
        // Fixed plot area first, then the geometry: Qt Charts lays the axes out on the
        // geometry change, and would keep them where its automatic layout put them otherwise.
        built.chart->setPlotArea(QRectF(left[c], top, std::max(1.0, plotW), std::max(1.0, plotH)));
        built.chart->setGeometry(cell);
        built.chart->layout()->activate();
        auto* title = m_scene.addSimpleText(panel.effectiveTitle(), b.font(s.style.titlePt, 1.0));
        title->setBrush(b.foreground());
        const double titleWidth = title->boundingRect().width();
        title->setPos(x + left[c] + (plotW - titleWidth) / 2,
                      y + (top - kTitlePad) - titleFm.height());

        const QString where =
            QCoreApplication::translate("FigureScene", "panel %1 (%2, %3)")
                .arg(i + 1)
                .arg(panel.effectiveTitle(),
                     panel.query.metric.isEmpty()
                         ? QCoreApplication::translate("FigureScene", "any metric")
                         : panel.query.metric);
        if (curves[i].isEmpty()) {
            ++m_emptyPanels;
            m_notes << QCoreApplication::translate("FigureScene", "%1: no curve matches the query")
                           .arg(where);
        } else if (!built.droppedNote().isEmpty()) {
            m_notes << where + QStringLiteral(": ") + built.droppedNote();
        }
        if (built.data.droppedFitPoints > 0)
            m_notes << where + QStringLiteral(
                                   ": %1 fitted-curve point(s) at x ≤ 0 not shown (log axis)")
                                   .arg(built.data.droppedFitPoints);

        if (s.legend == LegendPlacement::Inside) {
            double ly = y + top + 2;
            for (const LegendEntry& e : entries) {
                bool inPanel = false;
                for (const PlotSeries& ps : built.data.series)
                    inPanel = inPanel || (ps.key.family == e.text && !ps.points.isEmpty());
                if (!inPanel)
                    continue;
                placeEntry(e, x + left[c] + 3, ly);
                ly += rowH;
            }
        }
        m_panels.append(std::move(built));
    }
    // Qt Charts moves its axes and series to a new plot area on posted layout requests; deliver
    // them now (only those, no user input) so that the scene is final before anyone renders it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace ee::render
