// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/YAxisMode.h"
#include "model/ModelScale.h"
#include "model/ScoreTable.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief Units a page size is given in; the renderer converts to whatever its device needs.
enum class LengthUnit { Millimetres, Inches };

/// \brief A physical page size. Both sides must be positive (see FigureSpec::validate()).
struct PageSize {
    double width = 3.25;
    double height = 2.4;
    LengthUnit unit = LengthUnit::Inches;

    double widthMm() const { return unit == LengthUnit::Inches ? width * 25.4 : width; }
    double heightMm() const { return unit == LengthUnit::Inches ? height * 25.4 : height; }
    double widthIn() const { return unit == LengthUnit::Inches ? width : width / 25.4; }
    double heightIn() const { return unit == LengthUnit::Inches ? height : height / 25.4; }
    /// \brief Width in PostScript points (1/72 in), the unit the renderer lays out in.
    double widthPt() const { return widthIn() * 72.0; }
    double heightPt() const { return heightIn() * 72.0; }
    /// \brief e.g. "3.25x2.4in" or "89x60mm" (what --size accepts).
    QString toString() const;
    /// \brief Parses `WxH(mm|in)`, e.g. "89x60mm" or "6.75x3in"; nullopt when malformed.
    static std::optional<PageSize> parse(const QString& text);
    bool operator==(const PageSize&) const = default;
};

/// \brief What the export background is: independent of the screen theme, so a dark UI can
/// still export white paper figures.
enum class Background { White, Transparent, Dark };

/// \brief Where the figure-level legend goes. `Inside` puts one legend in each panel's corner.
enum class LegendPlacement { None, Top, Bottom, Right, Inside };

/// \brief How confidence intervals are drawn (only for points that carry ciLow/ciHigh or a
/// standard error).
enum class CiStyle { None, Band, ErrorBars };

/// \brief Marker shapes the chart adapter can draw as vector paths.
enum class MarkerShape { Circle, Square, Triangle, Diamond, Pentagon, Star };

/// \brief Line dash patterns (print figures vary dashes per family, not only colours).
enum class DashStyle { Solid, Dash, Dot, DashDot, DashDotDot };

/// \brief A fitted curve supplied by the caller (the figure layer never fits anything itself).
/// Points are (scale in plain counts, metric value), drawn as a polyline in the panel.
struct FittedCurve {
    QString label;  ///< legend text, e.g. "sigmoid fit (Pythia)"
    QString family; ///< draws in this family's colour when set, else in the foreground colour
    QList<QPointF> points;
    bool operator==(const FittedCurve&) const = default;
};

/// \brief Which curves a panel shows: a ScoreTable query plus the scale axis.
struct PanelQuery {
    QString task;
    std::optional<QString> subtask; ///< unset = every subtask; "" = the task-level rows only
    QString metric;
    QStringList families; ///< empty = all
    std::optional<int> shots;
    QString prompting;
    ScaleAxis axis = ScaleAxis::Params;

    /// \brief The equivalent ScoreTable filter.
    CurveFilter filter() const;
    bool operator==(const PanelQuery&) const = default;
};

/// \brief One panel of a figure.
struct PanelSpec {
    PanelQuery query;
    QString title;  ///< empty = derived from the query (task/subtask)
    QString xLabel; ///< empty = scaleAxisLabel(query.axis)
    QString yLabel; ///< empty = the metric name
    bool logX = true;
    bool showChance = true;  ///< dashed line at the curves' `low` when known
    bool showPerfect = true; ///< dotted line at the curves' `high` when known
    CiStyle ci = CiStyle::Band;
    /// \brief Joins each curve's points with its family's line; false draws markers only (a
    /// scatter, e.g. one point per task). Not saved in figure specs: only views set it.
    bool lines = true;
    /// \brief How y is mapped and bounded. Fit (the data's range) in figure specs that do not
    /// say; the Scaling view starts on Full.
    YAxisMode yAxis = YAxisMode::Fit;
    std::optional<double> yMin; ///< fixed y range (plot units); unset = from data/reference
    std::optional<double> yMax;
    QList<FittedCurve> fits;

    /// \brief title, or "task/subtask" (or "task") from the query.
    QString effectiveTitle() const;
    QString effectiveXLabel() const;
    QString effectiveYLabel() const;
    bool operator==(const PanelSpec&) const = default;
};

/// \brief Fonts, lines, markers, colours. Sizes are in points (1/72 in) of the final page.
struct FigureStyle {
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double titlePt = 8.0;
    double labelPt = 7.0; ///< axis titles
    double tickPt = 6.0;  ///< tick labels
    double legendPt = 6.5;
    double lineWidthPt = 1.0;
    double markerSizePt = 4.5;
    double referenceLineWidthPt = 0.6;
    /// \brief Colours as "#rrggbb", cycled per family. Default: Okabe–Ito, yellow last.
    QStringList palette = okabeIto();
    bool varyMarkers = true; ///< a different marker per family (print-safe)
    bool varyDashes = true;  ///< a different dash pattern per family (print-safe)
    Background background = Background::White;

    /// \brief Okabe & Ito (2008) colour-blind-safe cycle, ordered for contrast on white.
    static QStringList okabeIto();
    bool operator==(const FigureStyle&) const = default;
};

/// \brief A complete, reproducible figure: panels in a grid, page size, style, DPI.
///
/// Saved as JSON (see toJson()). The renderer draws panels row by row; a spec with fewer panels
/// than rows × cols leaves the remaining cells empty.
struct FigureSpec {
    enum class Preset { SingleColumn, DoubleColumn, Slide, Poster };
    enum class Theme { Paper, Dark, Slide };

    QString title; ///< optional figure title above the grid
    int rows = 1;
    int cols = 1;
    bool shareX = true; ///< one x range for every panel; inner tick labels hidden
    bool shareY = false;
    QList<PanelSpec> panels;
    PageSize size;
    int dpi = 300; ///< raster output only
    FigureStyle style;
    LegendPlacement legend = LegendPlacement::Bottom;

    /// \brief A page size and font set for a venue: single column 3.25 in wide, double column
    /// 6.75 in, a 16:9 slide (10 × 5.625 in), a poster panel (12 × 9 in, large type).
    static FigureSpec preset(Preset preset);
    /// \brief Applies a theme's background, fonts and size defaults (paper = white, 7 pt;
    /// dark = dark background; slide = 16:9 and large type). Keeps panels and page size unless
    /// the theme is Slide.
    void applyTheme(Theme theme);
    static std::optional<Theme> themeFromName(const QString& name);
    static std::optional<Preset> presetFromName(const QString& name);

    /// \brief A sentence per problem (zero/absurd size, DPI out of 1…10000, bad grid, empty
    /// panel query); empty when the spec can be rendered.
    QStringList validate() const;

    QJsonObject toJson() const;
    /// \brief Reads what toJson() writes; missing keys keep their defaults. On a malformed
    /// value returns nullopt and sets `error` to a sentence naming the key.
    static std::optional<FigureSpec> fromJson(const QJsonObject& json, QString* error = nullptr);
    /// \brief Loads a spec file; nullopt with `error` ("FILE: ...") on failure.
    static std::optional<FigureSpec> load(const QString& path, QString* error = nullptr);
    bool operator==(const FigureSpec&) const = default;
};

/// \brief Bounds the renderer accepts (FigureSpec::validate()).
namespace figureLimits {
constexpr double minSideMm = 10.0;
constexpr double maxSideMm = 2000.0;
constexpr int minDpi = 10;
constexpr int maxDpi = 10000;
/// \brief Largest raster output, in pixels (width × height), to keep PNG memory sane.
constexpr double maxPixels = 400e6;
} // namespace figureLimits

QString backgroundName(Background b);
QString legendPlacementName(LegendPlacement p);
QString ciStyleName(CiStyle s);

} // namespace ee
