// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Curve.h"

#include <algorithm>
#include <cmath>

namespace ee {

QString CurveKey::label() const {
    QStringList parts;
    parts << (subtask.isEmpty() ? task : task + QLatin1Char('/') + subtask) << metric << family;
    parts << (shots ? QString::number(*shots) + QStringLiteral("-shot")
                    : QStringLiteral("shots unknown"));
    if (!prompting.isEmpty())
        parts << prompting;
    return parts.join(QStringLiteral(" · "));
}

void Curve::sortPoints() {
    std::stable_sort(points.begin(), points.end(), [](const CurvePoint& a, const CurvePoint& b) {
        if (a.x.has_value() != b.x.has_value())
            return a.x.has_value();
        if (a.x && *a.x != *b.x)
            return *a.x < *b.x;
        return a.model < b.model;
    });
}

QList<CurvePoint> Curve::usablePoints() const {
    QList<CurvePoint> out;
    for (const CurvePoint& p : points)
        if (p.x && std::isfinite(*p.x) && *p.x > 0)
            out.append(p);
    return out;
}

qsizetype Curve::missingScaleCount() const {
    qsizetype n = 0;
    for (const CurvePoint& p : points)
        n += p.x ? 0 : 1;
    return n;
}

qsizetype Curve::nonPositiveScaleCount() const {
    qsizetype n = 0;
    for (const CurvePoint& p : points)
        n += (p.x && !(*p.x > 0)) ? 1 : 0;
    return n;
}

} // namespace ee
