// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <functional>
#include <optional>

namespace ee::jsonl {

/// \brief Streams a JSON Lines file: calls `fn(object, line)` for each object line. LF, CRLF and
/// a lone CR all end a line (and count as one line each for `line`). Blank lines
/// are ignored; a line that is not a JSON object calls `bad(line, message)`. Python's bare
/// `NaN`/`Infinity` tokens are accepted (read as the strings "NaN", "Infinity", "-Infinity",
/// which numberOf() turns into numbers) since json.dumps writes them. Returns false with
/// `error` set if the file cannot be opened.
bool forEachObject(const QString& path, const std::function<void(const QJsonObject&, qint64)>& fn,
                   const std::function<void(qint64, const QString&)>& bad, QString& error);

/// \brief Parses one JSON document with the same NaN handling (LenientJson::parse() with
/// kPythonLiteralsAsText); empty `error` on success.
QJsonDocument parseLenient(const QByteArray& bytes, QString& error);

/// \brief A number given as a JSON number or a numeric string ("NaN", "-Infinity" included).
std::optional<double> numberOf(const QJsonValue& v);

/// \brief A string, or every string of an array (a bare string is a one-element list).
QStringList stringList(const QJsonValue& v);

} // namespace ee::jsonl
