// SPDX-License-Identifier: GPL-3.0-or-later
// What the program writes for people: CSV cells that a spreadsheet would run as formulas are
// neutralised (unless --raw), the canonical long CSV stays a lossless round trip, and a write
// killed half-way leaves the old file intact.
#include "CliRun.h"
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "io/DataLoader.h"
#include "io/LongCsv.h"
#include "io/SafeCsv.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {
using test::Run;
using test::run;

const QString kFormulas = QStringLiteral(EE_MALFORMED_CORPUS "/long/formula_cells.csv");
} // namespace

class tst_SafeOutput : public QObject {
    Q_OBJECT
private slots:
    void neutralize_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("safe");
        QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-cmd"_s << u"'-cmd"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("cr") << u"\rx"_s << u"'\rx"_s;
        QTest::newRow("plain") << u"pythia-1b"_s << u"pythia-1b"_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralize() {
        QFETCH(QString, cell);
        QFETCH(QString, safe);
        QCOMPARE(neutralizeCsvFormula(cell), safe);
    }

    void curvesCsvIsNeutralisedUnlessRaw() {
        const Run safe = run(cli::runCurves, {u"curves"_s, kFormulas, u"--task"_s, u"arith"_s});
        QCOMPARE(safe.code, int(cli::Success));
        QVERIFY2(safe.out.contains(u"\"'=HYPERLINK(\"\"http://example.invalid\"\")\""_s),
                 qPrintable(safe.out));
        QVERIFY2(safe.out.contains(u",'@SUM(A1),"_s), qPrintable(safe.out));
        // Numbers the program writes itself are not touched.
        QVERIFY(safe.out.contains(u",0.5,"_s));

        const Run raw =
            run(cli::runCurves, {u"curves"_s, kFormulas, u"--task"_s, u"arith"_s, u"--raw"_s});
        QCOMPARE(raw.code, int(cli::Success));
        QVERIFY2(raw.out.contains(u"\"=HYPERLINK(\"\"http://example.invalid\"\")\""_s),
                 qPrintable(raw.out));
        QVERIFY(raw.out.contains(u",@SUM(A1),"_s));
        QVERIFY(!raw.out.contains(u"'@"_s));
    }

    /// The exception: `emergence import` writes the canonical long CSV unchanged, so that it
    /// reads back exactly (a neutralised cell would change the model's name).
    void importStaysLossless() {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.csv"_s);
        const Run r = run(cli::runImport, {u"import"_s, kFormulas, u"--out"_s, out});
        QCOMPARE(r.code, int(cli::Success));
        const ImportResult original = DataLoader::load({kFormulas});
        const ImportResult back = DataLoader::load({out});
        QCOMPARE(back.table.rowCount(), original.table.rowCount());
        QStringList models;
        for (qsizetype i = 0; i < back.table.rowCount(); ++i)
            models << back.table.row(i).model;
        QVERIFY2(models.contains(u"=HYPERLINK(\"http://example.invalid\")"_s),
                 qPrintable(models.join(u" | "_s)));
        QVERIFY(models.contains(u"@SUM(A1)"_s));
    }

    /// No data file can make the program reach the network or run a command: the code that
    /// reads data (core/, the GUI's loader and sessions) uses no API that could. A new use
    /// must be reviewed and listed here with its reason.
    void readersCannotRunCommandsOrUseTheNetwork() {
        const QRegularExpression forbidden(
            uR"(\b(QProcess|QNetworkAccessManager|QTcpSocket|QUdpSocket|QLocalSocket|QDesktopServices|QLibrary|QPluginLoader)\b|\b(system|popen|execv|execvp|execl|fork|dlopen)\s*\()"_s);
        int files = 0;
        for (const QString& area : {u"core"_s, u"ui/data"_s, u"ui/session"_s}) {
            QDirIterator it(QStringLiteral(EE_SOURCE_DIR "/") + area, {u"*.cpp"_s, u"*.h"_s},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                const auto m = forbidden.match(text);
                QVERIFY2(!m.hasMatch(), qPrintable(f.fileName() + u": uses "_s + m.captured()));
                ++files;
            }
        }
        QVERIFY(files > 20);
    }

    /// Text inside data files is never used as a path: an lm-eval file naming a local model
    /// path outside its folder loads, takes only a name from it, and nothing there is read.
    void pathsInDataFilesAreNames() {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"results.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"results": {"arc_easy": {"acc,none": 0.5}},
                    "config": {"model_args": "pretrained=../../../../etc/passwd"}})");
        f.close();
        const ImportResult r = DataLoader::load({file});
        QCOMPARE(r.table.rowCount(), 1);
        const QString model = r.table.row(0).model;
        QVERIFY2(!model.contains(u"root:"_s),
                 qPrintable(model)); // /etc/passwd's content never appears
    }

    /// A child writes a large file through ee::writeFileAtomically (QSaveFile) in a loop and
    /// is killed (SIGKILL) 20 ms into a write: the target must hold exactly the old bytes or
    /// exactly a complete new version, never a torn one.
    void killedMidWriteKeepsTheOldFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(u"scores.csv"_s);
        QByteArray old;
        for (int i = 0; i < 1000; ++i)
            old += "task,model,metric,value\n";
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        constexpr qint64 kMiB = 256;
        int killedMidWrite = 0;
        for (int attempt = 0; attempt < 3; ++attempt) {
            QProcess child;
            child.start(QStringLiteral(EE_ATOMIC_HELPER), {target, QString::number(kMiB)});
            QVERIFY(child.waitForStarted());
            // QSaveFile writes to an unnamed (O_TMPFILE) or hidden temporary file, so the
            // helper says when a write starts; 20 ms later it is still copying 256 MiB.
            QVERIFY(child.waitForReadyRead(20000));
            QVERIFY2(child.readLine().startsWith("writing"), "unexpected helper output");
            QThread::msleep(20);
            child.kill();
            QVERIFY(child.waitForFinished(10000));

            QFile f(target);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const qint64 size = f.size();
            if (size == old.size()) {
                QCOMPARE(f.readAll(), old);
                ++killedMidWrite;
            } else {
                // The kill landed after a rename: then the whole new version must be there.
                QCOMPARE(size, kMiB << 20);
                const QByteArray head = f.read(1 << 20);
                QVERIFY(head == QByteArray(1 << 20, 'N'));
                f.close();
                QFile rewrite(target);
                QVERIFY(rewrite.open(QIODevice::WriteOnly));
                rewrite.write(old);
            }
            // Leftovers from the killed QSaveFile never carry the target's name.
            for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
                if (name != u"scores.csv"_s)
                    QVERIFY2(!name.endsWith(u".csv"_s) || name.startsWith(u"scores.csv."_s),
                             qPrintable(name));
        }
        QVERIFY2(killedMidWrite > 0, "the child was never killed during a write");
    }
};

QTEST_GUILESS_MAIN(tst_SafeOutput)
#include "tst_SafeOutput.moc"
