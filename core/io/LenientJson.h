// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace ee::LenientJson {

/// \brief A number JSON cannot hold, found outside strings: Python's bare `NaN`, `Infinity` and
/// `-Infinity` (json.dump writes them by default) or a number beyond double range (`1e400`,
/// `1e-400`), which QJsonDocument rejects with "illegal number".
struct NonFinite {
    qint64 line = 0;      ///< 1-based line of the literal
    qsizetype offset = 0; ///< byte offset of the literal in the input
    QString key;          ///< the object key whose value it is; empty inside an array
    QString text;         ///< the literal as written (elided when long)
};

/// \brief What parse() produced. On success `error` is empty; otherwise `error` is Qt's
/// sentence and `offset`/`line` point into the caller's bytes (not the rewritten text).
struct Parsed {
    QJsonDocument doc;
    QList<NonFinite> nonFinite; ///< in document order
    QString error;
    qsizetype offset = 0;
    qint64 line = 0;
};

/// \brief Parses `bytes` (UTF-8) with QJsonDocument; when that fails, every non-finite literal
/// outside strings is replaced by a marker string (see isMarker()) and the text is parsed again,
/// so that one NaN does not cost the whole file. Offsets in errors refer to `bytes`.
/// The common case (valid JSON) parses once, without a scan.
Parsed parse(const QByteArray& bytes);

/// \brief True for the string that parse() puts where a non-finite literal was (it starts with
/// U+0000, which no real key or value in the supported formats does).
bool isMarker(const QJsonValue& value);

/// \brief 1-based line of byte `offset` in `bytes`.
qint64 lineAt(const QByteArray& bytes, qsizetype offset);

} // namespace ee::LenientJson
