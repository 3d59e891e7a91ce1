// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FastJson.h"

#include "io/LenientJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace ee::FastJson {

namespace {

bool isWordByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
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
    const LenientJson::Rewritten fixed = LenientJson::rewrite(bytes, LenientJson::kForSimdjson);
    qsizetype nonFinite = 0, firstNonFinite = -1, tooLarge = 0, firstTooLarge = -1;
    for (const LenientJson::NonFinite& f : fixed.found) {
        qsizetype& count = f.tooLarge ? tooLarge : nonFinite;
        qsizetype& first = f.tooLarge ? firstTooLarge : firstNonFinite;
        if (count++ == 0)
            first = f.offset;
    }
    const auto lineAt = LenientJson::lineAt;
    if (fixed.badUtf8 > 0)
        diag.warn(file, lineAt(bytes, fixed.firstBadUtf8),
                  QCoreApplication::translate(
                      "FastJson", "%1 byte(s) are not UTF-8 (the first at byte %2); each was "
                                  "replaced by U+FFFD")
                      .arg(fixed.badUtf8)
                      .arg(fixed.firstBadUtf8),
                  QStringLiteral("byte %1").arg(fixed.firstBadUtf8));
    if (nonFinite > 0)
        diag.warn(file, lineAt(bytes, firstNonFinite),
                  QCoreApplication::translate(
                      "FastJson", "%1 NaN/Infinity literal(s), which JSON does not allow (the "
                                  "first at byte %2); each is reported where it is used")
                      .arg(nonFinite)
                      .arg(firstNonFinite),
                  QStringLiteral("byte %1").arg(firstNonFinite));
    if (tooLarge > 0)
        diag.warn(file, lineAt(bytes, firstTooLarge),
                  QCoreApplication::translate(
                      "FastJson", "%1 number(s) too large to read (the first at byte %2): integers "
                                  "beyond 64 bits or beyond the range of a double; each is "
                                  "reported where it is used")
                      .arg(tooLarge)
                      .arg(firstTooLarge),
                  QStringLiteral("byte %1").arg(firstTooLarge));
    if ((fixed.badUtf8 > 0 || !fixed.found.isEmpty()) &&
        parseInto(fixed.json, root) == simdjson::SUCCESS) {
        return root;
    }
    QJsonParseError qtError;
    QJsonDocument::fromJson(fixed.json, &qtError);
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
        const simdjson::error_code again = parseInto(fixed.json, root);
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
