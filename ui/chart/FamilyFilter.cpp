// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/FamilyFilter.h"

#include <QJsonArray>
#include <algorithm>

namespace ee::ui {

QStringList FamilyFilter::visible(const QHash<QString, qsizetype>& scores) const {
    const QStringList all = byScores(scores);
    QStringList out;
    for (qsizetype i = 0; i < all.size(); ++i)
        if ((showAll || i < topN || shown.contains(all[i])) && !hidden.contains(all[i]))
            out.append(all[i]);
    return out;
}

void FamilyFilter::setFamilyVisible(const QString& family, bool on) {
    shown.removeAll(family);
    hidden.removeAll(family);
    (on ? shown : hidden).append(family);
}

void FamilyFilter::resetToTop() {
    showAll = false;
    shown.clear();
    hidden.clear();
}

void FamilyFilter::showEverything() {
    showAll = true;
    hidden.clear();
}

QJsonObject FamilyFilter::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("top_n"), topN);
    o.insert(QStringLiteral("show_all"), showAll);
    o.insert(QStringLiteral("shown"), QJsonArray::fromStringList(shown));
    o.insert(QStringLiteral("hidden"), QJsonArray::fromStringList(hidden));
    return o;
}

FamilyFilter FamilyFilter::fromJson(const QJsonObject& o) {
    FamilyFilter f;
    f.topN = std::max(1, o.value(QStringLiteral("top_n")).toInt(kDefaultTopN));
    f.showAll = o.value(QStringLiteral("show_all")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("shown")).toArray())
        f.shown.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("hidden")).toArray())
        f.hidden.append(v.toString());
    return f;
}

} // namespace ee::ui
