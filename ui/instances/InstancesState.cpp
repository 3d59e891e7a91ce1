// SPDX-License-Identifier: GPL-3.0-or-later
#include "instances/InstancesState.h"

#include <QJsonArray>

namespace ee::ui {

QJsonObject InstancesState::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    o.insert(QStringLiteral("models"), models);
    o.insert(QStringLiteral("task"), task);
    o.insert(QStringLiteral("metric"), metric);
    o.insert(QStringLiteral("second_metric"), secondMetric);
    o.insert(QStringLiteral("answers"), answers);
    o.insert(QStringLiteral("compare"),
             wholeText ? QStringLiteral("solution") : QStringLiteral("answer"));
    o.insert(QStringLiteral("extract"), extraction);
    o.insert(QStringLiteral("filter"), filter);
    o.insert(QStringLiteral("pair"), QJsonArray{smaller, larger});
    o.insert(QStringLiteral("sort"),
             sortFirstSolved ? QStringLiteral("first-solved") : QStringLiteral("file"));
    o.insert(QStringLiteral("search"), search);
    return o;
}

InstancesState InstancesState::fromJson(const QJsonObject& o) {
    InstancesState s;
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray())
        if (v.isString())
            s.files << v.toString();
    s.models = o.value(QStringLiteral("models")).toString();
    s.task = o.value(QStringLiteral("task")).toString();
    s.metric = o.value(QStringLiteral("metric")).toString();
    s.secondMetric = o.value(QStringLiteral("second_metric")).toString();
    s.answers = o.value(QStringLiteral("answers")).toString(s.answers);
    s.wholeText = o.value(QStringLiteral("compare")).toString() == QLatin1String("solution");
    s.extraction = o.value(QStringLiteral("extract")).toString();
    s.filter = o.value(QStringLiteral("filter")).toString(s.filter);
    const QJsonArray pair = o.value(QStringLiteral("pair")).toArray();
    s.smaller = pair.at(0).toString();
    s.larger = pair.at(1).toString();
    s.sortFirstSolved = o.value(QStringLiteral("sort")).toString() == QLatin1String("first-solved");
    s.search = o.value(QStringLiteral("search")).toString();
    return s;
}

} // namespace ee::ui
