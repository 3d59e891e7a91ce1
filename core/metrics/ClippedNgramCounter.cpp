// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ClippedNgramCounter.h"

#include <algorithm>
#include <bit>

namespace ee {

namespace {

std::uint64_t packedGram(const std::uint32_t* ids, int n, int bits) {
    std::uint64_t g = 0;
    for (int k = 0; k < n; ++k)
        g = (g << bits) | ids[k];
    return g;
}

std::size_t gramCount(std::size_t len, int n) {
    const auto un = static_cast<std::size_t>(n);
    return len >= un ? len - un + 1 : 0;
}

} // namespace

void ClippedNgramCounter::startOrder(std::size_t grams) {
    // At most half full keeps linear probes short.
    const std::size_t want = std::bit_ceil(std::max<std::size_t>(16, 2 * grams));
    if (m_slots.size() < want) {
        m_slots.assign(want, Slot{});
        m_generation = 0;
    }
    if (++m_generation == 0) { // wrapped: stale slots could look current
        std::fill(m_slots.begin(), m_slots.end(), Slot{});
        m_generation = 1;
    }
    m_mask = m_slots.size() - 1;
    m_shift = 64 - std::countr_zero(m_slots.size());
}

inline ClippedNgramCounter::Slot* ClippedNgramCounter::find(std::uint64_t key, bool insert) {
    // Fibonacci hashing spreads the packed ids (small integers) over the table.
    std::uint64_t i = (key * 0x9E3779B97F4A7C15ull) >> m_shift;
    for (;; i = (i + 1) & m_mask) {
        Slot& s = m_slots[i];
        if (s.generation != m_generation) {
            if (!insert)
                return nullptr;
            s = Slot{key, m_generation, 0, 0, 0};
            return &s;
        }
        if (s.key == key)
            return &s;
    }
}

void ClippedNgramCounter::count(const Ids& hyp, const std::vector<const Ids*>& refs,
                                std::array<std::int64_t, 4>& total,
                                std::array<std::int64_t, 4>& correct) {
    for (int n = 1; n <= 4; ++n) {
        total[n - 1] = static_cast<std::int64_t>(gramCount(hyp.size(), n));
        correct[n - 1] = countOrder(hyp, refs, n, 16);
    }
}

std::int64_t ClippedNgramCounter::countOrder(const Ids& hyp, const std::vector<const Ids*>& refs,
                                             int n, int bits) {
    const std::size_t hypGrams = gramCount(hyp.size(), n);
    if (hypGrams == 0 || refs.empty())
        return 0;
    std::size_t refGrams = 0;
    for (const Ids* r : refs)
        refGrams += gramCount(r->size(), n);
    if (refGrams == 0)
        return 0;
    startOrder(refGrams);
    for (std::uint32_t r = 0; r < refs.size(); ++r) {
        const Ids& ids = *refs[r];
        for (std::size_t i = 0, e = gramCount(ids.size(), n); i < e; ++i) {
            Slot* s = find(packedGram(ids.data() + i, n, bits), true);
            if (s->ref != r + 1) {
                s->ref = r + 1;
                s->inRef = 0;
            }
            s->available = std::max(s->available, ++s->inRef);
        }
    }
    std::int64_t matched = 0;
    for (std::size_t i = 0; i < hypGrams; ++i) {
        Slot* s = find(packedGram(hyp.data() + i, n, bits), false);
        if (s && s->available > 0) {
            --s->available;
            ++matched;
        }
    }
    return matched;
}

} // namespace ee
