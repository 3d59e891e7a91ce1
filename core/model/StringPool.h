// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ee {

/// \brief Interns strings so that a table of millions of rows stores each distinct task, model
/// or metric name once and the rows hold 32-bit ids.
class StringPool {
public:
    using Id = std::uint32_t;

    /// \brief The id of `s`, adding it if new. Id 0 is always the empty string.
    Id intern(const QString& s);
    /// \brief The id of the text whose UTF-8 bytes are `utf8`, adding it if new. For importers
    /// that hold names as UTF-8: a name seen before is found by its bytes, without a conversion
    /// to QString or a QString hash (a BIG-bench checkout repeats a few metric and subtask names
    /// in thousands of files).
    Id intern(std::string_view utf8);
    /// \brief The id of `s` if present.
    std::optional<Id> find(const QString& s) const;
    const QString& at(Id id) const { return m_strings.at(id); }
    qsizetype size() const { return m_strings.size(); }

    StringPool();

private:
    /// Hashes std::string and std::string_view alike, so lookups by a view copy nothing.
    struct Utf8Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };

    QStringList m_strings;
    QHash<QString, Id> m_ids;
    std::unordered_map<std::string, Id, Utf8Hash, std::equal_to<>> m_utf8Ids;
};

} // namespace ee
