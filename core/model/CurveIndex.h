// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/LargeAllocator.h"
#include "model/StringPool.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace ee {

/// \brief A curve's key as interned string ids (see ScoreTable); shots INT16_MIN = unknown.
struct CurveKeyIds {
    StringPool::Id input = 0, task = 0, subtask = 0, metric = 0, family = 0, prompting = 0;
    std::int16_t shots = 0;
    bool operator==(const CurveKeyIds&) const = default;
};

/// \brief Which rows of a table belong to which curve, in compressed form.
///
/// Built in one pass over a table's key columns once the rows are in, instead of being kept
/// up to date on every append: loading appends hundreds of thousands of rows and merges
/// per-thread tables, and a per-row hash insert into a map of growing row lists was the largest
/// cost of loading a BIG-bench checkout. Curves are numbered in order of their first row; each
/// curve's rows are listed in append order.
class CurveIndex {
public:
    /// \brief The key columns of a table, one entry per row, all of the same length.
    struct Columns {
        const Column<StringPool::Id>& input;
        const Column<StringPool::Id>& task;
        const Column<StringPool::Id>& subtask;
        const Column<StringPool::Id>& metric;
        const Column<StringPool::Id>& family;
        const Column<StringPool::Id>& prompting;
        const Column<std::int16_t>& shots;
        /// Not part of the key: rows come in runs of one source (file), and runs often repeat
        /// the previous run's keys in the same order (a family's models in a BIG-bench task).
        const Column<StringPool::Id>& source;
    };
    static CurveIndex build(const Columns& columns);

    class Merger;

    std::size_t curveCount() const { return m_keys.size(); }
    const CurveKeyIds& key(std::size_t curve) const { return m_keys[curve]; }
    const std::vector<CurveKeyIds>& keys() const { return m_keys; }
    /// \brief The distinct inputs (CurveKeyIds::input) of the curves, in order of first use:
    /// few, so a query over every input need not scan the keys.
    const std::vector<StringPool::Id>& inputs() const { return m_inputs; }
    /// \brief The rows of curve `curve`, in append order.
    std::pair<const std::uint32_t*, const std::uint32_t*> rows(std::size_t curve) const {
        return {m_rows.data() + m_start[curve], m_rows.data() + m_start[curve + 1]};
    }
    /// \brief The curve with this key, if any row has it.
    std::optional<std::size_t> find(const CurveKeyIds& key) const;
    std::size_t memoryBytes() const;

private:
    /// Open addressing with linear probing. A slot holds a curve number in its low half and
    /// the high half of its key's hash above it (kEmpty when free): a probe compares keys only
    /// where the hashes agree, so looking up a new key reads no key at all.
    std::size_t slotOf(const CurveKeyIds& key) const;
    std::size_t slotOf(const CurveKeyIds& key, std::uint64_t hash) const;
    void growSlots();
    /// Grows the slots (rehashing) until `curves` curves fit.
    void reserveSlots(std::size_t curves);
    /// The curve number of `key`, adding a curve (with a zero count) when it is new.
    std::uint32_t curveFor(const CurveKeyIds& key, std::vector<std::uint32_t>& counts);
    /// The same for a key of hash `hash`, with room for it already reserved.
    std::uint32_t curveFor(const CurveKeyIds& key, std::uint64_t hash,
                           std::vector<std::uint32_t>& counts);
    /// Turns per-curve counts into m_start, and `counts` into each curve's next free slot.
    void startsFromCounts(std::vector<std::uint32_t>& counts);

    static constexpr std::uint64_t kEmpty = UINT64_MAX;
    std::vector<CurveKeyIds> m_keys;
    std::vector<StringPool::Id> m_inputs;
    std::vector<std::uint32_t> m_start; ///< curveCount() + 1 offsets into m_rows
    Column<std::uint32_t> m_rows;
    std::vector<std::uint64_t> m_slots;
};

/// \brief The index of tables appended one after another, from the tables' own indexes.
///
/// The result is the same as CurveIndex::build() on the concatenated columns, in time
/// proportional to the rows plus the parts' curves: no key is hashed per row, so each part can
/// be indexed on its own thread. add() hashes a part's curves as the part is appended, while
/// other parts are still being read; finish() places every row.
class CurveIndex::Merger {
public:
    /// \brief Adds the next part: its index (kept by reference: it must outlive finish()),
    /// its string ids mapped into the merged table's pool, and the merged number of its first
    /// row.
    void add(const CurveIndex& part, const std::vector<StringPool::Id>& stringIds,
             std::uint32_t firstRow);
    /// \brief The merged index; up to `threads` threads place the rows, each its own curves.
    CurveIndex finish(int threads);

private:
    struct Added {
        const CurveIndex* index;
        std::uint32_t firstRow;
        std::vector<std::uint32_t> mergedCurve; ///< the merged number of each of its curves
    };
    CurveIndex m_index;
    std::vector<std::uint32_t> m_counts; ///< rows per merged curve
    std::vector<CurveKeyIds> m_keys;     ///< the part being added: its keys, merged ids
    std::vector<std::uint64_t> m_hashes; ///< and their hashes
    std::vector<Added> m_parts;
};

/// \brief A CurveIndex built on first use and dropped when the table changes.
///
/// Const queries may run on several threads at once (the GUI queries while analyses run), so
/// the first build is serialised; afterwards readers take no lock. Copies carry the index when
/// it is built; the owner calls invalidate() before every change to the rows.
class LazyCurveIndex {
public:
    LazyCurveIndex() = default;
    LazyCurveIndex(const LazyCurveIndex& other);
    LazyCurveIndex(LazyCurveIndex&& other) noexcept;
    LazyCurveIndex& operator=(const LazyCurveIndex& other);
    LazyCurveIndex& operator=(LazyCurveIndex&& other) noexcept;
    ~LazyCurveIndex() = default;

    /// \brief The index, built with `build` if it is not built yet.
    const CurveIndex& get(const std::function<CurveIndex()>& build) const;
    /// \brief Installs an index built elsewhere (not thread-safe: the owner is being modified).
    void set(CurveIndex index) {
        m_index = std::make_shared<const CurveIndex>(std::move(index));
        m_ready.store(m_index.get(), std::memory_order_release);
    }
    /// \brief The index if it is built, else null; shares it without copying.
    std::shared_ptr<const CurveIndex> built() const { return snapshot(); }
    /// \brief Forgets the index (not thread-safe: the owner is being modified).
    void invalidate() {
        if (m_ready.load(std::memory_order_relaxed)) {
            m_ready.store(nullptr, std::memory_order_relaxed);
            m_index.reset();
        }
    }

private:
    std::shared_ptr<const CurveIndex> snapshot() const;

    mutable std::mutex m_mutex;
    mutable std::shared_ptr<const CurveIndex> m_index;
    mutable std::atomic<const CurveIndex*> m_ready{nullptr};
};

} // namespace ee
