// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small parts the BIG-bench score reader (BigBenchScores.cpp) runs for every entry and
// every score, kept apart from the reader's rules and diagnostics. Internal to that reader.

#include "model/ScoreTable.h"

#include <simdjson.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace ee::BigBenchScores::detail {

using simdjson::dom::element;
using simdjson::dom::object;
using Id = StringPool::Id;

/// A member of `obj`, or nullopt when absent.
inline std::optional<element> member(const object& obj, std::string_view key) {
    element e;
    if (obj.at_key(key).get(e) != simdjson::SUCCESS)
        return std::nullopt;
    return e;
}

// Inlined: returned from a call, the optional went through the stack as a double and a flag
// that were read back as one word, a store-forwarding stall that cost more than the read
// itself (this runs for every score of a checkout).
[[gnu::always_inline]] inline std::optional<double> asFiniteNumber(const element& e) {
    double v = 0; // get_double() takes integers too and refuses what is not a number
    if (e.get_double().get(v) != simdjson::SUCCESS || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/// Whether two short byte strings are equal, compared eight bytes at a time in place: the
/// names compared for every score (metric, subtask, task) are a few dozen bytes, for which a
/// call to memcmp cost more than the comparison.
[[gnu::always_inline]] inline bool sameBytes(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    std::size_t i = 0;
    for (; i + 8 <= a.size(); i += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y)
            return false;
    }
    for (; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

/// Interns each distinct UTF-8 name once per file: a file repeats a handful of subtask and
/// metric names across its entries, so a short linear list beats hashing QStrings per row.
/// Holds views into the parsed document, so it lives no longer than one file.
class NameCache {
public:
    explicit NameCache(ScoreTable& table)
        : m_table(table) {
        m_names.reserve(32); // a file's names in one allocation, not one per doubling
    }
    Id id(std::string_view utf8) {
        // Entries list their metrics in the same order, so the name after the last one found
        // is nearly always the next one asked for: one comparison instead of a scan.
        const std::size_t n = m_names.size();
        std::size_t i = m_next;
        for (std::size_t k = 0; k < n; ++k, ++i) {
            if (i >= n) // wrapped without a division: this runs for every score
                i -= n;
            if (sameBytes(m_names[i].first, utf8)) {
                m_next = i + 1;
                return m_names[i].second;
            }
        }
        const Id id = m_table.intern(utf8);
        m_names.emplace_back(utf8, id);
        m_next = m_names.size();
        return id;
    }

private:
    ScoreTable& m_table;
    std::vector<std::pair<std::string_view, Id>> m_names;
    std::size_t m_next = 0;
};

/// The members of a score entry that the reader uses, found in one pass over the entry instead
/// of one key search each (six searches per entry were a tenth of reading a file). As with
/// member(), the first of repeated keys counts.
struct EntryFields {
    std::optional<element> subtask, shots, dict, low, high, preferred;

    explicit EntryFields(const object& entry) {
        // The iterator, not a range-for over key/value pairs: copying each pair through the
        // stack and reading its value back whole stalled on store forwarding.
        for (auto field = entry.begin(); field != entry.end(); ++field) {
            const std::string_view key = field.key();
            std::optional<element>* slot = nullptr;
            switch (key.size()) {
            case 9:
                slot = key == "low_score" ? &low : nullptr;
                break;
            case 10:
                slot = key == "score_dict" ? &dict : key == "high_score" ? &high : nullptr;
                break;
            case 15:
                slot = key == "number_of_shots"   ? &shots
                       : key == "preferred_score" ? &preferred
                                                  : nullptr;
                break;
            case 19:
                slot = key == "subtask_description" ? &subtask : nullptr;
                break;
            default:
                break;
            }
            if (slot && !*slot)
                *slot = field.value();
        }
    }
};

} // namespace ee::BigBenchScores::detail
