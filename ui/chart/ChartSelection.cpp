// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ChartSelection.h"

#include <QCoreApplication>

#include <QJsonValue>
#include <QSet>
#include <algorithm>

namespace ee::ui {

QJsonObject ChartSelection::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("task"), task);
    if (subtask)
        o.insert(QStringLiteral("subtask"), *subtask);
    o.insert(QStringLiteral("metric"), metric);
    o.insert(QStringLiteral("axis"), scaleAxisName(axis));
    if (capabilityPc > 0)
        o.insert(QStringLiteral("capability_pc"), capabilityPc);
    if (shotsChosen)
        o.insert(QStringLiteral("shots"),
                 shots ? QJsonValue(*shots) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("prompting"), prompting);
    o.insert(QStringLiteral("overlay_prompting"), overlayPrompting);
    o.insert(QStringLiteral("y_axis"), yAxisModeName(yAxis));
    return o;
}

ChartSelection ChartSelection::fromJson(const QJsonObject& o) {
    ChartSelection s;
    s.source = o.value(QStringLiteral("source")).toString();
    s.task = o.value(QStringLiteral("task")).toString();
    if (o.contains(QStringLiteral("subtask")))
        s.subtask = o.value(QStringLiteral("subtask")).toString();
    s.metric = o.value(QStringLiteral("metric")).toString();
    s.axis =
        scaleAxisFromName(o.value(QStringLiteral("axis")).toString()).value_or(ScaleAxis::Params);
    s.capabilityPc = std::max(0, o.value(QStringLiteral("capability_pc")).toInt());
    if (o.contains(QStringLiteral("shots"))) {
        s.shotsChosen = true;
        const QJsonValue v = o.value(QStringLiteral("shots"));
        if (v.isDouble())
            s.shots = v.toInt();
    }
    s.prompting = o.value(QStringLiteral("prompting")).toString();
    s.overlayPrompting = o.value(QStringLiteral("overlay_prompting")).toBool();
    // Sessions from before the y-axis menu (and unknown names) get the default, the full range.
    s.yAxis =
        yAxisModeFromName(o.value(QStringLiteral("y_axis")).toString()).value_or(YAxisMode::Full);
    return s;
}

CurveFilter taskFilter(const ChartSelection& s) {
    CurveFilter f;
    f.task = s.task;
    f.subtask = s.subtask;
    f.source = s.source;
    // One source named: its curves. None: every source's, pooled, as the browser's one group
    // (one source, or "Pool sources") shows them; never two lines of one family.
    f.poolSources = s.source.isEmpty();
    return f;
}

TaskChoices choicesFor(const ScoreTable& table, const ChartSelection& selection) {
    if (selection.task.isEmpty())
        return {};
    return choicesFromKeys(table.curveKeys(taskFilter(selection)));
}

TaskChoices choicesFromKeys(const QList<CurveKey>& keys) {
    TaskChoices c;
    QSet<QString> metrics, promptings, families;
    QSet<int> shots;
    bool unknownShots = false;
    for (const CurveKey& k : keys) {
        if (!metrics.contains(k.metric)) {
            metrics.insert(k.metric);
            c.metrics.append(k.metric);
        }
        if (!promptings.contains(k.prompting)) {
            promptings.insert(k.prompting);
            c.promptings.append(k.prompting);
        }
        if (!families.contains(k.family)) {
            families.insert(k.family);
            c.families.append(k.family);
        }
        if (k.shots)
            shots.insert(*k.shots);
        else
            unknownShots = true;
    }
    if (unknownShots)
        c.shots.append(std::nullopt);
    QList<int> sorted(shots.begin(), shots.end());
    std::sort(sorted.begin(), sorted.end());
    for (int s : sorted)
        c.shots.append(s);
    // Standard prompting first: it is the baseline the others are compared with.
    std::stable_sort(c.promptings.begin(), c.promptings.end(),
                     [](const QString& a, const QString& b) {
                         return (a == prompting::standard) > (b == prompting::standard);
                     });
    return c;
}

QList<Curve> queryCurves(const ScoreTable& table, const ChartSelection& s, const QString& metric) {
    CurveFilter f = taskFilter(s);
    f.metric = metric.isEmpty() ? s.metric : metric;
    if (f.metric.isEmpty())
        return {};
    if (s.shotsChosen && s.shots)
        f.shots = s.shots;
    if (!s.overlayPrompting && !s.prompting.isEmpty())
        f.prompting = s.prompting;
    QList<Curve> out;
    for (Curve& c : table.curves(f, s.axis)) {
        if (s.shotsChosen && c.key.shots != s.shots)
            continue;
        if (!s.overlayPrompting && c.key.prompting != s.prompting && !s.prompting.isEmpty())
            continue;
        if (s.overlayPrompting)
            c.key.family += QStringLiteral(" · ") + promptingLabel(c.key.prompting);
        out.append(std::move(c));
    }
    return out;
}

QString limitSubtaskLines(const ChartSelection& selection, QList<QList<Curve>>& curves) {
    if (selection.subtask || curves.isEmpty())
        return {};
    QSet<QString> subtasks;
    for (const Curve& c : std::as_const(curves.first()))
        subtasks.insert(c.key.subtask);
    if (subtasks.size() <= kMaxSubtaskLines)
        return {};
    for (QList<Curve>& list : curves)
        list.clear();
    return QCoreApplication::translate(
               "ScalingPanel", "%1 has %2 subtasks, too many to draw as lines: pick one in the "
                               "data browser, or see them all as a heat map on the "
                               "Decomposition tab.")
        .arg(selection.task)
        .arg(subtasks.size());
}

QString promptingLabel(const QString& p) {
    if (p.isEmpty())
        return QCoreApplication::translate("ScalingPanel", "unspecified");
    QString s = p;
    return s.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString shotsLabel(const std::optional<int>& shots) {
    return shots ? QCoreApplication::translate("ScalingPanel", "%1-shot").arg(*shots)
                 : QCoreApplication::translate("ScalingPanel", "shots unknown");
}

} // namespace ee::ui
