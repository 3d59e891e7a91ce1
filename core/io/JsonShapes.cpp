// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/JsonShapes.h"

#include <QSet>
#include <cmath>

namespace ee::JsonShapes {

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

QJsonValue integer(const std::optional<qint64>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray diagnostics(const Diagnostics& diag, Diagnostic::Severity severity) {
    QJsonArray out;
    for (const Diagnostic& d : diag.items) {
        if (d.severity != severity)
            continue;
        QJsonObject o;
        o.insert(QLatin1String("file"), d.file);
        o.insert(QLatin1String("line"),
                 d.line > 0 ? QJsonValue(d.line) : QJsonValue(QJsonValue::Null));
        o.insert(QLatin1String("message"),
                 d.place.isEmpty() ? d.message : d.place + QLatin1String(": ") + d.message);
        out.append(o);
    }
    return out;
}

QJsonObject summary(const ScoreTable& table, const Diagnostics& diag) {
    QJsonObject o;
    o.insert(QLatin1String("sources"), table.sources().size());
    o.insert(QLatin1String("tasks"), table.tasks().size());
    o.insert(QLatin1String("subtasks"), table.subtaskCount());
    o.insert(QLatin1String("families"), table.families().size());
    o.insert(QLatin1String("models"), table.modelCount());
    o.insert(QLatin1String("rows"), table.rowCount());
    o.insert(QLatin1String("warnings"), diagnostics(diag, Diagnostic::Severity::Warning));
    o.insert(QLatin1String("errors"), diagnostics(diag, Diagnostic::Severity::Error));
    return o;
}

QJsonObject curve(const Curve& c) {
    QJsonObject o;
    // The opened input the curve comes from; null when pooled over several (docs/formats.md §A0).
    o.insert(QLatin1String("source"),
             c.key.source.isEmpty() ? QJsonValue() : QJsonValue(c.key.source));
    o.insert(QLatin1String("task"), c.key.task);
    o.insert(QLatin1String("subtask"), c.key.subtask);
    o.insert(QLatin1String("metric"), c.key.metric);
    o.insert(QLatin1String("family"), c.key.family);
    o.insert(QLatin1String("shots"),
             c.key.shots ? QJsonValue(*c.key.shots) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("prompting"), c.key.prompting);
    o.insert(QLatin1String("x_axis"), scaleAxisName(c.axis));
    QJsonArray points;
    for (const CurvePoint& p : c.points) {
        QJsonObject po;
        po.insert(QLatin1String("model"), p.model);
        po.insert(QLatin1String("x"), number(p.x));
        po.insert(QLatin1String("value"), number(p.value));
        po.insert(QLatin1String("stderr"), number(p.stderr_));
        po.insert(QLatin1String("ci_low"), number(p.ciLow));
        po.insert(QLatin1String("ci_high"), number(p.ciHigh));
        po.insert(QLatin1String("n"), integer(p.n));
        points.append(po);
    }
    o.insert(QLatin1String("points"), points);
    return o;
}

QJsonObject curves(const QList<Curve>& list) {
    QJsonArray array;
    for (const Curve& c : list)
        array.append(curve(c));
    QJsonObject o;
    o.insert(QLatin1String("curves"), array);
    return o;
}

} // namespace ee::JsonShapes
