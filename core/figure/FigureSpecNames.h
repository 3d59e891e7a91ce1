// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/figure: the names FigureSpec's enums have in JSON, on the command line and in
// the GUI, as one table per enum so that writing and reading a name can never disagree.
#pragma once

#include "figure/FigureSpec.h"

#include <QString>
#include <cstddef>
#include <optional>

namespace ee::figureNames {

template <typename E> struct NamedValue {
    E value;
    const char* name;
};

constexpr NamedValue<Background> kBackgrounds[] = {{Background::White, "white"},
                                                   {Background::Transparent, "transparent"},
                                                   {Background::Dark, "dark"}};
constexpr NamedValue<LegendPlacement> kLegends[] = {{LegendPlacement::None, "none"},
                                                    {LegendPlacement::Top, "top"},
                                                    {LegendPlacement::Bottom, "bottom"},
                                                    {LegendPlacement::Right, "right"},
                                                    {LegendPlacement::Inside, "inside"}};
constexpr NamedValue<CiStyle> kCiStyles[] = {
    {CiStyle::None, "none"}, {CiStyle::Band, "band"}, {CiStyle::ErrorBars, "error_bars"}};
constexpr NamedValue<YAxisMode> kYAxisModes[] = {{YAxisMode::Full, "full"},
                                                 {YAxisMode::Fit, "fit"},
                                                 {YAxisMode::Log, "log"},
                                                 {YAxisMode::Logit, "logit"},
                                                 {YAxisMode::Normalised, "normalised"}};
constexpr NamedValue<FigureSpec::Theme> kThemes[] = {{FigureSpec::Theme::Paper, "paper"},
                                                     {FigureSpec::Theme::Dark, "dark"},
                                                     {FigureSpec::Theme::Slide, "slide"}};
constexpr NamedValue<FigureSpec::Preset> kPresets[] = {
    {FigureSpec::Preset::SingleColumn, "single-column"},
    {FigureSpec::Preset::DoubleColumn, "double-column"},
    {FigureSpec::Preset::Slide, "slide"},
    {FigureSpec::Preset::Poster, "poster"}};

/// \brief The name of `value` in `table` (empty when it has none).
template <typename E, std::size_t N> QString nameOf(const NamedValue<E> (&table)[N], E value) {
    for (const auto& entry : table)
        if (entry.value == value)
            return QLatin1String(entry.name);
    return {};
}

/// \brief The value named `name` in `table`, matched exactly; nullopt when none is.
template <typename E, std::size_t N>
std::optional<E> valueOf(const NamedValue<E> (&table)[N], const QString& name) {
    for (const auto& entry : table)
        if (name == QLatin1String(entry.name))
            return entry.value;
    return std::nullopt;
}

} // namespace ee::figureNames
