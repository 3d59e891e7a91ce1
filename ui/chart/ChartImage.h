// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

QT_BEGIN_NAMESPACE
class QGraphicsView;
QT_END_NAMESPACE

namespace ee::ui {

/// \brief What `view` shows on screen (its viewport, in device-independent pixels) as an image
/// of `scale` × that size in pixels, on white, device pixel ratio 1 (for the clipboard).
QImage chartImage(QGraphicsView* view, qreal scale);

} // namespace ee::ui
