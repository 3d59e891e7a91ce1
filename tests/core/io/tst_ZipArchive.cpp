// SPDX-License-Identifier: GPL-3.0-or-later
// ZipArchive and gunzip(): the real MMLU-Pro zips, and hand-made damaged archives built here.
#include "TestSkip.h"
#include "core/io/ZipTestWriter.h"
#include "io/ZipArchive.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace ee::testing;

class tst_ZipArchive : public QObject {
    Q_OBJECT
private slots:
    void readsRealArchive();
    void storedAndDeflated();
    void emptyArchive();
    void truncatedArchive();
    void lyingUncompressedSize();
    void lyingCompressedSize();
    void crcMismatch();
    void zip64IsRejected();
    void zipBombIsCapped();
    void unsupportedMethodAndNotAZip();
    void gunzipRoundTrip();
    void gunzipDamaged();

private:
    QString write(const QByteArray& bytes, const QString& name = QStringLiteral("t.zip")) {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // Opens `bytes` as t.zip and reads its first entry; the error (empty on success).
    QString readFirst(const QByteArray& bytes, QByteArray* out = nullptr,
                      qint64 cap = kMaxInflatedBytes) {
        ZipArchive zip;
        if (!zip.open(write(bytes)))
            return zip.error();
        if (zip.entries().isEmpty())
            return QStringLiteral("no entries");
        QString error;
        const auto data = zip.read(zip.entries().first(), error, cap);
        if (data && out)
            *out = *data;
        return error;
    }
    QTemporaryDir m_dir;
};

void tst_ZipArchive::readsRealArchive() {
    const QString path =
        QStringLiteral(EE_TEST_SHARED_DATA "/tiger-lab-mmlu-pro-model-outputs/"
                                           "eval_results/model_outputs_Llama-2-7b-hf_5shots.zip");
    if (!QFile::exists(path))
        EE_SKIP_OR_FAIL("../shared/data is absent");
    QElapsedTimer timer;
    timer.start();
    ZipArchive zip;
    QVERIFY2(zip.open(path), qPrintable(zip.error()));
    QCOMPARE(zip.entries().size(), 1);
    const ZipEntry& e = zip.entries().first();
    QCOMPARE(e.name, QStringLiteral("model_outputs_Llama-2-7b-hf_5shots.json"));
    QCOMPARE(e.method, quint16(8));
    QCOMPARE(e.uncompressedSize, qint64(14130003)); // unzip -lv
    QCOMPARE(e.crc32, quint32(0x85da80d9));
    QString error;
    const auto data = zip.read(e, error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->size(), qsizetype(14130003));
    QVERIFY(data->startsWith('['));
    qInfo("inflating %s took %lld ms", qPrintable(e.name), timer.elapsed());
}

void tst_ZipArchive::storedAndDeflated() {
    const QByteArray text = QByteArray("hello, zip ").repeated(1000);
    ZipArchive zip;
    QVERIFY(zip.open(write(makeZip({{"dir/a.txt", text, false}, {"b.txt", text, true}}))));
    QCOMPARE(zip.entries().size(), 2);
    QCOMPARE(zip.entries()[0].name, QStringLiteral("dir/a.txt"));
    QCOMPARE(zip.entries()[0].method, quint16(0));
    QCOMPARE(zip.entries()[1].method, quint16(8));
    QVERIFY(zip.entries()[1].compressedSize < text.size());
    for (const ZipEntry& e : zip.entries()) {
        QString error;
        const auto data = zip.read(e, error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(*data, text);
    }
}

void tst_ZipArchive::emptyArchive() {
    ZipArchive zip;
    QVERIFY2(zip.open(write(makeZip({}))), qPrintable(zip.error()));
    QVERIFY(zip.entries().isEmpty());
    // An empty file is not an (empty) archive.
    QVERIFY(!zip.open(write(QByteArray())));
    QVERIFY2(zip.error().contains(QLatin1String("t.zip")) &&
                 zip.error().contains(QLatin1String("too short")),
             qPrintable(zip.error()));
}

void tst_ZipArchive::truncatedArchive() {
    const QByteArray whole = makeZip({{"a.json", QByteArray("[1, 2, 3]").repeated(500)}});
    for (const qsizetype keep : {whole.size() - 1, whole.size() / 2, qsizetype(10)}) {
        const QString error = readFirst(whole.left(keep));
        QVERIFY2(error.contains(QLatin1String("t.zip")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("end-of-central-directory")) ||
                     error.contains(QLatin1String("too short")),
                 qPrintable(error));
    }
    // Directory intact, data cut short: an archive whose entry data was truncated in place.
    QByteArray cut = whole;
    const qsizetype dataAt = 30 + 6;
    cut.remove(dataAt + 5, 20);
    const QString error = readFirst(cut);
    QVERIFY2(error.contains(QLatin1String("t.zip")) && !error.isEmpty(), qPrintable(error));
}

void tst_ZipArchive::lyingUncompressedSize() {
    const QByteArray text = QByteArray("abcdefgh").repeated(4096); // 32 KiB
    TestZipEntry small{"x.json", text};
    small.uncompressed = 1000;
    QString error = readFirst(makeZip({small}));
    QVERIFY2(error.contains(QLatin1String("'x.json'")) && error.contains(QLatin1String("t.zip")) &&
                 error.contains(QLatin1String("more than the 1000 bytes")),
             qPrintable(error));
    TestZipEntry large{"x.json", text};
    large.uncompressed = quint32(text.size() + 7);
    error = readFirst(makeZip({large}));
    QVERIFY2(error.contains(QLatin1String("lying size")), qPrintable(error));
    // Stored entries must have equal sizes.
    TestZipEntry stored{"x.json", text, false};
    stored.uncompressed = 5;
    error = readFirst(makeZip({stored}));
    QVERIFY2(error.contains(QLatin1String("sizes differ")), qPrintable(error));
}

void tst_ZipArchive::lyingCompressedSize() {
    TestZipEntry e{"x.json", QByteArray("0123456789").repeated(100)};
    e.compressed = 100000; // more than the whole archive
    e.uncompressed = 1000;
    const QString error = readFirst(makeZip({e}));
    QVERIFY2(error.contains(QLatin1String("run past")) && error.contains(QLatin1String("'x.json'")),
             qPrintable(error));
}

void tst_ZipArchive::crcMismatch() {
    TestZipEntry deflated{"x.json", QByteArray("[{\"a\": 1}]")};
    deflated.crc = 0x12345678;
    QString error = readFirst(makeZip({deflated}));
    QVERIFY2(error.contains(QLatin1String("CRC-32 mismatch")) &&
                 error.contains(QLatin1String("'x.json'")) &&
                 error.contains(QLatin1String("t.zip")) &&
                 error.contains(QLatin1String("12345678")),
             qPrintable(error));
    TestZipEntry stored{"y.json", QByteArray("[]"), false};
    stored.crc = 1;
    error = readFirst(makeZip({stored}));
    QVERIFY2(error.contains(QLatin1String("CRC-32 mismatch")), qPrintable(error));
}

void tst_ZipArchive::zip64IsRejected() {
    QString error = readFirst(makeZip({{"x.json", "[]"}}, TestZipOptions{true}));
    QVERIFY2(error.contains(QLatin1String("ZIP64")) && error.contains(QLatin1String("t.zip")),
             qPrintable(error));
    TestZipEntry e{"big.json", "[]"};
    e.uncompressed = 0xFFFFFFFF; // "see the ZIP64 extra field"
    error = readFirst(makeZip({e}));
    QVERIFY2(error.contains(QLatin1String("ZIP64")) && error.contains(QLatin1String("'big.json'")),
             qPrintable(error));
}

void tst_ZipArchive::zipBombIsCapped() {
    // 16 MiB of zeros deflate to ~16 kB; with a 1 MiB cap the entry is refused unread.
    const QByteArray zeros(16 << 20, '\0');
    QString error = readFirst(makeZip({{"bomb.json", zeros}}), nullptr, 1 << 20);
    QVERIFY2(error.contains(QLatin1String("limit")) && error.contains(QLatin1String("'bomb.json'")),
             qPrintable(error));
    // A declared size deflate could never reach from so few bytes is refused before allocating.
    TestZipEntry e{"bomb.json", QByteArray(100, 'x')};
    e.uncompressed = 0xC0000000; // 3 GiB: over the default 2 GiB cap
    error = readFirst(makeZip({e}));
    QVERIFY2(error.contains(QLatin1String("limit")), qPrintable(error));
    e.uncompressed = 0x70000000; // under the cap but impossible from ~10 bytes
    error = readFirst(makeZip({e}));
    QVERIFY2(error.contains(QLatin1String("more than deflate can produce")), qPrintable(error));
}

void tst_ZipArchive::unsupportedMethodAndNotAZip() {
    TestZipEntry e{"x.json", "[]", false};
    e.method = 14;
    QString error = readFirst(makeZip({e}));
    QVERIFY2(error.contains(QLatin1String("LZMA")), qPrintable(error));
    error = readFirst(QByteArray("this is a text file, not an archive at all"));
    QVERIFY2(error.contains(QLatin1String("not a zip archive")), qPrintable(error));
}

void tst_ZipArchive::gunzipRoundTrip() {
    const QByteArray a = QByteArray("{\"x\": 1}\n").repeated(5000);
    const QByteArray b = QByteArray("{\"y\": 2}\n");
    QString error;
    auto out = gunzip(deflateBytes(a, true), QStringLiteral("a.jsonl.gz"), error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(*out, a);
    // Two members in a row, as `cat a.gz b.gz` makes.
    out = gunzip(deflateBytes(a, true) + deflateBytes(b, true), QStringLiteral("ab.gz"), error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(*out, a + b);
    const QString path = write(deflateBytes(b, true), QStringLiteral("b.json.gz"));
    out = readGzipFile(path, error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(*out, b);
    out = gunzip(deflateBytes(QByteArray(), true), QStringLiteral("empty.gz"), error);
    QVERIFY2(out && out->isEmpty(), qPrintable(error));
}

void tst_ZipArchive::gunzipDamaged() {
    const QByteArray a = QByteArray("some text to compress ").repeated(2000);
    const QByteArray gz = deflateBytes(a, true);
    QString error;
    QVERIFY(!gunzip(gz.left(gz.size() / 2), QStringLiteral("cut.gz"), error));
    QVERIFY2(error.contains(QLatin1String("cut.gz")) && error.contains(QLatin1String("ends early")),
             qPrintable(error));
    QByteArray badCrc = gz;
    badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 0x55); // in the CRC-32 trailer
    QVERIFY(!gunzip(badCrc, QStringLiteral("crc.gz"), error));
    QVERIFY2(error.contains(QLatin1String("crc.gz")) && error.contains(QLatin1String("corrupt")),
             qPrintable(error));
    QVERIFY(!gunzip(gz, QStringLiteral("capped.gz"), error, 1000));
    QVERIFY2(error.contains(QLatin1String("limit")), qPrintable(error));
    QVERIFY(!gunzip(QByteArray("plain"), QStringLiteral("plain.gz"), error));
    QVERIFY2(error.contains(QLatin1String("not gzip")), qPrintable(error));
    QVERIFY(!gunzip(gz + "junk", QStringLiteral("junk.gz"), error));
    QVERIFY2(error.contains(QLatin1String("trailing")), qPrintable(error));
    QVERIFY(!readGzipFile(m_dir.filePath(QStringLiteral("missing.gz")), error));
    QVERIFY2(error.contains(QLatin1String("cannot open")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ZipArchive)
#include "tst_ZipArchive.moc"
