// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace ee {

/// \brief `threads` itself when positive, else the machine's hardware threads (at least 1).
inline int threadCount(int threads) {
    return threads > 0 ? threads : std::max(1, int(std::thread::hardware_concurrency()));
}

/// \brief Runs `work(k)` for k in [0, threads) at once, k = 0 on the calling thread, and returns
/// when all have finished. The one place the project starts worker threads: a loader whose
/// workers keep their own state between jobs (a reusable buffer, a table being filled) writes
/// its loop in `work`; independent items use parallelForEach() or parallelFor().
template <typename Work> void runOnThreads(int threads, Work&& work) {
    std::vector<std::thread> pool;
    for (int k = 1; k < threads; ++k)
        pool.emplace_back([&work, k] { work(k); });
    work(0);
    for (auto& t : pool)
        t.join();
}

/// \brief Calls `fn(i)` for i in [0, n) on up to `threads` threads (0 = hardware concurrency),
/// each thread taking the next item when it is done with one. For few, large, uneven items
/// (files, folders, groups of examples, ranges of curves), where contiguous chunks would leave
/// a thread idle. `fn` must not touch shared state other than its own output slot.
template <typename Fn> void parallelForEach(std::size_t n, int threads, Fn&& fn) {
    const auto t = static_cast<int>(std::min<std::size_t>(std::size_t(threadCount(threads)), n));
    std::atomic<std::size_t> next{0};
    runOnThreads(std::max(t, 1), [&](int) {
        for (std::size_t i = next++; i < n; i = next++)
            fn(i);
    });
}

/// \brief Calls `fn(i)` for i in [0, n) on up to `threads` threads (0 = hardware concurrency),
/// in contiguous chunks: for many small, even items, where taking items one by one would cost
/// more than the items. Inputs under 256 items per thread run on fewer threads. The same
/// contract on `fn` as parallelForEach().
template <typename Fn> void parallelFor(std::size_t n, int threads, Fn&& fn) {
    const std::size_t t =
        std::min(std::size_t(threadCount(threads)), std::max<std::size_t>(1, n / 256));
    const std::size_t chunk = (n + t - 1) / t;
    runOnThreads(int(t), [&](int k) {
        const std::size_t begin = std::size_t(k) * chunk, end = std::min(n, begin + chunk);
        for (std::size_t i = begin; i < end; ++i)
            fn(i);
    });
}

} // namespace ee
