// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace ee::jsonl {

/// \brief Splits a top-level JSON array into its elements without parsing them, so that each
/// can be parsed alone and one damaged record (bad UTF-8, a syntax error, a cut-off end) costs
/// that record only, not the whole file. Calls `fn(element, index, offset)` for each element
/// (the bytes between the commas, whitespace trimmed; `offset` is its first byte in `bytes`).
/// An element cut off by the end of the data calls `bad(index, offset, message)`, as does
/// anything after the closing bracket. Strings (with escapes) are skipped as opaque, so
/// brackets and commas inside them do not count. Returns false with `error` set when the data
/// is not an array at all (after an optional UTF-8 byte-order mark and whitespace).
bool forEachArrayElement(const QByteArray& bytes,
                         const std::function<void(QByteArrayView, qint64, qint64)>& fn,
                         const std::function<void(qint64, qint64, const QString&)>& bad,
                         QString& error);

} // namespace ee::jsonl
