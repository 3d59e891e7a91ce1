// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/AxisTicks.h"

#include <cmath>

namespace ee::AxisTicks {

namespace {

QString superscript(int n) {
    static const QChar digits[] = {QChar(0x2070), QChar(0x00B9), QChar(0x00B2), QChar(0x00B3),
                                   QChar(0x2074), QChar(0x2075), QChar(0x2076), QChar(0x2077),
                                   QChar(0x2078), QChar(0x2079)};
    QString out;
    if (n < 0)
        out += QChar(0x207B);
    for (const QChar c : QString::number(std::abs(n)))
        out += digits[c.digitValue()];
    return out;
}

/// Up to three significant digits, trailing zeros dropped ("1.25", "1.3", "20").
QString shortNumber(double v) {
    QString s = QString::number(v, 'g', 3);
    if (s.contains(QLatin1Char('e'))) // 'g' switched to exponent form: print plainly instead
        s = QString::number(v, 'f', 0);
    return s;
}

bool isPowerOfTen(double v, int& exponent) {
    exponent = static_cast<int>(std::lround(std::log10(v)));
    return std::abs(v / std::pow(10.0, exponent) - 1.0) < 1e-9;
}

} // namespace

QString formatScale(double value, ScaleAxis axis) {
    if (!(value > 0) || !std::isfinite(value))
        return QString::number(value);
    if (axis == ScaleAxis::Flops) {
        int e = 0;
        if (isPowerOfTen(value, e))
            return QStringLiteral("10") + superscript(e);
        e = static_cast<int>(std::floor(std::log10(value) + 1e-12));
        return shortNumber(value / std::pow(10.0, e)) + QChar(0x00D7) + QStringLiteral("10") +
               superscript(e);
    }
    struct Unit {
        double factor;
        char suffix;
    };
    static constexpr Unit units[] = {{1e12, 'T'}, {1e9, 'B'}, {1e6, 'M'}, {1e3, 'K'}};
    for (const Unit& u : units)
        if (value >= u.factor * (1 - 1e-12))
            return shortNumber(value / u.factor) + QLatin1Char(u.suffix);
    return shortNumber(value);
}

QList<AxisTick> logTicks(double lo, double hi, ScaleAxis axis) {
    QList<AxisTick> ticks;
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi < lo)
        return ticks;
    const double eps = 1e-9;
    const int first = static_cast<int>(std::ceil(lo - eps));
    const int last = static_cast<int>(std::floor(hi + eps));
    const int decades = last - first + 1;
    if (decades >= 2) {
        const int step = decades > 8 ? 2 : 1;
        for (int e = first; e <= last; e += step)
            ticks.append({double(e), formatScale(std::pow(10.0, e), axis)});
        return ticks;
    }
    if (hi - lo < 1.0) {
        // Under one decade, evenly spaced values read best and cover the whole span: mantissa
        // steps (1…9 × 10^k) left two Llama-2 sizes, 7B and 13B, with no tick past 10B.
        for (const AxisTick& t : linearTicks(std::pow(10.0, lo), std::pow(10.0, hi), 5))
            if (t.position > 0)
                ticks.append({std::log10(t.position), formatScale(t.position, axis)});
        if (ticks.size() >= 2)
            return ticks;
        ticks.clear();
    }
    // Under two decades: mantissa steps, 1-2-5 first, 1…9 when that still gives too few.
    return mantissaTicks(lo, hi, {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}},
                         [axis](double v) { return formatScale(v, axis); });
}

QList<AxisTick> mantissaTicks(double lo, double hi, const QList<QList<int>>& ladders,
                              const std::function<QString(double)>& label) {
    QList<AxisTick> ticks;
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi < lo)
        return ticks;
    const double eps = 1e-9;
    const int first = static_cast<int>(std::floor(lo - eps));
    const int last = static_cast<int>(std::ceil(hi + eps));
    for (const QList<int>& mantissas : ladders) {
        ticks.clear();
        for (int e = first - 1; e <= last; ++e)
            for (int m : mantissas) {
                const double v = m * std::pow(10.0, e);
                const double p = std::log10(v);
                if (p >= lo - eps && p <= hi + eps)
                    ticks.append({p, label(v)});
            }
        if (ticks.size() >= 3)
            break;
    }
    return ticks;
}

QList<AxisTick> linearTicks(double min, double max, int target) {
    QList<AxisTick> ticks;
    if (!std::isfinite(min) || !std::isfinite(max) || max <= min || target < 2)
        return ticks;
    const double raw = (max - min) / target;
    if (!std::isfinite(raw) || !(raw > 0)) // a span beyond a double (±1e308) or under it
        return ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw * 0.999) {
            step = m * magnitude;
            break;
        }
    // Decimals: enough for the step (2.5 steps need one more than their magnitude).
    int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
    if (std::abs(std::round(step / std::pow(10.0, -decimals)) * std::pow(10.0, -decimals) - step) >
        step * 1e-6)
        ++decimals;
    // Very small steps or very large values as powers of ten ("2×10⁻¹³³"): fixed decimals gave
    // the decomposition's predicted whole of 100 parts (about 10⁻¹³³) labels 137 characters long,
    // and Qt Charts squeezed the axis until its labels and title were cut.
    const bool powers = decimals > 5 || std::max(std::abs(min), std::abs(max)) >= 1e6;
    const double eps = step * 1e-9;
    for (double k = std::ceil((min - eps) / step); k * step <= max + eps; k += 1) {
        double v = k * step;
        if (std::abs(v) < eps)
            v = 0.0; // no "-0"
        QString label = QString::number(v, 'f', decimals);
        if (powers)
            label = v == 0.0  ? QStringLiteral("0")
                    : v > 0.0 ? formatScale(v, ScaleAxis::Flops)
                              : QLatin1Char('-') + formatScale(-v, ScaleAxis::Flops);
        ticks.append({v, label});
    }
    return ticks;
}

} // namespace ee::AxisTicks
