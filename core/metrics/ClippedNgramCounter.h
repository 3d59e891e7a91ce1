// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace ee {

/// \brief BLEU's clipped n-gram matches counted with a small open-addressing table, for
/// sequences whose token ids are all < 65536 (so an n-gram of up to 4 ids packs into 64 bits).
///
/// For each order n, total[n−1] is the number of n-grams of the hypothesis and correct[n−1] is
/// Σ_g min(count_hyp(g), max_r count_ref_r(g)) over its distinct n-grams; the same numbers as
/// sorting the grams and merging (clippedMatches()), without the sorts that dominated BLEU's
/// cost on 20–30 word segments. Exact: keys are the packed grams themselves, not hashes.
class ClippedNgramCounter {
public:
    using Ids = std::vector<std::uint32_t>;

    /// \brief Counts orders 1–4 of `hyp` against `refs` (none: correct stays 0).
    void count(const Ids& hyp, const std::vector<const Ids*>& refs,
               std::array<std::int64_t, 4>& total, std::array<std::int64_t, 4>& correct);

    /// \brief The clipped matches of order `n` alone, for ids < 2^`bits` with n × bits ≤ 64
    /// (chrF's character 6-grams: ids < 1024, 10 bits each).
    std::int64_t countOrder(const Ids& hyp, const std::vector<const Ids*>& refs, int n, int bits);

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t generation = 0; ///< slot is in use only when equal to m_generation
        std::uint32_t ref = 0;        ///< reference that last counted this gram
        std::int32_t inRef = 0;       ///< count in that reference so far
        std::int32_t available = 0;   ///< max count over references, minus hypothesis matches
    };

    void startOrder(std::size_t grams);
    [[gnu::always_inline]] inline Slot* find(std::uint64_t key, bool insert);

    std::vector<Slot> m_slots;
    std::uint64_t m_mask = 0;
    int m_shift = 64;
    std::uint32_t m_generation = 0;
};

} // namespace ee
