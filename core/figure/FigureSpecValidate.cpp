// SPDX-License-Identifier: GPL-3.0-or-later
// FigureSpec::validate(): the bounds a spec must keep before anything renders it.
#include "figure/FigureSpec.h"

#include <cmath>

namespace ee {

QStringList FigureSpec::validate() const {
    using namespace figureLimits;
    QStringList problems;
    const auto side = [&](double mm, const char* which) {
        if (!std::isfinite(mm) || mm < minSideMm || mm > maxSideMm)
            problems << QStringLiteral("page %1 %2 mm is outside %3–%4 mm")
                            .arg(QLatin1String(which), QString::number(mm),
                                 QString::number(minSideMm), QString::number(maxSideMm));
    };
    side(size.widthMm(), "width");
    side(size.heightMm(), "height");
    if (dpi < minDpi || dpi > maxDpi)
        problems << QStringLiteral("DPI %1 is outside %2–%3").arg(dpi).arg(minDpi).arg(maxDpi);
    else if (size.widthIn() * dpi * size.heightIn() * dpi > maxPixels)
        problems << QStringLiteral("%1 at %2 DPI would be over %3 million pixels")
                        .arg(size.toString())
                        .arg(dpi)
                        .arg(maxPixels / 1e6);
    if (rows < 1 || cols < 1 || rows > 12 || cols > 12)
        problems << QStringLiteral("grid %1x%2 is outside 1x1–12x12").arg(rows).arg(cols);
    if (panels.isEmpty())
        problems << QStringLiteral("the figure has no panels");
    if (panels.size() > qsizetype(rows) * cols)
        problems << QStringLiteral("%1 panels do not fit a %2x%3 grid")
                        .arg(panels.size())
                        .arg(rows)
                        .arg(cols);
    for (qsizetype i = 0; i < panels.size(); ++i)
        if (panels[i].query.task.isEmpty())
            problems << QStringLiteral("panel %1 names no task").arg(i + 1);
    const double sizes[] = {style.titlePt,  style.labelPt,     style.tickPt,
                            style.legendPt, style.lineWidthPt, style.markerSizePt};
    for (double v : sizes)
        if (!std::isfinite(v) || v <= 0 || v > 200) {
            problems << QStringLiteral("font, line and marker sizes must be in (0, 200] pt");
            break;
        }
    return problems;
}

} // namespace ee
