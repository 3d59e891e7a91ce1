// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A QStringList of UTF-8 literals for data-driven rows: the project builds with
// QT_NO_CAST_FROM_ASCII, so QStringList{"a", "b"} does not compile.
#include <QStringList>
#include <initializer_list>

namespace ee::test {

inline QStringList strings(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace ee::test
