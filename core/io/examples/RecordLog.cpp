// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/examples/RecordLog.h"

#include <cmath>

namespace ee {

void RecordLog::warn(qint64 line, const QString& message, const QString& place) {
    m_ops.push_back({Kind::Warn, line, -1, 0, message, place});
}

void RecordLog::countSkippedUnkeyed() {
    m_ops.push_back({Kind::SkipUnkeyed, 0, -1, 0, {}, {}});
}

qsizetype RecordLog::keyIndex(const ExampleGroupKey& key) {
    // Consecutive records almost always share their key: compare with the last one first.
    if (m_lastKey >= 0 && m_keys[static_cast<std::size_t>(m_lastKey)] == key)
        return m_lastKey;
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] == key)
            return m_lastKey = static_cast<qsizetype>(i);
    m_keys.push_back(key);
    return m_lastKey = static_cast<qsizetype>(m_keys.size()) - 1;
}

void RecordLog::countSkipped(const ExampleGroupKey& key) {
    m_ops.push_back({Kind::Skip, 0, keyIndex(key), 0, {}, {}});
}

void RecordLog::add(const ExampleGroupKey& key, Example e) {
    m_ops.push_back({Kind::Add, 0, keyIndex(key), 0, {}, {}});
    if (m_sink.take)
        m_sink.take(std::move(e));
    else
        m_examples.append(std::move(e));
}

std::optional<double> RecordLog::checkedSize(qint64 line, const QString& field,
                                             std::optional<double> value) {
    // The same test as ExampleSet::checkedSize, whose warning (once per file, field and value)
    // can only be decided in file order.
    if (!value || (std::isfinite(*value) && *value > 0))
        return value;
    qsizetype f = m_fields.indexOf(field);
    if (f < 0) {
        f = m_fields.size();
        m_fields << field;
    }
    m_ops.push_back({Kind::Size, line, f, *value, {}, {}});
    return std::nullopt;
}

std::optional<int> RecordLog::checkedShots(qint64 line, std::optional<double> value) {
    if (!value)
        return std::nullopt;
    if (*value >= 0 && *value <= 10000 && *value == std::floor(*value))
        return static_cast<int>(*value);
    m_ops.push_back({Kind::Shots, line, -1, *value, {}, {}});
    return std::nullopt;
}

void RecordLog::replay(ExampleSet& set, const QString& file) {
    // A key's group is looked up when the key is first used, as the set would create it then.
    std::vector<qsizetype> groups(m_keys.size(), -1);
    auto groupOf = [&](qsizetype key) {
        qsizetype& g = groups[static_cast<std::size_t>(key)];
        if (g < 0)
            g = set.groupIndex(m_keys[static_cast<std::size_t>(key)], file);
        return g;
    };
    std::size_t example = 0;
    for (Op& op : m_ops) {
        switch (op.kind) {
        case Kind::Warn:
            set.warn(file, op.line, op.message, op.place);
            break;
        case Kind::SkipUnkeyed:
            set.countSkippedUnkeyed();
            break;
        case Kind::Skip:
            set.countSkippedIn(groupOf(op.index));
            break;
        case Kind::Add:
            if (m_sink.take)
                m_sink.placed(groupOf(op.index));
            else
                set.addTo(groupOf(op.index),
                          std::move(m_examples[static_cast<qsizetype>(example++)]));
            break;
        case Kind::Size:
            set.checkedSize(file, op.line, m_fields[op.index], op.value);
            break;
        case Kind::Shots:
            set.checkedShots(file, op.line, op.value);
            break;
        }
    }
    m_ops.clear();
    m_keys.clear();
    m_lastKey = -1;
    m_examples.clear();
    m_fields.clear();
}

} // namespace ee
