// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence screenshots` on the CLI template (issue 16 item 5): a bad command line is a usage
// error (exit 2) that names the problem and starts no window and writes no folder; one view's
// settings do not leak into the next (issue #20).
#include "CliRun.h"
#include "Screenshots.h"
#include "cli/Commands.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;

class tst_ScreenshotsCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_out, m_err;

    int run(const QStringList& args) {
        return test::runCommand(cli::runScreenshots, QStringLiteral("screenshots"), args, m_out,
                                m_err);
    }

private slots:
    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString shots = QStringLiteral("--out");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour"), QStringLiteral("red")}
            << QStringLiteral("emergence screenshots: Unknown option 'colour'.\n"
                              "usage: emergence screenshots --out DIR");
        QTest::newRow("--out without its value") << QStringList{QStringLiteral("--out")}
                                                 << QStringLiteral("Missing value after '--out'");
        QTest::newRow("no --out") << QStringList{QStringLiteral("--views"),
                                                 QStringLiteral("browser_chart")}
                                  << QStringLiteral("emergence screenshots: --out DIR is required");
        QTest::newRow("unknown view") << QStringList{shots, QString(), QStringLiteral("--views"),
                                                     QStringLiteral("browser_chart,nope")}
                                      << QStringLiteral("unknown view 'nope'");
        QTest::newRow("size not WxH")
            << QStringList{shots, QString(), QStringLiteral("--size"), QStringLiteral("1600")}
            << QStringLiteral("--size must be WxH between 400x300 and 8000x8000");
        QTest::newRow("size too small")
            << QStringList{shots, QString(), QStringLiteral("--size"), QStringLiteral("399x300")}
            << QStringLiteral("--size must be WxH");
        QTest::newRow("size too large")
            << QStringList{shots, QString(), QStringLiteral("--size"), QStringLiteral("8000x8001")}
            << QStringLiteral("--size must be WxH");
        QTest::newRow("unknown language")
            << QStringList{shots, QString(), QStringLiteral("--lang"), QStringLiteral("xx_YY")}
            << QStringLiteral("unknown language 'xx_YY' (available: ");
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        // An empty value after --out stands for a folder that must not be created.
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        for (QString& a : args)
            if (a.isEmpty())
                a = folder;
        QCOMPARE(run(args), 2);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(m_out.isEmpty());
        QVERIFY(!QDir(folder).exists());
    }

    void helpListsEveryView() {
        QCOMPARE(run({QStringLiteral("--help")}), 0);
        QVERIFY2(m_out.startsWith(QStringLiteral("usage: emergence screenshots --out DIR")),
                 qPrintable(m_out));
        for (const QString& view : ui::screenshotViews())
            QVERIFY2(m_out.contains(view), qPrintable(view));
        QVERIFY(m_err.isEmpty());
    }

    void figureDoesNotInheritEarlierViews() {
        // The figure after outputs_em_bleu (which overlays prompting styles) is the figure shot
        // alone: it lost its legend when that view's choice outlived it.
        const QString data = QStringLiteral(EE_TEST_DATASETS);
        const QString alone = m_dir.filePath(QStringLiteral("alone"));
        const QString after = m_dir.filePath(QStringLiteral("after"));
        const QString size = QStringLiteral("1024x700");
        QCOMPARE(run({QStringLiteral("--out"), alone, QStringLiteral("--size"), size,
                      QStringLiteral("--views"), QStringLiteral("figure"), data}),
                 0);
        QCOMPARE(run({QStringLiteral("--out"), after, QStringLiteral("--size"), size,
                      QStringLiteral("--views"), QStringLiteral("outputs_em_bleu,figure"), data}),
                 0);
        const QImage a(QDir(alone).filePath(QStringLiteral("figure.png")));
        const QImage b(QDir(after).filePath(QStringLiteral("figure.png")));
        QVERIFY(!a.isNull());
        QCOMPARE(b.size(), a.size());
        QVERIFY(b == a);
    }
};

QTEST_MAIN(tst_ScreenshotsCommand)
#include "tst_ScreenshotsCommand.moc"
