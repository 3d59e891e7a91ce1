// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <charconv>
#include <cmath>

namespace ee {

QByteArray normalizeTextEncoding(const QByteArray& raw, const QString& file, Diagnostics& diag) {
    if (raw.startsWith("\xEF\xBB\xBF"))
        return raw.mid(3);
    const bool le = raw.startsWith("\xFF\xFE");
    const bool be = raw.startsWith("\xFE\xFF");
    if (le || be) {
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(raw).sliced(2));
        if (decoder.hasError())
            diag.error(file, 0,
                       QCoreApplication::translate(
                           "TextDecoding", "the file starts like UTF-16 but has invalid "
                                           "UTF-16 sequences; bad characters were replaced"));
        diag.warn(file, 0,
                  QCoreApplication::translate(
                      "TextDecoding", "the file is UTF-16; it was read as UTF-16 and treated "
                                      "as UTF-8 text (save it as UTF-8 to silence this)"));
        return text.toUtf8();
    }
    return raw;
}

int utf8SequenceLength(const unsigned char* s, qsizetype size, qsizetype i) {
    const unsigned char c = s[i];
    int extra = 0;
    unsigned cp = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    for (int k = 1; k <= extra; ++k) {
        if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    static constexpr unsigned kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return extra + 1;
}

bool isValidUtf8(const char* bytes, qsizetype size) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes);
    qsizetype i = 0;
    while (i < size) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = utf8SequenceLength(s, size, i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

QString formatNumberExact(double v) {
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, res.ptr - buf);
}

std::optional<double> parseFiniteDouble(QStringView text) {
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 64)
        return std::nullopt;
    char buf[72];
    qsizetype n = 0;
    for (QChar ch : t) {
        if (ch.unicode() > 127)
            return std::nullopt;
        buf[n++] = static_cast<char>(ch.unicode());
    }
    const char* begin = buf;
    if (*begin == '+')
        ++begin; // from_chars rejects a leading '+', spreadsheets write it
    double v = 0;
    const auto res = std::from_chars(begin, buf + n, v);
    if (res.ec != std::errc() || res.ptr != buf + n || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace ee
