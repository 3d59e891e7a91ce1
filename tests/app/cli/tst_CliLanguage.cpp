// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20: the command line stays English on a Chinese system. The readers' sentences are
// translatable (the desktop app shows them in its language), but `emergence <command>` installs
// no translator, so its messages, its JSON and `--help` are the same under LANG=zh_CN.UTF-8 as
// anywhere else. The real binary runs in a child process with a fresh settings folder: a
// language saved by a developer's own app cannot hide a translator installed from the locale.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExamples = QStringLiteral(EE_SOURCE_DIR "/tests/data/malformed/examples/");

struct Output {
    int code = -1;
    QString out;
    QString err;
};

Output runChinese(const QTemporaryDir& home, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANG", "LC_ALL", "LC_MESSAGES"})
        env.insert(QLatin1String(name), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EE_EMERGENCE), args);
    Output o;
    if (!p.waitForFinished(120000))
        return o;
    o.code = p.exitCode();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

bool hasChinese(const QString& text) {
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

} // namespace

class tst_CliLanguage : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    // Bad per-example files: the problems on stderr are the English sentences (the same text
    // tests/data/malformed/EXPECTED.tsv lists), with no Chinese anywhere in the output.
    void readerProblemsStayEnglish_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("english");
        QTest::newRow("UTF-16") << "utf16le_bom.jsonl"
                                << "any"
                                << "the file is UTF-16 (it starts with a byte-order mark)";
        QTest::newRow("NaN log-likelihood")
            << "samples_nan_2024-06-01T10-00-00.jsonl"
            << "nan"
            << "samples_nan_2024-06-01T10-00-00.jsonl:2: doc 1: a log-likelihood is NaN; skipped";
        QTest::newRow("gzip cut")
            << "model_outputs_cutgz_5shots.json.gz"
            << "mmlu_pro"
            << "the gzip stream ends early (after 104 compressed bytes): a truncated file";
    }
    void readerProblemsStayEnglish() {
        QFETCH(QString, file);
        QFETCH(QString, task);
        QFETCH(QString, english);
        const Output o = runChinese(m_home, {QStringLiteral("instances"), kExamples + file,
                                             QStringLiteral("--task"), task,
                                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(o.code >= 0, "emergence did not finish");
        QVERIFY2(o.err.contains(english), qPrintable(o.err));
        QVERIFY2(!hasChinese(o.out + o.err), qPrintable(o.out + o.err));
    }

    // `export --lang zh_CN` writes a Chinese figure, but what it says about the data on stderr
    // stays English: the translation is installed after the data are read.
    void exportLangTranslatesTheFigureOnly() {
        const QString svg = m_home.filePath(QStringLiteral("figure.svg"));
        const Output o = runChinese(
            m_home, {QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                     QStringLiteral("--task"), QStringLiteral("arith"), QStringLiteral("--out"),
                     svg, QStringLiteral(EE_SOURCE_DIR "/tests/data/malformed/long/nan_inf.csv")});
        QVERIFY2(o.err.contains(QLatin1String("'NaN' is not a finite number; the row was skipped")),
                 qPrintable(o.err));
        QVERIFY2(!hasChinese(o.out + o.err), qPrintable(o.out + o.err));
        QFile figure(svg);
        QVERIFY2(figure.open(QIODevice::ReadOnly), qPrintable(o.err));
        QVERIFY(QString::fromUtf8(figure.readAll()).contains(QStringLiteral("参数量")));
    }

    void helpStaysEnglish() {
        for (const QStringList& args :
             {QStringList{QStringLiteral("--help")},
              QStringList{QStringLiteral("instances"), QStringLiteral("--help")}}) {
            const Output o = runChinese(m_home, args);
            QCOMPARE(o.code, 0);
            QVERIFY2(o.out.contains(QLatin1String("Usage")) ||
                         o.out.contains(QLatin1String("usage")),
                     qPrintable(o.out));
            QVERIFY2(!hasChinese(o.out + o.err), qPrintable(o.out + o.err));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliLanguage)
#include "tst_CliLanguage.moc"
