// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportSettings.h"

#include "export/ExportDialog.h"

#include <QSettings>

namespace ee::ui {

namespace {

const QString kSize = QStringLiteral("export/size");
const QString kDpi = QStringLiteral("export/dpi");
const QString kBackground = QStringLiteral("export/background");
const QString kLegend = QStringLiteral("export/legend");

} // namespace

FigureSpec rememberedExportPage(qsizetype panelCount) {
    const QSettings settings;
    const auto size = PageSize::parse(settings.value(kSize).toString());
    FigureSpec spec = FigureSpec::preset(panelCount > 1 ? FigureSpec::Preset::DoubleColumn
                                                        : FigureSpec::Preset::SingleColumn);
    if (!size)
        return spec;
    // A remembered preset size brings the preset's type sizes back with it (slides: large type).
    if (const auto preset = ExportDialog::presetForSize(*size))
        spec = FigureSpec::preset(*preset);
    spec.size = *size;
    const int dpi = settings.value(kDpi).toInt();
    if (dpi >= figureLimits::minDpi && dpi <= figureLimits::maxDpi)
        spec.dpi = dpi;
    const int background = settings.value(kBackground, -1).toInt();
    if (background >= int(Background::White) && background <= int(Background::Dark))
        spec.style.background = Background(background);
    const int legend = settings.value(kLegend, -1).toInt();
    if (legend >= int(LegendPlacement::None) && legend <= int(LegendPlacement::Inside))
        spec.legend = LegendPlacement(legend);
    return spec;
}

void rememberExportPage(const FigureSpec& spec) {
    using namespace figureLimits;
    const auto fits = [](double mm) { return mm >= minSideMm && mm <= maxSideMm; };
    if (!fits(spec.size.widthMm()) || !fits(spec.size.heightMm()))
        return; // never remember a page the renderer refuses
    QSettings settings;
    settings.setValue(kSize, spec.size.toString());
    settings.setValue(kDpi, spec.dpi);
    settings.setValue(kBackground, int(spec.style.background));
    settings.setValue(kLegend, int(spec.legend));
}

} // namespace ee::ui
