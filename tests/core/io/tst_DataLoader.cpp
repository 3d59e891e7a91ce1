// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataLoader.h"
#include "io/FolderWalk.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kHeader = "source,task,subtask,family,model,params,nonembedding_params,tokens,"
                           "flops,shots,prompting,metric,value,stderr,ci_low,ci_high,n,low,high\n";

void write(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString allMessages(const Diagnostics& d) {
    QString all;
    for (const auto& item : d.items)
        all += item.toString() + QLatin1Char('\n');
    return all;
}
} // namespace

class tst_DataLoader : public QObject {
    Q_OBJECT
private slots:
    void detectsByContentNotExtension() {
        QTemporaryDir dir;
        write(dir.filePath(u"scores.txt"_s), kHeader + ",t,,F,m,1e9,,,,0,standard,acc,0.5,,,,,,\n");
        write(dir.filePath(u"wide.csv"_s),
              "Model,Model Family,Model Size (B),t_2_acc\nm,F,1,0.5\n");
        const ImportResult r =
            DataLoader::load({dir.filePath(u"scores.txt"_s), dir.filePath(u"wide.csv"_s)});
        QVERIFY2(r.diagnostics.items.isEmpty(), qPrintable(allMessages(r.diagnostics)));
        QCOMPARE(r.table.rowCount(), 2);
        QCOMPARE(detectDataFormat(u"x.json"_s, R"({"results": {}, "config": {}})"),
                 DataFormat::LmEvalJson);
        QCOMPARE(
            detectDataFormat(u"x.json"_s, R"({"model": {"model_family": "GPT"}, "scores": []})"),
            DataFormat::BigBenchScores);
        QCOMPARE(detectDataFormat(u"x.csv"_s, "\xEF\xBB\xBFModel,MMLU\n"), DataFormat::WideCsv);
        QCOMPARE(detectDataFormat(u"x.csv"_s, "\x01\x02garbage\xff"), DataFormat::Unknown);
    }
    void formatOverride() {
        QTemporaryDir dir;
        write(dir.filePath(u"a.dat"_s), "Model,t_2_acc\nm,0.5\n");
        LoadOptions options;
        options.format = DataFormat::LongCsv;
        const ImportResult forced = DataLoader::load({dir.filePath(u"a.dat"_s)}, options);
        QCOMPARE(forced.table.rowCount(), 0);
        QVERIFY(allMessages(forced.diagnostics).contains(u"no 'task' column"_s));
    }
    void aFolderOfThousandsWithSomeBadFiles() {
        QTemporaryDir dir;
        for (int i = 0; i < 2000; ++i)
            write(dir.filePath(u"sub%1/f%2.csv"_s.arg(i % 7).arg(i, 4, 10, QLatin1Char('0'))),
                  kHeader + ",task" + QByteArray::number(i % 50) + ",,F,m" + QByteArray::number(i) +
                      ",1e9,,,,0,standard,acc,0.5,,,,,,\n");
        write(dir.filePath(u"sub1/bad_truncated.csv"_s), kHeader + ",t,,F,\"m,1e9");
        write(dir.filePath(u"sub2/bad_empty.csv"_s), "");
        write(dir.filePath(u"sub3/bad_garbage.json"_s), "\x89PNG\r\n\x1a\n\0\0\0");
        write(dir.filePath(u"sub4/bad_value.csv"_s),
              kHeader + ",t,,F,m,1e9,,,,0,standard,acc,NaN,,,,,,\n");
        write(dir.filePath(u"sub5/notes.md"_s), "not data, not read");
        const ImportResult r = DataLoader::load({dir.path()});
        QCOMPARE(r.table.rowCount(), 2000);
        QCOMPARE(r.diagnostics.errorCount(), 4);
        const QString all = allMessages(r.diagnostics);
        QVERIFY(all.contains(u"bad_truncated.csv:2: a quoted field is never closed"_s));
        QVERIFY(all.contains(u"bad_empty.csv:1: the file is empty"_s));
        QVERIFY(all.contains(u"bad_garbage.json: the format is not recognised"_s));
        QVERIFY(all.contains(u"bad_value.csv:2: value: 'NaN' is not a finite number"_s));
    }
    void resultDoesNotDependOnThreadCount() {
        QTemporaryDir dir;
        for (int i = 0; i < 64; ++i)
            write(dir.filePath(u"f%1.csv"_s.arg(i, 2, 10, QLatin1Char('0'))),
                  kHeader + ",t,,F,m" + QByteArray::number(i) + ",1e9,,,,0,standard,acc," +
                      QByteArray::number(i) + ",,,,,,\n");
        LoadOptions one;
        one.threads = 1;
        LoadOptions many;
        many.threads = 4;
        const ImportResult a = DataLoader::load({dir.path()}, one);
        const ImportResult b = DataLoader::load({dir.path()}, many);
        QCOMPARE(a.table.rowCount(), 64);
        for (qsizetype i = 0; i < a.table.rowCount(); ++i)
            QCOMPARE(a.table.row(i), b.table.row(i));
    }
    // The walk hands subfolders to several threads and joins their lists in folder order: the
    // files and the diagnostics must come out exactly as on one thread.
    void walkIsTheSameOnAnyThreadCount() {
        QTemporaryDir outside, dir;
        const QByteArray row = kHeader + ",t,,F,m,1e9,,,,0,standard,acc,0.5,,,,,,\n";
        write(outside.filePath(u"secret.csv"_s), row);
        for (int t = 0; t < 9; ++t) {
            write(dir.filePath(u"task%1/results/a.json"_s.arg(t)), "{}");
            write(dir.filePath(u"task%1/results/b.csv"_s.arg(t)), row);
            write(dir.filePath(u"task%1/z.csv"_s.arg(t)), row);
            write(dir.filePath(u"task%1/notes.txt"_s.arg(t)), "not data");
        }
        write(dir.filePath(u"a_top.csv"_s), row);
        write(dir.filePath(u"task4b.csv"_s), row); // sorts between the folders task4 and task5
        write(dir.filePath(u".hidden/x.csv"_s), row);
        QVERIFY(QFile::link(outside.filePath(u"secret.csv"_s), dir.filePath(u"task3/leak.csv"_s)));
        QVERIFY(QFile::link(outside.filePath(u"secret.csv"_s), dir.filePath(u"task7/leak.csv"_s)));
        Diagnostics one, many;
        const QStringList a = walkDataFiles(dir.path(), one, 1);
        const QStringList b = walkDataFiles(dir.path(), many, 4);
        QCOMPARE(a.size(), 2 + 9 * 3);
        QCOMPARE(b, a);
        QCOMPARE(allMessages(many), allMessages(one));
        QCOMPARE(one.warningCount(), 2); // the two links out
        QVERIFY(a.first().endsWith(u"/a_top.csv"_s));
        const auto at = [&a](const QString& tail) {
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a[i].endsWith(tail))
                    return i;
            return qsizetype(-1);
        };
        QVERIFY(at(u"/task4/z.csv"_s) < at(u"/task4b.csv"_s));
        QVERIFY(at(u"/task4b.csv"_s) < at(u"/task5/results/a.json"_s));
        QVERIFY(at(u"/task5/results/b.csv"_s) < at(u"/task5/z.csv"_s));
    }
    void duplicateKeysAcrossRowsAreKeptAndReported() {
        QTemporaryDir dir;
        write(dir.filePath(u"d.csv"_s), kHeader + "s,t,,F,m,1e9,,,,0,standard,acc,0.5,,,,,,\n"
                                                  "s,t,,F,m,1e9,,,,0,standard,acc,0.6,,,,,,\n");
        const ImportResult r = DataLoader::load({dir.filePath(u"d.csv"_s)});
        QCOMPARE(r.table.rowCount(), 2);
        QCOMPARE(r.diagnostics.warningCount(), 1);
        QVERIFY(allMessages(r.diagnostics).contains(u"different values 0.5, 0.6; all are kept"_s));
    }
    void missingPathIsAnErrorAndTheRestLoads() {
        QTemporaryDir dir;
        write(dir.filePath(u"ok.csv"_s), kHeader + ",t,,F,m,1e9,,,,0,standard,acc,0.5,,,,,,\n");
        const ImportResult r =
            DataLoader::load({dir.filePath(u"nope.csv"_s), dir.filePath(u"ok.csv"_s)});
        QCOMPARE(r.table.rowCount(), 1);
        QVERIFY(allMessages(r.diagnostics).contains(u"nope.csv: no such file or folder"_s));
    }
    void cancelStopsTheLoad() {
        QTemporaryDir dir;
        for (int i = 0; i < 200; ++i)
            write(dir.filePath(u"f%1.csv"_s.arg(i)),
                  kHeader + ",t,,F,m,1e9,,,,0,standard,acc,0.5,,,,,,\n");
        int calls = 0;
        const ImportResult r =
            DataLoader::load({dir.path()}, {}, [&calls](double) { return ++calls < 10; });
        QVERIFY(r.cancelled);
        QVERIFY(calls < 200);
    }
    void linksOutOfTheChosenFolderAreNotFollowed() {
        QTemporaryDir outside, dir;
        const QByteArray row = kHeader + ",t,,F,m,1e9,,,,0,standard,acc,0.5,,,,,,\n";
        write(outside.filePath(u"secret.csv"_s), row);
        write(dir.filePath(u"data/in.csv"_s), row);
        write(dir.filePath(u"data/other.csv"_s),
              kHeader + ",t,,F,m2,2e9,,,,0,standard,acc,0.7,,,,,,\n");
        QVERIFY(QFile::link(outside.filePath(u"secret.csv"_s), dir.filePath(u"data/leak.csv"_s)));
        QVERIFY(QFile::link(outside.path(), dir.filePath(u"data/away"_s)));
        // A link that stays inside the folder is an ordinary file of the folder.
        QVERIFY(QFile::link(dir.filePath(u"data/other.csv"_s), dir.filePath(u"data/alias.csv"_s)));
        const ImportResult r = DataLoader::load({dir.filePath(u"data"_s)});
        const QString messages = allMessages(r.diagnostics);
        QCOMPARE(r.table.rowCount(), 3); // alias.csv + in.csv + other.csv, not secret.csv
        QVERIFY2(messages.contains(u"leak.csv"_s) &&
                     messages.contains(u"outside the chosen folder"_s),
                 qPrintable(messages));
        QVERIFY2(messages.contains(u"away"_s), qPrintable(messages));
        QCOMPARE(r.diagnostics.errorCount(), 0);
    }
    void metadataNeighbourLinkedFromOutsideIsNotRead() {
        // A wide CSV takes model sizes from a metadata table beside it, but not from a link
        // that leads out of its folder.
        QTemporaryDir outside, dir;
        const QByteArray meta = "Model,Model Family,Model Size (B),other_0_acc\nm,F,7,0.1\n";
        write(outside.filePath(u"meta.csv"_s), meta);
        write(dir.filePath(u"data/wide.csv"_s), "Model,t_2_acc\nm,0.5\n");
        QVERIFY(QFile::link(outside.filePath(u"meta.csv"_s), dir.filePath(u"data/meta.csv"_s)));
        const ImportResult linked = DataLoader::load({dir.filePath(u"data/wide.csv"_s)});
        QCOMPARE(linked.table.rowCount(), 1);
        QVERIFY(!linked.table.row(0).scale.params);
        // The same table as a real file beside it is used.
        QVERIFY(QFile::remove(dir.filePath(u"data/meta.csv"_s)));
        write(dir.filePath(u"data/meta.csv"_s), meta);
        const ImportResult real = DataLoader::load({dir.filePath(u"data/wide.csv"_s)});
        QCOMPARE(real.table.rowCount(), 1);
        QCOMPARE(real.table.row(0).scale.params, std::optional<double>(7e9));
    }
};

QTEST_APPLESS_MAIN(tst_DataLoader)
#include "tst_DataLoader.moc"
