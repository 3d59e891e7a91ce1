// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QByteArray>
#include <QString>

namespace ee {

/// \brief Bytes of a text file made ready for a UTF-8 parser.
/// A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is converted to UTF-8 (with
/// a warning); other encodings are left as they are, for the parser to report bad bytes where
/// they occur.
QByteArray normalizeTextEncoding(const QByteArray& raw, const QString& file, Diagnostics& diag);

/// \brief A cell's text for quoting in a diagnostic: at most `maxChars` characters, elided with
/// "…" in the middle. A bad cell can be megabytes long (one 200 MB line); the message must stay
/// a sentence.
inline QString elideForMessage(const QString& text, qsizetype maxChars = 80) {
    if (text.size() <= maxChars)
        return text;
    const qsizetype half = (maxChars - 1) / 2;
    return text.left(half) + QChar(0x2026) + text.right(half) +
           QStringLiteral(" (%1 characters)").arg(text.size());
}

/// \brief True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values past
/// U+10FFFF). Fast path for ASCII.
bool isValidUtf8(const char* bytes, qsizetype size);

/// \brief Length of the well-formed UTF-8 sequence starting at s[i] (a byte ≥ 0x80), or 0
/// when it is malformed (overlong, surrogate, past U+10FFFF or truncated).
int utf8SequenceLength(const unsigned char* s, qsizetype size, qsizetype i);

/// \brief Shortest decimal text that reads back as exactly `v` (std::to_chars), "inf"/"-inf"/"nan"
/// for non-finite values.
QString formatNumberExact(double v);

/// \brief Parses a whole string as a finite double (C locale, surrounding spaces allowed).
/// nullopt for empty, partial, NaN or infinite input.
std::optional<double> parseFiniteDouble(QStringView text);

} // namespace ee
