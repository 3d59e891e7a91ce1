// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of BLEU (13a; corpus and sentence level) and ROUGE-L over 1,000,000 SIMULATED
// segment pairs of 20–30 words, against the Python baseline (python_baseline.py, the same
// algorithms in Python) run on a sample of the same pairs in the same run. Reports segments per
// second and the ratio; checks that both sides give the same scores on the sample. Not a timed
// test. EE_BENCH_SEGMENTS overrides the segment count, EE_BENCH_PY_SEGMENTS the Python sample.
#include "metrics/Bleu.h"
#include "metrics/Rouge.h"
#include "platform/ParallelJobs.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <random>
#include <thread>

using namespace ee;
using ee::parallelFor;

namespace {

// Deterministic pseudo-text: Zipf-like word choice from a 5,000-word vocabulary, with the
// punctuation 13a splits (commas, periods, parentheses, quotes, hyphens, numbers).
class SegmentGenerator {
public:
    explicit SegmentGenerator(std::uint64_t seed)
        : m_rng(seed) {
        const char* syll[] = {"ka", "lo",  "mi", "ne", "ru", "ta", "shi", "po",
                              "ve", "den", "ar", "is", "on", "el", "um"};
        for (int i = 0; i < 5000; ++i) {
            std::string w;
            int x = i + 1;
            while (x > 0) {
                w += syll[x % 15];
                x /= 15;
            }
            m_vocab.push_back(QString::fromStdString(w));
        }
    }
    QString segment() {
        const int n = 20 + static_cast<int>(m_rng() % 11);
        QString s;
        for (int i = 0; i < n; ++i) {
            if (i)
                s += QLatin1Char(' ');
            s += word();
        }
        return s + QLatin1Char('.');
    }
    // A reference that shares much of the hypothesis (edited copy), as real outputs do.
    QString edit(const QString& hyp) {
        const QStringList words = hyp.split(QLatin1Char(' '));
        QStringList out;
        for (const QString& w : words) {
            const unsigned r = m_rng() % 10;
            if (r == 0)
                continue;
            out << (r == 1 ? word() : w);
            if (r == 2)
                out << word();
        }
        while (out.size() < 20)
            out << word();
        while (out.size() > 30)
            out.removeLast();
        return out.join(QLatin1Char(' '));
    }

private:
    QString word() {
        const double u = std::uniform_real_distribution<double>(0, 1)(m_rng);
        const auto idx = static_cast<qsizetype>(std::pow(5000.0, u)) - 1;
        QString w = m_vocab[idx];
        switch (m_rng() % 40) {
        case 0:
            return w + QLatin1Char(',');
        case 1:
            return QLatin1Char('(') + w + QLatin1Char(')');
        case 2:
            return QStringLiteral("\"") + w + QStringLiteral("\"");
        case 3:
            return w + QStringLiteral("-") + m_vocab[(idx * 7) % 5000];
        case 4:
            return QString::number(m_rng() % 10000);
        case 5:
            return QStringLiteral("%1.%2").arg(m_rng() % 100).arg(m_rng() % 100);
        default:
            return w;
        }
    }
    std::mt19937_64 m_rng;
    QStringList m_vocab;
};

struct Timings {
    double corpus = 0, sentence = 0, rougeL = 0; // seconds
    double corpusScore = 0, sentenceSum = 0, rougeSum = 0;
};

// Scores `n` pairs in chunks (generation excluded from the timings) with `threads` threads.
Timings runCpp(qint64 n, int threads, std::uint64_t seed, bool keepSample, QStringList* sh,
               QStringList* sr, qint64 sample) {
    Timings t;
    SegmentGenerator gen(seed);
    const qint64 chunk = 100000;
    BleuStats corpus;
    const BleuOptions corpusOpts = BleuOptions::corpusDefaults();
    const BleuOptions sentOpts = BleuOptions::sentenceDefaults();
    const RougeType rl{RougeType::L, 0};
    for (qint64 done = 0; done < n; done += chunk) {
        const qint64 m = std::min(chunk, n - done);
        QStringList hyps;
        QList<QStringList> refs;
        hyps.reserve(m);
        refs.reserve(m);
        for (qint64 i = 0; i < m; ++i) {
            hyps << gen.segment();
            refs << QStringList{gen.edit(hyps.last())};
            if (keepSample && done + i < sample) {
                *sh << hyps.last();
                *sr << refs.last().first();
            }
        }
        QElapsedTimer timer;
        timer.start();
        const BleuSegments segs = bleuSegmentStatsMany(hyps, refs, corpusOpts, threads);
        for (const auto& s : segs.stats)
            corpus += s;
        t.corpus += double(timer.nsecsElapsed()) / 1e9;

        std::vector<double> scores(static_cast<std::size_t>(m));
        timer.restart();
        parallelFor(static_cast<std::size_t>(m), threads, [&](std::size_t i) {
            scores[i] = sentenceBleu(hyps[static_cast<qsizetype>(i)],
                                     refs[static_cast<qsizetype>(i)], sentOpts)
                            .score;
        });
        t.sentence += double(timer.nsecsElapsed()) / 1e9;
        for (double s : scores)
            t.sentenceSum += s;

        timer.restart();
        parallelFor(static_cast<std::size_t>(m), threads, [&](std::size_t i) {
            const auto q = static_cast<qsizetype>(i);
            scores[i] = rougeScore(rl, refs[q].first(), hyps[q]).fmeasure;
        });
        t.rougeL += double(timer.nsecsElapsed()) / 1e9;
        for (double s : scores)
            t.rougeSum += s;
    }
    QElapsedTimer timer;
    timer.start();
    t.corpusScore = bleuFromStats(corpus, corpusOpts).score;
    t.corpus += double(timer.nsecsElapsed()) / 1e9;
    return t;
}

} // namespace

class BenchMetrics : public QObject {
    Q_OBJECT
private slots:
    void throughput() {
        qint64 n = qEnvironmentVariableIntValue("EE_BENCH_SEGMENTS");
        if (n <= 0)
            n = 1000000;
        qint64 pyN = qEnvironmentVariableIntValue("EE_BENCH_PY_SEGMENTS");
        if (pyN <= 0)
            pyN = 20000;
        pyN = std::min(pyN, n);
        const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

        QStringList sampleH, sampleR;
        const Timings one = runCpp(n, 1, 42, true, &sampleH, &sampleR, pyN);
        const Timings all = runCpp(n, cores, 42, false, nullptr, nullptr, 0);
        QCOMPARE(one.corpusScore, all.corpusScore);

        // C++ on exactly the Python sample, for the score check.
        QList<QStringList> sampleRefs;
        for (const QString& r : sampleR)
            sampleRefs << QStringList{r};
        const double cppSampleCorpus = corpusBleu(sampleH, sampleRefs, {}, 1).score.score;
        double cppSampleSentence = 0, cppSampleRouge = 0;
        for (qsizetype i = 0; i < sampleH.size(); ++i) {
            cppSampleSentence += sentenceBleu(sampleH[i], sampleRefs[i]).score;
            cppSampleRouge += rougeScore({RougeType::L, 0}, sampleR[i], sampleH[i]).fmeasure;
        }

        QTemporaryDir tmp;
        QFile tsv(tmp.filePath(QStringLiteral("pairs.tsv")));
        QVERIFY(tsv.open(QIODevice::WriteOnly));
        for (qsizetype i = 0; i < sampleH.size(); ++i)
            tsv.write((sampleH[i] + QLatin1Char('\t') + sampleR[i] + QLatin1Char('\n')).toUtf8());
        tsv.close();
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral(EE_BENCH_METRICS_DIR "/python_baseline.py"), tsv.fileName()});
        QVERIFY(py.waitForFinished(3600 * 1000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonObject p = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        const double pyCorpus = p.value(QLatin1String("corpus_bleu")).toDouble();
        QVERIFY2(std::abs(pyCorpus - cppSampleCorpus) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(pyCorpus).arg(cppSampleCorpus)));
        QVERIFY(std::abs(p.value(QLatin1String("sentence_bleu_sum")).toDouble() -
                         cppSampleSentence) < 1e-6);
        QVERIFY(std::abs(p.value(QLatin1String("rougeL_sum")).toDouble() - cppSampleRouge) < 1e-6);

        auto rate = [](double count, double seconds) { return count / seconds; };
        const double pyRate[3] = {
            rate(pyN, p.value(QLatin1String("corpus_bleu_seconds")).toDouble()),
            rate(pyN, p.value(QLatin1String("sentence_bleu_seconds")).toDouble()),
            rate(pyN, p.value(QLatin1String("rougeL_seconds")).toDouble())};
        const double c1[3] = {rate(n, one.corpus), rate(n, one.sentence), rate(n, one.rougeL)};
        const double cN[3] = {rate(n, all.corpus), rate(n, all.sentence), rate(n, all.rougeL)};
        const char* names[3] = {"BLEU 13a corpus  ", "BLEU 13a sentence", "ROUGE-L          "};
        qInfo().noquote() << QStringLiteral(
                                 "SIMULATED segment pairs: %1 (C++), %2 (Python sample); %3 cores")
                                 .arg(n)
                                 .arg(pyN)
                                 .arg(cores);
        qInfo().noquote() << "metric              python seg/s   C++ 1 thread   C++ all cores   "
                             "ratio(all/python)";
        for (int k = 0; k < 3; ++k)
            qInfo().noquote() << QStringLiteral("%1  %2  %3  %4  %5x")
                                     .arg(QLatin1String(names[k]))
                                     .arg(pyRate[k], 13, 'f', 0)
                                     .arg(c1[k], 13, 'f', 0)
                                     .arg(cN[k], 14, 'f', 0)
                                     .arg(cN[k] / pyRate[k], 8, 'f', 1);
        qInfo().noquote()
            << QStringLiteral("corpus BLEU of all pairs: %1").arg(all.corpusScore, 0, 'g', 17);
    }
};

QTEST_APPLESS_MAIN(BenchMetrics)
#include "bench_Metrics.moc"
