// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/StringPool.h"

namespace ee {

StringPool::StringPool() {
    intern(QString());
}

StringPool::Id StringPool::intern(const QString& s) {
    const auto it = m_ids.constFind(s);
    if (it != m_ids.constEnd())
        return it.value();
    const Id id = static_cast<Id>(m_strings.size());
    m_strings.append(s);
    m_ids.insert(s, id);
    return id;
}

StringPool::Id StringPool::intern(std::string_view utf8) {
    const auto it = m_utf8Ids.find(utf8);
    if (it != m_utf8Ids.end())
        return it->second;
    const Id id = intern(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
    m_utf8Ids.emplace(std::string(utf8), id);
    return id;
}

std::optional<StringPool::Id> StringPool::find(const QString& s) const {
    const auto it = m_ids.constFind(s);
    if (it == m_ids.constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace ee
