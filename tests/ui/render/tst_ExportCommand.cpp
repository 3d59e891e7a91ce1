// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence export` end to end, in-process, on real ObsScaling results (../shared/data).
#include "CliRun.h"
#include "FigureTestData.h"
#include "TestSkip.h"
#include "cli/Commands.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ee;

namespace {
const QString kCsv = QStringLiteral(
    EE_TEST_SHARED_DATA "/obsscaling/eval_results/base_llm_emergent_capability_eval.csv");
const QString kSpec = QStringLiteral(EE_TEST_FIXTURES "/../../resources/figures/emergent-2x4.json");
} // namespace

class tst_ExportCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_out, m_err;

    int run(const QStringList& args) {
        return test::runCommand(cli::runExport, QStringLiteral("export"), args, m_out, m_err);
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(kCsv), qPrintable(kCsv)); }

    void badRequests_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString csv = kCsv;
        QTest::newRow("unknown task")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("nope")} << 1
            << QStringLiteral("no task 'nope'");
        QTest::newRow("unknown metric")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--metric"), QStringLiteral("bleu")}
            << 1 << QStringLiteral("no curve matches");
        QTest::newRow("unwritable")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--out"), QStringLiteral("/proc/nope/x.svg")}
            << 1 << QStringLiteral("cannot write");
        QTest::newRow("zero size")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--size"), QStringLiteral("0x60mm")}
            << 2 << QStringLiteral("width");
        QTest::newRow("absurd size")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--size"), QStringLiteral("100x100in")}
            << 2 << QStringLiteral("outside");
        QTest::newRow("malformed size")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--size"), QStringLiteral("89x60")}
            << 2 << QStringLiteral("mm or in");
        QTest::newRow("dpi 0") << QStringList{csv, QStringLiteral("--task"),
                                              QStringLiteral("parsinlu_qa"),
                                              QStringLiteral("--dpi"), QStringLiteral("0")}
                               << 2 << QStringLiteral("DPI 0");
        QTest::newRow("dpi 100000")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--dpi"), QStringLiteral("100000")}
            << 2 << QStringLiteral("DPI 100000");
        QTest::newRow("bad theme")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--theme"), QStringLiteral("neon")}
            << 2 << QStringLiteral("--theme");
        QTest::newRow("no task or spec")
            << QStringList{csv} << 2 << QStringLiteral("--spec or --task");
        // The command line is parsed by the CLI template (runCommand), like every command's.
        QTest::newRow("unknown option")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--colour"), QStringLiteral("red")}
            << 2
            << QStringLiteral(
                   "emergence export: Unknown option 'colour'.\nusage: emergence export");
        QTest::newRow("bad legend")
            << QStringList{csv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                           QStringLiteral("--legend"), QStringLiteral("left")}
            << 2 << QStringLiteral("--legend must be top, bottom, right, inside or none");
    }
    void badRequests() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("bad.svg"));
        if (!args.contains(QStringLiteral("--out")))
            args << QStringLiteral("--out") << out;
        QCOMPARE(run(args), code);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(!QFile::exists(out));
    }

    void unknownSuffixIsAUsageError() {
        QCOMPARE(run({kCsv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("fig.bmp"))}),
                 2);
        QVERIFY(m_err.contains(QStringLiteral(".svg, .pdf or .png")));
    }

    // The 2x4 grid of emergent tasks is one spec away.
    void exampleSpecRendersTwoByFourPdf() {
        const QString out = m_dir.filePath(QStringLiteral("grid.pdf"));
        QCOMPARE(run({kCsv, QStringLiteral("--spec"), kSpec, QStringLiteral("--out"), out}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("8 panels")), qPrintable(m_out + m_err));
        const auto info = figtest::poppler(QStringLiteral("pdfinfo"), {out});
        if (!info)
            EE_SKIP_OR_FAIL("pdfinfo (poppler-utils, tools/setup.sh) is not installed");
        QVERIFY2(info->contains(QStringLiteral("486 x 259.2 pts")), qPrintable(*info));
        const auto text = figtest::poppler(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        for (const char* title : {"2-digit addition", "word unscrambling", "Persian QA", "Pythia"})
            QVERIFY2(text->contains(QLatin1String(title)), title);
    }

    // EM vs BLEU for one task: two panels side by side, and --print-spec reproduces the figure.
    void printSpecRoundTrips() {
        QCOMPARE(run({kCsv, QStringLiteral("--task"), QStringLiteral("ipa_transliterate"),
                      QStringLiteral("--metric"), QStringLiteral("exact_match,bleu"),
                      QStringLiteral("--size"), QStringLiteral("180x60mm"),
                      QStringLiteral("--print-spec")}),
                 0);
        const QJsonDocument doc = QJsonDocument::fromJson(m_out.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(m_out));
        QString error;
        const auto spec = FigureSpec::fromJson(doc.object(), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->panels.size(), 2);
        QCOMPARE(spec->cols, 2);
        QCOMPARE(spec->rows, 1);
        QCOMPARE(spec->panels[1].query.metric, QStringLiteral("bleu"));
        QCOMPARE(spec->size.toString(), QStringLiteral("180x60mm"));

        // Rendering the printed spec gives the same SVG as the query it came from.
        const QString specFile = m_dir.filePath(QStringLiteral("fig.json"));
        QFile f(specFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_out.toUtf8());
        f.close();
        const QString a = m_dir.filePath(QStringLiteral("a.svg")),
                      b = m_dir.filePath(QStringLiteral("b.svg"));
        QCOMPARE(
            run({kCsv, QStringLiteral("--task"), QStringLiteral("ipa_transliterate"),
                 QStringLiteral("--metric"), QStringLiteral("exact_match,bleu"),
                 QStringLiteral("--size"), QStringLiteral("180x60mm"), QStringLiteral("--out"), a}),
            0);
        QCOMPARE(run({kCsv, QStringLiteral("--spec"), specFile, QStringLiteral("--out"), b}), 0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), fb.readAll());
    }

    void pngThroughCli() {
        const QString out = m_dir.filePath(QStringLiteral("fig.png"));
        QCOMPARE(
            run({kCsv, QStringLiteral("--task"), QStringLiteral("parsinlu_qa"),
                 QStringLiteral("--size"), QStringLiteral("3.25x2.4in"), QStringLiteral("--dpi"),
                 QStringLiteral("200"), QStringLiteral("--out"), out}),
            0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(650, 480));
    }
};

QTEST_MAIN(tst_ExportCommand)
#include "tst_ExportCommand.moc"
