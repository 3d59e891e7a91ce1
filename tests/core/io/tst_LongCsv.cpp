// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LongCsv.h"

#include <QTest>

using namespace ee;

class tst_LongCsv : public QObject {
    Q_OBJECT
    static const QByteArray& header() {
        static const QByteArray h =
            "source,task,subtask,family,model,params,nonembedding_params,tokens,flops,shots,"
            "prompting,metric,value,stderr,ci_low,ci_high,n,low,high\n";
        return h;
    }
private slots:
    void roundTripIsLossless() {
        ScoreTable t;
        ScoreRow r;
        r.source = QStringLiteral("paper, \"quoted\"");
        r.task = QStringLiteral("ipa_transliterate");
        r.subtask = QStringLiteral("ü/日本");
        r.family = QStringLiteral("Llama");
        r.model = QStringLiteral("line\nbreak");
        r.scale.params = 6.7e9;
        r.scale.flops = 4.02e22;
        r.shots = 2;
        r.prompting = QStringLiteral("standard");
        r.metric = QStringLiteral("bleu");
        r.value = 0.1 + 0.2; // not representable in short decimal form
        r.stderr_ = 1e-300;
        r.n = 1234567890123;
        r.low = 0;
        r.high = 100;
        t.append(r);
        ScoreRow bare;
        bare.task = QStringLiteral("t");
        bare.model = QStringLiteral("m");
        bare.metric = QStringLiteral("acc");
        bare.value = -0.0;
        t.append(bare);
        const QByteArray bytes = LongCsv::toBytes(t);
        const ImportResult back = LongCsv::read(bytes, QStringLiteral("mem.csv"));
        QVERIFY2(back.diagnostics.items.isEmpty(),
                 qPrintable(back.diagnostics.items.value(0).toString()));
        QCOMPARE(back.table.rowCount(), 2);
        QCOMPARE(back.table.row(0), r);
        QCOMPARE(back.table.row(1), bare);
        QCOMPARE(LongCsv::toBytes(back.table), bytes);
    }
    void badRows_data() {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nan value")
            << QByteArray(",t,,F,m,1e9,,,,2,standard,acc,nan,,,,,,") << QStringLiteral("value");
        QTest::newRow("inf stderr")
            << QByteArray(",t,,F,m,1e9,,,,2,standard,acc,0.5,inf,,,,,") << QStringLiteral("stderr");
        QTest::newRow("text in params")
            << QByteArray(",t,,F,m,big,,,,2,standard,acc,0.5,,,,,,") << QStringLiteral("params");
        QTest::newRow("empty value")
            << QByteArray(",t,,F,m,1e9,,,,2,standard,acc,,,,,,,") << QStringLiteral("value");
        QTest::newRow("fractional shots")
            << QByteArray(",t,,F,m,1e9,,,,2.5,standard,acc,0.5,,,,,,") << QStringLiteral("shots");
        QTest::newRow("negative n")
            << QByteArray(",t,,F,m,1e9,,,,2,standard,acc,0.5,,,,-3,,") << QStringLiteral("n");
        QTest::newRow("no model") << QByteArray(",t,,F,,1e9,,,,2,standard,acc,0.5,,,,,,")
                                  << QStringLiteral("must not be empty");
        QTest::newRow("invalid utf8")
            << QByteArray(",t\xff,,F,m,1e9,,,,2,standard,acc,0.5,,,,,,") << QStringLiteral("UTF-8");
    }
    void badRows() {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        const QByteArray good = ",t,,F,good,1e9,,,,2,standard,acc,0.5,,,,,,\n";
        const ImportResult r =
            LongCsv::read(header() + row + "\n" + good, QStringLiteral("bad.csv"));
        QCOMPARE(r.table.rowCount(), 1);
        QCOMPARE(r.table.row(0).model, QStringLiteral("good"));
        QCOMPARE(r.diagnostics.errorCount(), 1);
        const Diagnostic& d = r.diagnostics.items.first();
        QCOMPARE(d.file, QStringLiteral("bad.csv"));
        QCOMPARE(d.line, 2);
        QVERIFY2(d.toString().contains(expected), qPrintable(d.toString()));
    }
    void nonPositiveScaleIsKeptWithAWarning() {
        const ImportResult r = LongCsv::read(header() + ",t,,F,m,-5,,,,,,acc,0.5,,,,,,\n"
                                                        ",t,,F,m2,0,,,,,,acc,0.5,,,,,,\n",
                                             QStringLiteral("x.csv"));
        QCOMPARE(r.table.rowCount(), 2);
        QCOMPARE(r.table.row(0).scale.params, std::optional<double>(-5));
        QCOMPARE(r.diagnostics.warningCount(), 1);
        // One warning per column, at the first offending line, with the count.
        QVERIFY(r.diagnostics.items.first().toString().startsWith(
            QLatin1String("x.csv:2: params: 2 row(s)")));
    }
    void bomCrlfAndQuotedLineBreaks() {
        QByteArray text = "\xEF\xBB\xBF" + header();
        text.replace('\n', "\r\n");
        text += ",\"multi\r\nline\",,F,m,1e9,,,,0,standard,acc,0.5,,,,,,\r\n";
        text += ",t2,,F,m,1e9,,,,0,standard,acc,0.25,,,,,,\r\n";
        const ImportResult r = LongCsv::read(text, QStringLiteral("crlf.csv"));
        QVERIFY(r.diagnostics.items.isEmpty());
        QCOMPARE(r.table.rowCount(), 2);
        QCOMPARE(r.table.row(0).task, QStringLiteral("multi\r\nline"));
        QCOMPARE(r.table.row(1).value, 0.25);
    }
    void utf16WithBomIsConverted() {
        const QString text =
            QString::fromUtf8(header() + ",t,,F,m,1e9,,,,0,standard,acc,0.5,,,,,,\n");
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const ImportResult r = LongCsv::read(utf16, QStringLiteral("u16.csv"));
        QCOMPARE(r.table.rowCount(), 1);
        QCOMPARE(r.diagnostics.warningCount(), 1);
    }
    void structuralProblems_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << 0 << QStringLiteral("empty");
        QTest::newRow("no value column")
            << QByteArray("task,model,metric\nt,m,acc\n") << 0 << QStringLiteral("'value'");
        QTest::newRow("unterminated quote")
            << QByteArray(header() + ",t,,F,m,1,,,,0,,acc,0.5,,,,,,\n,\"t,,F,m,1,,,,0,,acc,0.5\n")
            << 1 << QStringLiteral("never closed");
        QTest::newRow("unknown column")
            << QByteArray("task,model,metric,value,colour\nt,m,acc,1,red\n") << 1
            << QStringLiteral("colour");
        QTest::newRow("ragged row")
            << QByteArray("task,model,metric,value\nt,m,acc\n") << 0 << QStringLiteral("fields");
    }
    void structuralProblems() {
        QFETCH(QByteArray, text);
        QFETCH(int, rows);
        QFETCH(QString, expected);
        const ImportResult r = LongCsv::read(text, QStringLiteral("s.csv"));
        QCOMPARE(r.table.rowCount(), rows);
        QVERIFY(!r.diagnostics.items.isEmpty());
        QString all;
        for (const auto& d : r.diagnostics.items)
            all += d.toString() + QLatin1Char('\n');
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY(all.startsWith(QLatin1String("s.csv")));
    }
};

QTEST_APPLESS_MAIN(tst_LongCsv)
#include "tst_LongCsv.moc"
