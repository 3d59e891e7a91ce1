// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/LargeAllocator.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace ee {

/// \brief A column of optional values that costs nothing until some row has a value.
///
/// Invariant: the column is empty (no row has a value yet) or holds exactly one entry per row
/// of its table. Presence is a bitmap in 64-bit words: std::vector<bool>'s push_back was a
/// visible share of loading, where two optional columns take a value on every row.
template <typename T> class OptionalColumn {
public:
    bool inUse() const { return !m_values.empty(); }

    /// \brief Row `rowCount - 1` was just added to the table with value `v`.
    void append(std::size_t rowCount, const std::optional<T>& v) {
        if (inUse()) {
            if (m_values.size() + 1 == rowCount) {
                push(v);
                return;
            }
        } else if (!v) {
            return; // still unused
        }
        padTo(rowCount - 1);
        push(v);
    }

    std::optional<T> get(std::size_t row) const {
        if (row < m_values.size() && ((m_bits[row >> 6] >> (row & 63)) & 1))
            return m_values[row];
        return std::nullopt;
    }

    /// \brief Appends `other` (of `otherCount` rows) to this column of `oldCount` rows.
    void appendColumn(const OptionalColumn& other, std::size_t oldCount, std::size_t otherCount) {
        if (!other.inUse()) {
            if (inUse())
                padTo(oldCount + otherCount);
            return;
        }
        padTo(oldCount);
        m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
        m_bits.resize((oldCount + otherCount + 63) / 64, 0);
        // Copy the presence words shifted into place; bits past the last row are always clear,
        // so OR-ing them in is safe.
        const std::size_t shift = oldCount & 63, first = oldCount >> 6;
        for (std::size_t w = 0; w < other.m_bits.size(); ++w) {
            const std::uint64_t bits = other.m_bits[w];
            m_bits[first + w] |= bits << shift;
            if (shift != 0 && first + w + 1 < m_bits.size())
                m_bits[first + w + 1] |= bits >> (64 - shift);
        }
    }

    /// \brief Room for `rowCount` rows, when the column is in use (an unused one stays free).
    void reserve(std::size_t rowCount) {
        if (!inUse())
            return;
        m_values.reserve(rowCount);
        m_bits.reserve((rowCount + 63) / 64);
    }

    /// \brief No rows and unused again, keeping the memory for the next rows.
    void clear() {
        m_values.clear();
        m_bits.clear();
    }

    std::size_t memoryBytes() const {
        return m_values.capacity() * sizeof(T) + m_bits.capacity() * sizeof(std::uint64_t);
    }

private:
    void push(const std::optional<T>& v) {
        const std::size_t row = m_values.size();
        if ((row & 63) == 0)
            m_bits.push_back(0);
        m_values.push_back(v ? *v : T{});
        if (v)
            m_bits.back() |= std::uint64_t(1) << (row & 63);
    }
    /// Rows without a value up to `rowCount` rows.
    void padTo(std::size_t rowCount) {
        if (m_values.size() >= rowCount)
            return;
        m_values.resize(rowCount, T{});
        m_bits.resize((rowCount + 63) / 64, 0); // new rows' bits are already clear
    }

    Column<T> m_values;
    Column<std::uint64_t> m_bits;
};

} // namespace ee
