// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that knows how to read JSON that Python wrote: its bare NaN/Infinity/-Infinity
// (json.dump's default), numbers a parser cannot hold, and (for simdjson) invalid UTF-8.
// LmEvalJson parses with parse(); FastJson::parse() repairs a failed document with rewrite();
// the per-example readers' jsonl::parseLenient() is parse() with the literals read as text.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QString>

namespace ee::LenientJson {

/// \brief A number JSON cannot hold, found outside strings: Python's bare `NaN`, `Infinity` and
/// `-Infinity` (json.dump writes them by default) or a number beyond the parser's range
/// (Options::numbers), which QJsonDocument rejects with "illegal number".
struct NonFinite {
    qint64 line = 0;       ///< 1-based line of the literal
    qsizetype offset = 0;  ///< byte offset of the literal in the input
    QString key;           ///< the object key whose value it is; empty inside an array
    QString text;          ///< the literal as written (elided when long)
    bool tooLarge = false; ///< a number out of range, not a NaN/Infinity literal
};

/// \brief What rewrite() replaces, and by what.
struct Options {
    /// What stands where a literal was: a marker string (see isMarker()), or the literal's own
    /// text quoted ("NaN", "1e400"), which a reader then reports where a number was due.
    enum class Replacement { Marker, QuotedText };
    /// Which numbers count as out of range: none; beyond double's range (overflow or underflow,
    /// what QJsonDocument refuses); or what simdjson refuses (integers beyond 64 bits, floats
    /// that overflow a double).
    enum class Numbers { Keep, BeyondDouble, BeyondSimdjson };
    Replacement replacement = Replacement::Marker;
    Numbers numbers = Numbers::BeyondDouble;
    bool repairUtf8 = false; ///< replace each byte that is not UTF-8 by U+FFFD
};

/// \brief LmEvalJson's reading: marker strings, numbers beyond double range.
inline constexpr Options kMarkers{};
/// \brief Python's literals as the strings "NaN", "Infinity", "-Infinity" (jsonl::numberOf()
/// reads them back as numbers); numbers are left to the parser.
inline constexpr Options kPythonLiteralsAsText{Options::Replacement::QuotedText,
                                               Options::Numbers::Keep, false};
/// \brief What simdjson needs: literals and numbers it cannot hold quoted, UTF-8 repaired.
inline constexpr Options kForSimdjson{Options::Replacement::QuotedText,
                                      Options::Numbers::BeyondSimdjson, true};

/// \brief The input with every literal of Options replaced, and where the bytes moved.
struct Rewritten {
    QByteArray json;
    QList<NonFinite> found;      ///< in document order
    qsizetype badUtf8 = 0;       ///< bytes replaced by U+FFFD (Options::repairUtf8)
    qsizetype firstBadUtf8 = -1; ///< input offset of the first
    /// \brief The input offset of byte `offset` of `json` (the literal's start when it falls
    /// inside a replacement).
    qsizetype originalOffset(qsizetype offset) const;

    struct Replaced {
        qsizetype offset;  ///< in the input
        qsizetype length;  ///< in the input
        qsizetype written; ///< bytes written in its place
    };
    QList<Replaced> replaced; ///< ascending
};

/// \brief One pass that knows where strings are (quotes and backslash escapes; structure is
/// left to the parser) and replaces what `options` asks for. Only a document that failed to
/// parse needs it: the callers parse first and rewrite on failure.
Rewritten rewrite(const QByteArray& bytes, const Options& options);

/// \brief What parse() produced. On success `error` is empty; otherwise `error` is Qt's
/// sentence and `offset`/`line` point into the caller's bytes (not the rewritten text).
struct Parsed {
    QJsonDocument doc;
    QList<NonFinite> nonFinite; ///< in document order
    QString error;
    qsizetype offset = 0;
    qint64 line = 0;
    /// Qt's error on the input as given (before any rewrite); NoError when it parsed.
    QJsonParseError firstError{};
};

/// \brief Parses `bytes` (UTF-8) with QJsonDocument; when that fails, the literals of `options`
/// are replaced (rewrite()) and the text is parsed again, so that one NaN does not cost the
/// whole file. Offsets in errors refer to `bytes`. The common case (valid JSON) parses once,
/// without a scan.
Parsed parse(const QByteArray& bytes, const Options& options = kMarkers);

/// \brief True for the string that parse() puts where a non-finite literal was (it starts with
/// U+0000, which no real key or value in the supported formats does).
bool isMarker(const QJsonValue& value);

/// \brief 1-based line of byte `offset` in `bytes`.
qint64 lineAt(const QByteArray& bytes, qsizetype offset);

} // namespace ee::LenientJson
