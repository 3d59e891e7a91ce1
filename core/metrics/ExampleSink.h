// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Example.h"

#include <functional>

namespace ee {

/// \brief Where a reader's examples go instead of into the ExampleSet, for a caller that needs
/// only something computed from each one (scoring while reading: scoreWhileReading()). The set
/// still gets every group, skip and diagnostic, as if the examples had been added.
///
/// `take` gets each example on the worker thread that read it, in that thread's reading order;
/// `placed(group)` is called later on the caller's thread, once per example and in file order,
/// with the index in the set of the group the example would have joined. One sink per worker
/// thread: its two calls see that thread's examples only.
struct ExampleSink {
    std::function<void(Example&&)> take;
    std::function<void(qsizetype group)> placed;
};

/// \brief The sink of worker thread `thread` (0-based), asked once per thread before reading.
using ExampleSinkFactory = std::function<ExampleSink(std::size_t thread)>;

} // namespace ee
