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

/// Which axes the panels share, and the one range over all panels on each shared axis (unset:
/// each panel its own).
struct SharedRanges {
    bool shareX = false, shareY = false;
    std::optional<double> xMin, xMax, yMin, yMax;
};

/// Shared axes: one range over all panels (x only when every panel uses the same x axis).
SharedRanges sharedRanges(const FigureSpec& s, const QList<PanelData>& data) {
    const int n = static_cast<int>(s.panels.size());
    bool sameX = true;
    for (int i = 1; i < n; ++i)
        sameX = sameX && s.panels[i].query.axis == s.panels[0].query.axis &&
                s.panels[i].logX == s.panels[0].logX;
    SharedRanges r;
    r.shareX = s.shareX && sameX && n > 1;
    r.shareY = s.shareY && n > 1;
    for (const PanelData& d : data) {
        if (!d.hasRange)
            continue;
        if (r.shareX) {
            r.xMin = std::min(r.xMin.value_or(d.xMin), d.xMin);
            r.xMax = std::max(r.xMax.value_or(d.xMax), d.xMax);
        }
        if (r.shareY) {
            r.yMin = std::min(r.yMin.value_or(d.yMin), d.yMin);
            r.yMax = std::max(r.yMax.value_or(d.yMax), d.yMax);
        }
    }
    return r;
}

/// The widest y tick label of any panel (at least "0.0"), so every column leaves it room.
double widestYTickLabel(const QFontMetricsF& tickFm, const QList<PanelData>& data,
                        const SharedRanges& ranges) {
    double width = tickFm.horizontalAdvance(QStringLiteral("0.0"));
    for (const PanelData& d : data) {
        const double lo = ranges.yMin.value_or(d.yMin), hi = ranges.yMax.value_or(d.yMax);
        for (const AxisTick& t : d.yTicks(lo, hi))
            width = std::max(width, tickFm.horizontalAdvance(t.label));
    }
    return width;
}

/// Legend entries: every family drawn, then fits with labels, then the reference lines.
QList<LegendEntry> legendEntries(const FigureSpec& s, const ChartBuilder& b,
                                 const QList<PanelData>& data) {
    QList<LegendEntry> entries;
    const bool anyLines =
        std::any_of(s.panels.cbegin(), s.panels.cend(), [](const PanelSpec& p) { return p.lines; });
    QStringList drawn;
    for (const PanelData& d : data)
        for (const PlotSeries& ps : d.series)
            if (!ps.points.isEmpty() && !drawn.contains(ps.key.family))
                drawn << ps.key.family;
    // The families in legend order, then the other names drawn: a family's prompting styles
    // overlaid are curves named "PaLM · chain of thought", styled through
    // FamilyStyles::addAlias() but not families, and were left out of the legend (all of it,
    // when every curve was one).
    QStringList order;
    for (const QString& f : b.families().families())
        if (drawn.contains(f))
            order << f;
    QStringList others;
    for (const QString& f : std::as_const(drawn))
        if (!order.contains(f) && !f.isEmpty())
            others << f;
    others.sort(Qt::CaseInsensitive);
    order << others;
    for (const QString& f : std::as_const(order)) {
        const SeriesStyle st = b.families().of(f);
        entries.append({f.isEmpty() ? QCoreApplication::translate("FigureScene", "(no family)") : f,
                        anyLines ? b.linePen(f, 1.0) : QPen(Qt::NoPen), true, st.marker,
                        QColor(st.colour)});
    }
    QStringList fitLabels;
    bool anyChance = false, anyPerfect = false;
    for (const PanelData& d : data) {
        for (const PlotFit& f : d.fits)
            if (!f.label.isEmpty() && !fitLabels.contains(f.label)) {
                fitLabels << f.label;
                QPen pen(f.family.isEmpty() ? b.foreground()
                                            : QColor(b.families().of(f.family).colour),
                         0.8 * s.style.lineWidthPt);
                pen.setDashPattern({3.0, 1.5});
                entries.append({f.label, pen, false, {}, {}});
            }
        anyChance = anyChance || !d.chanceLevels.isEmpty();
        anyPerfect = anyPerfect || !d.perfectLevels.isEmpty();
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
    return entries;
}

/// Puts legend entries (line sample, marker, text) into the scene at the legend's font size.
struct LegendPainter {
    QGraphicsScene& scene;
    const ChartBuilder& b;
    const FigureStyle& style;
    QFontMetricsF fm;
    double sampleW, rowH, spacing;

    LegendPainter(QGraphicsScene& scene, const ChartBuilder& builder, const FigureStyle& style)
        : scene(scene)
        , b(builder)
        , style(style)
        , fm(builder.font(style.legendPt, 1.0))
        , sampleW(style.legendPt * 2.6)
        , rowH(fm.height() * 1.25)
        , spacing(style.legendPt * 1.4) {}

    double entryWidth(const LegendEntry& e) const {
        return sampleW + 3.0 + fm.horizontalAdvance(e.text);
    }

    void place(const LegendEntry& e, double x, double y) const {
        const double cy = y + rowH / 2;
        auto* line = scene.addLine(x, cy, x + sampleW, cy, e.pen);
        line->setZValue(5);
        if (e.hasMarker) {
            auto* marker = scene.addPath(ChartBuilder::markerPath(e.marker, style.markerSizePt),
                                         Qt::NoPen, e.markerColour);
            marker->setPos(x + sampleW / 2, cy);
            marker->setZValue(6);
        }
        auto* text = scene.addSimpleText(e.text, b.font(style.legendPt, 1.0));
        text->setBrush(b.foreground());
        text->setPos(x + sampleW + 3.0, cy - fm.height() / 2);
        text->setZValue(6);
    }

    /// A band above or below `grid`, entries in centred lines that wrap at its width; `grid`
    /// shrinks by the band.
    void placeInRows(const QList<LegendEntry>& entries, bool top, QRectF& grid) const {
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
        double y = top ? grid.top() : grid.bottom() - height;
        for (const QList<int>& line : lines) {
            double width = 0;
            for (int i : line)
                width += entryWidth(entries[i]) + (width > 0 ? spacing : 0);
            double x = grid.left() + (grid.width() - width) / 2;
            for (int i : line) {
                place(entries[i], x, y);
                x += entryWidth(entries[i]) + spacing;
            }
            y += rowH;
        }
        if (top)
            grid.setTop(grid.top() + height + kTitlePad);
        else
            grid.setBottom(grid.bottom() - height - kTitlePad);
    }

    /// A column at the right of `grid`, vertically centred; `grid` shrinks by it.
    void placeOnRight(const QList<LegendEntry>& entries, QRectF& grid) const {
        double width = 0;
        for (const LegendEntry& e : entries)
            width = std::max(width, entryWidth(e));
        const double height = entries.size() * rowH;
        double y = grid.top() + std::max(0.0, (grid.height() - height) / 2);
        for (const LegendEntry& e : entries) {
            place(e, grid.right() - width, y);
            y += rowH;
        }
        grid.setRight(grid.right() - width - spacing);
    }

    /// Inside a panel's plot area (top left), the entries of the families it draws.
    void placeInPanel(const QList<LegendEntry>& entries, const BuiltChart& built, double x,
                      double y) const {
        for (const LegendEntry& e : entries) {
            bool inPanel = false;
            for (const PlotSeries& ps : built.data.series)
                inPanel = inPanel || (ps.key.family == e.text && !ps.points.isEmpty());
            if (!inPanel)
                continue;
            place(e, x, y);
            y += rowH;
        }
    }
};

/// Which labels each panel shows, the margins each column and row needs, and the plot size
/// that leaves in `grid`: plot areas align across columns and rows.
struct PanelGrid {
    int rows = 1, cols = 1;
    QList<bool> showX, showY;
    QList<double> left, bottom; ///< per column, per row
    double top = 0, right = 0, plotW = 0, plotH = 0;
    QRectF area;

    /// The top-left corner of panel `i`'s cell.
    QPointF origin(int i) const {
        const int r = i / cols, c = i % cols;
        double x = area.left();
        for (int k = 0; k < c; ++k)
            x += left[k] + plotW + right;
        double y = area.top();
        for (int k = 0; k < r; ++k)
            y += top + plotH + bottom[k];
        return {x, y};
    }
};

PanelGrid layOutPanels(const FigureSpec& s, const QRectF& area, bool shareX, bool shareY,
                       double yLabelWidth, const QFontMetricsF& tickFm,
                       const QFontMetricsF& labelFm, const QFontMetricsF& titleFm) {
    const int n = static_cast<int>(s.panels.size());
    PanelGrid g;
    g.cols = std::max(1, s.cols);
    g.rows = std::max(1, s.rows);
    g.area = area;
    g.showX = QList<bool>(n);
    g.showY = QList<bool>(n);
    for (int i = 0; i < n; ++i) {
        g.showX[i] = !shareX || i + g.cols >= n; // nothing below it
        g.showY[i] = !shareY || i % g.cols == 0;
    }
    const double leftFull = kTickAndPad + yLabelWidth + labelFm.height() + kTitlePad;
    const double bottomFull = kTickAndPad + tickFm.height() + labelFm.height() + kTitlePad;
    g.top = titleFm.height() + kTitlePad;
    g.right = std::max(kInnerGap, tickFm.horizontalAdvance(QStringLiteral("100B")) / 2);
    g.left = QList<double>(g.cols, kInnerGap);
    g.bottom = QList<double>(g.rows, kTickAndPad);
    for (int i = 0; i < n; ++i) {
        if (g.showY[i])
            g.left[i % g.cols] = leftFull;
        if (g.showX[i])
            g.bottom[std::min(g.rows - 1, i / g.cols)] = bottomFull;
    }
    g.plotW =
        (area.width() - std::accumulate(g.left.begin(), g.left.end(), 0.0) - g.cols * g.right) /
        g.cols;
    g.plotH =
        (area.height() - std::accumulate(g.bottom.begin(), g.bottom.end(), 0.0) - g.rows * g.top) /
        g.rows;
    return g;
}

/// The notes about panel `i`: no curve, points or fitted points it cannot show.
void notePanelProblems(int i, const PanelSpec& panel, bool noCurves, const BuiltChart& built,
                       QStringList& notes, int& emptyPanels) {
    const QString where = QCoreApplication::translate("FigureScene", "panel %1 (%2, %3)")
                              .arg(i + 1)
                              .arg(panel.effectiveTitle(),
                                   panel.query.metric.isEmpty()
                                       ? QCoreApplication::translate("FigureScene", "any metric")
                                       : panel.query.metric);
    if (noCurves) {
        ++emptyPanels;
        notes << QCoreApplication::translate("FigureScene", "%1: no curve matches the query")
                     .arg(where);
    } else if (!built.droppedNote().isEmpty()) {
        notes << where + QStringLiteral(": ") + built.droppedNote();
    }
    if (built.data.droppedFitPoints > 0)
        notes << where + QStringLiteral(": %1 fitted-curve point(s) at x ≤ 0 not shown (log axis)")
                             .arg(built.data.droppedFitPoints);
}

/// The figure title, centred at the top of the page; `grid` shrinks by it.
void addFigureTitle(QGraphicsScene& scene, const ChartBuilder& b, const FigureSpec& s,
                    QRectF& grid) {
    if (s.title.isEmpty())
        return;
    auto* title = scene.addSimpleText(s.title, b.font(s.style.titlePt * 1.15, 1.0));
    title->setBrush(b.foreground());
    const QRectF r = title->boundingRect();
    title->setPos(std::round((s.size.widthPt() - r.width()) / 2 * 100) / 100, grid.top());
    grid.setTop(grid.top() + r.height() + kTitlePad);
}

/// Panel `i`'s chart in its grid cell, with its plot area fixed and its title centred over it.
BuiltChart addPanel(QGraphicsScene& scene, const ChartBuilder& b, const FigureSpec& s, int i,
                    const QList<Curve>& curves, const PanelGrid& g, const SharedRanges& ranges,
                    const QFontMetricsF& titleFm) {
    const PanelSpec& panel = s.panels[i];
    const int r = i / g.cols, c = i % g.cols;
    const QPointF at = g.origin(i);
    const double x = at.x(), y = at.y();
    ChartOptions o;
    o.unitsPerPt = 1.0;
    o.showLegend = false;
    o.paintBackground = false;
    o.showTitle = false; // placed below, centred on the plot area rather than the cell
    o.showXTickLabels = o.showXTitle = g.showX[i];
    o.showYTickLabels = o.showYTitle = g.showY[i];
    o.xMin = ranges.xMin;
    o.xMax = ranges.xMax;
    o.yMin = ranges.yMin;
    o.yMax = ranges.yMax;
    o.plotWidth = std::max(1.0, g.plotW);
    BuiltChart built = b.build(curves, panel, o);
    const QRectF cell(x, y, g.left[c] + g.plotW + g.right,
                      g.top + g.plotH + g.bottom[std::min(r, g.rows - 1)]);
    scene.addItem(built.chart);
    // Fixed plot area first, then the geometry: Qt Charts lays the axes out on the
    // geometry change, and would keep them where its automatic layout put them otherwise.
    built.chart->setPlotArea(
        QRectF(g.left[c], g.top, std::max(1.0, g.plotW), std::max(1.0, g.plotH)));
    built.chart->setGeometry(cell);
    built.chart->layout()->activate();
    auto* title = scene.addSimpleText(panel.effectiveTitle(), b.font(s.style.titlePt, 1.0));
    title->setBrush(b.foreground());
    const double titleWidth = title->boundingRect().width();
    title->setPos(x + g.left[c] + (g.plotW - titleWidth) / 2,
                  y + (g.top - kTitlePad) - titleFm.height());
    return built;
}

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
    m_builder = std::make_unique<ChartBuilder>(s.style, styles);
    const ChartBuilder& b = *m_builder;
    if (s.style.background != Background::Transparent) {
        auto* page = m_scene.addRect(m_scene.sceneRect(), Qt::NoPen, b.background());
        page->setZValue(-10);
    }

    QList<PanelData> data;
    for (int i = 0; i < n; ++i)
        data.append(PanelData::prepare(curves[i], s.panels[i]));
    const SharedRanges ranges = sharedRanges(s, data);

    // Fonts in scene units (points).
    const QFontMetricsF tickFm(b.font(s.style.tickPt, 1.0));
    const QFontMetricsF labelFm(b.font(s.style.labelPt, 1.0));
    const QFontMetricsF titleFm(b.font(s.style.titlePt, 1.0));

    // Figure title and legend bands, then the panels in what is left of the page.
    QRectF grid(kPagePad, kPagePad, W - 2 * kPagePad, H - 2 * kPagePad);
    addFigureTitle(m_scene, b, s, grid);
    const QList<LegendEntry> entries = legendEntries(s, b, data);
    const LegendPainter legend(m_scene, b, s.style);
    if (!entries.isEmpty() &&
        (s.legend == LegendPlacement::Top || s.legend == LegendPlacement::Bottom))
        legend.placeInRows(entries, s.legend == LegendPlacement::Top, grid);
    else if (!entries.isEmpty() && s.legend == LegendPlacement::Right)
        legend.placeOnRight(entries, grid);

    const PanelGrid g =
        layOutPanels(s, grid, ranges.shareX, ranges.shareY, widestYTickLabel(tickFm, data, ranges),
                     tickFm, labelFm, titleFm);
    if (g.plotW < 10 || g.plotH < 10)
        m_notes << QCoreApplication::translate("FigureScene",
                                               "the page is too small for a %1x%2 grid at these "
                                               "font sizes: plots are only %3 x %4 pt")
                       .arg(g.rows)
                       .arg(g.cols)
                       .arg(std::max(0.0, g.plotW), 0, 'f', 1)
                       .arg(std::max(0.0, g.plotH), 0, 'f', 1);

    for (int i = 0; i < n; ++i) {
        BuiltChart built = addPanel(m_scene, b, s, i, curves[i], g, ranges, titleFm);
        notePanelProblems(i, s.panels[i], curves[i].isEmpty(), built, m_notes, m_emptyPanels);
        if (s.legend == LegendPlacement::Inside) {
            const QPointF at = g.origin(i);
            legend.placeInPanel(entries, built, at.x() + g.left[i % g.cols] + 3,
                                at.y() + g.top + 2);
        }
        m_panels.append(std::move(built));
    }
    // Qt Charts moves its axes and series to a new plot area on posted layout requests; deliver
    // them now (only those, no user input) so that the scene is final before anyone renders it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace ee::render
