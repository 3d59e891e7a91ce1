// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <simdjson.h>

namespace ee::FastJson {

/// \brief Parses a JSON document with simdjson, turning every failure into a Diagnostic.
///
/// Uses one simdjson parser per thread, reused across calls: the returned element (and every
/// string_view read from it) is valid only until the next parse() on the same thread.
///
/// Tolerated with a warning (the file still loads): invalid UTF-8 bytes (each replaced by
/// U+FFFD) and Python's non-standard `NaN`, `Infinity`, `-Infinity` literals (read as the
/// strings "NaN", "Infinity", "-Infinity", so the caller reports them where a number was due),
/// and numbers simdjson cannot hold (integers beyond 64 bits, floats beyond double's range),
/// read as their text for the same reason.
/// Any other syntax error is an error naming the byte offset (0-based) and line of the first
/// problem; the result is then empty.
std::optional<simdjson::dom::element> parse(const QByteArray& bytes, const QString& file,
                                            Diagnostics& diag);

/// \brief "an object", "an array", "a string", "a number", "true or false" or "null".
QString typeName(const simdjson::dom::element& e);

/// \brief `parent.key`, or `parent["key"]` when the key holds characters that would make the
/// path ambiguous (dots, brackets, quotes, spaces).
QString keyPath(const QString& parent, std::string_view key);

/// \brief QString from the UTF-8 bytes of a simdjson string (always valid UTF-8).
inline QString toQString(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace ee::FastJson
