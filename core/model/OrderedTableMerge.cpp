// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OrderedTableMerge.h"

#include <QtGlobal>

#include <algorithm>

namespace ee {

OrderedTableMerge::OrderedTableMerge(std::size_t partCount)
    : m_partCount(partCount)
    , m_waiting(partCount) {}

ScoreTable OrderedTableMerge::submit(std::size_t part, ScoreTable&& table) {
    Q_ASSERT(part < m_partCount);
    table.buildIndex(); // on the caller's thread, outside the lock
    std::unique_lock lock(m_mutex);
    Q_ASSERT(!m_waiting[part] && part >= m_next);
    m_waiting[part].emplace(std::move(table));
    if (!m_merging) {
        // This thread appends every part that is next in order, including those handed over
        // meanwhile; a thread that finds the merge busy leaves its part to it and reads on.
        m_merging = true;
        while (m_next < m_partCount && m_waiting[m_next]) {
            const std::size_t next = m_next;
            ScoreTable appending = std::move(*m_waiting[next]);
            m_waiting[next].reset();
            lock.unlock();
            appendPart(next, appending);
            appending.clearKeepingMemory();
            lock.lock();
            m_emptied.push_back(std::move(appending));
            ++m_next;
        }
        m_merging = false;
    }
    if (m_emptied.empty())
        return ScoreTable();
    ScoreTable reused = std::move(m_emptied.back());
    m_emptied.pop_back();
    return reused;
}

void OrderedTableMerge::appendPart(std::size_t part, ScoreTable& table) {
    MergedPart merged;
    merged.firstRow = static_cast<std::uint32_t>(m_out.m_value.size());
    merged.index = table.m_curveIndex.built();
    merged.stringIds = m_out.appendMapped(table).strings;
    m_merged.push_back(std::move(merged));
    // Parts hold about as many rows each: reserving for the rest as the parts so far foretell
    // spares the columns a regrowth (a copy into fresh memory) at every doubling.
    const std::size_t rows = m_out.m_value.size();
    const std::size_t perPart = rows / (part + 1);
    if (part + 1 < m_partCount && m_out.rowCapacity() < rows + 2 * perPart)
        m_out.reserve(static_cast<qsizetype>(
            std::max(perPart * m_partCount + perPart * m_partCount / 8, rows + rows / 2)));
}

ScoreTable OrderedTableMerge::finish() {
    std::lock_guard lock(m_mutex);
    Q_ASSERT(m_next == m_partCount && !m_merging);
    std::vector<CurveIndex::Part> parts;
    parts.reserve(m_merged.size());
    for (const MergedPart& merged : m_merged)
        parts.push_back({*merged.index, merged.stringIds, merged.firstRow});
    m_out.m_curveIndex.set(CurveIndex::merge(parts));
    m_merged.clear();
    return std::move(m_out);
}

} // namespace ee
