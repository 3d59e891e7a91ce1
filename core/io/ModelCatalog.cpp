// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ModelCatalog.h"

#include "model/ScoreTable.h"

#include <QSet>

namespace ee {

namespace {
QString shortName(const QString& key) {
    return key.section(QLatin1Char('/'), -1);
}
} // namespace

void ModelCatalog::add(const ModelInfo& info) {
    const QString key = info.name.trimmed().toLower();
    m_byName.insert(key, info);
    const QString s = shortName(key);
    const auto it = m_byShortName.constFind(s);
    if (it == m_byShortName.constEnd())
        m_byShortName.insert(s, key);
    else if (it.value() != key)
        m_byShortName[s] = QString(); // ambiguous: only the full name finds either
}

void ModelCatalog::merge(const ModelCatalog& other) {
    for (const ModelInfo& info : other.m_byName)
        add(info);
}

const ModelInfo* ModelCatalog::find(const QString& name) const {
    const QString key = name.trimmed().toLower();
    auto it = m_byName.constFind(key);
    if (it != m_byName.constEnd())
        return &it.value();
    const QString full = m_byShortName.value(shortName(key));
    if (full.isEmpty())
        return nullptr;
    it = m_byName.constFind(full);
    return it == m_byName.constEnd() ? nullptr : &it.value();
}

ModelCatalog catalogFromTable(const ScoreTable& table) {
    ModelCatalog catalog;
    QSet<QString> seen;
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const ScoreRow r = table.row(i);
        if (r.model.isEmpty() || !r.scale.params || seen.contains(r.model))
            continue;
        seen.insert(r.model);
        catalog.add({r.model, r.family, r.scale});
    }
    return catalog;
}

} // namespace ee
