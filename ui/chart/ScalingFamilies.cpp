// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ScalingFamilies.h"

#include <QCoreApplication>
#include <algorithm>

namespace ee::ui {

ScalingFamilies ScalingFamilies::of(const FamilyStyles& session, const QList<QList<Curve>>& curves,
                                    const FamilyFilter& filter, const TaskChoices& choices,
                                    const ChartSelection& sel, const QStringList& alsoHidden) {
    ScalingFamilies out;
    out.styles = session;
    if (sel.overlayPrompting)
        for (const QString& f : choices.families)
            for (const QString& p : choices.promptings) {
                const QString name = f + QStringLiteral(" · ") + promptingLabel(p);
                out.styles.addAlias(name, f, p);
                out.baseOf.insert(name, f);
            }
    // Counted on the curves of these settings (metric, shots, prompting), not on the whole
    // task: a family without data here is not one of the chart's families, and "7 of 52 shown"
    // must mean seven drawn.
    for (const QList<Curve>& list : curves)
        for (const Curve& c : list) {
            const QString f = out.familyOf(c);
            if (!alsoHidden.contains(f))
                out.scoresOnChart[f] += c.points.size();
        }
    out.visible = filter.visible(out.scoresOnChart);
    return out;
}

QString ScalingFamilies::familyOf(const Curve& curve) const {
    return baseOf.value(curve.key.family, curve.key.family);
}

void ScalingFamilies::filter(QList<Curve>& curves) const {
    curves.removeIf([this](const Curve& c) { return !visible.contains(familyOf(c)); });
}

QString ScalingFamilies::countText() const {
    // Singular and plural spelled out: "%n" plurals need an English translation file the app
    // does not ship (it ships Chinese only), and read "1 families" without one.
    const auto total = scoresOnChart.size();
    if (visible.size() == total)
        return (total == 1 ? tr("%1 family") : tr("%1 families")).arg(total);
    return (total == 1 ? tr("%1 of %2 family shown") : tr("%1 of %2 families shown"))
        .arg(visible.size())
        .arg(total);
}

QList<LegendStrip::Entry> ScalingFamilies::legend(const QList<QList<Curve>>& drawn,
                                                  const QList<FittedCurve>& fits,
                                                  const FamilyFilter& filter) const {
    QStringList names;
    for (const QList<Curve>& list : drawn)
        for (const Curve& c : list)
            if (!names.contains(c.key.family))
                names.append(c.key.family);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const int c = QString::compare(a, b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    QList<LegendStrip::Entry> out;
    for (const QString& n : names)
        out.append(
            {n.isEmpty() ? tr("(no family)") : n, baseOf.value(n, n), styles.of(n), false, false});
    for (const QString& f : FamilyFilter::byScores(scoresOnChart))
        if (filter.hidden.contains(f))
            out.append({f, f, styles.of(f), true, false});
    for (const FittedCurve& f : fits)
        if (!f.label.isEmpty()) {
            SeriesStyle st = styles.of(f.family);
            if (f.family.isEmpty())
                st.colour = QStringLiteral("#808080");
            out.append({f.label, QString(), st, false, true});
        }
    return out;
}

} // namespace ee::ui
