// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TickFit.h"

#include <cmath>

namespace ee::render {

namespace {

/// True when the labels of the ticks `kept` (centres `x`) leave `gap` between neighbours.
bool fits(const QList<qsizetype>& kept, const QList<double>& x, const QList<double>& widths,
          double gap) {
    for (qsizetype k = 1; k < kept.size(); ++k) {
        const qsizetype a = kept[k - 1], b = kept[k];
        if (x[b] - x[a] < (widths[a] + widths[b]) / 2 + gap)
            return false;
    }
    return true;
}

/// The common step of whole-number positions evenly spaced (decades of a log axis, every one
/// or every other), else 0.
qsizetype wholeStep(const QList<double>& positions) {
    if (positions.size() < 2)
        return 0;
    const double step = positions[1] - positions[0];
    for (qsizetype i = 0; i < positions.size(); ++i) {
        if (std::abs(positions[i] - std::round(positions[i])) > 1e-9)
            return 0;
        if (i > 0 && std::abs(positions[i] - positions[i - 1] - step) > 1e-9)
            return 0;
    }
    return step >= 1 ? qsizetype(std::llround(step)) : 0;
}

} // namespace

TickFit fitTicks(const QList<double>& positions, const QList<double>& widths, double min,
                 double max, double plotWidth, double gap) {
    TickFit fit;
    const qsizetype n = std::min(positions.size(), widths.size());
    if (n == 0)
        return fit;
    if (!(plotWidth > 0) || !(max > min)) {
        fit.kept = {0};
        return fit;
    }
    QList<double> x; // label centres, in the units of plotWidth
    for (qsizetype i = 0; i < n; ++i)
        x.append((positions[i] - min) / (max - min) * plotWidth);
    const qsizetype step = wholeStep(positions.mid(0, n));
    QList<qsizetype> single; // a lone label that fits, if no stride leaves two
    for (qsizetype stride = 1; stride <= n && fit.kept.isEmpty(); ++stride)
        // The preferred subset first: on evenly spaced whole numbers the multiples of the
        // stride (in steps: 10^0, 10^3, 10^6 read as 1, 1K, 1M), then the other residues.
        for (qsizetype r = 0; r < stride; ++r) {
            QList<qsizetype> kept;
            for (qsizetype i = 0; i < n; ++i) {
                const qsizetype key =
                    step ? qsizetype(std::floor(positions[i] / double(step) + 1e-9)) : i;
                if (((key % stride) + stride) % stride == r)
                    kept.append(i);
            }
            if (kept.isEmpty() || !fits(kept, x, widths, gap))
                continue;
            if (kept.size() >= 2 || n == 1) {
                fit.kept = kept;
                break;
            }
            if (single.isEmpty())
                single = kept;
        }
    if (fit.kept.isEmpty())
        fit.kept = single.isEmpty() ? QList<qsizetype>{0} : single;
    for (qsizetype i : std::as_const(fit.kept))
        fit.rightOverhang = std::max(fit.rightOverhang, x[i] + widths[i] / 2 - plotWidth);
    return fit;
}

} // namespace ee::render
