// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/examples/JsonArrayElements.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace ee::jsonl {

namespace {
bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}
} // namespace

bool forEachArrayElement(const QByteArray& bytes,
                         const std::function<void(QByteArrayView, qint64, qint64)>& fn,
                         const std::function<void(qint64, qint64, const QString&)>& bad,
                         QString& error) {
    const char* p = bytes.constData();
    const qint64 n = bytes.size();
    qint64 i = bytes.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (i < n && isSpace(p[i]))
        ++i;
    if (i >= n || p[i] != '[') {
        error = i >= n ? QCoreApplication::translate("JsonArrayElements", "the file is empty")
                       : QCoreApplication::translate("JsonArrayElements",
                                                     "expected a JSON array ('[') at byte %1")
                             .arg(i);
        return false;
    }
    ++i;
    qint64 index = 0;
    qint64 start = -1; // first byte of the current element, -1 before it
    int depth = 0;     // of brackets and braces inside the current element
    auto finishElement = [&](qint64 endExclusive) {
        qint64 e = endExclusive;
        while (e > start && isSpace(p[e - 1]))
            --e;
        if (start >= 0 && e > start)
            fn(QByteArrayView(p + start, e - start), index, start);
        else
            bad(index, start >= 0 ? start : endExclusive,
                QCoreApplication::translate("JsonArrayElements", "empty element"));
        ++index;
        start = -1;
    };
    for (; i < n; ++i) {
        const char c = p[i];
        if (start < 0) {
            if (isSpace(c))
                continue;
            if (c == ']' && index == 0) { // []
                ++i;
                break;
            }
            start = i;
        }
        if (c == '"') {
            // To the next quote not escaped (preceded by an even run of backslashes), with
            // memchr rather than byte by byte: generations are long strings.
            for (++i;; ++i) {
                const auto* q = static_cast<const char*>(
                    std::memchr(p + i, '"', static_cast<size_t>(std::max<qint64>(0, n - i))));
                if (!q) {
                    i = n;
                    break;
                }
                i = q - p;
                qint64 backslashes = 0;
                while (p[i - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth > 0) {
                --depth;
            } else { // the array's own ']'
                finishElement(i);
                ++i;
                break;
            }
        } else if (c == ',' && depth == 0) {
            finishElement(i);
        }
        if (i + 1 == n) { // data ends inside the array
            if (start >= 0 && depth > 0) {
                bad(index, start,
                    QCoreApplication::translate(
                        "JsonArrayElements",
                        "the data ends inside this record (a truncated file)"));
                return true;
            }
            if (start >= 0) // a whole record may end just where the file does: try it
                finishElement(n);
            bad(index, n,
                QCoreApplication::translate("JsonArrayElements",
                                            "the data ends before the array's closing ']'"));
            return true;
        }
    }
    if (i >= n && start >= 0) { // ended inside a string
        bad(index, start,
            QCoreApplication::translate("JsonArrayElements",
                                        "the data ends inside this record (a truncated file)"));
        return true;
    }
    while (i < n && isSpace(p[i]))
        ++i;
    if (i < n)
        bad(index, i,
            QCoreApplication::translate("JsonArrayElements",
                                        "unexpected data after the array's closing ']'"));
    return true;
}

} // namespace ee::jsonl
