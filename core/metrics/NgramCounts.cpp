// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/NgramCounts.h"

#include <algorithm>
#include <numeric>

namespace ee::metrics {

namespace {

// Sorting the (few) tokens of one comparison is cheaper than hashing them and allocates nothing
// beyond reused vectors.
template <typename View, typename List>
void assignIds(const std::vector<const List*>& tokenLists,
               std::vector<std::vector<std::uint32_t>>& seqs) {
    thread_local std::vector<View> all;
    thread_local std::vector<std::uint32_t> order;
    thread_local std::vector<std::uint32_t> ids;
    all.clear();
    for (const auto* list : tokenLists)
        for (const auto& t : *list)
            all.push_back(View(t));
    order.resize(all.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [](std::uint32_t a, std::uint32_t b) { return all[a] < all[b]; });
    ids.assign(all.size(), 0);
    std::uint32_t next = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k > 0 && all[order[k]] != all[order[k - 1]])
            ++next;
        ids[order[k]] = next;
    }
    seqs.resize(tokenLists.size());
    std::size_t pos = 0;
    for (std::size_t s = 0; s < tokenLists.size(); ++s) {
        const std::size_t len = tokenLists[s]->size();
        seqs[s].assign(ids.begin() + static_cast<std::ptrdiff_t>(pos),
                       ids.begin() + static_cast<std::ptrdiff_t>(pos + len));
        pos += len;
    }
}

} // namespace

void IdSequences::assign(const std::vector<const std::vector<U32View>*>& tokenLists) {
    assignIds<U32View>(tokenLists, seqs);
}

void IdSequences::assign(const std::vector<const std::vector<std::string>*>& tokenLists) {
    assignIds<std::string_view>(tokenLists, seqs);
}

void sortedNgrams(const std::vector<std::uint32_t>& ids, int n, std::vector<Gram>& out) {
    out.clear();
    const std::size_t un = static_cast<std::size_t>(n);
    if (ids.size() < un)
        return;
    out.reserve(ids.size() - un + 1);
    for (std::size_t i = 0; i + un <= ids.size(); ++i) {
        Gram g{0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu};
        for (std::size_t k = 0; k < un; ++k)
            g[k] = ids[i + k];
        out.push_back(g);
    }
    std::sort(out.begin(), out.end());
}

namespace {
// Count of `g` in sorted `v` from position `pos` on (advances `pos` past smaller grams).
std::int64_t countFrom(const std::vector<Gram>& v, std::size_t& pos, const Gram& g) {
    while (pos < v.size() && v[pos] < g)
        ++pos;
    std::int64_t c = 0;
    while (pos < v.size() && v[pos] == g) {
        ++c;
        ++pos;
    }
    return c;
}
} // namespace

std::int64_t clippedMatches(const std::vector<Gram>& hyp,
                            const std::vector<std::vector<Gram>>& refs) {
    std::int64_t correct = 0;
    thread_local std::vector<std::size_t> cursor;
    cursor.assign(refs.size(), 0);
    for (std::size_t i = 0; i < hyp.size();) {
        std::size_t j = i;
        while (j < hyp.size() && hyp[j] == hyp[i])
            ++j;
        const std::int64_t hc = static_cast<std::int64_t>(j - i);
        std::int64_t maxRef = 0;
        for (std::size_t r = 0; r < refs.size(); ++r)
            maxRef = std::max(maxRef, countFrom(refs[r], cursor[r], hyp[i]));
        correct += std::min(hc, maxRef);
        i = j;
    }
    return correct;
}

std::int64_t multisetOverlap(const std::vector<Gram>& a, const std::vector<Gram>& b) {
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

} // namespace ee::metrics
