// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20: what the per-example readers say about a bad file (core/io/examples, the zip and
// gzip reader, folder walks, the per-file cap of Diagnostics) is in the interface's language in
// the issues panel, at the same file, line, place and severity as in English. Real malformed
// files from tests/data/malformed (their English messages are in its EXPECTED.tsv).
#include "MainWindow.h"
#include "i18n/Language.h"
#include "instances/InstanceView.h"
#include "io/examples/ExampleReaders.h"
#include "panels/IssuesPanel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace ee::ui;

namespace {

const QString kCorpus = QStringLiteral(EE_SOURCE_DIR "/tests/data/malformed/");

QList<Diagnostic> readIn(const QString& language, const QString& path) {
    const ScopedLanguage scoped(language);
    return readExamples(path).diagnostics.items;
}

qsizetype findMessage(const QList<Diagnostic>& items, const QString& text) {
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].message.contains(text))
            return i;
    return -1;
}

} // namespace

class tst_ReaderLanguage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cutZip;  ///< the first 200 bytes of a real archive: its directory is gone
    QString m_folder;  ///< a folder of outputs that also holds a score table
    QString m_outside; ///< the same with a symbolic link that leads out of it

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile zip(kCorpus + QStringLiteral("examples/samples_in_zip.zip"));
        QVERIFY(zip.open(QIODevice::ReadOnly));
        m_cutZip = m_dir.filePath(QStringLiteral("cut.zip"));
        QFile cut(m_cutZip);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        QCOMPARE(cut.write(zip.read(200)), qint64(200));
        cut.close();

        m_folder = m_dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(
            QFile::copy(kCorpus + QStringLiteral("examples/samples_nan_2024-06-01T10-00-00.jsonl"),
                        m_folder + QStringLiteral("/samples_nan_2024-06-01T10-00-00.jsonl")));
        QVERIFY(QFile::copy(kCorpus + QStringLiteral("long/ragged_rows.csv"),
                            m_folder + QStringLiteral("/scores.csv")));
        m_outside = m_dir.filePath(QStringLiteral("linked"));
        QVERIFY(QDir().mkpath(m_outside));
        QVERIFY(QFile::link(kCorpus + QStringLiteral("examples/empty.jsonl"),
                            m_outside + QStringLiteral("/elsewhere.jsonl")));
    }

    void cleanupTestCase() { installLanguage(QStringLiteral("en")); }

    // One row per reader and kind of problem: a fragment of the English sentence (as the
    // command line prints it) and of its Chinese translation, both with the numbers the file
    // gives.
    void readerProblemsFollowTheLanguage_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        const auto row = [](const char* name, const QString& path, const char* en, const char* zh) {
            QTest::newRow(name) << path << QString::fromUtf8(en) << QString::fromUtf8(zh);
        };
        const QString ex = kCorpus + QStringLiteral("examples/");
        row("JSON Lines in UTF-16", ex + QStringLiteral("utf16le_bom.jsonl"),
            "the file is UTF-16 (it starts with a byte-order mark)",
            "文件为 UTF-16（以字节顺序标记开头）");
        row("empty file", ex + QStringLiteral("empty.jsonl"),
            "no data rows: the file holds no records", "没有数据行：文件中没有记录");
        row("more than 100 problems", ex + QStringLiteral("garbage_many_lines.jsonl"),
            "more problem(s) in", "个问题未列出（只列出前 100 个）；其中第一个在第 101 行");
        row("bad size", ex + QStringLiteral("negative_params.jsonl"),
            "is not a positive, finite size", "不是正的有限规模");
        row("lm-eval NaN", ex + QStringLiteral("samples_nan_2024-06-01T10-00-00.jsonl"),
            "doc 1: a log-likelihood is NaN; skipped", "文档 1：某个对数似然为 NaN；已跳过");
        row("lm-eval repeated doc", ex + QStringLiteral("samples_dup_2024-06-01T10-00-00.jsonl"),
            "doc 0: the same doc_id as line 1 (a doc is scored once); skipped",
            "文档 0：doc_id 与第 1 行相同（每个文档只评分一次）；已跳过");
        row("lm-eval requests", ex + QStringLiteral("samples_args_2024-06-01T10-00-00.jsonl"),
            "doc 1: 3 requests but 2 log-likelihoods; skipped",
            "文档 1：有 3 个请求，但有 2 个对数似然；已跳过");
        row("Latin-1 line", ex + QStringLiteral("samples_latin1_2024-06-01T10-00-00.jsonl"),
            "text is not valid UTF-8 (at byte 31); line skipped",
            "文本不是有效的 UTF-8（在字节 31 处）；已跳过该行");
        row("lm-eval results file", ex + QStringLiteral("results_2024-06-01T10-00-00.json"),
            "an lm-evaluation-harness results file", "这是 lm-evaluation-harness 结果文件");
        row("MMLU-Pro cut", ex + QStringLiteral("model_outputs_cut_5shots.json"),
            "the data ends inside this record (a truncated file) (at byte 608); record skipped",
            "数据在此记录中间结束（文件被截断）（在字节 608 处）；已跳过该记录");
        row("gzip cut", ex + QStringLiteral("model_outputs_cutgz_5shots.json.gz"),
            "the gzip stream ends early (after 104 compressed bytes): a truncated file",
            "gzip 数据流提前结束（读完 104 个压缩字节后）：文件被截断");
        row("LAMBADA fields", ex + QStringLiteral("lambada_final_word_nll_by_model.csv"),
            "expected 4 fields, found", "应有 4 个字段，实际为");
        row("unknown format", ex + QStringLiteral("lambada_bad_sizes/model_sizes.csv"),
            "not a recognised per-example format", "不是可识别的逐样本格式");
        row("zip cut", m_cutZip, "no end-of-central-directory record",
            "没有中央目录结束记录：不是 zip 压缩包，或压缩包被截断");
        row("folder: a score table", m_folder, "holds scores (long-csv), not per-example records",
            "包含的是分数（long-csv），不是逐样本记录");
        row("folder: a link out of it", m_outside, "outside the chosen folder",
            "的符号链接，位于所选文件夹");
    }
    void readerProblemsFollowTheLanguage() {
        QFETCH(QString, path);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const QList<Diagnostic> en = readIn(QStringLiteral("en"), path);
        const QList<Diagnostic> zh = readIn(QStringLiteral("zh_CN"), path);
        QCOMPARE(zh.size(), en.size());
        const qsizetype i = findMessage(en, english);
        QVERIFY2(i >= 0, qPrintable(english));
        QVERIFY2(zh[i].message.contains(chinese), qPrintable(zh[i].message));
        // Translated, not English with Chinese around it; and English with no translator.
        QVERIFY2(!zh[i].message.contains(english), qPrintable(zh[i].message));
        QVERIFY2(findMessage(en, chinese) < 0, qPrintable(chinese));
        QCOMPARE(zh[i].file, en[i].file);
        QCOMPARE(zh[i].line, en[i].line);
        QCOMPARE(zh[i].place, en[i].place);
        QCOMPARE(zh[i].severity, en[i].severity);
    }

    // What the user sees: model outputs opened in the Chinese interface put Chinese sentences in
    // the issues panel, after the file and line.
    void issuesPanelShowsThemInChinese() {
        const ScopedLanguage chinese(QStringLiteral("zh_CN"));
        MainWindow w;
        const QString utf16 = kCorpus + QStringLiteral("examples/utf16le_bom.jsonl");
        const QString nan =
            kCorpus + QStringLiteral("examples/samples_nan_2024-06-01T10-00-00.jsonl");
        QSignalSpy read(w.instances(), &InstanceView::filesRead);
        w.openModelOutputs({utf16, nan});
        QVERIFY(read.wait(60000));
        const QString panel = w.issues()->lines().join(QLatin1Char('\n'));
        QVERIFY2(
            panel.contains(utf16 + QStringLiteral(": 文件为 UTF-16（以字节顺序标记开头）；JSON "
                                                  "Lines 必须是 UTF-8：请另存为 UTF-8 后重新加载")),
            qPrintable(panel));
        QVERIFY2(panel.contains(nan + QStringLiteral(":2: 文档 1：某个对数似然为 NaN；已跳过")),
                 qPrintable(panel));
        QVERIFY2(!panel.contains(QLatin1String("skipped")) &&
                     !panel.contains(QLatin1String("the file is UTF-16")),
                 qPrintable(panel));
    }

    // A switch of language reads the outputs again: their problems come back in the new
    // language, once, and none stays behind in the old one.
    void aSwitchRewordsThem() {
        QVERIFY(installLanguage(QStringLiteral("en")));
        MainWindow w;
        const QString nan =
            kCorpus + QStringLiteral("examples/samples_nan_2024-06-01T10-00-00.jsonl");
        QSignalSpy read(w.instances(), &InstanceView::filesRead);
        w.openModelOutputs({nan});
        QVERIFY(read.wait(60000));
        const QString english = nan + QStringLiteral(":2: doc 1: a log-likelihood is NaN; skipped");
        QCOMPARE(w.issues()->lines().count(english), 1);

        QVERIFY(w.setLanguage(QStringLiteral("zh_CN")));
        QSignalSpy again(w.instances(), &InstanceView::filesRead); // a new tab after the switch
        QVERIFY(again.wait(60000));
        const QStringList lines = w.issues()->lines();
        QCOMPARE(lines.count(nan + QStringLiteral(":2: 文档 1：某个对数似然为 NaN；已跳过")), 1);
        QVERIFY2(!lines.join(QLatin1Char('\n')).contains(QLatin1String("skipped")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(w.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(tst_ReaderLanguage)
#include "tst_ReaderLanguage.moc"
