// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ScreenStyle.h"

#include <QApplication>
#include <QPalette>

namespace ee::ui {

bool paletteIsDark() {
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

FigureStyle screenStyle(double scale) {
    FigureStyle s;
    s.titlePt = 10.5 * scale;
    s.labelPt = 9.0 * scale;
    s.tickPt = 8.5 * scale;
    s.legendPt = 8.5 * scale;
    s.lineWidthPt = 1.4 * scale;
    s.markerSizePt = 6.5 * scale;
    s.referenceLineWidthPt = 0.9 * scale;
    s.background = paletteIsDark() ? Background::Dark : Background::White;
    return s;
}

} // namespace ee::ui
