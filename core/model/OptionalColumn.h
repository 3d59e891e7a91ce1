// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/LargeAllocator.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace ee {

/// \brief A column of optional values that stores only the values present.
///
/// Presence is a bitmap in 64-bit words, and each word keeps the number of values stored
/// before it, so row i's value is found with one population count. Scores of many sources
/// fill such columns sparsely (a BIG-bench entry bounds only its preferred metric by
/// low_score / high_score), and dense storage of those two columns alone was a fifth of a
/// table's memory, every byte of it fresh pages to clear while loading. The column costs
/// nothing until some row has a value.
///
/// Invariant: no row is tracked yet (unused), or exactly the rows of the column's table are.
template <typename T> class OptionalColumn {
public:
    bool inUse() const { return m_rows != 0; }

    /// \brief Row `rowCount - 1` was just added to the table with value `v`.
    void append(std::size_t rowCount, const std::optional<T>& v) {
        if (!inUse() && !v)
            return; // still unused
        padTo(rowCount - 1);
        push(v);
    }

    std::optional<T> get(std::size_t row) const {
        if (row >= m_rows)
            return std::nullopt;
        const std::uint64_t word = m_bits[row >> 6];
        const std::uint64_t bit = std::uint64_t(1) << (row & 63);
        if (!(word & bit))
            return std::nullopt;
        return m_values[m_before[row >> 6] + std::size_t(std::popcount(word & (bit - 1)))];
    }

    /// \brief Appends `other` (of `otherCount` rows) to this column of `oldCount` rows.
    void appendColumn(const OptionalColumn& other, std::size_t oldCount, std::size_t otherCount) {
        if (!other.inUse()) {
            if (inUse())
                padTo(oldCount + otherCount);
            return;
        }
        padTo(oldCount);
        const std::size_t first = oldCount >> 6, oldWords = m_bits.size();
        m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
        const std::size_t words = (oldCount + otherCount + 63) / 64;
        m_bits.resize(words, 0);
        m_before.resize(words, 0);
        // Copy the presence words shifted into place; bits past the last row are always clear,
        // so OR-ing them in is safe.
        const std::size_t shift = oldCount & 63;
        for (std::size_t w = 0; w < other.m_bits.size(); ++w) {
            const std::uint64_t bits = other.m_bits[w];
            m_bits[first + w] |= bits << shift;
            if (shift != 0 && first + w + 1 < m_bits.size())
                m_bits[first + w + 1] |= bits >> (64 - shift);
        }
        // Counts before each word from the first one that changed; words before it keep theirs.
        for (std::size_t w = first; w < words; ++w)
            m_before[w] = w == 0 ? 0
                          : w < oldWords && w == first
                              ? m_before[w]
                              : m_before[w - 1] + std::uint32_t(std::popcount(m_bits[w - 1]));
        m_rows = oldCount + otherCount;
    }

    /// \brief Room for `rowCount` rows, when the column is in use (an unused one stays free);
    /// values are reserved at the share of rows that have one so far.
    void reserve(std::size_t rowCount) {
        if (!inUse())
            return;
        m_bits.reserve((rowCount + 63) / 64);
        m_before.reserve((rowCount + 63) / 64);
        m_values.reserve(
            static_cast<std::size_t>(double(m_values.size()) * double(rowCount) / double(m_rows)));
    }

    /// \brief No rows and unused again, keeping the memory for the next rows.
    void clear() {
        m_values.clear();
        m_bits.clear();
        m_before.clear();
        m_rows = 0;
    }

    std::size_t memoryBytes() const {
        return m_values.capacity() * sizeof(T) + m_bits.capacity() * sizeof(std::uint64_t) +
               m_before.capacity() * sizeof(std::uint32_t);
    }

private:
    void push(const std::optional<T>& v) {
        const std::size_t row = m_rows++;
        if ((row & 63) == 0) {
            m_bits.push_back(0);
            m_before.push_back(static_cast<std::uint32_t>(m_values.size()));
        }
        if (v) {
            m_bits.back() |= std::uint64_t(1) << (row & 63);
            m_values.push_back(*v);
        }
    }
    /// Rows without a value up to `rowCount` rows.
    void padTo(std::size_t rowCount) {
        if (m_rows >= rowCount)
            return;
        const std::size_t words = (rowCount + 63) / 64;
        m_bits.resize(words, 0); // new rows' bits are already clear
        m_before.resize(words, static_cast<std::uint32_t>(m_values.size()));
        m_rows = rowCount;
    }

    std::size_t m_rows = 0;         ///< rows tracked: 0, or the table's row count
    Column<T> m_values;             ///< the values present, in row order
    Column<std::uint64_t> m_bits;   ///< presence, 64 rows a word
    Column<std::uint32_t> m_before; ///< values stored before each word
};

} // namespace ee
