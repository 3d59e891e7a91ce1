// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/SelectionResolution.h"

#include "browser/BrowserIndex.h"

#include <algorithm>

namespace ee::ui {

namespace {

/// The shots settings of `keys` in the order the shots chooser lists them (unknown first).
QList<std::optional<int>> shotsOf(const QList<CurveKey>& keys) {
    QList<std::optional<int>> out;
    for (const CurveKey& k : keys)
        if (!out.contains(k.shots))
            out.append(k.shots);
    std::sort(out.begin(), out.end()); // nullopt sorts before every value
    return out;
}

/// A known setting first: "shots unknown" is a fallback, not a choice.
std::optional<int> preferredShots(const QList<std::optional<int>>& shots) {
    for (const auto& s : shots)
        if (s)
            return s;
    return std::nullopt;
}

} // namespace

ResolvedSelection resolveSelection(const QList<CurveKey>& keys, const ChartSelection& wanted,
                                   const QStringList& sideMetrics, KeepSetting keep,
                                   int maxPanels) {
    ResolvedSelection r;
    r.selection = wanted;
    r.sideMetrics = sideMetrics;
    ChartSelection& s = r.selection;
    if (s.task.isEmpty())
        return r;
    r.choices = choicesFromKeys(keys);
    const TaskChoices& c = r.choices;
    if (!c.metrics.contains(s.metric))
        s.metric = BrowserIndex::preferredMetric(c.metrics);

    QList<CurveKey> ofMetric;
    for (const CurveKey& k : keys)
        if (k.metric == s.metric)
            ofMetric.append(k);
    const auto hasShots = [&](const QString& prompting, const std::optional<int>& shots) {
        return std::any_of(ofMetric.cbegin(), ofMetric.cend(), [&](const CurveKey& k) {
            return k.prompting == prompting && k.shots == shots;
        });
    };
    if (!s.overlayPrompting) {
        QStringList styles; // the metric's prompting styles, in the chooser's order
        for (const QString& p : c.promptings)
            if (std::any_of(ofMetric.cbegin(), ofMetric.cend(),
                            [&](const CurveKey& k) { return k.prompting == p; }))
                styles.append(p);
        const bool pinShots = keep == KeepSetting::Shots && s.shotsChosen;
        const bool styleFits =
            styles.contains(s.prompting) && (!pinShots || hasShots(s.prompting, s.shots));
        if (!styleFits) {
            QString pick = styles.value(0);
            if (s.shotsChosen)
                for (const QString& p : styles)
                    if (hasShots(p, s.shots)) {
                        pick = p;
                        break;
                    }
            s.prompting = pick;
        }
    }
    if (s.shotsChosen) {
        QList<CurveKey> usable;
        for (const CurveKey& k : ofMetric)
            if (s.overlayPrompting || k.prompting == s.prompting)
                usable.append(k);
        const QList<std::optional<int>> shots = shotsOf(usable);
        if (!shots.contains(s.shots)) {
            s.shotsChosen = !shots.isEmpty();
            s.shots = preferredShots(shots);
        }
    }

    QStringList side;
    for (const QString& m : sideMetrics)
        if (c.metrics.contains(m) && !side.contains(m))
            side.append(m);
    if (side.size() < 2) {
        side = {s.metric};
        for (const QString& m : c.metrics)
            if (side.size() < maxPanels && !side.contains(m))
                side.append(m);
    }
    r.sideMetrics = side.mid(0, maxPanels);
    return r;
}

ResolvedSelection resolveSelection(const ScoreTable& table, const ChartSelection& wanted,
                                   const QStringList& sideMetrics, KeepSetting keep,
                                   int maxPanels) {
    if (wanted.task.isEmpty())
        return resolveSelection(QList<CurveKey>{}, wanted, sideMetrics, keep, maxPanels);
    return resolveSelection(table.curveKeys(taskFilter(wanted)), wanted, sideMetrics, keep,
                            maxPanels);
}

} // namespace ee::ui
