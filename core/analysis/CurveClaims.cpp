// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/CurveClaims.h"

#include "figure/AxisTicks.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace ee {

namespace {

// The sentences' translation context (QtCore only: the app installs a translator, the
// command line never does, so its output stays English).
struct ClaimText {
    Q_DECLARE_TR_FUNCTIONS(CurveClaims)
};

constexpr qsizetype kListed = 3; // names in one sentence; the rest are counted

struct Size {
    double x = 0.0;
    double value = 0.0;
};

// One value per size (models of one size averaged), by size ascending.
QList<Size> bySize(const Curve& curve) {
    QMap<double, std::pair<double, int>> sums;
    for (const CurvePoint& p : curve.points)
        if (p.x && std::isfinite(*p.x) && *p.x > 0 && std::isfinite(p.value)) {
            auto& [sum, n] = sums[*p.x];
            sum += p.value;
            ++n;
        }
    QList<Size> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out.append({it.key(), it.value().first / it.value().second});
    return out;
}

QString scale(double x) {
    return AxisTicks::formatScale(x, ScaleAxis::Params);
}

QString percent(double share) {
    return QStringLiteral("%1 %").arg(qRound(share * 100));
}

QString number(double v) {
    return QString::number(v, 'g', 3);
}

QString step(const LargestStep& s) {
    return QStringLiteral("%1 %2→%3 (%4)")
        .arg(s.label, scale(s.from), scale(s.to), percent(s.share));
}

// "a, b, c and 4 more"
QString listed(const QStringList& items) {
    QStringList shown = items.mid(0, kListed);
    QString text = shown.join(QStringLiteral("; "));
    if (items.size() > kListed)
        text += ClaimText::tr("; and %1 more").arg(items.size() - kListed);
    return text;
}

QList<LargestStep> risingSteps(const QList<Curve>& curves, double minRange) {
    QList<LargestStep> out;
    for (const Curve& c : curves)
        if (const auto s = largestStep(c, minRange); s && s->share > 0)
            out.append(*s);
    return out;
}

QString nothingToSay(double minRange) {
    return ClaimText::tr("No curve here has three or more sizes and rises by at least %1, so "
                         "nothing on this chart can be called a jump or a steady climb.")
        .arg(number(minRange));
}

QString largestSteps(const QList<Curve>& curves) {
    const double minRange = meaningfulRange(curves);
    QList<LargestStep> steps = risingSteps(curves, minRange);
    if (steps.isEmpty())
        return nothingToSay(minRange);
    std::stable_sort(steps.begin(), steps.end(),
                     [](const LargestStep& a, const LargestStep& b) { return a.from < b.from; });
    QSet<double> starts;
    QStringList items;
    for (const LargestStep& s : steps) {
        starts.insert(s.from);
        items << step(s);
    }
    if (starts.size() > 1)
        return ClaimText::tr("Largest step of each family rising by ≥ %1 (share of its rise): %2. "
                             "They fall at %3 different sizes.")
            .arg(number(minRange), listed(items))
            .arg(starts.size());
    return ClaimText::tr("Every family rising by ≥ %1 makes its largest step between %2 and %3 "
                         "(share of its rise): %4.")
        .arg(number(minRange), scale(steps.first().from), scale(steps.first().to), listed(items));
}

QString steady(const QList<Curve>& curves) {
    const double minRange = meaningfulRange(curves);
    const QList<LargestStep> steps = risingSteps(curves, minRange);
    if (steps.isEmpty())
        return nothingToSay(minRange);
    QStringList even, jump;
    for (const LargestStep& s : steps)
        (s.share < 0.5 ? even : jump) << step(s);
    if (even.isEmpty())
        return ClaimText::tr("In all %1 families that rise by at least %2, one step between "
                             "neighbouring sizes makes more than half of the rise: %3.")
            .arg(steps.size())
            .arg(number(minRange), listed(jump));
    QString text = ClaimText::tr("Of %1 families that rise by at least %2, %3 climb with no "
                                 "single step making half of the rise: %4.")
                       .arg(steps.size())
                       .arg(number(minRange))
                       .arg(even.size())
                       .arg(listed(even));
    if (!jump.isEmpty())
        text += ClaimText::tr(" In the other %1, one step makes more than half: %2.")
                    .arg(jump.size())
                    .arg(listed(jump));
    return text;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString compareSteps(const QList<Curve>& a, const QList<Curve>& b) {
    if (a.isEmpty() || b.isEmpty())
        return ClaimText::tr("Two metrics side by side are needed to compare them.");
    const QString nameA = a.first().key.metric;
    const QString nameB = b.first().key.metric;
    const double rangeA = meaningfulRange(a);
    const double rangeB = meaningfulRange(b);
    QList<double> sharesA, sharesB;
    for (const LargestStep& s : risingSteps(a, rangeA))
        sharesA << s.share;
    for (const LargestStep& s : risingSteps(b, rangeB))
        sharesB << s.share;
    if (sharesA.isEmpty() || sharesB.isEmpty())
        return ClaimText::tr("Too few families rise under %1 or %2 (three sizes and a rise of a "
                             "tenth of the scale) to compare how the two metrics rise.")
            .arg(nameA, nameB);
    const double mA = median(sharesA);
    const double mB = median(sharesB);
    QString text = ClaimText::tr("Share of each family's rise made in its largest single step, "
                                 "median over families: %1 %2 (n = %3), %4 %5 (n = %6). ")
                       .arg(nameA, percent(mA))
                       .arg(sharesA.size())
                       .arg(nameB, percent(mB))
                       .arg(sharesB.size());
    if (std::abs(mA - mB) >= 0.1)
        return text + ClaimText::tr("%1 spreads the rise over more sizes than %2.")
                          .arg(mA < mB ? nameA : nameB, mA < mB ? nameB : nameA);
    if (mA >= 0.5 && mB >= 0.5)
        return text + ClaimText::tr("On this data both metrics make most of their rise in one "
                                    "step: partial credit alone does not smooth these curves "
                                    "(the Toy model tab shows when it cannot).");
    if (mA < 0.5 && mB < 0.5)
        return text + ClaimText::tr("Both metrics rise over several steps here.");
    return text + ClaimText::tr("The two metrics rise alike here.");
}

QString baseFamily(const QString& label) {
    const qsizetype dot = label.indexOf(QStringLiteral(" · "));
    return dot < 0 ? label : label.left(dot);
}

QString promptingName(const QString& prompting) {
    return prompting.isEmpty() ? ClaimText::tr("unnamed") : QString(prompting).replace(u'_', u' ');
}

QString promptShift(const QList<Curve>& curves) {
    const double minRange = meaningfulRange(curves);
    QMap<QString, QList<std::pair<QString, LargestStep>>> byFamily;
    for (const Curve& c : curves)
        if (const auto s = largestStep(c, minRange); s && s->share > 0)
            byFamily[baseFamily(c.key.family)].append({c.key.prompting, *s});
    QStringList same, moved;
    for (auto it = byFamily.cbegin(); it != byFamily.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList parts;
        QSet<double> starts;
        for (const auto& [prompting, s] : it.value()) {
            parts << ClaimText::tr("%1 +%2 from %3 to %4")
                         .arg(promptingName(prompting), number(s.rise), scale(s.from), scale(s.to));
            starts.insert(s.from);
        }
        (starts.size() > 1 ? moved : same)
            << QStringLiteral("%1: %2").arg(it.key(), parts.join(QStringLiteral(", ")));
    }
    if (same.isEmpty() && moved.isEmpty())
        return ClaimText::tr("No family here has two prompting styles that each rise by at "
                             "least %1 over three or more sizes.")
            .arg(number(minRange));
    const qsizetype families = moved.size() + same.size();
    QString text;
    if (!moved.isEmpty())
        text = ClaimText::tr("In %1 of %2 families the largest step moves with the prompt (%3). ")
                   .arg(moved.size())
                   .arg(families)
                   .arg(listed(moved));
    if (!same.isEmpty())
        text += ClaimText::tr("In %1 of %2 families every prompting style makes its largest step "
                              "between the same two sizes (%3).")
                    .arg(same.size())
                    .arg(families)
                    .arg(listed(same));
    return text.trimmed();
}

QString decline(const QList<Curve>& curves) {
    const double tolerance = meaningfulRange(curves) / 10; // a hundredth of the scale
    QStringList falling;
    qsizetype families = 0;
    for (const Curve& c : curves) {
        const QList<Size> sizes = bySize(c);
        if (sizes.size() < 2)
            continue;
        ++families;
        const auto best =
            std::max_element(sizes.cbegin(), sizes.cend() - 1,
                             [](const Size& a, const Size& b) { return a.value < b.value; });
        if (sizes.last().value < best->value - tolerance)
            falling << ClaimText::tr("%1 %2 at %3 against %4 at %5")
                           .arg(c.key.family, number(sizes.last().value), scale(sizes.last().x),
                                number(best->value), scale(best->x));
    }
    if (families == 0)
        return ClaimText::tr("No family here has two or more sizes.");
    if (falling.isEmpty())
        return ClaimText::tr("In none of the %1 families with two or more sizes does the largest "
                             "model score below a smaller one.")
            .arg(families);
    return ClaimText::tr("In %1 of %2 families the largest model scores below a smaller one of "
                         "its family (by more than %3): %4.")
        .arg(falling.size())
        .arg(families)
        .arg(number(tolerance))
        .arg(listed(falling));
}

} // namespace

std::optional<LargestStep> largestStep(const Curve& curve, double minRange) {
    const QList<Size> sizes = bySize(curve);
    if (sizes.size() < 3)
        return std::nullopt;
    const auto [lo, hi] =
        std::minmax_element(sizes.cbegin(), sizes.cend(),
                            [](const Size& a, const Size& b) { return a.value < b.value; });
    const double range = hi->value - lo->value;
    if (!(range >= minRange) || range <= 0)
        return std::nullopt;
    qsizetype best = 0;
    for (qsizetype i = 1; i + 1 < sizes.size(); ++i)
        if (sizes[i + 1].value - sizes[i].value > sizes[best + 1].value - sizes[best].value)
            best = i;
    const double rise = sizes[best + 1].value - sizes[best].value;
    return LargestStep{curve.key.family, sizes[best].x, sizes[best + 1].x, rise, rise / range};
}

double meaningfulRange(const QList<Curve>& curves) {
    double lo = 0.0, hi = 0.0;
    for (const Curve& c : curves)
        for (const CurvePoint& p : c.points)
            if (std::isfinite(p.value)) {
                lo = std::min(lo, p.value);
                hi = std::max(hi, p.value);
            }
    if (lo >= 0 && hi <= 1)
        return 0.1;
    if (lo >= 0 && hi <= 100)
        return 10.0;
    return std::max(std::abs(lo), std::abs(hi)) / 10;
}

QString curveClaim(const QString& kind, const QList<QList<Curve>>& panels) {
    const QList<Curve> first = panels.value(0);
    if (kind == QLatin1String("largest_step"))
        return largestSteps(first);
    if (kind == QLatin1String("steady"))
        return steady(first);
    if (kind == QLatin1String("compare_steps"))
        return compareSteps(first, panels.value(1));
    if (kind == QLatin1String("prompt_shift"))
        return promptShift(first);
    if (kind == QLatin1String("decline"))
        return decline(first);
    return ClaimText::tr("(unknown claim '%1': nothing is stated)").arg(kind);
}

} // namespace ee
