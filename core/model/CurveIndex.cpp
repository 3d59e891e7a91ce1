// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CurveIndex.h"

#include "platform/ParallelJobs.h"

#include <algorithm>
#include <array>

namespace ee {

namespace {

std::uint64_t hashOf(const CurveKeyIds& k) {
    // Ids are small consecutive numbers: multiplying each packed pair by a different odd
    // constant spreads them, and the shifts fold the high bits into the low ones that pick a
    // slot. One multiply per word instead of three finaliser rounds each (the probe was a
    // twentieth of loading).
    const std::uint64_t a = (std::uint64_t(k.task) << 32) | k.subtask;
    const std::uint64_t b = (std::uint64_t(k.metric) << 32) | k.family;
    const std::uint64_t c = (std::uint64_t(k.prompting) << 16) | std::uint16_t(k.shots);
    std::uint64_t h = a * 0x9E3779B97F4A7C15ULL;
    h ^= b * 0xC2B2AE3D27D4EB4FULL;
    h ^= c * 0x165667B19E3779F9ULL;
    h ^= std::uint64_t(k.input) * 0xD6E8FEB86659FD93ULL;
    return h ^ (h >> 29) ^ (h >> 47);
}

} // namespace

namespace {
constexpr std::uint64_t kTagBits = 0xFFFFFFFF00000000ULL;
}

std::size_t CurveIndex::slotOf(const CurveKeyIds& key) const {
    return slotOf(key, hashOf(key));
}

std::size_t CurveIndex::slotOf(const CurveKeyIds& key, std::uint64_t hash) const {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t s = static_cast<std::size_t>(hash) & mask;
    for (; m_slots[s] != kEmpty; s = (s + 1) & mask) {
        const std::uint64_t slot = m_slots[s];
        if ((slot & kTagBits) == (hash & kTagBits) && m_keys[std::uint32_t(slot)] == key)
            break;
    }
    return s;
}

void CurveIndex::growSlots() {
    m_slots.assign(m_slots.empty() ? 1024 : m_slots.size() * 2, kEmpty);
    for (std::uint32_t c = 0; c < m_keys.size(); ++c) {
        const std::uint64_t hash = hashOf(m_keys[c]);
        m_slots[slotOf(m_keys[c], hash)] = (hash & kTagBits) | c;
    }
}

void CurveIndex::reserveSlots(std::size_t curves) {
    // At most half full, so probes stay short.
    while (m_slots.empty() || 2 * curves > m_slots.size())
        growSlots();
}

std::uint32_t CurveIndex::curveFor(const CurveKeyIds& key, std::vector<std::uint32_t>& counts) {
    reserveSlots(m_keys.size() + 1);
    return curveFor(key, hashOf(key), counts);
}

std::uint32_t CurveIndex::curveFor(const CurveKeyIds& key, std::uint64_t hash,
                                   std::vector<std::uint32_t>& counts) {
    const std::size_t s = slotOf(key, hash);
    if (m_slots[s] == kEmpty) {
        m_slots[s] = (hash & kTagBits) | m_keys.size();
        m_keys.push_back(key);
        counts.push_back(0);
        // Once per new curve, against a handful of inputs.
        if (std::find(m_inputs.begin(), m_inputs.end(), key.input) == m_inputs.end())
            m_inputs.push_back(key.input);
    }
    return std::uint32_t(m_slots[s]);
}

void CurveIndex::startsFromCounts(std::vector<std::uint32_t>& counts) {
    m_start.resize(m_keys.size() + 1);
    std::uint32_t offset = 0;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        m_start[c] = offset;
        offset += counts[c];
        counts[c] = m_start[c];
    }
    m_start[counts.size()] = offset;
    m_rows.resize(offset);
}

CurveIndex CurveIndex::build(const Columns& columns) {
    CurveIndex index;
    const std::size_t n = columns.task.size();
    index.reserveSlots(0);
    std::vector<std::uint32_t> curveOfRow(n);
    std::vector<std::uint32_t> counts;
    const auto keyAt = [&columns](std::size_t i) {
        return CurveKeyIds{columns.input[i],  columns.task[i],   columns.subtask[i],
                           columns.metric[i], columns.family[i], columns.prompting[i],
                           columns.shots[i]};
    };
    // Compared in the columns, not as keys built first: building both keys spilled them to
    // the stack for every row.
    const auto sameKey = [&columns](std::size_t a, std::size_t b) {
        return columns.metric[a] == columns.metric[b] && columns.subtask[a] == columns.subtask[b] &&
               columns.shots[a] == columns.shots[b] && columns.task[a] == columns.task[b] &&
               columns.family[a] == columns.family[b] &&
               columns.prompting[a] == columns.prompting[b] && columns.input[a] == columns.input[b];
    };
    // A row whose key equals that of the row at the same place in an earlier source's run is
    // in that row's curve: comparing two keys in cache costs far less than a hash probe. In a
    // BIG-bench checkout most files repeat the layout of one of the few files before them
    // (the previous model of the same family), so each run is paired with the latest of the
    // last few runs whose first key matches its own.
    struct Run {
        std::size_t begin = 0, end = 0;
    };
    std::array<Run, 4> recent{}; // newest first
    Run partner;                 // empty: none
    std::size_t run = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && columns.source[i] != columns.source[i - 1]) {
            std::move_backward(recent.begin(), recent.end() - 1, recent.end());
            recent.front() = {run, i};
            run = i;
            partner = {};
            for (const Run& r : recent)
                if (r.end > r.begin && sameKey(r.begin, i)) {
                    partner = r;
                    break;
                }
        }
        const std::size_t same = partner.begin + (i - run);
        const std::uint32_t c = same < partner.end && sameKey(same, i)
                                    ? curveOfRow[same]
                                    : index.curveFor(keyAt(i), counts);
        curveOfRow[i] = c;
        ++counts[c];
    }
    // Counting sort of the rows by curve; a forward scatter keeps each curve's rows in order.
    index.startsFromCounts(counts);
    for (std::size_t i = 0; i < n; ++i)
        index.m_rows[counts[curveOfRow[i]]++] = static_cast<std::uint32_t>(i);
    return index;
}

void CurveIndex::Merger::add(const CurveIndex& part, const std::vector<StringPool::Id>& ids,
                             std::uint32_t firstRow) {
    // The merged table of curves is large and the part's keys fall all over it, so nearly
    // every probe was a cache miss: the slots of the keys a few places ahead are fetched while
    // the current one is looked up (no growth happens meanwhile, so the addresses hold).
    const std::size_t n = part.curveCount();
    m_index.reserveSlots(m_index.m_keys.size() + n);
    m_keys.resize(n);
    m_hashes.resize(n);
    for (std::size_t c = 0; c < n; ++c) {
        const CurveKeyIds& k = part.m_keys[c];
        m_keys[c] = {ids[k.input],  ids[k.task],      ids[k.subtask], ids[k.metric],
                     ids[k.family], ids[k.prompting], k.shots};
        m_hashes[c] = hashOf(m_keys[c]);
    }
    const std::size_t mask = m_index.m_slots.size() - 1;
    constexpr std::size_t kAhead = 8;
    Added added{&part, firstRow, std::vector<std::uint32_t>(n)};
    for (std::size_t c = 0; c < n; ++c) {
        if (c + kAhead < n)
            __builtin_prefetch(&m_index.m_slots[std::size_t(m_hashes[c + kAhead]) & mask]);
        const std::uint32_t g = m_index.curveFor(m_keys[c], m_hashes[c], m_counts);
        added.mergedCurve[c] = g;
        m_counts[g] += part.m_start[c + 1] - part.m_start[c];
    }
    m_parts.push_back(std::move(added));
}

CurveIndex CurveIndex::Merger::finish(int threads) {
    m_index.reserveSlots(m_index.m_keys.size());
    m_index.startsFromCounts(m_counts); // m_counts: each merged curve's next free place
    // Parts in order, each curve's rows in order: every merged curve lists its rows in the
    // order of the concatenated table, as build() would. Each thread places the rows of one
    // range of merged curves, so no two write the same place or cursor.
    const auto curves = static_cast<std::uint32_t>(m_index.curveCount());
    const auto place = [this, curves](std::uint32_t part, std::uint32_t parts) {
        const std::uint32_t from = std::uint32_t(std::uint64_t(curves) * part / parts);
        const std::uint32_t to = std::uint32_t(std::uint64_t(curves) * (part + 1) / parts);
        for (const Added& added : m_parts) {
            const CurveIndex& index = *added.index;
            for (std::size_t c = 0; c < added.mergedCurve.size(); ++c) {
                const std::uint32_t g = added.mergedCurve[c];
                if (g < from || g >= to)
                    continue;
                std::uint32_t& next = m_counts[g];
                for (std::uint32_t r = index.m_start[c]; r < index.m_start[c + 1]; ++r)
                    m_index.m_rows[next++] = added.firstRow + index.m_rows[r];
            }
        }
    };
    const auto parts = static_cast<std::uint32_t>(
        std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1, std::max(curves, 1u)));
    runOnThreads(int(parts), [&place, parts](int part) { place(std::uint32_t(part), parts); });
    m_parts.clear();
    m_counts.clear();
    return std::move(m_index);
}

std::optional<std::size_t> CurveIndex::find(const CurveKeyIds& key) const {
    if (m_slots.empty())
        return std::nullopt;
    const std::uint64_t slot = m_slots[slotOf(key)];
    if (slot == kEmpty)
        return std::nullopt;
    return std::uint32_t(slot);
}

std::size_t CurveIndex::memoryBytes() const {
    return m_keys.capacity() * sizeof(CurveKeyIds) +
           (m_start.capacity() + m_rows.capacity()) * sizeof(std::uint32_t) +
           m_slots.capacity() * sizeof(std::uint64_t);
}

LazyCurveIndex::LazyCurveIndex(const LazyCurveIndex& other)
    : m_index(other.snapshot()) {
    m_ready.store(m_index.get(), std::memory_order_release);
}

LazyCurveIndex::LazyCurveIndex(LazyCurveIndex&& other) noexcept
    : m_index(std::move(other.m_index)) {
    // The moved-from owner is being modified (moved from), so no reader runs concurrently.
    m_ready.store(m_index.get(), std::memory_order_release);
    other.m_ready.store(nullptr, std::memory_order_relaxed);
}

LazyCurveIndex& LazyCurveIndex::operator=(const LazyCurveIndex& other) {
    if (this != &other) {
        m_index = other.snapshot();
        m_ready.store(m_index.get(), std::memory_order_release);
    }
    return *this;
}

LazyCurveIndex& LazyCurveIndex::operator=(LazyCurveIndex&& other) noexcept {
    if (this != &other) {
        m_index = std::move(other.m_index);
        m_ready.store(m_index.get(), std::memory_order_release);
        other.m_ready.store(nullptr, std::memory_order_relaxed);
    }
    return *this;
}

std::shared_ptr<const CurveIndex> LazyCurveIndex::snapshot() const {
    std::lock_guard lock(m_mutex);
    return m_index;
}

const CurveIndex& LazyCurveIndex::get(const std::function<CurveIndex()>& build) const {
    if (const CurveIndex* ready = m_ready.load(std::memory_order_acquire))
        return *ready;
    std::lock_guard lock(m_mutex);
    if (!m_index) {
        m_index = std::make_shared<const CurveIndex>(build());
        m_ready.store(m_index.get(), std::memory_order_release);
    }
    return *m_index;
}

} // namespace ee
