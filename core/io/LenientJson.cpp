// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LenientJson.h"

#include "io/TextDecoding.h"

#include <QJsonParseError>
#include <QJsonValue>
#include <charconv>

namespace ee::LenientJson {

namespace {

/// What stands where a non-finite literal was: a string that starts with U+0000.
constexpr QByteArrayView kMarker = "\"\\u0000\"";

/// One replacement, to map parser offsets in the rewritten text back to the input.
struct Replacement {
    qsizetype offset; ///< in the input
    qsizetype length; ///< of the literal in the input
};

struct Rewritten {
    QByteArray json;
    QList<NonFinite> found;
    QList<Replacement> replacements;

    qsizetype originalOffset(qsizetype offset) const {
        qsizetype delta = 0; // rewritten minus original, before the current replacement
        for (const Replacement& r : replacements) {
            const qsizetype at = r.offset + delta;
            if (offset < at)
                break;
            if (offset < at + kMarker.size())
                return r.offset;
            delta += kMarker.size() - r.length;
        }
        return offset - delta;
    }
};

bool isTokenChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '+' || c == '.';
}

/// True for a literal JSON cannot hold: NaN/Infinity, or a well-formed number beyond double
/// range (from_chars reports overflow and underflow alike).
bool isNonFinite(const char* begin, const char* end) {
    const QByteArrayView token(begin, end - begin);
    if (token == "NaN" || token == "Infinity" || token == "-Infinity")
        return true;
    if (token.isEmpty() ||
        !(token.front() == '-' || (token.front() >= '0' && token.front() <= '9')))
        return false;
    double value = 0;
    const auto [stop, ec] = std::from_chars(begin, end, value);
    return ec == std::errc::result_out_of_range && stop == end;
}

/// Copies `in`, replacing each non-finite literal outside strings by kMarker. The scan follows
/// JSON's string rules only (quotes and backslash escapes); structure is left to the parser.
Rewritten rewrite(const QByteArray& in) {
    Rewritten r;
    r.json.reserve(in.size() + 64);
    const char* s = in.constData();
    const qsizetype n = in.size();
    qint64 line = 1;
    qsizetype lastStringBegin = 0, lastStringLength = 0;
    char previous = 0; // the last character outside strings that is not white space
    for (qsizetype i = 0; i < n;) {
        const char c = s[i];
        if (c == '"') {
            qsizetype j = i + 1;
            while (j < n && s[j] != '"') {
                if (s[j] == '\\' && j + 1 < n) {
                    j += 2;
                    continue;
                }
                line += s[j] == '\n' ? 1 : 0;
                ++j;
            }
            const qsizetype end = std::min(j + 1, n);
            r.json.append(s + i, end - i);
            lastStringBegin = i + 1;
            lastStringLength = j - i - 1;
            previous = '"';
            i = end;
            continue;
        }
        if (isTokenChar(c)) {
            qsizetype j = i;
            while (j < n && isTokenChar(s[j]))
                ++j;
            if (isNonFinite(s + i, s + j)) {
                NonFinite f;
                f.line = line;
                f.offset = i;
                if (previous == ':')
                    f.key = elideForMessage(QString::fromUtf8(
                        s + lastStringBegin, std::min<qsizetype>(lastStringLength, 4096)));
                f.text =
                    elideForMessage(QString::fromLatin1(s + i, std::min<qsizetype>(j - i, 4096)));
                r.found.append(f);
                r.replacements.append({i, j - i});
                r.json.append(kMarker);
            } else {
                r.json.append(s + i, j - i);
            }
            previous = s[j - 1];
            i = j;
            continue;
        }
        if (c == '\n')
            ++line;
        else if (c != ' ' && c != '\t' && c != '\r')
            previous = c;
        r.json.append(c);
        ++i;
    }
    return r;
}

} // namespace

qint64 lineAt(const QByteArray& bytes, qsizetype offset) {
    const qsizetype end = std::clamp<qsizetype>(offset, 0, bytes.size());
    return 1 + QByteArrayView(bytes.constData(), end).count('\n');
}

bool isMarker(const QJsonValue& value) {
    if (!value.isString())
        return false;
    const QString s = value.toString();
    return !s.isEmpty() && s.front() == QChar(0);
}

Parsed parse(const QByteArray& bytes) {
    Parsed out;
    QJsonParseError error;
    out.doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return out;
    // Only a file that fails pays for the scan: most files have no such literal.
    const Rewritten r = rewrite(bytes);
    if (!r.found.isEmpty()) {
        QJsonParseError second;
        out.doc = QJsonDocument::fromJson(r.json, &second);
        out.nonFinite = r.found;
        if (second.error == QJsonParseError::NoError)
            return out;
        error = second;
        error.offset = int(r.originalOffset(second.offset));
    }
    out.doc = {};
    out.nonFinite.clear(); // the file is rejected as a whole: its literals are not the news
    out.error = error.errorString();
    out.offset = error.offset;
    out.line = lineAt(bytes, error.offset);
    return out;
}

} // namespace ee::LenientJson
