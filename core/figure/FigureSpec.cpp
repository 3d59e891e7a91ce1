// SPDX-License-Identifier: GPL-3.0-or-later
// FigureSpec's value types, enum names, presets and themes. JSON lives in FigureSpecJson.cpp,
// validation in FigureSpecValidate.cpp.
#include "figure/FigureSpec.h"
#include "figure/FigureSpecNames.h"

#include <QRegularExpression>
#include <tuple>

namespace ee {

using namespace figureNames;

QString backgroundName(Background b) {
    return nameOf(kBackgrounds, b);
}
QString legendPlacementName(LegendPlacement p) {
    return nameOf(kLegends, p);
}
QString ciStyleName(CiStyle s) {
    return nameOf(kCiStyles, s);
}

QString PageSize::toString() const {
    return QStringLiteral("%1x%2%3").arg(QString::number(width), QString::number(height),
                                         unit == LengthUnit::Inches ? QStringLiteral("in")
                                                                    : QStringLiteral("mm"));
}

std::optional<PageSize> PageSize::parse(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([0-9]*\.?[0-9]+)\s*[xX×]\s*([0-9]*\.?[0-9]+)\s*(mm|in)\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    PageSize s;
    s.width = m.captured(1).toDouble();
    s.height = m.captured(2).toDouble();
    s.unit = m.captured(3) == QLatin1String("in") ? LengthUnit::Inches : LengthUnit::Millimetres;
    return s;
}

CurveFilter PanelQuery::filter() const {
    CurveFilter f;
    f.task = task;
    f.subtask = subtask;
    f.metric = metric;
    f.families = families;
    f.shots = shots;
    f.prompting = prompting;
    // A figure spec names no source: every source's curves, pooled, as before sources were
    // told apart (a spec drawn from several files stays one line per family).
    f.poolSources = true;
    return f;
}

QString PanelSpec::effectiveTitle() const {
    if (!title.isEmpty())
        return title;
    if (query.subtask && !query.subtask->isEmpty())
        return query.task + QLatin1Char('/') + *query.subtask;
    return query.task;
}

QString PanelSpec::effectiveXLabel() const {
    return xLabel.isEmpty() ? scaleAxisLabel(query.axis) : xLabel;
}

QString PanelSpec::effectiveYLabel() const {
    return yLabel.isEmpty() ? query.metric : yLabel;
}

QStringList FigureStyle::okabeIto() {
    // Okabe & Ito, "Color Universal Design" (2008). Black is kept out of the cycle (it is the
    // reference-line colour) and yellow goes last because it is faint on white paper.
    return {QStringLiteral("#0072B2"), QStringLiteral("#D55E00"), QStringLiteral("#009E73"),
            QStringLiteral("#CC79A7"), QStringLiteral("#E69F00"), QStringLiteral("#56B4E9"),
            QStringLiteral("#F0E442")};
}

namespace {

/// Sets the type, line and marker sizes (points) of the large presets.
void setSizes(FigureStyle& st, double title, double label, double tick, double legend, double line,
              double marker, double referenceLine) {
    std::tie(st.titlePt, st.labelPt, st.tickPt, st.legendPt, st.lineWidthPt, st.markerSizePt,
             st.referenceLineWidthPt) =
        std::tie(title, label, tick, legend, line, marker, referenceLine);
}

} // namespace

FigureSpec FigureSpec::preset(Preset preset) {
    FigureSpec s;
    s.style.palette = FigureStyle::okabeIto();
    switch (preset) {
    case Preset::SingleColumn:
        s.size = {3.25, 2.4, LengthUnit::Inches};
        break;
    case Preset::DoubleColumn:
        s.size = {6.75, 3.0, LengthUnit::Inches};
        break;
    case Preset::Slide:
        s.size = {10.0, 5.625, LengthUnit::Inches};
        s.dpi = 192;
        setSizes(s.style, 18, 16, 14, 14, 2.0, 9, 1.2);
        break;
    case Preset::Poster:
        s.size = {12.0, 9.0, LengthUnit::Inches};
        setSizes(s.style, 28, 24, 20, 20, 3.0, 12, 1.5);
        break;
    }
    return s;
}

void FigureSpec::applyTheme(Theme theme) {
    switch (theme) {
    case Theme::Paper:
        style.background = Background::White;
        break;
    case Theme::Dark:
        style.background = Background::Dark;
        break;
    case Theme::Slide: {
        const FigureSpec slide = preset(Preset::Slide);
        size = slide.size;
        QStringList palette = style.palette;
        style = slide.style;
        if (!palette.isEmpty())
            style.palette = palette;
        break;
    }
    }
}

std::optional<FigureSpec::Theme> FigureSpec::themeFromName(const QString& name) {
    return valueOf(kThemes, name);
}

std::optional<FigureSpec::Preset> FigureSpec::presetFromName(const QString& name) {
    return valueOf(kPresets, name);
}

} // namespace ee
