// SPDX-License-Identifier: GPL-3.0-or-later
// Session autosave and crash recovery (ui/session/SessionAutosave).
#include "session/SessionAutosave.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ee::ui;
using namespace Qt::StringLiterals;

class tst_SessionAutosave : public QObject {
    Q_OBJECT
private slots:
    void periodicSaveThenCrashIsRecoverable() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"autosave.json"_s);
        ViewState state;
        state.dataPaths = {u"/data/a.csv"_s};
        state.search = u"arith"_s;
        {
            SessionAutosave autosave([&state] { return state; }, path, 20);
            autosave.start();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
            QCOMPARE(loadSession(path)->search, u"arith"_s);
            state.search = u"lambada"_s; // the user keeps working; the next tick saves it
            QTRY_COMPARE_WITH_TIMEOUT(loadSession(path)->search, u"lambada"_s, 5000);
            // The object goes away without finishCleanly(): what a crash leaves behind.
        }
        const auto recovered = SessionAutosave::recoverable(path);
        QVERIFY(recovered);
        QCOMPARE(recovered->first, state);
        QVERIFY(recovered->second.isValid());
    }

    void cleanExitLeavesNothingToRecover() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"autosave.json"_s);
        ViewState state;
        state.search = u"x"_s;
        SessionAutosave autosave([&state] { return state; }, path, 60000);
        QVERIFY(autosave.saveNow());
        QVERIFY(SessionAutosave::recoverable(path));
        autosave.finishCleanly();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!SessionAutosave::recoverable(path));
    }

    void unchangedStateIsNotRewritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"autosave.json"_s);
        ViewState state;
        SessionAutosave autosave([&state] { return state; }, path, 60000);
        QVERIFY(autosave.saveNow());
        QVERIFY(QFile::remove(path));
        QVERIFY(autosave.saveNow()); // same state: no write
        QVERIFY(!QFile::exists(path));
        state.view = u"toy"_s;
        QVERIFY(autosave.saveNow());
        QVERIFY(QFile::exists(path));
    }

    void corruptAutosaveIsIgnored() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"autosave.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"emergence-session\", \"vers"); // torn by a crash of an older build
        f.close();
        QVERIFY(!SessionAutosave::recoverable(path));
    }
};

QTEST_MAIN(tst_SessionAutosave)
#include "tst_SessionAutosave.moc"
