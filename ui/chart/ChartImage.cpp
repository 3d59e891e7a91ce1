// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ChartImage.h"

#include <QGraphicsView>
#include <QPainter>

namespace ee::ui {

QImage chartImage(QGraphicsView* view, qreal scale) {
    const QSize logical = view->viewport()->size();
    QImage image(logical * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        // Explicit target and source (issue 15): with no target, QGraphicsView::render fills
        // the device's *pixel* size, and with the image's device pixel ratio on top of it the
        // chart came out scaled twice: only its top-left quarter, without the data, was copied.
        // Scaling the painter by hand keeps the image at DPR 1 with exactly `scale` × the
        // viewport's pixels, whatever the screen's own ratio is.
        p.scale(scale, scale);
        view->render(&p, QRectF(QPointF(0, 0), QSizeF(logical)), view->viewport()->rect(),
                     Qt::IgnoreAspectRatio);
    }
    return image;
}

} // namespace ee::ui
