// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ExampleSet.h"
#include "metrics/ExampleSink.h"

#include <vector>

namespace ee {

/// \brief What a record reader does to an ExampleSet, written down on a worker thread and
/// replayed into the set in file order. Records of one file are read in parallel chunks, but
/// the set must see them in order: groups keep first-seen order, a file lists at most
/// Diagnostics::kProblemsListedPerFile problems, and a bad size is reported at its first line.
/// The methods mirror ExampleSet's; the file is named at replay().
class RecordLog {
public:
    void warn(qint64 line, const QString& message, const QString& place = {});
    void countSkippedUnkeyed();
    void countSkipped(const ExampleGroupKey& key);
    void add(const ExampleGroupKey& key, Example e);
    /// \brief Examples added from now on go to `sink` (see ExampleSink) instead of the set.
    void setSink(ExampleSink sink) { m_sink = std::move(sink); }
    /// \brief ExampleSet::checkedSize(): the same result now, its warning at replay.
    std::optional<double> checkedSize(qint64 line, const QString& field,
                                      std::optional<double> value);
    /// \brief ExampleSet::checkedShots(): the same result now, its warning at replay.
    std::optional<int> checkedShots(qint64 line, std::optional<double> value);

    /// \brief Applies everything recorded to `set` in order, as if done there directly, and
    /// empties the log. Examples are moved, not copied.
    void replay(ExampleSet& set, const QString& file);

private:
    enum class Kind : quint8 { Warn, SkipUnkeyed, Skip, Add, Size, Shots };
    struct Op {
        Kind kind;
        qint64 line = 0;
        qsizetype index = -1; ///< key (Skip, Add) or field (Size)
        double value = 0;     ///< Size, Shots
        QString message;      ///< Warn
        QString place;        ///< Warn
    };
    qsizetype keyIndex(const ExampleGroupKey& key);

    std::vector<Op> m_ops;
    std::vector<ExampleGroupKey> m_keys; // a chunk's records share a few keys
    qsizetype m_lastKey = -1;
    QList<Example> m_examples; // in Add order (grows by realloc: Example is relocatable)
    QStringList m_fields;      // size fields named in Size ops
    ExampleSink m_sink;        // when set, examples are handed over instead of kept
};

} // namespace ee
