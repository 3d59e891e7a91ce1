// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace ee {

/// \brief Places large blocks (a table column of a million rows) in transparent huge pages.
///
/// A fresh block is paid for page by page on first write. On the virtual machines this app is
/// measured on, a 4 KiB page fault costs several microseconds, so filling 25 MB of new columns
/// took 22 ms, against 5 ms in 2 MiB pages: that was most of the time spent merging the
/// per-thread tables after a load. Blocks of at least kHugeThreshold bytes are therefore
/// 2 MiB-aligned, rounded up to whole 2 MiB pages (at most a third more memory) and marked
/// MADV_HUGEPAGE where Linux offers it; smaller blocks come from the ordinary allocator.
/// Stateless, so any two instances are interchangeable.
template <typename T> struct LargeAllocator {
    using value_type = T;

    static constexpr std::size_t kHugePage = std::size_t(2) << 20;
    static constexpr std::size_t kHugeThreshold = kHugePage * 3 / 4;

    LargeAllocator() noexcept = default;
    template <typename U> LargeAllocator(const LargeAllocator<U>&) noexcept {}

    T* allocate(std::size_t n);
    void deallocate(T* p, std::size_t n) noexcept;

    /// Construction without a value default-initialises, as `new U` does: numbers are left
    /// as they are, not zeroed. Columns are resized only to be overwritten whole (appending a
    /// table, placing rows in an index), and zeroing them first was a percent of a load.
    /// Code that needs zeros asks for them: resize(n, 0).
    template <typename U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
        ::new (static_cast<void*>(p)) U;
    }
    template <typename U, typename... Args> void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }

    template <typename U> bool operator==(const LargeAllocator<U>&) const noexcept { return true; }
};

namespace detail {
/// 2 MiB-aligned, rounded-up block marked for huge pages (Linux); nullptr when out of memory.
void* allocateHuge(std::size_t bytes) noexcept;
} // namespace detail

template <typename T> T* LargeAllocator<T>::allocate(std::size_t n) {
    if (n > std::size_t(-1) / sizeof(T))
        throw std::bad_array_new_length();
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugeThreshold)
        return static_cast<T*>(::operator new(bytes));
    if (void* p = detail::allocateHuge(bytes))
        return static_cast<T*>(p);
    throw std::bad_alloc();
}

template <typename T> void LargeAllocator<T>::deallocate(T* p, std::size_t n) noexcept {
    // The same size decides the same way as allocate() did.
    if (n * sizeof(T) < kHugeThreshold)
        ::operator delete(p);
    else
        std::free(p);
}

/// \brief A table column: a vector whose large buffers live in huge pages.
template <typename T> using Column = std::vector<T, LargeAllocator<T>>;

} // namespace ee
