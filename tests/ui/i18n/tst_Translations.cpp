// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete and current (issue #20): every entry of translations/*.ts is
// finished, the .ts holds exactly the strings lupdate finds in the sources today, translations
// keep the placeholders and accelerators of their source, and the embedded .qm switches tr().
#include "i18n/Language.h"
#include "io/DataLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ee::ui;

namespace {

const QString kTs = QStringLiteral(EE_SOURCE_DIR "/translations/emergence_zh_CN.ts");

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type; ///< the translation's type attribute: "" (finished), unfinished, vanished…
};

QList<Message> readTs(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = Message{context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            // Numerus entries hold their forms as <numerusform> children: their text joined.
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QSet<QString> keys(const QList<Message>& messages) {
    QSet<QString> out;
    for (const Message& m : messages)
        out.insert(m.context + QStringLiteral(" | ") + m.source);
    return out;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d+)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

/// The accelerator letter of a menu or button text ("&File" → "F"), "" without one. HTML
/// entities (&amp;) and escaped ampersands (&&) are not accelerators.
QString accelerator(const QString& text) {
    static const QRegularExpression re(QStringLiteral("(?<!&)&([A-Za-z0-9])(?![A-Za-z0-9]*;)"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT
private slots:
    void everyEntryIsFinished() {
        const QList<Message> messages = readTs(kTs);
        QVERIFY2(messages.size() > 400, qPrintable(QString::number(messages.size())));
        QStringList unfinished;
        for (const Message& m : messages)
            if (!m.type.isEmpty() || m.translation.trimmed().isEmpty())
                unfinished << m.context + QStringLiteral(": ") + m.source.left(60);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished (run tools/update-translations.sh, then "
                                           "translate): %2")
                                .arg(unfinished.size())
                                .arg(unfinished.mid(0, 10).join(QStringLiteral("\n")))));
    }

    void tsMatchesTheSources() {
        // lupdate on a copy: any tr() in the sources that the .ts lacks comes in new, and any
        // entry whose string left the sources is dropped; both change the set of keys.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("emergence_zh_CN.ts"));
        QVERIFY(QFile::copy(kTs, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LUPDATE"), QStringLiteral(EE_LUPDATE));
        lupdate.setProcessEnvironment(env);
        lupdate.start(QStringLiteral(EE_SOURCE_DIR "/tools/update-translations.sh"), {copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const QSet<QString> committed = keys(readTs(kTs));
        const QSet<QString> current = keys(readTs(copy));
        QStringList missing = (current - committed).values();
        QStringList stale = (committed - current).values();
        missing.sort();
        stale.sort();
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                 qPrintable(QStringLiteral("not in the .ts: %1\nno longer in the sources: %2\n"
                                           "(run tools/update-translations.sh)")
                                .arg(missing.mid(0, 10).join(QStringLiteral("\n")),
                                     stale.mid(0, 10).join(QStringLiteral("\n")))));
    }

    void translationsKeepPlaceholdersAndAccelerators() {
        QStringList bad;
        for (const Message& m : readTs(kTs)) {
            if (placeholders(m.source) != placeholders(m.translation))
                bad << QStringLiteral("placeholders: ") + m.source.left(60);
            const QString key = accelerator(m.source);
            if (!key.isEmpty() && accelerator(m.translation) != key)
                bad << QStringLiteral("accelerator &%1: %2").arg(key, m.source.left(60));
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("\n"))));
    }

    void embeddedTranslationSwitchesTr() {
        QVERIFY(availableLanguages().contains(QStringLiteral("zh_CN")));
        QVERIFY(installLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("ee::ui::MainWindow", "&File"),
                 QStringLiteral("文件(&F)"));
        QCOMPARE(QCoreApplication::translate("ModelScale", "parameters"), QStringLiteral("参数量"));
        {
            ScopedLanguage english(QStringLiteral("en"));
            QCOMPARE(QCoreApplication::translate("ee::ui::MainWindow", "&File"),
                     QStringLiteral("&File"));
        }
        QCOMPARE(QCoreApplication::translate("ee::ui::MainWindow", "&File"),
                 QStringLiteral("文件(&F)"));
        QVERIFY(!installLanguage(QStringLiteral("xx")));
        QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ee::ui::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }

    // The importers' sentences in the issues panel follow the interface's language (the command
    // line installs no translator, so its messages stay English); the file and place do not
    // change. Real malformed files, one per common message.
    void importerDiagnosticsFollowTheLanguage_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("ragged row") << "long/ragged_rows.csv"
                                    << "the row has 3 fields but the header has 7"
                                    << "该行有 3 个字段，但表头有 7 个";
        QTest::newRow("NaN in CSV") << "long/nan_inf.csv"
                                    << "'NaN' is not a finite number; the row was skipped"
                                    << "“NaN”不是有限数；已跳过该行";
        QTest::newRow("duplicate keys") << "long/duplicate_rows.csv"
                                        << "rows share the key"
                                        << "行的键相同";
        QTest::newRow("UTF-16") << "long/utf16le_bom.csv"
                                << "the file is UTF-16"
                                << "文件为 UTF-16";
        QTest::newRow("unclosed quote") << "long/unclosed_quote.csv"
                                        << "a quoted field is never closed"
                                        << "引号字段没有闭合";
        QTest::newRow("truncated JSON") << "lmeval/truncated.json"
                                        << "invalid JSON at byte"
                                        << "处的 JSON 无效";
        QTest::newRow("BIG-bench wrong type") << "bigbench/scores_wrong_types.json"
                                              << "found a number"
                                              << "实际为数字";
        QTest::newRow("unknown format") << "generic/garbage.csv"
                                        << "the format is not recognised"
                                        << "无法识别格式";
        QTest::newRow("empty file") << "generic/empty.csv"
                                    << "the file is empty"
                                    << "文件为空";
    }
    void importerDiagnosticsFollowTheLanguage() {
        QFETCH(QString, file);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const QString path = QStringLiteral(EE_SOURCE_DIR "/tests/data/malformed/") + file;
        QVERIFY(QFile::exists(path));
        const auto read = [&path](const QString& language) {
            const ScopedLanguage scoped(language);
            return ee::DataLoader::load({path}).diagnostics.items;
        };
        const QList<ee::Diagnostic> en = read(QStringLiteral("en"));
        const QList<ee::Diagnostic> zh = read(QStringLiteral("zh_CN"));
        QCOMPARE(zh.size(), en.size());
        const auto find = [](const QList<ee::Diagnostic>& items, const QString& text) {
            for (qsizetype i = 0; i < items.size(); ++i)
                if (items[i].message.contains(text))
                    return i;
            return qsizetype(-1);
        };
        const qsizetype i = find(en, english);
        QVERIFY2(i >= 0, qPrintable(english));
        QVERIFY2(zh[i].message.contains(chinese), qPrintable(zh[i].message));
        QVERIFY2(find(en, chinese) < 0, qPrintable(chinese));
        // The same place in both languages: file, line and JSON path or column.
        QCOMPARE(zh[i].file, en[i].file);
        QCOMPARE(zh[i].line, en[i].line);
        QCOMPARE(zh[i].place, en[i].place);
        QCOMPARE(zh[i].severity, en[i].severity);
    }

    void everyTourTextIsTranslated() {
        // The built-in tour's texts come from resources/tour.json, not from tr() calls.
        QFile f(QStringLiteral(EE_SOURCE_DIR "/resources/tour.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject tour = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(installLanguage(QStringLiteral("zh_CN")));
        QStringList untranslated;
        const QJsonArray steps = tour.value(QStringLiteral("steps")).toArray();
        QVERIFY(!steps.isEmpty());
        for (const QJsonValue& step : steps)
            for (const char* field : {"title", "caption", "notice"}) {
                const QString text = step.toObject().value(QLatin1String(field)).toString();
                if (!text.isEmpty() &&
                    QCoreApplication::translate("TourSteps", text.toUtf8().constData()) == text)
                    untranslated << text;
            }
        installLanguage(QStringLiteral("en"));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
