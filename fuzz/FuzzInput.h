// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the libFuzzer targets (fuzz/fuzz_*.cpp): turn libFuzzer's bytes into the
// inputs our readers take. Header-only so that every target stays one small file.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace ee::fuzz {

/// \brief The fuzzer's bytes as a QByteArray (a deep copy: readers may keep views into it).
inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// \brief Readers that take a path get the bytes through one scratch file per process (in
/// /dev/shm when there is one, so no disk I/O per execution). `name` keeps the file name that
/// format detection looks at.
inline QString scratchFile(const QByteArray& content, const QString& name) {
    static const QString dir = QFile::exists(QStringLiteral("/dev/shm"))
                                   ? QStringLiteral("/dev/shm")
                                   : QStringLiteral("/tmp");
    const QString path = QStringLiteral("%1/ee-fuzz-%2-%3").arg(dir).arg(::getpid()).arg(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

/// \brief Splits the input at the first `sep` bytes: used to fuzz two or more strings at once.
inline QList<QByteArray> fields(const QByteArray& in, char sep, int count) {
    QList<QByteArray> out;
    qsizetype from = 0;
    for (int i = 0; i + 1 < count; ++i) {
        const qsizetype at = in.indexOf(sep, from);
        if (at < 0)
            break;
        out.append(in.mid(from, at - from));
        from = at + 1;
    }
    out.append(in.mid(from));
    while (out.size() < count)
        out.append(QByteArray());
    return out;
}

} // namespace ee::fuzz
