// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds small zip and gzip files in tests, with knobs to make them lie (sizes, CRC, ZIP64), so
// that no damaged archive has to be stored in the repository.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <optional>
#include <zlib.h>

namespace ee::testing {

/// \brief Raw deflate (zip) or gzip (`gzip` true) of `data`.
inline QByteArray deflateBytes(const QByteArray& data, bool gzip = false) {
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, gzip ? 16 + MAX_WBITS : -MAX_WBITS, 8,
                 Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

inline quint32 crcOf(const QByteArray& data) {
    return quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(data.constData()),
                         uInt(data.size())));
}

struct TestZipEntry {
    TestZipEntry(QByteArray n, QByteArray d, bool compress = true)
        : name(std::move(n))
        , data(std::move(d))
        , deflate(compress) {}
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    quint16 method = 0xFFFF;             ///< override the method field (0xFFFF: from deflate)
    std::optional<quint32> crc;          ///< override (a CRC mismatch)
    std::optional<quint32> uncompressed; ///< override (a lying size)
    std::optional<quint32> compressed;   ///< override (a lying size)
};

struct TestZipOptions {
    bool zip64Locator = false; ///< a ZIP64 end-of-directory locator before the end record
};

inline void put16(QByteArray& b, quint32 v) {
    b.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}
inline void put32(QByteArray& b, quint32 v) {
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}

/// \brief A zip archive of `entries` (APPNOTE layout: local headers, central directory, end).
inline QByteArray makeZip(const QList<TestZipEntry>& entries, const TestZipOptions& o = {}) {
    QByteArray out, central;
    for (const TestZipEntry& e : entries) {
        const QByteArray body = e.deflate ? deflateBytes(e.data) : e.data;
        const quint16 method = e.method != 0xFFFF ? e.method : (e.deflate ? 8 : 0);
        const quint32 crc = e.crc.value_or(crcOf(e.data));
        const quint32 csize = e.compressed.value_or(quint32(body.size()));
        const quint32 usize = e.uncompressed.value_or(quint32(e.data.size()));
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0x800); // UTF-8 names
        put16(out, method);
        put16(out, 0);
        put16(out, 0);
        put32(out, crc);
        put32(out, csize);
        put32(out, usize);
        put16(out, quint32(e.name.size()));
        put16(out, 0);
        out.append(e.name).append(body);
        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0x800);
        put16(central, method);
        put16(central, 0);
        put16(central, 0);
        put32(central, crc);
        put32(central, csize);
        put32(central, usize);
        put16(central, quint32(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central.append(e.name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    if (o.zip64Locator) {
        put32(out, 0x07064b50);
        put32(out, 0);
        put32(out, 0);
        put32(out, 0);
        put32(out, 1);
    }
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace ee::testing
