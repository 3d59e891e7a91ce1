// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/CalculatorSteps.h"

#include <cmath>
#include <vector>

namespace ee {

QStringList calculatorResults(const QString& solution) {
    QStringList results;
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = solution.indexOf(QLatin1String("<<"), from);
        if (open < 0)
            break;
        const qsizetype close = solution.indexOf(QLatin1String(">>"), open + 2);
        if (close < 0)
            break;
        const QStringView inside = QStringView(solution).mid(open + 2, close - open - 2);
        const qsizetype eq = inside.lastIndexOf(QLatin1Char('='));
        if (eq >= 0)
            results << inside.mid(eq + 1).trimmed().toString();
        from = close + 2;
    }
    return results;
}

std::optional<double> calculatorNumber(const QString& result) {
    QString s = result.trimmed();
    s.remove(QLatin1Char(','));
    if (s.startsWith(QLatin1Char('$')))
        s.remove(0, 1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

namespace {

struct Step {
    QString text;
    std::optional<double> number;
};

std::vector<Step> steps(const QString& solution) {
    std::vector<Step> out;
    for (const QString& r : calculatorResults(solution))
        out.push_back({r, calculatorNumber(r)});
    return out;
}

bool sameStep(const Step& a, const Step& b) {
    if (a.number && b.number)
        return std::abs(*a.number - *b.number) <=
               1e-9 * std::max({1.0, std::abs(*a.number), std::abs(*b.number)});
    return !a.number && !b.number && a.text == b.text;
}

} // namespace

std::optional<double> calculatorStepsReached(const QString& generation, const QString& reference) {
    const std::vector<Step> wanted = steps(reference);
    if (wanted.empty())
        return std::nullopt;
    const std::vector<Step> made = steps(generation);
    std::vector<bool> used(made.size(), false);
    std::size_t reached = 0;
    for (const Step& w : wanted)
        for (std::size_t i = 0; i < made.size(); ++i)
            if (!used[i] && sameStep(w, made[i])) {
                used[i] = true;
                ++reached;
                break;
            }
    return static_cast<double>(reached) / static_cast<double>(wanted.size());
}

} // namespace ee
