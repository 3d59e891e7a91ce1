// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of tests/data/malformed/ goes through the loader that would meet it in the app
// (DataLoader::load, the per-example readers, FigureSpec::load). Expectations live in
// tests/data/malformed/EXPECTED.tsv so that the corpus and what it must produce stay together:
// a clear diagnostic naming the file and the line or place, the good rows of mixed files still
// loaded, and no crash or hang. Inputs too big to commit (a 200 MB single line) are generated
// into a QTemporaryDir here.
#include "figure/FigureSpec.h"
#include "io/DataLoader.h"
#include "io/LenientJson.h"
#include "io/examples/ExampleReaders.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {

const QString kCorpus = QStringLiteral(EE_MALFORMED_CORPUS);
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true; // ASan: several times slower, shadow memory and quarantine
#else
constexpr bool kSanitized = false;
#endif
/// Generous guards against hangs and runaway memory, not performance assertions.
constexpr qint64 kMaxMillis = kSanitized ? 60000 : 20000;
constexpr qint64 kHugeMaxMillis = kSanitized ? 300000 : 60000;
constexpr double kHugeMaxRssMiB = kSanitized ? 4000.0 : 2500.0;

/// What one load produced, whatever the loader.
struct Outcome {
    qint64 goodRows = 0;
    Diagnostics diagnostics;
};

Outcome runLoader(const QString& reader, const QString& path) {
    Outcome out;
    if (reader == QLatin1String("load")) {
        LoadOptions options;
        options.threads = 1;
        ImportResult r = DataLoader::load({path}, options);
        out.goodRows = r.table.rowCount();
        out.diagnostics = r.diagnostics;
    } else if (reader == QLatin1String("examples")) {
        const ee::ExampleSet set = ee::readExamples(path);
        out.goodRows = set.exampleCount();
        out.diagnostics = set.diagnostics;
    } else if (reader == QLatin1String("figure")) {
        QString error;
        const auto spec = FigureSpec::load(path, &error);
        if (spec) {
            out.goodRows = 1;
            // A spec that parses but cannot be drawn is reported by validate(); the GUI and the
            // CLI show those sentences, so the corpus checks them too.
            for (const QString& problem : spec->validate())
                out.diagnostics.error(path, 0, problem, QStringLiteral("validate"));
        } else {
            out.diagnostics.error(path, 0, error);
        }
    } else {
        qFatal("EXPECTED.tsv names an unknown reader '%s'", qPrintable(reader));
    }
    return out;
}

QString describe(const Diagnostics& d) {
    QString all;
    for (const auto& item : d.items)
        all += (item.severity == Diagnostic::Severity::Error ? u"  error "_s : u"  warning "_s) +
               item.toString().left(300) + QLatin1Char('\n');
    return all.isEmpty() ? u"  (no diagnostics)\n"_s : all;
}

/// Largest resident set so far, in MiB (Linux reports ru_maxrss in KiB).
double maxRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// Writes `prefix`, then `size` copies of `fill`, then `suffix`, in 8 MiB blocks.
void writeBig(const QString& path, const QByteArray& prefix, char fill, qint64 size,
              const QByteArray& suffix) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(prefix);
    const QByteArray block(8 << 20, fill);
    for (qint64 left = size; left > 0; left -= block.size())
        f.write(block.constData(), std::min<qint64>(left, block.size()));
    f.write(suffix);
}

/// The diagnostic that matches severity and text, named after `path`.
const Diagnostic* findDiagnostic(const Diagnostics& d, const QString& path, const QString& severity,
                                 const QString& text) {
    const auto wanted = severity == QLatin1String("error") ? Diagnostic::Severity::Error
                                                           : Diagnostic::Severity::Warning;
    for (const auto& item : d.items)
        if (item.severity == wanted && item.file == path &&
            (item.message.contains(text, Qt::CaseInsensitive) ||
             item.place.contains(text, Qt::CaseInsensitive)))
            return &item;
    return nullptr;
}

} // namespace

class tst_MalformedInputs : public QObject {
    Q_OBJECT
private slots:
    void corpus_data() {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("goodRows");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("text");

        QFile manifest(kCorpus + u"/EXPECTED.tsv"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        int lineNo = 0;
        while (!manifest.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList f = line.split(QLatin1Char('\t'));
            QVERIFY2(f.size() == 6,
                     qPrintable(u"EXPECTED.tsv:%1: want 6 tab-separated fields"_s.arg(lineNo)));
            QTest::newRow(qPrintable(f[1])) << f[0] << kCorpus + QLatin1Char('/') + f[1]
                                            << f[2].toLongLong() << f[3] << f[4] << f[5];
        }
    }

    void corpus() {
        QFETCH(QString, reader);
        QFETCH(QString, path);
        QFETCH(qint64, goodRows);
        QFETCH(QString, severity);
        QFETCH(QString, where);
        QFETCH(QString, text);
        QVERIFY2(QFile::exists(path), qPrintable(path));

        QElapsedTimer timer;
        timer.start();
        const Outcome out = runLoader(reader, path);
        QVERIFY2(timer.elapsed() < kMaxMillis, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        const QString seen = describe(out.diagnostics);
        if (qEnvironmentVariableIsSet("EE_MALFORMED_DUMP"))
            qInfo("%s rows=%lld\n%s", qPrintable(path), qlonglong(out.goodRows), qPrintable(seen));

        QVERIFY2(out.goodRows == goodRows,
                 qPrintable(u"loaded %1 good rows, expected %2\n%3"_s.arg(out.goodRows)
                                .arg(goodRows)
                                .arg(seen)));
        if (severity == QLatin1String("none")) {
            QVERIFY2(!out.diagnostics.hasErrors(), qPrintable(seen));
            return;
        }
        const Diagnostic* d = findDiagnostic(out.diagnostics, path, severity, text);
        QVERIFY2(d, qPrintable(u"no %1 naming the file and mentioning '%2'; got\n%3"_s.arg(
                        severity, text, seen)));
        // Where: a line number, "place" (a key path, column or byte offset), or "file" when the
        // problem is the file as a whole.
        if (where == QLatin1String("place"))
            QVERIFY2(!d->place.isEmpty() || d->line > 0 || d->message.contains(u"offset"_s),
                     qPrintable(u"no place given: "_s + d->toString()));
        else if (where != QLatin1String("file"))
            QVERIFY2(d->line == where.toLongLong(),
                     qPrintable(u"expected line %1: "_s.arg(where) + d->toString()));
        // A message is a sentence for a person, not a dump of the input.
        for (const auto& item : out.diagnostics.items)
            QVERIFY2(item.message.size() < 2000, qPrintable(item.toString().left(300)));
    }

    /// Every corpus file has an expectation (a new file without one would test nothing).
    void everyCorpusFileIsListed() {
        QFile manifest(kCorpus + u"/EXPECTED.tsv"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(manifest.readAll());
        int files = 0;
        QDirIterator it(kCorpus, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(kCorpus).relativeFilePath(it.next());
            if (rel == u"EXPECTED.tsv"_s || rel == u"README.md"_s)
                continue;
            ++files;
            QVERIFY2(text.contains(QLatin1Char('\t') + rel + QLatin1Char('\t')), qPrintable(rel));
        }
        QVERIFY2(files >= 50, qPrintable(QString::number(files)));
    }

    /// A JSON Lines file of garbage has one problem per line: only the first 100 are listed,
    /// then one summary counts the rest, so memory and the user's screen stay bounded.
    void problemsAreCappedPerFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"junk.jsonl"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 100000; ++i)
                junk += QByteArray::number(i) + "\x01\xfe{]\n"; // one bad line each
            f.write(junk);
        }
        const ee::ExampleSet set = ee::readExamples(path);
        QCOMPARE(set.exampleCount(), 0);
        QCOMPARE(set.skippedCount(), 100000);
        QCOMPARE(set.diagnostics.items.size(), 101);
        QCOMPARE(set.diagnostics.items.at(99).line, 100);
        const Diagnostic& summary = set.diagnostics.items.last();
        QCOMPARE(summary.file, path);
        QVERIFY2(summary.message.startsWith(u"99900 more problem(s) in "_s + path) &&
                     summary.message.contains(u"line 101"_s),
                 qPrintable(summary.message));
    }

    /// The LAMBADA reader takes sizes from model_sizes.csv beside it: a size there that is not
    /// a positive number is reported against that file and line, and the scale stays unknown.
    void lambadaModelSizesAreChecked() {
        const QString folder = kCorpus + u"/examples/lambada_bad_sizes/"_s;
        const ee::ExampleSet set =
            ee::readExamples(folder + u"lambada_final_word_nll_by_model.csv"_s);
        QCOMPARE(set.exampleCount(), 6);
        QStringList warned;
        for (const auto& d : set.diagnostics.items) {
            QCOMPARE(d.file, folder + u"model_sizes.csv"_s);
            warned << u"%1 %2"_s.arg(d.line).arg(d.message.section(QLatin1Char(' '), 0, 0));
        }
        QCOMPARE(warned, (QStringList{u"3 -355000000"_s, u"4 nan"_s}));
        for (const auto& g : set.groups())
            QCOMPARE(g.key.scale.params.has_value(), g.key.model == u"gpt2"_s);
    }

    /// The LAMBADA reader's model_sizes.csv is read only when it lies beside the data file: a
    /// link to another folder is not followed (a link within the folder is).
    void lambadaSizesLinkOutsideIsNotFollowed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"data"_s) && QDir(dir.path()).mkpath(u"elsewhere"_s));
        const QString data = dir.filePath(u"data/nll.csv"_s);
        QVERIFY(QFile::copy(kCorpus + u"/examples/lambada_final_word_nll_by_model.csv"_s, data));
        const QByteArray sizes =
            "model,family,params_used_by_pipeline,note\ngpt2,GPT-2,124000000,x\n";
        for (const QString& name : {u"elsewhere/model_sizes.csv"_s, u"data/real_sizes.csv"_s}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sizes);
        }
        const QString link = dir.filePath(u"data/model_sizes.csv"_s);
        auto gpt2Params = [&] {
            const ee::ExampleSet set = ee::readExamples(data);
            for (const auto& g : set.groups())
                if (g.key.model == u"gpt2"_s)
                    return std::make_pair(g.key.scale.params, set.diagnostics);
            return std::make_pair(std::optional<double>(), set.diagnostics);
        };
        QVERIFY(QFile::link(dir.filePath(u"elsewhere/model_sizes.csv"_s), link));
        auto [outside, diagOutside] = gpt2Params();
        QVERIFY(!outside);
        const Diagnostic* d = findDiagnostic(diagOutside, link, u"warning"_s, u"not followed"_s);
        QVERIFY2(d, qPrintable(describe(diagOutside)));
        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(u"real_sizes.csv"_s, link));
        auto [inside, diagInside] = gpt2Params();
        QVERIFY2(inside && *inside == 124000000.0, qPrintable(describe(diagInside)));
    }

    /// io/LenientJson on random JSON-like text: never a crash; error offsets and lines point
    /// into the input as written; each non-finite literal's offset is where its text stands;
    /// and every document that parses without the rewrite parses the same with it.
    void lenientJsonPlacesPointIntoTheInput() {
        static const char* const pieces[] = {
            "{",       "}",     "[",           "]",    ",",         ":",        " ",
            "\n",      "\"k\"", "\"a,b\\\"\"", "NaN",  "-Infinity", "Infinity", "1e400",
            "-1e-400", "0.5",   "12",          "null", "\"NaN\""};
        quint32 seed = 12345;
        auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
        int parsedWithLiterals = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray text;
            const int n = int(next() % 24);
            for (int i = 0; i < n; ++i)
                text += pieces[next() % (sizeof pieces / sizeof *pieces)];
            if (round % 2 == 0) { // half are well-formed but for their non-finite literals
                static const char* const values[] = {
                    "NaN", "-Infinity", "Infinity", "1e400",    "-1e-400",
                    "0.5", "\"NaN\"",   "null",     "[NaN, 1]", "{\"x\":\nInfinity}"};
                text = "{";
                for (int i = 0; i < 1 + int(next() % 5); ++i)
                    text += (i ? ",\n \"k" : "\"k") + QByteArray::number(i) +
                            "\": " + values[next() % (sizeof values / sizeof *values)];
                text += "}";
                if (round % 4 == 0) // and some of those broken after the literals
                    text.insert(qsizetype(next() % quint32(text.size())), pieces[next() % 6]);
            }
            const LenientJson::Parsed p = LenientJson::parse(text);
            if (!p.error.isEmpty()) {
                QVERIFY2(p.offset >= 0 && p.offset <= text.size(), text.constData());
                QCOMPARE(p.line, LenientJson::lineAt(text, p.offset));
                QVERIFY(p.nonFinite.isEmpty());
                continue;
            }
            parsedWithLiterals += p.nonFinite.isEmpty() ? 0 : 1;
            for (const auto& f : p.nonFinite) {
                QVERIFY2(text.mid(f.offset).startsWith(f.text.toLatin1()), text.constData());
                QCOMPARE(f.line, LenientJson::lineAt(text, f.offset));
            }
            if (p.nonFinite.isEmpty())
                QCOMPARE(p.doc, QJsonDocument::fromJson(text));
        }
        QVERIFY(parsedWithLiterals > 100); // the generator does reach the interesting case

        // An error after rewritten literals is placed where Qt places it in the same text with
        // each literal swapped for a valid number of the same length.
        const QByteArray broken = "{\"a\": NaN, \"b\": -Infinity,\n \"c\": 1e400, \"d\": 1 2}";
        const QByteArray sameLength = "{\"a\": 0.0, \"b\": -12345678,\n \"c\": 10000, \"d\": 1 2}";
        QJsonParseError reference;
        QJsonDocument::fromJson(sameLength, &reference);
        QVERIFY(reference.error != QJsonParseError::NoError);
        const LenientJson::Parsed p = LenientJson::parse(broken);
        QCOMPARE(p.error, reference.errorString());
        QCOMPARE(p.offset, qsizetype(reference.offset));
        QCOMPARE(p.line, 2);
    }

    /// 200 MB without a line end, in the formats that read line by line or whole.
    void hugeSingleLine_data() {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<char>("fill");
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<qint64>("goodRows");
        QTest::addColumn<QString>("text");
        const QByteArray header = "task,model,family,params,shots,metric,value\n"
                                  "arith,m-1b,fam,1e9,0,acc,0.5\n";
        // One 200 MB number: not finite as a double, so the row is skipped.
        QTest::newRow("long csv value")
            << u"load"_s << u"big.csv"_s << header + "arith,m-2b,fam,2e9,0,acc," << '9'
            << QByteArrayLiteral("") << qint64(1) << u"finite"_s;
        // An unterminated 200 MB quoted field swallowing the end of the file.
        QTest::newRow("long csv quote")
            << u"load"_s << u"quote.csv"_s << header + "arith,\"m-" << 'x'
            << QByteArrayLiteral("\n") << qint64(1) << u"quote"_s;
        // A 200 MB JSON Lines record that never closes, then a good one.
        QTest::newRow("jsonl")
            << u"examples"_s << u"big.jsonl"_s
            << QByteArrayLiteral(
                   "{\"task\": \"arith\", \"model\": \"m\", \"id\": \"1\", \"output\": \"")
            << 'a'
            << QByteArrayLiteral("\n{\"task\": \"arith\", \"model\": \"m\", \"id\": \"2\", "
                                 "\"output\": \"4\", \"targets\": [\"4\"]}\n")
            << qint64(1) << u""_s;
        // lm-eval v0.4 samples: a 200 MB response that never closes, then a good record.
        QTest::newRow("lm-eval samples")
            << u"examples"_s << u"samples_t_2024-06-01T10-00-00.jsonl"_s
            << QByteArrayLiteral("{\"doc_id\": 0, \"target\": \"4\", \"filtered_resps\": [\"")
            << 'a'
            << QByteArrayLiteral("\n{\"doc_id\": 1, \"target\": \"4\", \"filtered_resps\": "
                                 "[\"4\"]}\n")
            << qint64(1) << u"not valid JSON"_s;
        // MMLU-Pro outputs: a 200 MB generation inside one record; both records load.
        QTest::newRow("mmlu-pro json")
            << u"examples"_s << u"model_outputs_m_5shots.json"_s
            << QByteArrayLiteral("[{\"question_id\": 1, \"answer\": \"A\", \"pred\": \"A\", "
                                 "\"category\": \"math\", \"options\": [\"1\", \"2\"], "
                                 "\"model_outputs\": \"")
            << 'a'
            << QByteArrayLiteral("\"}, {\"question_id\": 2, \"answer\": \"B\", \"pred\": "
                                 "\"A\", \"category\": \"math\", \"options\": [\"1\", \"2\"], "
                                 "\"model_outputs\": \"The answer is (A).\"}]")
            << qint64(2) << u""_s;
        // A 200 MB string inside an lm-eval results file: it parses; the long key is no metric.
        QTest::newRow("lm-eval json")
            << u"load"_s << u"results.json"_s
            << QByteArrayLiteral("{\"results\": {\"arc\": {\"acc,none\": 0.5, \"") << 'k'
            << QByteArrayLiteral(",none\": 0.25}}}") << qint64(-1) << u""_s;
    }

    void hugeSingleLine() {
        QFETCH(QString, reader);
        QFETCH(QString, name);
        QFETCH(QByteArray, prefix);
        QFETCH(char, fill);
        QFETCH(QByteArray, suffix);
        QFETCH(qint64, goodRows);
        QFETCH(QString, text);
        constexpr qint64 kSize = 200LL << 20;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        writeBig(path, prefix, fill, kSize, suffix);

        QElapsedTimer timer;
        timer.start();
        const Outcome out = runLoader(reader, path);
        const QString seen = describe(out.diagnostics);
        QVERIFY2(timer.elapsed() < kHugeMaxMillis,
                 qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        if (goodRows >= 0)
            QVERIFY2(out.goodRows == goodRows, qPrintable(u"rows %1\n"_s.arg(out.goodRows) + seen));
        if (!text.isEmpty())
            QVERIFY2(findDiagnostic(out.diagnostics, path, u"error"_s, text) ||
                         findDiagnostic(out.diagnostics, path, u"warning"_s, text),
                     qPrintable(seen));
        for (const auto& item : out.diagnostics.items)
            QVERIFY2(item.message.size() < 2000, "a diagnostic repeats the 200 MB input");
        // The file is 200 MiB; reading it whole, decoding and one UTF-16 copy stay well under
        // this. A leak of a copy per line or an unbounded buffer would not.
        QVERIFY2(maxRssMiB() < kHugeMaxRssMiB, qPrintable(u"max RSS %1 MiB"_s.arg(maxRssMiB())));
    }
};

QTEST_GUILESS_MAIN(tst_MalformedInputs)
#include "tst_MalformedInputs.moc"
