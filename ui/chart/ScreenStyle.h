// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"

namespace ee::ui {

/// \brief The figure style used on screen: the paper style's palette and markers with sizes for
/// reading at a desk (`scale` 1) or on a projector (tour mode, `scale` ≈ 1.8), and a dark
/// background when the application palette is dark. Exports use their own FigureSpec style, so
/// a dark screen still exports white figures.
FigureStyle screenStyle(double scale = 1.0);

/// \brief True when the application's window colour is dark (system dark mode).
bool paletteIsDark();

} // namespace ee::ui
