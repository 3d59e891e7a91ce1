// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ScoreTable.h"

#include <QHash>
#include <QList>

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace ee {

/// \brief Builds one table from numbered parts that several threads fill, appending each part
/// as soon as every part before it is in.
///
/// A loader's threads read runs of files into part tables. Merging them after the last one is
/// read was a serial phase of its own, and every part table was fresh memory paid for page by
/// page. Here the thread that hands over a part also appends whatever parts are next in order,
/// while the other threads go on reading, and gets back an emptied part table whose memory it
/// fills again. The result equals appending the parts in their order (ScoreTable::append), with
/// a curve index merged from the parts' own indexes.
class OrderedTableMerge {
public:
    /// \brief A merge of `partSizes.size()` parts, of about these relative sizes (the number
    /// of files each is read from, say): they foretell how many rows are to come, so that the
    /// result's columns are reserved once instead of regrown.
    explicit OrderedTableMerge(std::vector<std::size_t> partSizes);

    /// \brief Hands over part `part` (each of 0 … partCount−1 exactly once, from any thread).
    /// Its index is built here if the caller did not build it. Returns an empty table to fill
    /// next, which may keep the memory of a part already merged.
    ScoreTable submit(std::size_t part, ScoreTable&& table);

    struct Merged {
        ScoreTable table;
        /// The same as table.duplicateKeys(): found in each part on the thread that handed it
        /// over, and over the whole table only when two parts share a (source, task) pair,
        /// the one way rows of different parts can share a key.
        QList<QList<qsizetype>> duplicateKeys;
    };
    /// \brief The merged table with its curve index and duplicate keys, once every part is
    /// submitted; `threads` for the whole-table duplicate check when it is needed.
    Merged finish(int threads);

private:
    struct Waiting {
        ScoreTable table;
        QList<QList<qsizetype>> duplicateKeys; ///< rows numbered within the part
    };
    /// Appends `waiting` as part `part` (only the thread that holds m_merging calls it).
    void appendPart(std::size_t part, Waiting& waiting);
    /// Notes the part's (source, task) pairs; true when another part had one of them.
    bool sharesSourceAndTask(std::size_t part, const ScoreTable& table,
                             const std::vector<StringPool::Id>& stringIds);

    const std::size_t m_partCount;
    std::vector<std::size_t> m_sizeBefore; ///< sum of the sizes of the parts before each
    std::mutex m_mutex;
    std::vector<std::optional<Waiting>> m_waiting; ///< handed over, not yet appended
    std::vector<ScoreTable> m_emptied;             ///< appended parts, memory kept
    std::size_t m_next = 0;                        ///< the next part to append
    bool m_merging = false;                        ///< a thread is appending parts
    ScoreTable m_out;                              ///< written only by the merging thread
    std::vector<std::shared_ptr<const CurveIndex>> m_partIndexes; ///< of the parts appended
    CurveIndex::Merger m_indexMerger;
    QList<QList<qsizetype>> m_duplicateKeys; ///< of the parts appended, in merged rows
    QHash<quint64, std::size_t> m_partOfSourceTask;
    bool m_partsShareKeys = false;
};

} // namespace ee
