// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Chrf.h"

#include "metrics/Bleu.h"
#include "metrics/ClippedNgramCounter.h"
#include "metrics/CorpusInputCheck.h"
#include "metrics/NgramCounts.h"
#include "metrics/PyText.h"
#include "platform/ParallelJobs.h"

#include <algorithm>
#include <atomic>
#include <utility>

namespace ee {

ChrfOptions ChrfOptions::chrfPlusPlus() {
    ChrfOptions o;
    o.wordOrder = 2;
    return o;
}

QString ChrfOptions::validate() const {
    if (charOrder < 1 || charOrder > kMaxCharOrder || wordOrder < 0 || wordOrder > kMaxWordOrder)
        return QStringLiteral("chrF supports character orders 1-%1 and word orders 0-%2")
            .arg(kMaxCharOrder)
            .arg(kMaxWordOrder);
    if (beta < 0)
        return QStringLiteral("chrF's beta must be >= 0");
    return {};
}

QString ChrfOptions::signature(std::optional<int> nrefs) const {
    QString sig;
    if (nrefs)
        sig = QStringLiteral("nrefs:%1|")
                  .arg(*nrefs == kVariableRefs ? QStringLiteral("var") : QString::number(*nrefs));
    // sacreBLEU writes eff:yes for its default (effective-order averaging, no eps smoothing).
    return sig + QStringLiteral("case:%1|eff:%2|nc:%3|nw:%4|space:%5|version:%6")
                     .arg(lowercase ? QStringLiteral("lc") : QStringLiteral("mixed"),
                          epsSmoothing ? QStringLiteral("no") : QStringLiteral("yes"))
                     .arg(charOrder)
                     .arg(wordOrder)
                     .arg(whitespace ? QStringLiteral("yes") : QStringLiteral("no"),
                          QLatin1String(kSacreBleuVersion));
}

QString ChrfOptions::definition(bool sentence, std::optional<int> nrefs) const {
    return QStringLiteral("sacrebleu %1 chrF%2%3 %4")
        .arg(sentence ? QStringLiteral("sentence") : QStringLiteral("corpus"))
        .arg(beta)
        .arg(QString(wordOrder, QLatin1Char('+')), signature(nrefs));
}

ChrfStats& ChrfStats::operator+=(const ChrfStats& o) {
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] += o.counts[i];
    return *this;
}

namespace {

// A character n-gram of up to six code points, three to a 64-bit word (21 bits each); unused
// places hold 0x1FFFFF, above every code point, so grams of one order compare as strings do.
using CharGram = std::pair<std::uint64_t, std::uint64_t>;

constexpr std::uint64_t kUnused = 0x1FFFFF;

void sortedCharGrams(const U32& chars, int n, std::vector<CharGram>& out) {
    out.clear();
    if (chars.size() < static_cast<std::size_t>(n))
        return;
    out.reserve(chars.size() - static_cast<std::size_t>(n) + 1);
    for (std::size_t i = 0; i + static_cast<std::size_t>(n) <= chars.size(); ++i) {
        std::uint64_t w[2] = {0, 0};
        for (int k = 0; k < 6; ++k) {
            const std::uint64_t c = k < n ? std::uint64_t(chars[i + std::size_t(k)]) : kUnused;
            w[k / 3] = (w[k / 3] << 21) | c;
        }
        out.emplace_back(w[0], w[1]);
    }
    std::sort(out.begin(), out.end());
}

// One side of a comparison: its characters, their dense ids (CharIds), its character n-grams
// per order (only when the ids do not fit) and its words.
struct Side {
    U32 chars;
    std::vector<std::uint32_t> ids;
    std::vector<std::vector<CharGram>> grams;
    U32 text;
    std::vector<U32View> words;
};

// Numbers the code points of a hypothesis and a reference densely (as first seen), so that a
// character 6-gram packs into 64 bits (10 bits a character) and ClippedNgramCounter matches
// the grams with a hash table instead of sorting them. Sorting 128-bit grams of six orders was
// most of chrF's cost.
class CharIds {
public:
    static constexpr int kBits = 10;

    /// False when the pair has more distinct code points than kBits can number.
    bool assign(const U32& hyp, const U32& ref, Side& h, Side& r) {
        if (++m_generation == 0) { // wrapped: stale slots could look current
            m_slots.fill(Slot{});
            m_generation = 1;
        }
        m_next = 0;
        return number(hyp, h.ids) && number(ref, r.ids);
    }

private:
    struct Slot {
        char32_t c = 0;
        std::uint32_t generation = 0;
        std::uint32_t id = 0;
    };
    static constexpr std::size_t kSlots = 2u << kBits; // at most half full

    bool number(const U32& chars, std::vector<std::uint32_t>& out) {
        out.resize(chars.size());
        for (std::size_t k = 0; k < chars.size(); ++k) {
            const char32_t c = chars[k];
            std::size_t i = (std::uint32_t(c) * 0x9E3779B1u) >> (32 - (kBits + 1));
            for (;; i = (i + 1) & (kSlots - 1)) {
                Slot& s = m_slots[i];
                if (s.generation != m_generation) {
                    if (m_next == (1u << kBits))
                        return false;
                    s = Slot{c, m_generation, m_next++};
                    break;
                }
                if (s.c == c)
                    break;
            }
            out[k] = m_slots[i].id;
        }
        return true;
    }

    std::array<Slot, kSlots> m_slots{};
    std::uint32_t m_generation = 0;
    std::uint32_t m_next = 0;
};

// sacreBLEU's `_remove_punctuation`: whitespace split, then a word longer than one character
// loses one ASCII punctuation mark from its end, or else from its start, as a word of its own.
void chrfWords(U32View text, std::vector<U32View>& out) {
    static const U32 kPuncts = U"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    thread_local std::vector<U32View> split;
    py::split(text, split);
    out.clear();
    for (U32View w : split) {
        if (w.size() == 1) {
            out.push_back(w);
        } else if (kPuncts.find(w.back()) != U32::npos) {
            out.push_back(w.substr(0, w.size() - 1));
            out.push_back(w.substr(w.size() - 1));
        } else if (kPuncts.find(w.front()) != U32::npos) {
            out.push_back(w.substr(0, 1));
            out.push_back(w.substr(1));
        } else {
            out.push_back(w);
        }
    }
}

void prepare(const QString& s, const ChrfOptions& o, Side& side) {
    py::toU32(o.lowercase ? py::lower(s) : s, side.text);
    side.chars.clear();
    for (char32_t c : side.text)
        if (o.whitespace || !py::isSpace(c))
            side.chars.push_back(c);
    if (o.wordOrder > 0)
        chrfWords(side.text, side.words);
}

void sortCharGrams(const ChrfOptions& o, Side& side) {
    side.grams.resize(static_cast<std::size_t>(o.charOrder));
    for (int n = 1; n <= o.charOrder; ++n)
        sortedCharGrams(side.chars, n, side.grams[std::size_t(n - 1)]);
}

// The character rows of `s`: per order the hypothesis grams (none against a reference that has
// none, as sacreBLEU counts), the reference grams and Σ min(count in hyp, count in ref).
void countCharGrams(const ChrfOptions& o, Side& h, Side& r, ChrfStats& s) {
    thread_local CharIds charIds;
    thread_local ClippedNgramCounter counter;
    const bool packed = charIds.assign(h.chars, r.chars, h, r);
    if (!packed) {
        sortCharGrams(o, h);
        sortCharGrams(o, r);
    }
    const std::vector<const ClippedNgramCounter::Ids*> refs = {&r.ids};
    for (int n = 1; n <= o.charOrder; ++n) {
        const auto grams = [n](const Side& x) {
            const auto un = std::size_t(n);
            return std::int64_t(x.chars.size() >= un ? x.chars.size() - un + 1 : 0);
        };
        const auto i = std::size_t(3 * (n - 1));
        s.counts[i] = grams(r) == 0 ? 0 : grams(h);
        s.counts[i + 1] = grams(r);
        s.counts[i + 2] =
            packed ? counter.countOrder(h.ids, refs, n, CharIds::kBits)
                   : sortedOverlap(h.grams[std::size_t(n - 1)], r.grams[std::size_t(n - 1)]);
    }
}

} // namespace

double chrfFromStats(const ChrfStats& stats, const ChrfOptions& opts) {
    // CHRF._compute_f_score of sacreBLEU 2.6, same operations in the same order.
    const double eps = 1e-16;
    const double factor = static_cast<double>(opts.beta) * static_cast<double>(opts.beta);
    double score = 0.0, avgPrec = 0.0, avgRec = 0.0;
    int effectiveOrder = 0;
    for (int i = 0; i < opts.order(); ++i) {
        const auto nHyp = stats.counts[std::size_t(3 * i)];
        const auto nRef = stats.counts[std::size_t(3 * i + 1)];
        const auto nMatch = static_cast<double>(stats.counts[std::size_t(3 * i + 2)]);
        const double prec = nHyp > 0 ? nMatch / static_cast<double>(nHyp) : eps;
        const double rec = nRef > 0 ? nMatch / static_cast<double>(nRef) : eps;
        const double denom = factor * prec + rec;
        score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
        if (nHyp > 0 && nRef > 0) {
            avgPrec += prec;
            avgRec += rec;
            ++effectiveOrder;
        }
    }
    if (opts.epsSmoothing)
        return 100 * score / opts.order();
    if (effectiveOrder == 0) {
        avgPrec = avgRec = 0.0;
    } else {
        avgPrec /= effectiveOrder;
        avgRec /= effectiveOrder;
    }
    if (avgPrec + avgRec != 0.0) {
        score = (1 + factor) * avgPrec * avgRec;
        score /= (factor * avgPrec) + avgRec;
        return 100 * score;
    }
    return 0.0;
}

ChrfStats chrfSegmentStats(const QString& hyp, const QStringList& refs, const ChrfOptions& opts) {
    thread_local Side h;
    thread_local Side r;
    thread_local IdSequences ids;
    thread_local std::vector<Gram> hypWords, refWords;
    prepare(hyp, opts, h);
    ChrfStats best;
    double bestF = -1.0;
    for (const QString& ref : refs) {
        prepare(ref, opts, r);
        ChrfStats s;
        countCharGrams(opts, h, r, s);
        if (opts.wordOrder > 0) {
            const std::vector<const std::vector<U32View>*> lists = {&h.words, &r.words};
            ids.assign(lists);
            for (int n = 1; n <= opts.wordOrder; ++n) {
                sortedNgrams(ids.seqs[0], n, hypWords);
                sortedNgrams(ids.seqs[1], n, refWords);
                const std::size_t i = std::size_t(3 * (opts.charOrder + n - 1));
                s.counts[i] = refWords.empty() ? 0 : std::int64_t(hypWords.size());
                s.counts[i + 1] = std::int64_t(refWords.size());
                s.counts[i + 2] = multisetOverlap(hypWords, refWords);
            }
        }
        const double f = chrfFromStats(s, opts);
        if (f > bestF) {
            bestF = f;
            best = s;
        }
    }
    return best;
}

double sentenceChrf(const QString& hyp, const QStringList& refs, const ChrfOptions& opts) {
    if (refs.isEmpty() || !opts.validate().isEmpty())
        return 0.0;
    return chrfFromStats(chrfSegmentStats(hyp, refs, opts), opts);
}

CorpusChrfResult corpusChrf(const QStringList& hyps, const QList<QStringList>& refs,
                            const ChrfOptions& opts, int threads) {
    CorpusChrfResult out;
    if (out.error = opts.validate(); !out.error.isEmpty())
        return out;
    if (hyps.isEmpty()) {
        out.error = QStringLiteral("corpus chrF of an empty list of hypotheses is undefined");
        return out;
    }
    out.error = referenceListMismatch(hyps.size(), refs.size());
    if (!out.error.isEmpty())
        return out;
    const std::size_t n = static_cast<std::size_t>(hyps.size());
    for (std::size_t i = 0; i < n; ++i)
        if (refs[qsizetype(i)].isEmpty()) {
            out.error = QStringLiteral("segment %1 has no reference").arg(i + 1);
            return out;
        }
    std::vector<ChrfStats> stats(n);
    parallelFor(n, threads, [&](std::size_t i) {
        stats[i] = chrfSegmentStats(hyps[qsizetype(i)], refs[qsizetype(i)], opts);
    });
    ChrfStats sum;
    for (const auto& s : stats)
        sum += s;
    out.score = chrfFromStats(sum, opts);
    return out;
}

} // namespace ee
