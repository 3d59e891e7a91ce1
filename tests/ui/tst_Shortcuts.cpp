// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 10: keys and mnemonics are bound once each, the search box and the task list
// work from the keyboard, error texts name options that exist, and Help says what the code does.
#include "HelpPages.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "analysis/ShapeScores.h"
#include "browser/DataBrowser.h"
#include "chart/ScalingPanel.h"
#include "cli/Cli.h"
#include "io/DataLoader.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ee;
using namespace ee::ui;

namespace {

/// The letter after a single '&' ("&&" is a literal ampersand), lower case; 0 when none.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    return {};
}

/// "X and Y both use K" for every key in `uses` with more than one user.
QStringList clashes(const QMultiHash<QString, QString>& uses) {
    QStringList out;
    for (const QString& key : uses.uniqueKeys())
        if (uses.count(key) > 1)
            out << QStringLiteral("%1: %2").arg(
                key, QStringList(uses.values(key)).join(QStringLiteral(" / ")));
    return out;
}

void menuMnemonics(const QMenu* menu, QStringList& problems) {
    QMultiHash<QString, QString> uses;
    for (const QAction* a : menu->actions()) {
        if (const QChar m = mnemonic(a->text()); !m.isNull())
            uses.insert(QString(m), a->text());
        if (a->menu())
            menuMnemonics(a->menu(), problems);
    }
    for (const QString& c : clashes(uses))
        problems << menu->title() + QStringLiteral(" menu, Alt+") + c;
}

} // namespace

class tst_Shortcuts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyShortcutIsBoundOnce() {
        MainWindow w;
        QMultiHash<QString, QString> uses;
        for (const QAction* a : w.findChildren<QAction*>())
            for (const QKeySequence& k : a->shortcuts())
                uses.insert(k.toString(QKeySequence::PortableText),
                            a->text().isEmpty() ? a->objectName() : a->text());
        for (const QShortcut* s : w.findChildren<QShortcut*>())
            uses.insert(s->key().toString(QKeySequence::PortableText), s->objectName());
        const QStringList problems = clashes(uses);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(uses.size() > 20);
    }

    void everyMnemonicIsBoundOnce() {
        // Menu titles, tabs and buttons share the window's Alt+letter keys (issue 15: Alt+T
        // was two tabs and the Tour menu); a menu's items share that menu's letters.
        MainWindow w;
        QStringList problems;
        QMultiHash<QString, QString> window;
        for (const QAction* top : w.menuBar()->actions()) {
            if (const QChar m = mnemonic(top->text()); !m.isNull())
                window.insert(QString(m), top->text());
            if (top->menu())
                menuMnemonics(top->menu(), problems);
        }
        for (int i = 0; i < w.views()->count(); ++i)
            if (const QChar m = mnemonic(w.views()->tabText(i)); !m.isNull())
                window.insert(QString(m), w.views()->tabText(i));
        for (const QAbstractButton* b : w.findChildren<QAbstractButton*>())
            if (const QChar m = mnemonic(b->text()); !m.isNull())
                window.insert(QString(m), b->text());
        for (const QString& c : clashes(window))
            problems << QStringLiteral("window, Alt+") + c;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(window.size() >= 12);
    }

    void saveSessionAsIsCtrlShiftS() {
        // QKeySequence::SaveAs is empty under most window managers; the menu said Ctrl+Shift+S.
        MainWindow w;
        QAction* save = nullptr;
        for (QAction* a : w.findChildren<QAction*>())
            if (a->text().remove(u'&').startsWith(QLatin1String("Save session")))
                save = a;
        QVERIFY(save);
        QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    }

    void searchEnterSelectsAndTabReachesTheList() {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy shown(&w, &MainWindow::dataShown);
        w.openPaths({writeUiFixture(dir)});
        QVERIFY(shown.wait(60000));
        QVERIFY(w.browser()->select({QString(), QStringLiteral("copy"), QString()}));
        QLineEdit* search = w.browser()->searchBox();
        search->setFocus();
        // Both tasks match (metric exact_match): typing filters and keeps "copy"; Enter shows
        // the first match.
        QTest::keyClicks(search, QStringLiteral("exact"));
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("copy"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("add"));
        QCOMPARE(QApplication::focusWidget(), w.browser()->view());

        search->setFocus();
        QTest::keyClick(search, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), w.browser()->view());
    }

    void errorTextsNameRealOptions() {
        // The loader's message for an unknown format names the CLI option that forces one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mystery.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("what,is,this\n1,2,3\n");
        f.close();
        const ImportResult r = DataLoader::load({path});
        QString message;
        for (const Diagnostic& d : r.diagnostics.items)
            message += d.toString();
        QVERIFY2(message.contains(QLatin1String("--input-format")), qPrintable(message));
        static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]*)"));
        for (auto it = option.globalMatch(message); it.hasNext();) {
            const QString name = it.next().captured(0);
            QCommandLineParser parser;
            cli::addLoadOptions(parser);
            QVERIFY2(parser.parse({QStringLiteral("emergence"), name, QStringLiteral("x")}),
                     qPrintable(name + QStringLiteral(": ") + parser.errorText()));
        }
        // --models has a GUI equivalent.
        MainWindow w;
        bool hasMetadata = false;
        for (const QAction* a : w.findChildren<QAction*>())
            hasMetadata = hasMetadata ||
                          a->text().remove(u'&').startsWith(QLatin1String("Load model metadata"));
        QVERIFY(hasMetadata);
    }

    void helpSaysWhatTheCodeComputes() {
        const QString bl = shapeNumbersHtml();
        QVERIFY(bl.contains(QString::fromLatin1(kBreakthroughnessDefinition).toHtmlEscaped()));
        QVERIFY(bl.contains(QString::fromLatin1(kLinearityDefinition).toHtmlEscaped()));
        // The examples are core's numbers: a straight staircase of 4 steps has L = 4 and B = 4;
        // one jump of 0.78 among steps of 0.01 has B = 0.81 / 0.01 = 81.
        const std::vector<double> jump = {0.0, 0.01, 0.02, 0.8, 0.81};
        QCOMPARE(*breakthroughness(jump).value, 81.0);
        QVERIFY(bl.contains(QStringLiteral("<td align=right>81</td>")));
        QVERIFY(bl.contains(QStringLiteral("<td align=right>4</td><td align=right>4</td>")));
        QVERIFY(bl.contains(QStringLiteral("∞")));

        MainWindow w;
        const QString keys = shortcutsHtml(&w);
        for (const char* k : {"Ctrl+Shift+S", "Ctrl+E", "Ctrl+C", "Ctrl+F", "Shift+F5"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        QVERIFY(!userGuideHtml().isEmpty());
    }
};

QTEST_MAIN(tst_Shortcuts)
#include "tst_Shortcuts.moc"
