// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FastJson.h"

#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace ee::FastJson {

namespace {

/// The text with the two tolerated problems repaired, and where the repairs moved bytes.
struct Repaired {
    QByteArray text;
    qsizetype badUtf8 = 0, firstBadUtf8 = -1;
    qsizetype nonFinite = 0, firstNonFinite = -1;
    qsizetype tooLarge = 0, firstTooLarge = -1;
    /// (offset in `text` just after a repair, total bytes added so far), ascending.
    std::vector<std::pair<qsizetype, qsizetype>> shifts;

    qsizetype originalOffset(qsizetype offset) const {
        qsizetype delta = 0;
        for (const auto& [at, total] : shifts) {
            if (at > offset)
                break;
            delta = total;
        }
        return std::max<qsizetype>(0, offset - delta);
    }
};

bool isWordByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// Length of a `NaN`, `Infinity` or `-Infinity` literal (as Python's json writes them) at `i`.
int nonFiniteLiteralAt(const QByteArray& in, qsizetype i) {
    if (i > 0 && isWordByte(in.at(i - 1)))
        return 0;
    const QByteArrayView rest = QByteArrayView(in).sliced(i);
    for (const QByteArrayView w :
         {QByteArrayView("-Infinity"), QByteArrayView("Infinity"), QByteArrayView("NaN")}) {
        if (rest.startsWith(w) && (rest.size() == w.size() || !isWordByte(rest.at(w.size()))))
            return int(w.size());
    }
    return 0;
}

/// Length of a JSON number at `i` that simdjson cannot hold (an integer beyond 64 bits, or a
/// float beyond double's range), else 0.
int unreadableNumberAt(const QByteArray& in, qsizetype i) {
    const char c = in.at(i);
    if (!(c == '-' || (c >= '0' && c <= '9')) ||
        (i > 0 && (isWordByte(in.at(i - 1)) || in.at(i - 1) == '.')))
        return 0;
    qsizetype j = i + (c == '-' ? 1 : 0);
    const qsizetype digitsFrom = j;
    while (j < in.size() && in.at(j) >= '0' && in.at(j) <= '9')
        ++j;
    const qsizetype digits = j - digitsFrom;
    if (digits == 0)
        return 0;
    bool integer = true;
    while (j < in.size() &&
           (std::isdigit(static_cast<unsigned char>(in.at(j))) || in.at(j) == '.' ||
            in.at(j) == 'e' || in.at(j) == 'E' || in.at(j) == '+' || in.at(j) == '-')) {
        integer = false;
        ++j;
    }
    const QByteArray token = in.mid(i, j - i);
    if (integer) {
        if (digits < 19)
            return 0;
        bool ok = false;
        if (c == '-')
            token.toLongLong(&ok);
        else
            token.toULongLong(&ok);
        return ok ? 0 : int(j - i);
    }
    return std::isinf(std::strtod(token.constData(), nullptr)) ? int(j - i) : 0;
}

/// One pass that knows whether it is inside a string: non-finite literals outside strings are
/// quoted, bytes that are not UTF-8 anywhere become U+FFFD.
Repaired repair(const QByteArray& in) {
    Repaired out;
    out.text.reserve(in.size() + 64);
    const auto* s = reinterpret_cast<const unsigned char*>(in.constData());
    const qsizetype size = in.size();
    bool inString = false;
    qsizetype added = 0;
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = s[i];
        if (c >= 0x80) {
            const int len = utf8SequenceLength(s, size, i);
            if (len > 0) {
                out.text.append(in.constData() + i, len);
                i += len;
            } else {
                if (out.firstBadUtf8 < 0)
                    out.firstBadUtf8 = i;
                ++out.badUtf8;
                out.text.append("\xEF\xBF\xBD");
                added += 2;
                out.shifts.emplace_back(out.text.size(), added);
                ++i;
            }
            continue;
        }
        if (inString) {
            if (c == '\\' && i + 1 < size && s[i + 1] < 0x80) {
                out.text.append(in.constData() + i, 2);
                i += 2;
                continue;
            }
            if (c == '"')
                inString = false;
            out.text.append(char(c));
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.text.append(char(c));
            ++i;
            continue;
        }
        // Both repairs quote the token, so the reader reports it where a number was due.
        const auto quote = [&](int len, qsizetype& count, qsizetype& first) {
            if (first < 0)
                first = i;
            ++count;
            out.text.append('"').append(in.constData() + i, len).append('"');
            added += 2;
            out.shifts.emplace_back(out.text.size(), added);
            i += len;
        };
        if (const int len = unreadableNumberAt(in, i); len > 0) {
            quote(len, out.tooLarge, out.firstTooLarge);
            continue;
        }
        if (const int len = nonFiniteLiteralAt(in, i); len > 0) {
            quote(len, out.nonFinite, out.firstNonFinite);
            continue;
        }
        out.text.append(char(c));
        ++i;
    }
    return out;
}

qint64 lineAt(const QByteArray& text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return 1 + std::count(text.constData(), text.constData() + offset, '\n');
}

simdjson::dom::parser& threadParser() {
    thread_local simdjson::dom::parser parser;
    return parser;
}

simdjson::error_code parseInto(const QByteArray& bytes, simdjson::dom::element& out) {
    // Read files into buffers with spare bytes after the data so that simdjson need not copy
    // them. capacity() also counts free space before the data, so ask for the space after it.
    // (Qt 6.4 has no const data_ptr(); the non-const one only returns the pointer, no detach.)
    const bool padded = const_cast<QByteArray&>(bytes).data_ptr().freeSpaceAtEnd() >=
                        qsizetype(simdjson::SIMDJSON_PADDING);
    return threadParser()
        .parse(bytes.constData(), static_cast<std::size_t>(bytes.size()), !padded)
        .get(out);
}

} // namespace

std::optional<simdjson::dom::element> parse(const QByteArray& bytes, const QString& file,
                                            Diagnostics& diag) {
    simdjson::dom::element root;
    const simdjson::error_code first = parseInto(bytes, root);
    if (first == simdjson::SUCCESS)
        return root;
    if (bytes.trimmed().isEmpty()) {
        diag.error(file, 0, QCoreApplication::translate("FastJson", "the file is empty"));
        return std::nullopt;
    }

    // The slow path runs only for broken files: repair what can be repaired, then find the
    // first remaining problem with Qt's parser, which reports a byte offset.
    const Repaired fixed = repair(bytes);
    if (fixed.badUtf8 > 0)
        diag.warn(file, lineAt(bytes, fixed.firstBadUtf8),
                  QCoreApplication::translate(
                      "FastJson", "%1 byte(s) are not UTF-8 (the first at byte %2); each was "
                                  "replaced by U+FFFD")
                      .arg(fixed.badUtf8)
                      .arg(fixed.firstBadUtf8),
                  QStringLiteral("byte %1").arg(fixed.firstBadUtf8));
    if (fixed.nonFinite > 0)
        diag.warn(file, lineAt(bytes, fixed.firstNonFinite),
                  QCoreApplication::translate(
                      "FastJson", "%1 NaN/Infinity literal(s), which JSON does not allow (the "
                                  "first at byte %2); each is reported where it is used")
                      .arg(fixed.nonFinite)
                      .arg(fixed.firstNonFinite),
                  QStringLiteral("byte %1").arg(fixed.firstNonFinite));
    if (fixed.tooLarge > 0)
        diag.warn(file, lineAt(bytes, fixed.firstTooLarge),
                  QCoreApplication::translate(
                      "FastJson", "%1 number(s) too large to read (the first at byte %2): integers "
                                  "beyond 64 bits or beyond the range of a double; each is "
                                  "reported where it is used")
                      .arg(fixed.tooLarge)
                      .arg(fixed.firstTooLarge),
                  QStringLiteral("byte %1").arg(fixed.firstTooLarge));
    if ((fixed.badUtf8 > 0 || fixed.nonFinite > 0 || fixed.tooLarge > 0) &&
        parseInto(fixed.text, root) == simdjson::SUCCESS) {
        return root;
    }
    QJsonParseError qtError;
    QJsonDocument::fromJson(fixed.text, &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        // Qt points just past the offending byte; never past the end of the file.
        const qsizetype offset =
            std::min<qsizetype>(fixed.originalOffset(qtError.offset), bytes.size());
        diag.error(file, lineAt(bytes, offset),
                   QCoreApplication::translate(
                       "FastJson", "invalid JSON near byte %1: %2; nothing was read from this file")
                       .arg(offset)
                       .arg(qtError.errorString()),
                   QStringLiteral("byte %1").arg(offset));
    } else {
        // Qt accepts what simdjson refuses only at its limits (depth, integers past 64 bits).
        const simdjson::error_code again = parseInto(fixed.text, root);
        diag.error(
            file, 0,
            QCoreApplication::translate(
                "FastJson", "the JSON could not be read: %1; nothing was read from this file")
                .arg(QString::fromUtf8(
                    simdjson::error_message(again != simdjson::SUCCESS ? again : first))));
    }
    return std::nullopt;
}

QString typeName(const simdjson::dom::element& e) {
    switch (e.type()) {
    case simdjson::dom::element_type::ARRAY:
        return QCoreApplication::translate("FastJson", "an array");
    case simdjson::dom::element_type::OBJECT:
        return QCoreApplication::translate("FastJson", "an object");
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return QCoreApplication::translate("FastJson", "a number");
    case simdjson::dom::element_type::STRING:
        return QCoreApplication::translate("FastJson", "the text \"%1\"")
            .arg(toQString(e.get_string().value_unsafe()).left(40));
    case simdjson::dom::element_type::BOOL:
        return QCoreApplication::translate("FastJson", "true or false");
    case simdjson::dom::element_type::NULL_VALUE:
        return QStringLiteral("null");
    }
    return QCoreApplication::translate("FastJson", "an unknown value");
}

QString keyPath(const QString& parent, std::string_view key) {
    const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return isWordByte(c) || c == '-' || c == '=' || c == ':' || (c & 0x80);
    });
    const QString k = toQString(key);
    if (plain)
        return parent.isEmpty() ? k : parent + QLatin1Char('.') + k;
    QString quoted = k;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return parent + QLatin1String("[\"") + quoted + QLatin1String("\"]");
}

} // namespace ee::FastJson
