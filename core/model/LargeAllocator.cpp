// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/LargeAllocator.h"

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace ee::detail {

void* allocateHuge(std::size_t bytes) noexcept {
    constexpr std::size_t page = LargeAllocator<char>::kHugePage;
    const std::size_t rounded = (bytes + page - 1) / page * page;
    void* p = std::aligned_alloc(page, rounded);
#ifdef __linux__
    // Advice only: without transparent huge pages the block is simply made of small pages.
    if (p)
        ::madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return p;
}

} // namespace ee::detail
