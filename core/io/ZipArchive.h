// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <optional>

namespace ee {

/// \brief Largest entry (or gzip stream) we inflate: 2 GiB. The output buffer is sized from the
/// declared size and never grows past it, so a zip bomb (a few kB that claim or inflate to
/// terabytes) fails with an error instead of exhausting memory.
inline constexpr qint64 kMaxInflatedBytes = qint64(2) << 30;

/// \brief One file of a zip archive, as its central directory describes it.
struct ZipEntry {
    QString name;       ///< path inside the archive, '/'-separated
    quint16 method = 0; ///< 0 stored, 8 deflate; anything else cannot be read
    quint16 flags = 0;  ///< general-purpose bits (bit 0: encrypted)
    quint32 crc32 = 0;  ///< of the uncompressed bytes
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 localHeaderOffset = 0;

    bool isDirectory() const { return name.endsWith(QLatin1Char('/')); }
};

/// \brief A read-only zip archive (PKWARE APPNOTE): lists the central directory and inflates
/// one entry at a time. Stored and deflate entries only; ZIP64, split and encrypted archives are
/// rejected with an error saying so. Every offset and size read from the file is checked
/// against the file's real size before use, so a truncated or lying archive gives an error,
/// never an out-of-bounds read. Error messages name the archive (file name) and the entry.
class ZipArchive {
public:
    /// \brief Opens `path` and reads its central directory; false with error() set otherwise.
    bool open(const QString& path);
    const QList<ZipEntry>& entries() const { return m_entries; }
    /// \brief The uncompressed bytes of `entry`, checked against its CRC-32 and declared size;
    /// nullopt with `error` set if the entry cannot be read or is larger than `maxBytes`.
    std::optional<QByteArray> read(const ZipEntry& entry, QString& error,
                                   qint64 maxBytes = kMaxInflatedBytes);
    QString error() const { return m_error; }
    QString fileName() const; ///< the archive's file name, as messages name it

private:
    std::optional<QByteArray> readAt(qint64 offset, qint64 size);
    bool fail(const QString& message);

    QFile m_file;
    qint64 m_size = 0;
    qint64 m_centralOffset = 0; ///< entries' data must end before the central directory
    QList<ZipEntry> m_entries;
    QString m_error;
};

/// \brief True if `head` starts with the zip local-file or end-of-directory signature.
bool looksLikeZip(const QByteArray& head);
/// \brief True if `head` starts with the gzip magic bytes 1f 8b.
bool looksLikeGzip(const QByteArray& head);

/// \brief Decompresses a gzip stream (several members in a row are joined, as gzip -d does).
/// nullopt with `error` set (naming `name`) when the data is not gzip, is truncated or corrupt,
/// fails its CRC, or would inflate to more than `maxBytes`.
std::optional<QByteArray> gunzip(const QByteArray& data, const QString& name, QString& error,
                                 qint64 maxBytes = kMaxInflatedBytes);
/// \brief The first `n` bytes (or fewer, if the stream is shorter) that `data`, a gzip stream,
/// inflates to, without inflating the rest: enough to tell what a `.gz` file holds. nullopt
/// when the start is not gzip or is corrupt.
std::optional<QByteArray> gunzipHead(const QByteArray& data, qsizetype n);
/// \brief `data` as one gzip member (zlib, maximum compression, no file name or time stamp in
/// the header, so the same bytes and zlib version give the same output).
QByteArray gzip(const QByteArray& data);
/// \brief Reads and decompresses the gzip file `path` (e.g. `.jsonl.gz`).
std::optional<QByteArray> readGzipFile(const QString& path, QString& error,
                                       qint64 maxBytes = kMaxInflatedBytes);

} // namespace ee
