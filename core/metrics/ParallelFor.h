// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace ee::metrics {

/// \brief Calls `fn(i)` for i in [0, n) on up to `threads` threads (0 = hardware concurrency),
/// in contiguous chunks. For independent per-item work only: `fn` must not touch shared state
/// other than its own output slot.
template <typename Fn> void parallelFor(std::size_t n, int threads, Fn&& fn) {
    std::size_t t = threads > 0 ? static_cast<std::size_t>(threads)
                                : std::max(1u, std::thread::hardware_concurrency());
    // Small inputs are not worth a thread start.
    t = std::min(t, std::max<std::size_t>(1, n / 256));
    if (t <= 1) {
        for (std::size_t i = 0; i < n; ++i)
            fn(i);
        return;
    }
    std::vector<std::thread> pool;
    const std::size_t chunk = (n + t - 1) / t;
    for (std::size_t k = 0; k < t; ++k) {
        const std::size_t begin = k * chunk, end = std::min(n, begin + chunk);
        if (begin >= end)
            break;
        pool.emplace_back([begin, end, &fn] {
            for (std::size_t i = begin; i < end; ++i)
                fn(i);
        });
    }
    for (auto& th : pool)
        th.join();
}

/// \brief Calls `fn(i)` for i in [0, n) on up to `threads` threads (0 = hardware concurrency),
/// each thread taking the next item when it is done with one. For few, large, uneven items
/// (files, groups of examples), where parallelFor() would run five items on one thread and
/// contiguous chunks would leave a thread idle. The same contract on `fn` as parallelFor().
template <typename Fn> void parallelForEach(std::size_t n, int threads, Fn&& fn) {
    std::size_t t = threads > 0 ? static_cast<std::size_t>(threads)
                                : std::max(1u, std::thread::hardware_concurrency());
    t = std::min(t, n);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < n; i = next++)
            fn(i);
    };
    std::vector<std::thread> pool;
    for (std::size_t k = 1; k < t; ++k)
        pool.emplace_back(work);
    work();
    for (auto& th : pool)
        th.join();
}

} // namespace ee::metrics
