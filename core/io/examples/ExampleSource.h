// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ExampleSet.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ee {

/// \brief A per-example file as the whole-file readers parse it: its bytes and the path their
/// problems name — the shape score importers take too (io/Importers.h, ImportSource). Readers
/// of JSON Lines stream the file instead (jsonl::forEachObject, ParallelJsonLines), so that
/// memory grows with what is kept, not with the file.
struct ExampleSource {
    QString path;
    QByteArray bytes;
};

/// \brief The prologue every whole-file reader shares: the bytes of `path`, or nullopt with
/// "cannot open: <reason>" reported against it in `set`.
std::optional<ExampleSource> readExampleSource(const QString& path, ExampleSet& set);

} // namespace ee
