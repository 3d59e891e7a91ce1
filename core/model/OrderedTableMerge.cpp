// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OrderedTableMerge.h"

#include <QtGlobal>

#include <algorithm>

namespace ee {

OrderedTableMerge::OrderedTableMerge(std::vector<std::size_t> partSizes)
    : m_partCount(partSizes.size())
    , m_sizeBefore(partSizes.size() + 1, 0)
    , m_waiting(partSizes.size()) {
    for (std::size_t p = 0; p < partSizes.size(); ++p)
        m_sizeBefore[p + 1] = m_sizeBefore[p] + partSizes[p];
}

ScoreTable OrderedTableMerge::submit(std::size_t part, ScoreTable&& table) {
    Q_ASSERT(part < m_partCount);
    // On the caller's thread, outside the lock: the part's index and duplicate keys.
    table.buildIndex();
    QList<QList<qsizetype>> duplicates = table.duplicateKeys();
    std::unique_lock lock(m_mutex);
    Q_ASSERT(!m_waiting[part] && part >= m_next);
    m_waiting[part].emplace(Waiting{std::move(table), std::move(duplicates)});
    if (!m_merging) {
        // This thread appends every part that is next in order, including those handed over
        // meanwhile; a thread that finds the merge busy leaves its part to it and reads on.
        m_merging = true;
        while (m_next < m_partCount && m_waiting[m_next]) {
            const std::size_t next = m_next;
            Waiting appending = std::move(*m_waiting[next]);
            m_waiting[next].reset();
            lock.unlock();
            appendPart(next, appending);
            appending.table.clearKeepingMemory();
            lock.lock();
            m_emptied.push_back(std::move(appending.table));
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

void OrderedTableMerge::appendPart(std::size_t part, Waiting& waiting) {
    const ScoreTable& table = waiting.table;
    const auto firstRow = static_cast<std::uint32_t>(m_out.m_value.size());
    // The part's index is kept until finish() places its rows; its curves are numbered in the
    // merged index now, while other parts are still being read.
    m_partIndexes.push_back(table.m_curveIndex.built());
    const std::vector<StringPool::Id> stringIds = m_out.appendMapped(table).strings;
    m_indexMerger.add(*m_partIndexes.back(), stringIds, firstRow);
    for (QList<qsizetype>& group : waiting.duplicateKeys) {
        for (qsizetype& row : group)
            row += firstRow;
        m_duplicateKeys.append(std::move(group));
    }
    if (!m_partsShareKeys && sharesSourceAndTask(part, table, stringIds))
        m_partsShareKeys = true;
    // Reserving for the rest as the parts so far foretell (rows per unit of expected size)
    // spares the columns a regrowth, a copy into fresh memory, at every doubling.
    const std::size_t rows = m_out.m_value.size();
    const std::size_t sizeSoFar = std::max<std::size_t>(1, m_sizeBefore[part + 1]);
    const std::size_t sizeNext = part + 1 < m_partCount ? m_sizeBefore[part + 2] : sizeSoFar;
    const auto foretold = [&](std::size_t size) {
        return static_cast<std::size_t>(double(rows) * double(size) / double(sizeSoFar));
    };
    if (part + 1 < m_partCount && m_out.rowCapacity() < foretold(sizeNext) * 9 / 8) {
        const std::size_t all = foretold(m_sizeBefore[m_partCount]);
        m_out.reserve(static_cast<qsizetype>(std::max(all + all / 8, rows + rows / 2)));
    }
}

bool OrderedTableMerge::sharesSourceAndTask(std::size_t part, const ScoreTable& table,
                                            const std::vector<StringPool::Id>& stringIds) {
    // Rows come in runs of one file, so one lookup per run, not per row; the run is skipped
    // by a loop that does nothing else (the lookup in the same loop cost 21 instructions a row).
    bool shared = false;
    const StringPool::Id* sources = table.m_source.data();
    const StringPool::Id* tasks = table.m_task.data();
    const std::size_t rows = table.m_value.size();
    for (std::size_t i = 0; i < rows;) {
        const StringPool::Id source = sources[i], task = tasks[i];
        const quint64 key = (quint64(stringIds[source]) << 32) | stringIds[task];
        const auto it = m_partOfSourceTask.constFind(key);
        if (it == m_partOfSourceTask.constEnd())
            m_partOfSourceTask.insert(key, part);
        else
            shared = shared || it.value() != part;
        do
            ++i;
        while (i < rows && sources[i] == source && tasks[i] == task);
    }
    return shared;
}

OrderedTableMerge::Merged OrderedTableMerge::finish(int threads) {
    std::lock_guard lock(m_mutex);
    Q_ASSERT(m_next == m_partCount && !m_merging);
    m_out.m_curveIndex.set(m_indexMerger.finish(threads));
    m_partIndexes.clear();
    Merged result;
    result.duplicateKeys =
        m_partsShareKeys ? m_out.duplicateKeys(threads) : std::move(m_duplicateKeys);
    result.table = std::move(m_out);
    return result;
}

} // namespace ee
