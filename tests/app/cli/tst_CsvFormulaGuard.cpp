// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #7 (safety): every CSV the commands write for people neutralises text cells that a
// spreadsheet would run as a formula (a leading =, +, -, @, tab or CR gets a '), unless --raw;
// numbers the program writes, negative ones included, are never touched.
#include "cli/Commands.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {
/// Runs the command named args[0] in-process; its streams flush when they go out of scope.
struct Run {
    int code = -1;
    QString out, err;

    explicit Run(const QStringList& args) {
        QTextStream o(&out), e(&err);
        code = cli::findCommand(args.value(0))->run(args, {o, e});
    }
};

/// A CSV number cell that starts with a minus sign, as the program writes it (no quote, no ').
const QRegularExpression kNegativeNumber(u"(^|,)-[0-9.]+(e[-+]?[0-9]+)?(,|$)"_s,
                                         QRegularExpression::MultilineOption);
} // namespace

class tst_CsvFormulaGuard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_long;  ///< long CSV whose task, subtask, family and model names look like formulas
    QString m_jsonl; ///< per-example file, likewise

    /// Task "=SUM(1)" with subtasks "@a" and "b" and the task-level composite (negative for the
    /// smallest models), family "+fam", models "-m0" … "-m7": a sharp exact-match rise and a
    /// smooth, negative per-answer log-prob.
    void writeLongCsv() {
        QString text = u"source,task,subtask,family,model,params,nonembedding_params,tokens,flops,"
                       u"shots,prompting,metric,value,stderr,ci_low,ci_high,n,low,high\n"_s;
        const auto row = [&](const QString& sub, int i, const QString& metric, double v) {
            text += u"fx,=SUM(1),%1,+fam,-m%2,%3,,,,2,standard,%4,%5,0.01,,,,,\n"_s.arg(sub)
                        .arg(i)
                        .arg(std::pow(10, 8 + 0.5 * i), 0, 'g', 17)
                        .arg(metric)
                        .arg(v, 0, 'g', 17);
        };
        for (int i = 0; i < 8; ++i) {
            const double u = 8 + 0.5 * i;
            const double em = 0.9 / (1 + std::exp(-8 * (u - 10.2)));
            row(u"@a"_s, i, u"exact_match"_s, em);
            row(u"b"_s, i, u"exact_match"_s, 0.5 + 0.05 * i);
            row(QString(), i, u"exact_match"_s, em * (0.5 + 0.05 * i) - 0.01);
            row(u"@a"_s, i, u"target_logprob"_s, -2 * std::pow(std::pow(10, u) / 1e10, -0.5));
        }
        QFile f(m_long);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    void writeJsonl() {
        QFile f(m_jsonl);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"task":"=task","model":"@model","family":"-fam","params":1e8,"id":"+id1","target_logprob":-1.5,"target_tokens":3}
{"task":"=task","model":"@model","family":"-fam","params":1e8,"id":"id2","target_logprob":-0.5,"target_tokens":1}
)");
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_long = m_dir.filePath(u"formula_names.csv"_s);
        m_jsonl = m_dir.filePath(u"formula_names.jsonl"_s);
        writeLongCsv();
        writeJsonl();
    }

    void csvTextCells_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        /// In the default output; the --raw output has the same text without the added quotes.
        QTest::addColumn<QStringList>("safe");

        QTest::newRow("curves")
            << u"curves"_s
            << QStringList{m_long,  u"--task"_s,   u"=SUM(1)"_s,       u"--subtask"_s,
                           u"@a"_s, u"--metric"_s, u"target_logprob"_s}
            << QStringList{u"'=SUM(1),'@a,target_logprob,'+fam,2,standard,"
                           u"params,'-m0,"_s};
        QTest::newRow("analyze") << u"analyze"_s
                                 << QStringList{m_long, u"--task"_s, u"=SUM(1)"_s, u"--bootstrap"_s,
                                                u"0"_s}
                                 << QStringList{u"\n'=SUM(1),'@a,exact_match,'+fam,2,standard,"_s,
                                                u"\n'=SUM(1),,exact_match,'+fam,2,standard,"_s};
        QTest::newRow("decompose")
            << u"decompose"_s
            << QStringList{m_long,      u"--task"_s, u"=SUM(1)"_s,  u"--subtasks"_s, u"@a,b"_s,
                           u"--rule"_s, u"all"_s,    u"--metric"_s, u"exact_match"_s}
            << QStringList{u",model,x,'@a,b,predicted,"_s,
                           u"\n'=SUM(1),'+fam,exact_match,2,standard,all,'-m3,"_s};
        QTest::newRow("forecast")
            << u"forecast"_s
            << QStringList{m_long,  u"--task"_s,         u"=SUM(1)"_s,        u"--subtask"_s,
                           u"@a"_s, u"--from"_s,         u"target_logprob"_s, u"--length"_s,
                           u"2"_s,  u"--exact-metric"_s, u"exact_match"_s,    u"--bootstrap"_s,
                           u"0"_s}
            << QStringList{u"\n'=SUM(1),'@a,target_logprob,'+fam,2,standard,params,"_s, u",'-m"_s};
        QTest::newRow("score") << u"score"_s
                               << QStringList{m_jsonl, u"--metric"_s, u"log_likelihood"_s,
                                              u"--format"_s, u"csv"_s}
                               << QStringList{u"\n'=task,,'-fam,'@model,1e+08,"_s};
        QTest::newRow("score per example")
            << u"score"_s << QStringList{m_jsonl,       u"--metric"_s, u"log_likelihood"_s,
                                         u"--format"_s, u"csv"_s,      u"--per-example"_s}
            << QStringList{u",log_likelihood,'+id1,-1.5,"_s};
    }

    void csvTextCells() {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QFETCH(QStringList, safe);
        QVERIFY(cli::findCommand(command));

        const Run s(QStringList{command} + args);
        QVERIFY2(s.code == cli::Success, qPrintable(s.err));
        for (const QString& expected : safe)
            QVERIFY2(s.out.contains(expected), qPrintable(expected + u" not in:\n"_s + s.out));
        // Numbers are not text: a negative one is written as it is.
        QVERIFY2(kNegativeNumber.match(s.out).hasMatch(), qPrintable(s.out));

        const Run r(QStringList{command} + args + QStringList{u"--raw"_s});
        QVERIFY2(r.code == cli::Success, qPrintable(r.err));
        for (const QString& expected : safe) {
            const QString raw = QString(expected).remove(QLatin1Char('\''));
            QVERIFY2(r.out.contains(raw), qPrintable(raw + u" not in:\n"_s + r.out));
        }
        QVERIFY2(!r.out.contains(u"'="_s) && !r.out.contains(u"'@"_s) && !r.out.contains(u"'+"_s) &&
                     !r.out.contains(u"'-"_s),
                 qPrintable(r.out));
        // Only text cells differ: the same number of lines.
        QCOMPARE(r.out.count(QLatin1Char('\n')), s.out.count(QLatin1Char('\n')));
    }

    /// JSON keeps names exactly: the guard is for spreadsheets, not for machine-read output.
    void jsonIsNotNeutralised() {
        const Run r({u"curves"_s, m_long, u"--task"_s, u"=SUM(1)"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, int(cli::Success));
        QVERIFY(r.out.contains(u"\"=SUM(1)\""_s));
        QVERIFY(!r.out.contains(u"'="_s));
    }

    /// The toy model's CSV holds only numbers it computed: --raw is accepted and changes nothing.
    void simulateHasNoTextCells() {
        const QStringList args{u"simulate"_s, u"--points"_s, u"5"_s, u"--sampled"_s};
        const Run s(args);
        const Run r(args + QStringList{u"--raw"_s});
        QCOMPARE(s.code, int(cli::Success));
        QCOMPARE(r.code, int(cli::Success));
        QCOMPARE(r.out, s.out);
    }

    /// Every command that writes CSV for people offers --raw, with the same help text.
    void everyCsvCommandHasRaw_data() {
        QTest::addColumn<QString>("command");
        for (const char* name : {"curves", "analyze", "decompose", "forecast", "simulate", "score"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyCsvCommandHasRaw() {
        QFETCH(QString, command);
        const Run r({command, u"--help"_s});
        QCOMPARE(r.code, int(cli::Success));
        QVERIFY2(r.out.contains(u"--raw"_s), qPrintable(r.out));
        QVERIFY2(
            r.out.simplified().contains(
                u"CSV: write text cells as they are (by default a cell starting with = + - "
                u"@ tab or CR gets a leading ' so spreadsheets do not run it as a formula)."_s),
            qPrintable(r.out));
    }
};

QTEST_APPLESS_MAIN(tst_CsvFormulaGuard)
#include "tst_CsvFormulaGuard.moc"
