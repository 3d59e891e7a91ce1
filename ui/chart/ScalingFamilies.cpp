// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ScalingFamilies.h"

#include <QCoreApplication>
#include <algorithm>

namespace ee::ui {

ScalingFamilies ScalingFamilies::of(const FamilyStyles& session, const FamilyScoresByTask& scores,
                                    const FamilyFilter& filter, const TaskChoices& choices,
                                    const ChartSelection& sel, const QStringList& alsoHidden) {
    ScalingFamilies out;
    out.styles = session;
    const QHash<QString, qsizetype> onTask = scores.value(sel.task);
    for (const QString& f : choices.families)
        if (!alsoHidden.contains(f))
            out.scoresOnTask.insert(f, onTask.value(f));
    out.visible = filter.visible(out.scoresOnTask);
    if (sel.overlayPrompting)
        for (const QString& f : choices.families)
            for (const QString& p : choices.promptings) {
                const QString name = f + QStringLiteral(" · ") + promptingLabel(p);
                out.styles.addAlias(name, f, p);
                out.baseOf.insert(name, f);
            }
    return out;
}

QString ScalingFamilies::familyOf(const Curve& curve) const {
    return baseOf.value(curve.key.family, curve.key.family);
}

void ScalingFamilies::filter(QList<Curve>& curves) const {
    curves.removeIf([this](const Curve& c) { return !visible.contains(familyOf(c)); });
}

QString ScalingFamilies::countText() const {
    const auto total = scoresOnTask.size();
    if (visible.size() == total)
        return QCoreApplication::translate("ScalingFamilies", "%n families", nullptr, int(total));
    return QCoreApplication::translate("ScalingFamilies", "%1 of %n families shown", nullptr,
                                       int(total))
        .arg(visible.size());
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
        out.append({n.isEmpty() ? QStringLiteral("(no family)") : n, baseOf.value(n, n),
                    styles.of(n), false, false});
    for (const QString& f : FamilyFilter::byScores(scoresOnTask))
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
