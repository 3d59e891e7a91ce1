// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The byte-level half of readMmluProOutputs(), shared with the zip reader, which has an entry's
// bytes rather than a file.
#include "io/examples/ExampleReaders.h"

namespace ee::mmlupro {

/// \brief True if `name` is `model_outputs_<model>_<k>shots.json[.gz|.zip]` or `head` (the first
/// bytes of the JSON) holds MMLU-Pro's record keys.
bool looksLikeOutputs(const QByteArray& head, const QString& name);

/// \brief Reads the JSON array `bytes` into `set`. Diagnostics name `file` (the file or the
/// archive), with the record as `entry[index]` (`entry` empty for a plain file) and line
/// index + 1. The model and shots come from `entry`'s name, else from `file`'s.
void read(const QByteArray& bytes, const QString& file, const QString& entry,
          const ExampleReadOptions& opts, ExampleSet& set);

/// \brief The compact form the app ships (datasets/examples/): the JSON array `bytes` with each
/// record's `question_id`, `answer`, `category`, `pred` and `generated_text`, plus `question`
/// and `options` when `keepQuestions` (one model's file carries them for all: the instance
/// view shows the first input it finds). Written compactly, in the input's record order, so the
/// same input gives the same bytes. Empty with `error` set when `bytes` is not a JSON array.
QByteArray compact(const QByteArray& bytes, bool keepQuestions, QString& error);

} // namespace ee::mmlupro
