// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LenientJson.h"

#include "io/TextDecoding.h"

#include <QJsonValue>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace ee::LenientJson {

namespace {

/// What stands where a non-finite literal was: a string that starts with U+0000.
constexpr QByteArrayView kMarker = "\"\\u0000\"";

bool isTokenChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '+' || c == '.';
}

bool isPythonLiteral(QByteArrayView token) {
    return token == "NaN" || token == "Infinity" || token == "-Infinity";
}

/// A well-formed number beyond double range (from_chars reports overflow and underflow alike).
bool isBeyondDouble(QByteArrayView token) {
    if (token.isEmpty() ||
        !(token.front() == '-' || (token.front() >= '0' && token.front() <= '9')))
        return false;
    double value = 0;
    const char* end = token.data() + token.size();
    const auto [stop, ec] = std::from_chars(token.data(), end, value);
    return ec == std::errc::result_out_of_range && stop == end;
}

/// A number simdjson cannot hold: an integer beyond 64 bits, or a float that overflows a double
/// (simdjson reads an underflow as 0).
bool isBeyondSimdjson(QByteArrayView token) {
    const qsizetype sign = token.startsWith('-') ? 1 : 0;
    qsizetype digits = 0;
    while (sign + digits < token.size() && token[sign + digits] >= '0' &&
           token[sign + digits] <= '9')
        ++digits;
    if (digits == 0)
        return false;
    for (qsizetype k = sign + digits; k < token.size(); ++k) {
        const char c = token[k];
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
            return false; // not a number: the parser's to report
    }
    const QByteArray text = token.toByteArray(); // strtod and toLongLong need the end marked
    if (sign + digits == token.size()) {
        if (digits < 19)
            return false;
        bool ok = false;
        if (sign)
            text.toLongLong(&ok);
        else
            text.toULongLong(&ok);
        return !ok;
    }
    return std::isinf(std::strtod(text.constData(), nullptr));
}

bool isOutOfRange(QByteArrayView token, Options::Numbers numbers) {
    switch (numbers) {
    case Options::Numbers::Keep:
        return false;
    case Options::Numbers::BeyondDouble:
        return isBeyondDouble(token);
    case Options::Numbers::BeyondSimdjson:
        return isBeyondSimdjson(token);
    }
    return false;
}

} // namespace

qsizetype Rewritten::originalOffset(qsizetype offset) const {
    qsizetype delta = 0; // rewritten minus original, before the current replacement
    for (const Replaced& r : replaced) {
        const qsizetype at = r.offset + delta;
        if (offset < at)
            break;
        if (offset < at + r.written)
            return r.offset;
        delta += r.written - r.length;
    }
    return offset - delta;
}

Rewritten rewrite(const QByteArray& in, const Options& options) {
    Rewritten r;
    r.json.reserve(in.size() + 64);
    const char* s = in.constData();
    const auto* u = reinterpret_cast<const unsigned char*>(s);
    const qsizetype n = in.size();
    qint64 line = 1;
    bool inString = false;
    qsizetype stringBegin = 0, lastStringBegin = 0, lastStringLength = 0;
    char previous = 0; // the last character outside strings that is not white space
    for (qsizetype i = 0; i < n;) {
        const char c = s[i];
        if (u[i] >= 0x80) {
            const int len = options.repairUtf8 ? utf8SequenceLength(u, n, i) : 1;
            if (len > 0) {
                r.json.append(s + i, len);
                i += len;
                continue;
            }
            if (r.firstBadUtf8 < 0)
                r.firstBadUtf8 = i;
            ++r.badUtf8;
            r.json.append("\xEF\xBF\xBD");
            r.replaced.append({i, 1, 3});
            ++i;
            continue;
        }
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\' && i + 1 < n && u[i + 1] < 0x80) {
                line += s[i + 1] == '\n' ? 1 : 0;
                r.json.append(s + i, 2);
                i += 2;
                continue;
            }
            if (c == '"') {
                inString = false;
                lastStringBegin = stringBegin;
                lastStringLength = i - stringBegin;
                previous = '"';
            }
            r.json.append(c);
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            stringBegin = i + 1;
            r.json.append(c);
            ++i;
            continue;
        }
        if (isTokenChar(c)) {
            qsizetype j = i;
            while (j < n && isTokenChar(s[j]))
                ++j;
            const QByteArrayView token(s + i, j - i);
            const bool literal = isPythonLiteral(token);
            if (literal || isOutOfRange(token, options.numbers)) {
                NonFinite f;
                f.line = line;
                f.offset = i;
                f.tooLarge = !literal;
                if (previous == ':')
                    f.key = elideForMessage(QString::fromUtf8(
                        s + lastStringBegin, std::min<qsizetype>(lastStringLength, 4096)));
                f.text = elideForMessage(
                    QString::fromLatin1(token.data(), std::min<qsizetype>(token.size(), 4096)));
                r.found.append(f);
                const qsizetype before = r.json.size();
                if (options.replacement == Options::Replacement::Marker)
                    r.json.append(kMarker);
                else
                    r.json.append('"').append(token).append('"');
                r.replaced.append({i, j - i, r.json.size() - before});
            } else {
                r.json.append(token);
            }
            previous = s[j - 1];
            i = j;
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            previous = c;
        r.json.append(c);
        ++i;
    }
    return r;
}

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

Parsed parse(const QByteArray& bytes, const Options& options) {
    Parsed out;
    QJsonParseError error;
    out.doc = QJsonDocument::fromJson(bytes, &error);
    out.firstError = error;
    if (error.error == QJsonParseError::NoError)
        return out;
    // Only a file that fails pays for the scan: most files have no such literal.
    const Rewritten r = rewrite(bytes, options);
    if (!r.found.isEmpty() || r.badUtf8 > 0) {
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
