// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/examples/JsonView.h"
#include "io/examples/RecordLog.h"

#include <functional>

namespace ee::jsonl {

/// \brief A record reader for readRecords(), written once over JsonView.h's views. `simd` reads
/// lines simdjson parses; `qt` the lines only Qt's lenient parse reads (parseLenient()). Both
/// are called on worker threads and must only touch the log they are given.
struct RecordReader {
    std::function<void(const SimdView& object, qint64 line, RecordLog& log)> simd;
    std::function<void(const QtView& object, qint64 line, RecordLog& log)> qt;
    /// Optional: the sink of each worker thread's log (RecordLog::setSink()), so that examples
    /// are handed over on the thread that read them instead of being kept in the set.
    ExampleSinkFactory sinks;
};

/// \brief forEachObject() of JsonLines.h on every core: the file is read in blocks, each block
/// cut at line ends into one chunk per thread, each line parsed with simdjson (a line it
/// refuses goes through Qt exactly as forEachObject() would take it), and what the reader did
/// replayed into `set` in file order, so the result does not depend on timing. Lines, line
/// numbers, trimming, byte-order marks and messages are forEachObject()'s; a line that is not
/// a JSON object is reported as "MESSAGE; line skipped" and counted as skipped. Memory: one
/// block (a few MiB) plus what is kept. Returns false with `error` set if the file cannot be
/// read (as forEachObject()).
bool readRecords(const QString& path, const RecordReader& reader, ExampleSet& set, QString& error,
                 int threads = 0);

} // namespace ee::jsonl
