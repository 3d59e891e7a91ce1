// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/AnalysisJson.h"

#include <cmath>

namespace ee::AnalysisJson {

QJsonValue number(double v) {
    if (std::isnan(v))
        return QJsonValue::Null;
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return v;
}

QJsonValue number(const std::optional<double>& v) {
    return v ? number(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue score(const ShapeScore& s) {
    return number(s.value);
}

QJsonValue interval(const std::optional<ParamInterval>& i) {
    if (!i)
        return QJsonValue::Null;
    return QJsonArray{number(i->low), number(i->high)};
}

QJsonArray strings(const QStringList& list) {
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

void writeKey(QJsonObject& o, const CurveKey& key) {
    // The opened input the curve comes from; null when pooled over several (docs/formats.md §A0).
    o.insert(QStringLiteral("source"),
             key.source.isEmpty() ? QJsonValue() : QJsonValue(key.source));
    o.insert(QStringLiteral("task"), key.task);
    o.insert(QStringLiteral("subtask"), key.subtask);
    o.insert(QStringLiteral("metric"), key.metric);
    o.insert(QStringLiteral("family"), key.family);
    o.insert(QStringLiteral("shots"), key.shots ? QJsonValue(*key.shots) : QJsonValue());
    o.insert(QStringLiteral("prompting"), key.prompting);
}

QJsonObject fit(const FitComparison& f) {
    QJsonObject lin{{QStringLiteral("formula"), QStringLiteral("y = a + b*log10(x)")},
                    {QStringLiteral("a"), number(f.logLinear.a)},
                    {QStringLiteral("b"), number(f.logLinear.b)},
                    {QStringLiteral("rss"), number(f.logLinear.rss)},
                    {QStringLiteral("aicc"), number(f.logLinear.aicc)}};
    const SigmoidFit& s = f.sigmoid;
    QJsonObject sig{{QStringLiteral("formula"),
                     QStringLiteral("y = f + (h - f) / (1 + exp(-k*(log10(x) - m)))")},
                    {QStringLiteral("ok"), s.ok},
                    {QStringLiteral("floor"), number(s.floor)},
                    {QStringLiteral("floor_fixed"), s.floorFixed},
                    {QStringLiteral("ceiling"), number(s.ceiling)},
                    {QStringLiteral("k"), number(s.k)},
                    {QStringLiteral("m"), number(s.m)},
                    {QStringLiteral("midpoint_scale"), number(s.midpointScale())},
                    {QStringLiteral("width_decades"), number(s.widthDecades())},
                    {QStringLiteral("width_resolved"), s.widthResolved},
                    {QStringLiteral("rss"), number(s.rss)},
                    {QStringLiteral("aicc"), number(s.aicc)},
                    {QStringLiteral("notes"), strings(s.notes)}};
    QJsonObject o{{QStringLiteral("log_linear"), lin},
                  {QStringLiteral("sigmoid"), sig},
                  {QStringLiteral("preferred"), QString::fromLatin1(preferredName(f.preferred))},
                  {QStringLiteral("delta_aicc"), number(f.deltaAicc)},
                  {QStringLiteral("reason"), f.reason}};
    if (f.bootstrap) {
        const FitBootstrap& b = *f.bootstrap;
        o.insert(QStringLiteral("bootstrap"),
                 QJsonObject{{QStringLiteral("over"), b.over},
                             {QStringLiteral("samples"), b.requested},
                             {QStringLiteral("used"), b.used},
                             {QStringLiteral("seed"), QString::number(b.seed)},
                             {QStringLiteral("level"), b.level},
                             {QStringLiteral("a"), interval(b.a)},
                             {QStringLiteral("b"), interval(b.b)},
                             {QStringLiteral("m"), interval(b.m)},
                             {QStringLiteral("k"), interval(b.k)},
                             {QStringLiteral("width_decades"), interval(b.width)},
                             {QStringLiteral("ceiling"), interval(b.ceiling)},
                             {QStringLiteral("floor"), interval(b.floor)},
                             {QStringLiteral("sigmoid_preferred_share"), b.sigmoidPreferredShare}});
    } else {
        o.insert(QStringLiteral("bootstrap"), QJsonValue::Null);
    }
    return o;
}

QJsonObject curveStats(const CurveStats& s) {
    QJsonObject o;
    writeKey(o, s.key);
    o.insert(QStringLiteral("x_axis"), scaleAxisName(s.axis));
    o.insert(QStringLiteral("y_scale"), QString::fromLatin1(yScaleName(s.yScale)));
    o.insert(QStringLiteral("n_points"), s.nPoints);
    o.insert(QStringLiteral("linearity"), score(s.linearity));
    o.insert(QStringLiteral("linearity_definition"), QString::fromUtf8(kLinearityDefinition));
    o.insert(QStringLiteral("breakthroughness"), score(s.breakthroughness));
    o.insert(QStringLiteral("emergence_index"), number(s.emergenceIndex));
    o.insert(QStringLiteral("flags"), strings(s.flags.names()));
    const FlagThresholds& t = s.flags.thresholds;
    o.insert(
        QStringLiteral("flag_details"),
        QJsonObject{{QStringLiteral("d"), number(s.flags.d)},
                    {QStringLiteral("sigma"), number(s.flags.sigma)},
                    {QStringLiteral("sigma_source"), s.flags.sigmaSource},
                    {QStringLiteral("flat_sigmas"), t.flatSigmas},
                    {QStringLiteral("u_shape_sigmas"), t.uShapeSigmas},
                    {QStringLiteral("emergent_max_width_decades"), t.emergentMaxWidthDecades},
                    {QStringLiteral("emergent_min_rise_fraction"), t.emergentMinRiseFraction}});
    o.insert(QStringLiteral("fit"), s.fit ? QJsonValue(fit(*s.fit)) : QJsonValue());
    o.insert(QStringLiteral("point_interval"), ee::intervalMethodName(s.interval));
    QJsonArray points;
    for (const PointUncertainty& p : s.points)
        points.append(
            QJsonObject{{QStringLiteral("model"), p.model},
                        {QStringLiteral("x"), number(p.x)},
                        {QStringLiteral("y"), number(p.y)},
                        {QStringLiteral("n"), p.n ? QJsonValue(*p.n) : QJsonValue()},
                        {QStringLiteral("interval"),
                         p.low && p.high ? QJsonValue(QJsonArray{number(*p.low), number(*p.high)})
                                         : QJsonValue()},
                        {QStringLiteral("interval_source"),
                         p.source.isEmpty() ? QJsonValue() : QJsonValue(p.source)},
                        {QStringLiteral("sigma"), number(p.sigma)}});
    o.insert(QStringLiteral("points"), points);
    QStringList notes = s.notes;
    if (s.linearity.isDefined() && !s.linearity.note.isEmpty())
        notes << QStringLiteral("linearity: ") + s.linearity.note;
    if (s.breakthroughness.isDefined() && !s.breakthroughness.note.isEmpty())
        notes << QStringLiteral("breakthroughness: ") + s.breakthroughness.note;
    o.insert(QStringLiteral("notes"), strings(notes));
    return o;
}

QJsonObject analyze(const QList<CurveStats>& stats) {
    QJsonArray a;
    for (const CurveStats& s : stats)
        a.append(curveStats(s));
    return QJsonObject{{QStringLiteral("curves"), a}};
}

} // namespace ee::AnalysisJson
