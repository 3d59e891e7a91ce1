// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ZipArchive.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <zlib.h>

namespace ee {

namespace {

// Record signatures and fixed sizes (APPNOTE 4.3.7, 4.3.12, 4.3.16).
constexpr quint32 kLocalSig = 0x04034b50;
constexpr quint32 kCentralSig = 0x02014b50;
constexpr quint32 kEndSig = 0x06054b50;
constexpr quint32 kZip64LocatorSig = 0x07064b50;
constexpr qint64 kLocalSize = 30;
constexpr qint64 kCentralSize = 46;
constexpr qint64 kEndSize = 22;
constexpr qint64 kZip64LocatorSize = 20;
// Deflate cannot expand data more than about 1032:1 (a 258-byte match per 2 bits); a declared
// size beyond that is a lie, refused before any buffer is allocated for it.
constexpr qint64 kMaxDeflateRatio = 1032;

quint16 u16(const char* p) {
    const auto* b = reinterpret_cast<const uchar*>(p);
    return quint16(b[0] | (b[1] << 8));
}
quint32 u32(const char* p) {
    const auto* b = reinterpret_cast<const uchar*>(p);
    return quint32(b[0]) | (quint32(b[1]) << 8) | (quint32(b[2]) << 16) | (quint32(b[3]) << 24);
}

QString methodName(quint16 method) {
    switch (method) {
    case 12:
        return QStringLiteral(" (bzip2)");
    case 14:
        return QStringLiteral(" (LZMA)");
    case 93:
        return QStringLiteral(" (Zstandard)");
    case 99:
        return QCoreApplication::translate("ZipArchive", " (AES encryption)");
    default:
        return QString();
    }
}

} // namespace

QString ZipArchive::fileName() const {
    return QFileInfo(m_file.fileName()).fileName();
}

bool ZipArchive::fail(const QString& message) {
    m_error = QStringLiteral("%1: %2").arg(fileName(), message);
    m_entries.clear();
    return false;
}

std::optional<QByteArray> ZipArchive::readAt(qint64 offset, qint64 size) {
    if (offset < 0 || size < 0 || offset > m_size || size > m_size - offset)
        return std::nullopt;
    if (!m_file.seek(offset))
        return std::nullopt;
    QByteArray bytes = m_file.read(size);
    if (bytes.size() != size)
        return std::nullopt;
    return bytes;
}

bool ZipArchive::open(const QString& path) {
    m_entries.clear();
    m_error.clear();
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("ZipArchive", "cannot open: %1").arg(m_file.errorString()));
    m_size = m_file.size();
    if (m_size < kEndSize)
        return fail(QCoreApplication::translate(
                        "ZipArchive", "%1 bytes is too short for a zip archive (the end-of-central-"
                                      "directory record alone is 22)")
                        .arg(m_size));
    // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
    const qint64 tailSize = std::min(m_size, kEndSize + 0xFFFF);
    const qint64 tailStart = m_size - tailSize;
    const std::optional<QByteArray> tail = readAt(tailStart, tailSize);
    if (!tail)
        return fail(QCoreApplication::translate("ZipArchive", "cannot read the end of the file"));
    qint64 end = -1;
    for (qint64 i = tailSize - kEndSize; i >= 0; --i) {
        const char* p = tail->constData() + i;
        if (u32(p) == kEndSig && i + kEndSize + u16(p + 20) <= tailSize) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return fail(QCoreApplication::translate(
            "ZipArchive", "no end-of-central-directory record: not a zip archive, or "
                          "a truncated one"));
    const char* e = tail->constData() + end;
    const qint64 endOffset = tailStart + end;
    const quint16 disk = u16(e + 4), centralDisk = u16(e + 6);
    const quint16 onDisk = u16(e + 8), total = u16(e + 10);
    const quint32 centralSize = u32(e + 12), centralOffset = u32(e + 16);
    const bool zip64Locator =
        end >= kZip64LocatorSize && u32(e - kZip64LocatorSize) == kZip64LocatorSig;
    if (zip64Locator || total == 0xFFFF || onDisk == 0xFFFF || centralSize == 0xFFFFFFFF ||
        centralOffset == 0xFFFFFFFF)
        return fail(QCoreApplication::translate(
            "ZipArchive", "a ZIP64 archive (over 65,535 entries or 4 GiB); ZIP64 is not "
                          "supported: unzip it with a tool first"));
    if (disk != 0 || centralDisk != 0 || onDisk != total)
        return fail(QCoreApplication::translate("ZipArchive",
                                                "a split (multi-volume) archive; not supported"));
    if (qint64(centralOffset) + qint64(centralSize) > endOffset)
        return fail(QCoreApplication::translate(
                        "ZipArchive", "the central directory (%1 bytes at offset %2) runs past the "
                                      "end record at %3: a truncated or corrupt archive")
                        .arg(centralSize)
                        .arg(centralOffset)
                        .arg(endOffset));
    m_centralOffset = centralOffset;
    const std::optional<QByteArray> central = readAt(centralOffset, centralSize);
    if (!central)
        return fail(QCoreApplication::translate("ZipArchive", "cannot read the central directory"));
    qint64 at = 0;
    for (int i = 0; i < total; ++i) {
        const char* c = central->constData() + at;
        if (centralSize - at < kCentralSize || u32(c) != kCentralSig)
            return fail(QCoreApplication::translate(
                            "ZipArchive", "the central directory declares %1 entries but record %2 "
                                          "is missing or damaged")
                            .arg(total)
                            .arg(i + 1));
        const qint64 nameLen = u16(c + 28), extraLen = u16(c + 30), commentLen = u16(c + 32);
        if (kCentralSize + nameLen + extraLen + commentLen > centralSize - at)
            return fail(QCoreApplication::translate(
                            "ZipArchive", "central directory record %1 runs past the directory's "
                                          "end")
                            .arg(i + 1));
        ZipEntry entry;
        entry.flags = u16(c + 8);
        entry.method = u16(c + 10);
        entry.crc32 = u32(c + 16);
        const quint32 compressed = u32(c + 20), uncompressed = u32(c + 24);
        const quint32 local = u32(c + 42);
        const QByteArray name(c + kCentralSize, nameLen);
        // Bit 11 says UTF-8; without it the name is CP437, read here as Latin-1 (equal for
        // ASCII, which is what archive tools write in practice).
        entry.name = (entry.flags & 0x800) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        if (compressed == 0xFFFFFFFF || uncompressed == 0xFFFFFFFF || local == 0xFFFFFFFF ||
            u16(c + 34) == 0xFFFF)
            return fail(QCoreApplication::translate(
                            "ZipArchive", "entry '%1' uses ZIP64 sizes (4 GiB or more); ZIP64 is "
                                          "not supported: unzip it with a tool first")
                            .arg(entry.name));
        entry.compressedSize = compressed;
        entry.uncompressedSize = uncompressed;
        entry.localHeaderOffset = local;
        m_entries.append(entry);
        at += kCentralSize + nameLen + extraLen + commentLen;
    }
    return true;
}

std::optional<QByteArray> ZipArchive::read(const ZipEntry& entry, QString& error, qint64 maxBytes) {
    auto failed = [&](const QString& what) -> std::optional<QByteArray> {
        error = QCoreApplication::translate("ZipArchive", "%1: entry '%2': %3")
                    .arg(fileName(), entry.name, what);
        return std::nullopt;
    };
    if (!m_file.isOpen())
        return failed(QCoreApplication::translate("ZipArchive", "the archive is not open"));
    if (entry.flags & 0x1)
        return failed(QCoreApplication::translate("ZipArchive", "encrypted; not supported"));
    if (entry.method != 0 && entry.method != 8)
        return failed(QCoreApplication::translate(
                          "ZipArchive", "compression method %1%2 is not supported (only stored and "
                                        "deflate)")
                          .arg(entry.method)
                          .arg(methodName(entry.method)));
    if (entry.uncompressedSize > maxBytes)
        return failed(QCoreApplication::translate(
                          "ZipArchive", "%1 bytes uncompressed, more than the %2-byte limit")
                          .arg(entry.uncompressedSize)
                          .arg(maxBytes));
    if (entry.method == 0 && entry.compressedSize != entry.uncompressedSize)
        return failed(QCoreApplication::translate(
                          "ZipArchive", "stored (not compressed) but its sizes differ: %1 "
                                        "compressed, %2 uncompressed")
                          .arg(entry.compressedSize)
                          .arg(entry.uncompressedSize));
    if (entry.method == 8 && entry.uncompressedSize > (entry.compressedSize + 1) * kMaxDeflateRatio)
        return failed(QCoreApplication::translate(
                          "ZipArchive", "declares %1 bytes uncompressed from %2 compressed, more "
                                        "than deflate can produce: a corrupt or hostile archive")
                          .arg(entry.uncompressedSize)
                          .arg(entry.compressedSize));
    const std::optional<QByteArray> header = readAt(entry.localHeaderOffset, kLocalSize);
    if (!header || u32(header->constData()) != kLocalSig)
        return failed(QCoreApplication::translate(
                          "ZipArchive", "no local file header at offset %1: a truncated or corrupt "
                                        "archive")
                          .arg(entry.localHeaderOffset));
    const qint64 dataStart = entry.localHeaderOffset + kLocalSize + u16(header->constData() + 26) +
                             u16(header->constData() + 28);
    if (dataStart > m_centralOffset || entry.compressedSize > m_centralOffset - dataStart)
        return failed(QCoreApplication::translate(
                          "ZipArchive", "its %1 compressed bytes at offset %2 run past the start "
                                        "of the central directory (%3): a truncated archive or a "
                                        "lying size")
                          .arg(entry.compressedSize)
                          .arg(dataStart)
                          .arg(m_centralOffset));
    std::optional<QByteArray> data = readAt(dataStart, entry.compressedSize);
    if (!data)
        return failed(QCoreApplication::translate("ZipArchive", "cannot read its compressed data"));
    QByteArray out;
    if (entry.method == 0) {
        out = std::move(*data);
    } else {
        // One byte more than declared: a stream that fills it inflates to more than it says.
        out.resize(entry.uncompressedSize + 1);
        z_stream zs{};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) // raw deflate, no zlib header
            return failed(QCoreApplication::translate("ZipArchive", "cannot start zlib"));
        zs.next_in = reinterpret_cast<Bytef*>(data->data());
        zs.avail_in = uInt(data->size());
        zs.next_out = reinterpret_cast<Bytef*>(out.data());
        zs.avail_out = uInt(out.size());
        const int rc = inflate(&zs, Z_FINISH);
        const qint64 produced = qint64(zs.total_out);
        const QString zmsg = zs.msg ? QString::fromLatin1(zs.msg) : QString();
        inflateEnd(&zs);
        if (produced > entry.uncompressedSize)
            return failed(QCoreApplication::translate(
                              "ZipArchive", "inflates to more than the %1 bytes the archive "
                                            "declares: a lying size")
                              .arg(entry.uncompressedSize));
        if (rc == Z_DATA_ERROR)
            return failed(
                QCoreApplication::translate("ZipArchive", "corrupt deflate data (%1)").arg(zmsg));
        if (rc == Z_MEM_ERROR)
            return failed(
                QCoreApplication::translate("ZipArchive", "out of memory while inflating"));
        if (rc != Z_STREAM_END)
            return failed(QCoreApplication::translate(
                              "ZipArchive", "the compressed data ends early (after %1 of %2 "
                                            "bytes): a truncated archive")
                              .arg(produced)
                              .arg(entry.uncompressedSize));
        if (produced != entry.uncompressedSize)
            return failed(QCoreApplication::translate(
                              "ZipArchive", "inflates to %1 bytes, but the archive declares %2: a "
                                            "lying size")
                              .arg(produced)
                              .arg(entry.uncompressedSize));
        out.resize(produced);
    }
    const quint32 crc = quint32(crc32(
        crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(out.constData()), uInt(out.size())));
    if (crc != entry.crc32)
        return failed(QCoreApplication::translate(
                          "ZipArchive", "CRC-32 mismatch (the archive says %1, the data gives %2): "
                                        "the data is corrupt")
                          .arg(entry.crc32, 8, 16, QLatin1Char('0'))
                          .arg(crc, 8, 16, QLatin1Char('0')));
    error.clear();
    return out;
}

bool looksLikeZip(const QByteArray& head) {
    return head.size() >= 4 &&
           (u32(head.constData()) == kLocalSig || u32(head.constData()) == kEndSig);
}

bool looksLikeGzip(const QByteArray& head) {
    return head.size() >= 2 && uchar(head[0]) == 0x1f && uchar(head[1]) == 0x8b;
}

std::optional<QByteArray> gunzip(const QByteArray& data, const QString& name, QString& error,
                                 qint64 maxBytes) {
    auto failed = [&](const QString& what) -> std::optional<QByteArray> {
        error = QStringLiteral("%1: %2").arg(name, what);
        return std::nullopt;
    };
    if (!looksLikeGzip(data))
        return failed(QCoreApplication::translate("ZipArchive",
                                                  "not gzip data (it does not start with 1f 8b)"));
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) // 16: expect a gzip header and trailer
        return failed(QCoreApplication::translate("ZipArchive", "cannot start zlib"));
    // zlib counts in uInt: feed and drain at most 1 GiB at a time.
    constexpr qint64 kChunk = qint64(1) << 30;
    QByteArray out;
    out.resize(std::min<qint64>(std::max<qint64>(data.size() * 4, 4096), maxBytes + 1));
    qint64 inPos = 0, outPos = 0;
    QString problem;
    for (;;) {
        if (outPos == out.size()) {
            if (out.size() > maxBytes) {
                problem = QCoreApplication::translate("ZipArchive",
                                                      "inflates to more than the %1-byte limit")
                              .arg(maxBytes);
                break;
            }
            out.resize(std::min<qint64>(out.size() * 2, maxBytes + 1));
        }
        const qint64 inChunk = std::min(kChunk, data.size() - inPos);
        const qint64 outChunk = std::min(kChunk, out.size() - outPos);
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData() + inPos));
        zs.avail_in = uInt(inChunk);
        zs.next_out = reinterpret_cast<Bytef*>(out.data() + outPos);
        zs.avail_out = uInt(outChunk);
        const int rc = inflate(&zs, Z_NO_FLUSH);
        inPos += inChunk - zs.avail_in;
        outPos += outChunk - zs.avail_out;
        if (rc == Z_STREAM_END) {
            // Concatenated members (gzip a b > ab.gz) are one stream to gzip -d.
            if (inPos < data.size() && looksLikeGzip(data.mid(inPos, 2))) {
                inflateReset(&zs);
                continue;
            }
            if (inPos < data.size())
                problem = QCoreApplication::translate(
                              "ZipArchive", "%1 bytes of trailing data after the gzip stream")
                              .arg(data.size() - inPos);
            break;
        }
        if (rc == Z_DATA_ERROR) {
            problem = QCoreApplication::translate("ZipArchive", "corrupt gzip data (%1)")
                          .arg(zs.msg ? QString::fromLatin1(zs.msg) : QString());
            break;
        }
        if (rc == Z_MEM_ERROR) {
            problem = QCoreApplication::translate("ZipArchive", "out of memory while inflating");
            break;
        }
        if (rc == Z_NEED_DICT || rc == Z_STREAM_ERROR) {
            problem =
                QCoreApplication::translate("ZipArchive", "unsupported gzip data (zlib error %1)")
                    .arg(rc);
            break;
        }
        // No progress with room left to write: the input ran out before the stream's end.
        if (rc == Z_BUF_ERROR && outPos < out.size()) {
            problem = QCoreApplication::translate(
                          "ZipArchive", "the gzip stream ends early (after %1 compressed bytes): a "
                                        "truncated file")
                          .arg(data.size());
            break;
        }
    }
    inflateEnd(&zs);
    if (!problem.isEmpty())
        return failed(problem);
    out.resize(outPos);
    error.clear();
    return out;
}

std::optional<QByteArray> readGzipFile(const QString& path, QString& error, qint64 maxBytes) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("ZipArchive", "%1: cannot open: %2")
                    .arg(path, f.errorString());
        return std::nullopt;
    }
    return gunzip(f.readAll(), QFileInfo(path).fileName(), error, maxBytes);
}

std::optional<QByteArray> gunzipHead(const QByteArray& data, qsizetype n) {
    if (!looksLikeGzip(data) || n <= 0)
        return std::nullopt;
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    QByteArray out(n, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(std::min<qint64>(data.size(), qint64(1) << 30));
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(n);
    const int rc = inflate(&zs, Z_SYNC_FLUSH);
    const qsizetype written = n - qsizetype(zs.avail_out);
    inflateEnd(&zs);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
        return std::nullopt;
    out.resize(written);
    return out;
}

QByteArray gzip(const QByteArray& data) {
    z_stream z{};
    // 15 + 16: a gzip wrapper with a bare header (deflateInit2 writes no name and no time).
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))) + 32);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const qsizetype written = static_cast<qsizetype>(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

} // namespace ee
