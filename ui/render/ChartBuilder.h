// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FamilyStyles.h"
#include "figure/FigureSpec.h"
#include "figure/PanelData.h"
#include "model/Curve.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainterPath>
#include <QPen>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
QT_END_NAMESPACE

namespace ee::render {

/// \brief The font for Chinese text in charts and figures, after the style's own family:
/// WenQuanYi Micro Hei (Debian's fonts-wqy-microhei, 5 MB; Noto CJK is 91 MB).
inline constexpr char kCjkFontFamily[] = "WenQuanYi Micro Hei";

/// \brief How a chart is built: for the screen (a QChartView, units are device-independent
/// pixels) or for a figure page (units are points). Everything else comes from the spec.
struct ChartOptions {
    /// \brief Scene units per typographic point: 1 for a figure page laid out in points,
    /// about 96/72 for a QChartView on an ordinary screen (see ChartBuilder::screenUnitsPerPt()).
    double unitsPerPt = 1.0;
    bool showTitle = true;
    bool showLegend = true; ///< the chart's own legend (a figure page draws one shared legend)
    bool showXTickLabels = true;
    bool showYTickLabels = true;
    bool showXTitle = true;
    bool showYTitle = true;
    bool paintBackground = true; ///< fill the chart with the style's background colour
    Qt::Alignment legendAlignment = Qt::AlignBottom; ///< where the chart's own legend sits
    /// \brief The plot area's width in scene units when it is fixed before layout (a figure
    /// page): the x tick labels are thinned to fit it at once. Unset (a chart on screen): they
    /// are thinned whenever Qt Charts lays the plot area out (render::XTickFitter).
    std::optional<double> plotWidth;
    /// \brief Fixed ranges in plot coordinates (shared axes); unset = the panel's own.
    std::optional<double> xMin, xMax, yMin, yMax;
};

/// \brief What a Qt series inside a built chart stands for, so a view can map a hovered point
/// back to the data (curve and Curve::points index).
struct SeriesRole {
    enum class Kind { Line, Markers, Band, ErrorBar, Chance, Perfect, Fit };
    Kind kind = Kind::Line;
    qsizetype curveIndex = -1;   ///< into the curves given to build(); -1 for references/fits
    qsizetype fitIndex = -1;     ///< into PanelSpec::fits for Kind::Fit
    QList<qsizetype> pointIndex; ///< Qt point i ↔ Curve::points[pointIndex[i]] (Line/Markers)
};

/// \brief A chart and what it shows. The caller owns `chart` (or hands it to a QChartView).
struct BuiltChart {
    QChart* chart = nullptr;
    PanelSpec panel; ///< what it was built for (export redraws the view from it)
    /// \brief The families the builder styled (its FamilyStyles), which fix the colours.
    QStringList families;
    PanelData data;                                  ///< the plottable data and drop counts
    QHash<const QAbstractSeries*, SeriesRole> roles; ///< every series added to `chart`
    /// \brief Points with data that the chart cannot show (unknown or non-positive scale).
    qsizetype droppedPoints() const { return data.droppedPoints(); }
    /// \brief A sentence for the UI/CLI when droppedPoints() > 0, else empty.
    QString droppedNote() const { return data.droppedNote(); }
};

/// \brief The one Qt Charts adapter: turns the curves of one panel plus the figure style into a
/// QChart. The main window's chart view and the file renderer both use it, so screen and file
/// look the same.
///
/// Log x axes are drawn as log10(scale) on a QCategoryAxis whose labels ("1B", "10²¹") come from
/// ee::AxisTicks, so short spans still get labels and zeros never hide a series; unknown and
/// non-positive scales are counted in BuiltChart::data. Each family gets one colour, marker and
/// dash (ee::FamilyStyles). Confidence intervals are QAreaSeries bands or segment error bars;
/// chance/perfect levels are reference lines. Helper series have no legend marker. Animation,
/// drop shadows, OpenGL and light markers are never used (they break vector export).
class ChartBuilder {
public:
    ChartBuilder(FigureStyle style, FamilyStyles families);

    /// \brief Builds the chart for `panel` from `curves` (normally
    /// ScoreTable::curves(panel.query.filter(), panel.query.axis)).
    ///
    /// With `reuse` (a chart an earlier build() returned, possibly shown in a view), that chart
    /// is updated in place and returned when it has the series the new chart needs (same kinds
    /// in the same order; extra ones at the end are removed) and the same legend and title
    /// visibility: points, ranges, ticks and styles are replaced, and no Qt Charts graphics
    /// item is created (most of a fresh build's cost on screen). Otherwise a new chart is
    /// returned and `reuse` is left as it was (the caller frees it). Either way the result
    /// draws exactly like a fresh build.
    BuiltChart build(const QList<Curve>& curves, const PanelSpec& panel,
                     const ChartOptions& options = {}, QChart* reuse = nullptr) const;

    const FigureStyle& style() const { return m_style; }
    const FamilyStyles& families() const { return m_families; }

    /// \brief A font of `pt` points on the page, for a scene with `unitsPerPt` units per point.
    /// Qt resolves point sizes with the screen's logical DPI, so this corrects for it: text is
    /// then exactly `pt` points tall on every device the scene is rendered to.
    QFont font(double pt, double unitsPerPt) const;
    /// \brief Text and axis colour for the style's background.
    QColor foreground() const;
    /// \brief The page colour (transparent for Background::Transparent).
    QColor background() const;
    /// \brief A family's line pen (colour, width, dash) in scene units.
    QPen linePen(const QString& family, double unitsPerPt) const;
    /// \brief A dash style's pen dash pattern, in pen widths (empty: solid); tuned to read at
    /// 1 pt on paper.
    static QList<qreal> dashPattern(DashStyle dash);
    /// \brief A marker outline centred on (0,0), `size` scene units across.
    static QPainterPath markerPath(MarkerShape shape, double size);
    /// \brief The frame every chart of ours starts from: light theme (set first, since it
    /// overwrites styling), no animation or shadow, square corners, no margins, no background
    /// outline, numbers not localised.
    static void prepareFrame(QChart* chart);
    /// \brief Scene units per point for a widget on the primary screen.
    static double screenUnitsPerPt();
    /// \brief The DPI Qt uses to turn font point sizes into pixels (primary screen's logical
    /// DPI, 96 without a screen).
    static double fontDpi();

private:
    FigureStyle m_style;
    FamilyStyles m_families;
};

} // namespace ee::render
