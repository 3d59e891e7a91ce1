// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/PyText.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace ee {

/// \brief Token sequences of one comparison (a hypothesis and its references), with every
/// distinct token string mapped to a small integer id. Equal ids ⇔ equal strings, so n-gram
/// counting and LCS can compare integers instead of strings.
struct IdSequences {
    std::vector<std::vector<std::uint32_t>> seqs;

    /// \brief Assigns ids to the tokens of `tokenLists` (one list per sequence), in order.
    void assign(const std::vector<const std::vector<U32View>*>& tokenLists);
    /// \brief The same for ASCII tokens (ROUGE).
    void assign(const std::vector<const std::vector<std::string>*>& tokenLists);
};

/// \brief An n-gram of up to 4 token ids; unused slots hold 0xFFFFFFFF. Ordered
/// lexicographically, so sorted vectors of grams act as multisets.
using Gram = std::array<std::uint32_t, 4>;

/// \brief The n-grams of `ids` (there are max(0, len − n + 1)), sorted. 1 ≤ n ≤ 4.
void sortedNgrams(const std::vector<std::uint32_t>& ids, int n, std::vector<Gram>& out);

/// \brief The same grams packed 16 bits per id into one integer (requires every id < 65536),
/// which sorts several times faster; n ≤ 4.
void sortedPackedNgrams(const std::vector<std::uint32_t>& ids, int n,
                        std::vector<std::uint64_t>& out);

/// \brief Σ_g min(count_h(g), max_j count_{r_j}(g)) over the distinct grams of `hyp`, where all
/// vectors are sorted (sacreBLEU's clipped n-gram matches).
std::int64_t clippedMatches(const std::vector<Gram>& hyp,
                            const std::vector<std::vector<Gram>>& refs);
std::int64_t clippedMatches(const std::vector<std::uint64_t>& hyp,
                            const std::vector<std::vector<std::uint64_t>>& refs);

/// \brief Σ_g min(count_a(g), count_b(g)) for sorted multisets `a` and `b` of any ordered
/// type: equal runs pair off one element at a time.
template <typename G> std::int64_t sortedOverlap(const std::vector<G>& a, const std::vector<G>& b) {
    std::int64_t overlap = 0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++overlap;
            ++i;
            ++j;
        }
    }
    return overlap;
}

/// \brief Σ_g min(count_a(g), count_b(g)) for sorted `a` and `b` (rouge_score's overlap).
std::int64_t multisetOverlap(const std::vector<Gram>& a, const std::vector<Gram>& b);
std::int64_t multisetOverlap(const std::vector<std::uint64_t>& a,
                             const std::vector<std::uint64_t>& b);

/// \brief 1 + the largest id in `ids` (0 when empty).
std::uint32_t idCount(const IdSequences& ids);

} // namespace ee
