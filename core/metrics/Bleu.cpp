// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Bleu.h"

#include "metrics/ClippedNgramCounter.h"
#include "metrics/CorpusInputCheck.h"
#include "metrics/NgramCounts.h"
#include "platform/ParallelJobs.h"

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ee {

QString bleuSmoothName(BleuSmooth s) {
    switch (s) {
    case BleuSmooth::Exp:
        return QStringLiteral("exp");
    case BleuSmooth::Floor:
        return QStringLiteral("floor");
    case BleuSmooth::AddK:
        return QStringLiteral("add-k");
    case BleuSmooth::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<BleuSmooth> bleuSmoothFromName(const QString& name) {
    for (BleuSmooth s : {BleuSmooth::Exp, BleuSmooth::Floor, BleuSmooth::AddK, BleuSmooth::None})
        if (bleuSmoothName(s) == name)
            return s;
    return std::nullopt;
}

BleuOptions BleuOptions::sentenceDefaults() {
    BleuOptions o;
    o.effectiveOrder = true;
    return o;
}

BleuOptions BleuOptions::bigbench() {
    BleuOptions o;
    o.tokenize = BleuTokenizer::Intl;
    o.smoothValue = 0.0; // T5 passes 0.0; exp ignores it
    return o;
}

double BleuOptions::effectiveSmoothValue() const {
    if (smoothValue)
        return *smoothValue;
    return smooth == BleuSmooth::Floor ? 0.1 : smooth == BleuSmooth::AddK ? 1.0 : 0.0;
}

int referenceCount(const std::vector<qsizetype>& refsPerSegment) {
    for (qsizetype k : refsPerSegment)
        if (k != refsPerSegment.front())
            return kVariableRefs;
    return refsPerSegment.empty() ? 0 : static_cast<int>(refsPerSegment.front());
}

QString BleuOptions::signature(std::optional<int> nrefs) const {
    QString smoothField = bleuSmoothName(smooth);
    // sacreBLEU prints the value (its default when unset) with two decimals for the methods
    // that take one.
    if (smooth == BleuSmooth::Floor || smooth == BleuSmooth::AddK) {
        // printf rounds the exact binary value half to even, as Python's format does
        // (0.125 -> "0.12"); QString::arg rounds such ties up.
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2f", effectiveSmoothValue());
        smoothField += QLatin1Char('[') + QString::fromLatin1(buf) + QLatin1Char(']');
    }
    QString sig;
    if (nrefs)
        sig = QStringLiteral("nrefs:%1|")
                  .arg(*nrefs == kVariableRefs ? QStringLiteral("var") : QString::number(*nrefs));
    return sig + QStringLiteral("case:%1|eff:%2|tok:%3|smooth:%4|version:%5")
                     .arg(lowercase ? QStringLiteral("lc") : QStringLiteral("mixed"),
                          effectiveOrder ? QStringLiteral("yes") : QStringLiteral("no"),
                          bleuTokenizerName(tokenize), smoothField,
                          QLatin1String(kSacreBleuVersion));
}

QString BleuOptions::definition(bool sentence, std::optional<int> nrefs) const {
    return (sentence ? QStringLiteral("sacrebleu sentence ")
                     : QStringLiteral("sacrebleu corpus ")) +
           signature(nrefs);
}

BleuStats& BleuStats::operator+=(const BleuStats& o) {
    sysLen += o.sysLen;
    refLen += o.refLen;
    for (int n = 0; n < 4; ++n) {
        correct[n] += o.correct[n];
        total[n] += o.total[n];
    }
    return *this;
}

namespace {

// One pre-processed segment: code points of the tokenizer output and the token views into it.
struct Tokenized {
    U32 text;
    U32 raw;
    std::vector<U32View> tokens;
};

void preprocess(const QString& s, const BleuOptions& opts, Tokenized& out) {
    py::toU32(opts.lowercase ? py::lower(s) : s, out.raw);
    bleuTokenizeRaw(opts.tokenize, py::rstrip(out.raw), out.text);
    py::split(out.text, out.tokens);
}

std::int64_t closestRefLen(std::int64_t hypLen, const std::vector<std::int64_t>& refLens) {
    std::int64_t bestDiff = -1, bestLen = -1;
    for (std::int64_t len : refLens) {
        const std::int64_t diff = std::llabs(hypLen - len);
        if (bestDiff == -1 || diff < bestDiff) {
            bestDiff = diff;
            bestLen = len;
        } else if (diff == bestDiff && len < bestLen) {
            bestLen = len;
        }
    }
    return bestLen;
}

double myLog(double x) {
    return x == 0.0 ? -9999999999.0 : std::log(x);
}

} // namespace

BleuStats bleuSegmentStats(const QString& hyp, const QStringList& refs, const BleuOptions& opts) {
    thread_local Tokenized h;
    thread_local std::vector<Tokenized> r;
    thread_local std::vector<const std::vector<U32View>*> lists;
    thread_local IdSequences ids;
    thread_local std::vector<Gram> hypGrams;
    thread_local std::vector<std::vector<Gram>> refGrams;
    thread_local std::vector<std::int64_t> refLens;

    preprocess(hyp, opts, h);
    if (r.size() < static_cast<std::size_t>(refs.size()))
        r.resize(static_cast<std::size_t>(refs.size()));
    lists.clear();
    lists.push_back(&h.tokens);
    refLens.clear();
    std::size_t used = 0;
    for (const QString& ref : refs) {
        Tokenized& t = r[used++];
        preprocess(ref, opts, t);
        lists.push_back(&t.tokens);
        refLens.push_back(static_cast<std::int64_t>(t.tokens.size()));
    }
    ids.assign(lists);
    const bool noRefs = used == 0;

    BleuStats s;
    s.sysLen = static_cast<std::int64_t>(h.tokens.size());
    s.refLen = noRefs ? 0 : closestRefLen(s.sysLen, refLens);
    if (idCount(ids) <= 65536) {
        // Common case: n-grams packed into 64-bit keys and counted in a small hash table.
        thread_local ClippedNgramCounter counter;
        thread_local std::vector<const ClippedNgramCounter::Ids*> refIds;
        refIds.clear();
        for (std::size_t k = 1; k < ids.seqs.size(); ++k)
            refIds.push_back(&ids.seqs[k]);
        counter.count(ids.seqs[0], refIds, s.total, s.correct);
        return s;
    }
    refGrams.resize(used);
    for (int n = 1; n <= 4; ++n) {
        sortedNgrams(ids.seqs[0], n, hypGrams);
        for (std::size_t k = 0; k < refGrams.size(); ++k)
            sortedNgrams(ids.seqs[k + 1], n, refGrams[k]);
        s.total[n - 1] = static_cast<std::int64_t>(hypGrams.size());
        s.correct[n - 1] = noRefs ? 0 : clippedMatches(hypGrams, refGrams);
    }
    return s;
}

BleuScore bleuFromStats(const BleuStats& stats, const BleuOptions& opts) {
    // Line by line BLEU.compute_bleu of sacreBLEU 2.x: same operations in the same order.
    BleuScore out;
    out.sysLen = stats.sysLen;
    out.refLen = stats.refLen;
    if (stats.sysLen < stats.refLen)
        out.brevityPenalty = stats.sysLen > 0
                                 ? std::exp(1.0 - static_cast<double>(stats.refLen) /
                                                      static_cast<double>(stats.sysLen))
                                 : 0.0;
    else
        out.brevityPenalty = 1.0;

    bool anyCorrect = false;
    for (auto c : stats.correct)
        anyCorrect = anyCorrect || c != 0;
    if (!anyCorrect)
        return out; // score 0, precisions 0

    const double smoothValue = opts.effectiveSmoothValue();
    std::array<double, 4> correct{}, total{};
    for (int n = 0; n < 4; ++n) {
        correct[n] = static_cast<double>(stats.correct[n]);
        total[n] = static_cast<double>(stats.total[n]);
    }
    double smoothMteval = 1.0;
    int effOrder = 4;
    for (int n = 1; n <= 4; ++n) {
        if (opts.smooth == BleuSmooth::AddK && n > 1) {
            correct[n - 1] += smoothValue;
            total[n - 1] += smoothValue;
        }
        if (total[n - 1] == 0.0)
            break;
        if (opts.effectiveOrder)
            effOrder = n;
        if (correct[n - 1] == 0.0) {
            if (opts.smooth == BleuSmooth::Exp) {
                smoothMteval *= 2.0;
                out.precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
            } else if (opts.smooth == BleuSmooth::Floor) {
                out.precisions[n - 1] = 100.0 * smoothValue / total[n - 1];
            }
        } else {
            out.precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
        }
    }
    double sum = 0.0;
    for (int n = 0; n < effOrder; ++n)
        sum += myLog(out.precisions[n]);
    out.score = out.brevityPenalty * std::exp(sum / effOrder);
    return out;
}

BleuSegments bleuSegmentStatsMany(const QStringList& hyps, const QList<QStringList>& refs,
                                  const BleuOptions& opts, int threads) {
    BleuSegments out;
    out.error = referenceListMismatch(hyps.size(), refs.size());
    if (!out.error.isEmpty())
        return out;
    // The reference check runs inside the parallel loop: a serial pre-pass over a million
    // segments cost about 5% of corpus BLEU. The first bad segment is still the one reported.
    const std::size_t n = static_cast<std::size_t>(hyps.size());
    std::atomic<std::size_t> firstBad{n};
    out.stats.resize(n);
    parallelFor(n, threads, [&](std::size_t i) {
        const auto q = static_cast<qsizetype>(i);
        if (!hasValidReference(refs[q])) {
            std::size_t seen = firstBad.load(std::memory_order_relaxed);
            while (i < seen && !firstBad.compare_exchange_weak(seen, i))
                ;
            return;
        }
        out.stats[i] = bleuSegmentStats(hyps[q], refs[q], opts);
    });
    if (const std::size_t bad = firstBad.load(); bad < n) {
        out.stats.clear();
        out.error = QStringLiteral("segment %1 has no reference (an empty string would count "
                                   "as a reference of length 0, as in sacreBLEU 2.6)")
                        .arg(bad + 1);
    }
    return out;
}

CorpusBleuResult corpusBleu(const QStringList& hyps, const QList<QStringList>& refs,
                            const BleuOptions& opts, int threads) {
    CorpusBleuResult out;
    if (hyps.isEmpty()) {
        out.error = QStringLiteral("corpus BLEU of an empty list of hypotheses is undefined");
        return out;
    }
    BleuSegments segs = bleuSegmentStatsMany(hyps, refs, opts, threads);
    if (!segs.error.isEmpty()) {
        out.error = segs.error;
        return out;
    }
    BleuStats sum;
    for (const auto& s : segs.stats)
        sum += s;
    out.score = bleuFromStats(sum, opts);
    return out;
}

BleuScore sentenceBleu(const QString& hyp, const QStringList& refs, const BleuOptions& opts) {
    if (!hasValidReference(refs))
        return {};
    return bleuFromStats(bleuSegmentStats(hyp, refs, opts), opts);
}

QList<QStringList> transposeReferenceStreams(const QList<QStringList>& streams) {
    QList<QStringList> out;
    if (streams.isEmpty())
        return out;
    out.resize(streams.first().size());
    for (const QStringList& stream : streams)
        for (qsizetype i = 0; i < stream.size() && i < out.size(); ++i)
            if (!stream[i].isNull())
                out[i].append(stream[i]);
    return out;
}

} // namespace ee
