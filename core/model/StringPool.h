// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace ee {

/// \brief Interns strings so that a table of millions of rows stores each distinct task, model
/// or metric name once and the rows hold 32-bit ids.
class StringPool {
public:
    using Id = std::uint32_t;

    /// \brief The id of `s`, adding it if new. Id 0 is always the empty string.
    Id intern(const QString& s);
    /// \brief The id of `s` if present.
    std::optional<Id> find(const QString& s) const;
    const QString& at(Id id) const { return m_strings.at(id); }
    qsizetype size() const { return m_strings.size(); }

    StringPool();

private:
    QStringList m_strings;
    QHash<QString, Id> m_ids;
};

} // namespace ee
