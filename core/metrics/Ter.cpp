// SPDX-License-Identifier: GPL-3.0-or-later
// TER as sacreBLEU 2.6 computes it (its `lib_ter.py`, itself a re-implementation of Tercom):
// a greedy search for word shifts that lower a beam-limited Levenshtein distance, then that
// distance plus one edit per shift. Every limit and tie-break below changes results, so each
// follows sacreBLEU's; the comments say which.
#include "metrics/Ter.h"

#include "metrics/Bleu.h"
#include "metrics/CorpusInputCheck.h"
#include "metrics/PyText.h"
#include "platform/ParallelJobs.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace ee {

namespace {

constexpr int kMaxShiftSize = 10;         // words moved by one shift
constexpr int kMaxShiftDist = 50;         // |start in hypothesis − start in reference|
constexpr int kBeamWidth = 25;            // cells either side of the pseudo-diagonal
constexpr int kMaxShiftCandidates = 1000; // shifts tried per pair, over all rounds
constexpr std::int64_t kInfinity = 10000000000000000; // sacreBLEU's int(1e16)

// The edit operations of a trace, rewriting the hypothesis into the reference.
enum Op : char { Keep = ' ', Substitute = 's', InsertRef = 'i', DeleteHyp = 'd', Undefined = 'x' };

// Levenshtein distance of hypotheses of one length against one reference, only within a
// beam around the pseudo-diagonal j ≈ i·|ref|/|hyp| (the last row in full). Row i depends only
// on the first i hypothesis words, so a shifted hypothesis reuses the rows of the unshifted one
// up to its first changed word (sacreBLEU caches rows in a prefix tree for the same reason).
class BeamEditDistance {
public:
    explicit BeamEditDistance(const std::vector<int>& ref)
        : m_ref(ref) {}

    // The distance of `hyp` and its trace; keeps the matrix as the base for candidates().
    std::int64_t base(const std::vector<int>& hyp, std::string* trace) {
        prepare(hyp.size());
        fill(hyp, 0, m_base, &m_baseOps);
        if (trace)
            *trace = traceOf(hyp.size());
        return m_base[hyp.size() * width() + m_ref.size()];
    }

    // The distance of `hyp`, a hypothesis as long as the last base() one and equal to it in
    // its first `prefix` words.
    std::int64_t candidate(const std::vector<int>& hyp, std::size_t prefix) {
        if (prefix >= hyp.size())
            return m_base[hyp.size() * width() + m_ref.size()];
        fill(hyp, prefix, m_scratch, nullptr);
        return m_scratch[hyp.size() * width() + m_ref.size()];
    }

private:
    std::size_t width() const { return m_ref.size() + 1; }

    void prepare(std::size_t n) {
        const std::size_t cells = (n + 1) * width();
        m_base.assign(cells, kInfinity);
        m_baseOps.assign(cells, Undefined);
        m_scratch.assign(cells, kInfinity);
        // Row 0: the reference words inserted one by one.
        for (std::size_t j = 0; j < width(); ++j) {
            m_base[j] = static_cast<std::int64_t>(j);
            m_baseOps[j] = InsertRef;
        }
        const double ratio = n ? static_cast<double>(m_ref.size()) / static_cast<double>(n) : 1.0;
        m_ratio = ratio;
        // Very unequal lengths: widen the beam so neighbouring rows still overlap.
        m_beam = kBeamWidth < ratio / 2
                     ? static_cast<std::int64_t>(std::ceil(ratio / 2 + kBeamWidth))
                     : kBeamWidth;
    }

    // Rows prefix+1 … n of `hyp` into `cost` (rows up to `prefix` are read from the base).
    void fill(const std::vector<int>& hyp, std::size_t prefix, std::vector<std::int64_t>& cost,
              std::vector<char>* ops) {
        const std::size_t w = width(), n = hyp.size();
        const auto m = static_cast<std::int64_t>(m_ref.size());
        for (std::size_t i = prefix + 1; i <= n; ++i) {
            const std::int64_t* prev =
                (i - 1 <= prefix ? m_base.data() : cost.data()) + (i - 1) * w;
            std::int64_t* cur = cost.data() + i * w;
            char* curOps = ops ? ops->data() + i * w : nullptr;
            std::fill(cur, cur + w, kInfinity);
            if (curOps)
                std::fill(curOps, curOps + w, Undefined);
            const auto diagonal =
                static_cast<std::int64_t>(std::floor(static_cast<double>(i) * m_ratio));
            const std::int64_t lo = std::max<std::int64_t>(0, diagonal - m_beam);
            const std::int64_t hi = i == n ? m + 1 : std::min(m + 1, diagonal + m_beam);
            for (std::int64_t j = lo; j < hi; ++j) {
                if (j == 0) {
                    cur[0] = prev[0] + 1;
                    if (curOps)
                        curOps[0] = DeleteHyp;
                    continue;
                }
                const bool same = hyp[i - 1] == m_ref[static_cast<std::size_t>(j - 1)];
                // Tercom's preference on ties: keep/substitute, then delete, then insert
                // (sacreBLEU swaps the last two because it reads the trace backwards).
                std::int64_t best = cur[j];
                char op = Undefined;
                if (const std::int64_t c = prev[j - 1] + (same ? 0 : 1); best > c)
                    best = c, op = same ? Keep : Substitute;
                if (const std::int64_t c = prev[j] + 1; best > c)
                    best = c, op = DeleteHyp;
                if (const std::int64_t c = cur[j - 1] + 1; best > c)
                    best = c, op = InsertRef;
                cur[j] = best;
                if (curOps && op != Undefined)
                    curOps[j] = op;
            }
        }
    }

    std::string traceOf(std::size_t n) const {
        std::string reversed;
        std::size_t i = n, j = m_ref.size();
        while (i > 0 || j > 0) {
            const char op = m_baseOps[i * width() + j];
            reversed.push_back(op);
            if (op == Keep || op == Substitute)
                --i, --j;
            else if (op == InsertRef)
                --j;
            else if (op == DeleteHyp)
                --i;
            else
                break; // unreachable: the last row is complete and every cell on the path set
        }
        return {reversed.rbegin(), reversed.rend()};
    }

    const std::vector<int>& m_ref;
    double m_ratio = 1.0;
    std::int64_t m_beam = kBeamWidth;
    std::vector<std::int64_t> m_base, m_scratch;
    std::vector<char> m_baseOps;
};

// `words` with words[start, start + length) moved before position `target`, with Python's
// slice semantics (sacreBLEU's `_perform_shift`, including its third case).
std::vector<int> performShift(const std::vector<int>& words, int start, int length, int target) {
    const int n = static_cast<int>(words.size());
    std::vector<int> out;
    out.reserve(words.size());
    const auto slice = [&](int a, int b) {
        a = std::clamp(a, 0, n);
        b = std::clamp(b, 0, n);
        if (a < b)
            out.insert(out.end(), words.begin() + a, words.begin() + b);
    };
    if (target < start) {
        slice(0, target), slice(start, start + length), slice(target, start);
        slice(start + length, n);
    } else if (target > start + length) {
        slice(0, start), slice(start + length, target), slice(start, start + length);
        slice(target, n);
    } else {
        slice(0, start), slice(start + length, length + target), slice(start, start + length);
        slice(length + target, n);
    }
    return out;
}

// One round of the shift search (sacreBLEU's `_shift`): the shift that lowers the distance
// most (then the longest, the earliest in the hypothesis, the earliest target), its gain, and
// the candidates counted so far.
struct ShiftRound {
    std::int64_t gain = 0;
    std::vector<int> words;
};
ShiftRound bestShift(const std::vector<int>& h, const std::vector<int>& r, BeamEditDistance& ed,
                     int& checked) {
    std::string trace;
    const std::int64_t before = ed.base(h, &trace);
    // Alignment read from the trace as sacreBLEU reads its flipped trace: each reference
    // position's hypothesis position (−1 before the first), and which words are in error.
    std::vector<int> align(r.size(), -1);
    std::vector<char> hypErr, refErr;
    int posH = -1, posR = -1;
    for (const char op : trace) {
        if (op == Keep || op == Substitute) {
            align[static_cast<std::size_t>(++posR)] = ++posH;
            hypErr.push_back(op == Substitute);
            refErr.push_back(op == Substitute);
        } else if (op == DeleteHyp) {
            ++posH;
            hypErr.push_back(1);
        } else {
            align[static_cast<std::size_t>(++posR)] = posH;
            refErr.push_back(1);
        }
    }
    const int nh = static_cast<int>(h.size()), nr = static_cast<int>(r.size());
    const auto anyError = [](const std::vector<char>& e, int from, int length) {
        return std::any_of(e.begin() + from, e.begin() + from + length, [](char c) { return c; });
    };
    bool found = false;
    std::int64_t bestGain = 0;
    int bestLength = 0, bestStart = 0, bestTarget = 0;
    ShiftRound out;
    for (int sh = 0; sh < nh; ++sh) {
        for (int sr = 0; sr < nr; ++sr) {
            if (std::abs(sr - sh) > kMaxShiftDist)
                continue;
            // Every matching run starting here, one word longer each time.
            for (int length = 1; length <= kMaxShiftSize; ++length) {
                if (h[static_cast<std::size_t>(sh + length - 1)] !=
                    r[static_cast<std::size_t>(sr + length - 1)])
                    break;
                // Shift only words in error onto reference words in error, and not into
                // the run itself.
                const int alignedAt = align[static_cast<std::size_t>(sr)];
                if (anyError(hypErr, sh, length) && anyError(refErr, sr, length) &&
                    !(sh <= alignedAt && alignedAt < sh + length)) {
                    int prevTarget = -1;
                    for (int offset = -1; offset < length; ++offset) {
                        const int target = sr + offset == -1
                                               ? 0
                                               : align[static_cast<std::size_t>(sr + offset)] + 1;
                        if (target == prevTarget)
                            continue;
                        prevTarget = target;
                        std::vector<int> shifted = performShift(h, sh, length, target);
                        const auto firstChange = static_cast<std::size_t>(
                            std::mismatch(shifted.begin(), shifted.end(), h.begin()).first -
                            shifted.begin());
                        const std::int64_t gain = before - ed.candidate(shifted, firstChange);
                        ++checked;
                        // Strictly better only: the first of equal candidates stays.
                        const bool better =
                            !found || std::tie(gain, length, bestStart, bestTarget) >
                                          std::tie(bestGain, bestLength, sh, target);
                        if (better) {
                            found = true;
                            bestGain = gain, bestLength = length, bestStart = sh;
                            bestTarget = target;
                            out.words = std::move(shifted);
                        }
                    }
                }
                if (checked >= kMaxShiftCandidates)
                    break;
                if (sh + length == nh || sr + length == nr)
                    break;
            }
            if (checked >= kMaxShiftCandidates)
                break;
        }
        if (checked >= kMaxShiftCandidates)
            break;
    }
    if (!found) {
        out.words = h;
        return out;
    }
    out.gain = bestGain;
    return out;
}

} // namespace

QString terSignature(std::optional<int> nrefs) {
    QString sig;
    if (nrefs)
        sig = QStringLiteral("nrefs:%1|")
                  .arg(*nrefs == kVariableRefs ? QStringLiteral("var") : QString::number(*nrefs));
    return sig + QStringLiteral("case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:%1")
                     .arg(QLatin1String(kSacreBleuVersion));
}

QString terDefinition(bool sentence, std::optional<int> nrefs) {
    return QStringLiteral("sacrebleu %1 TER %2")
        .arg(sentence ? QStringLiteral("sentence") : QStringLiteral("corpus"), terSignature(nrefs));
}

TerStats& TerStats::operator+=(const TerStats& o) {
    edits += o.edits;
    refLength += o.refLength;
    return *this;
}

std::int64_t translationEdits(const std::vector<int>& hyp, const std::vector<int>& ref) {
    if (ref.empty())
        return static_cast<std::int64_t>(hyp.size());
    BeamEditDistance ed(ref);
    std::vector<int> words = hyp;
    std::int64_t shifts = 0;
    int checked = 0;
    while (true) {
        ShiftRound round = bestShift(words, ref, ed, checked);
        // sacreBLEU stops at the candidate limit before applying the round's shift.
        if (checked >= kMaxShiftCandidates || round.gain <= 0)
            break;
        ++shifts;
        words = std::move(round.words);
    }
    return shifts + ed.base(words, nullptr);
}

TerStats terSegmentStats(const QString& hyp, const QStringList& refs) {
    TerStats out;
    if (refs.isEmpty())
        return out;
    // The tercom tokenizer with sacreBLEU's defaults only lowercases; words are str.split().
    std::unordered_map<U32View, int> ids;
    std::vector<U32> texts;
    texts.reserve(static_cast<std::size_t>(refs.size()) + 1);
    const auto wordsOf = [&](const QString& text) {
        texts.push_back(py::toU32(py::lower(text)));
        std::vector<U32View> pieces;
        py::split(texts.back(), pieces);
        std::vector<int> words;
        words.reserve(pieces.size());
        for (const U32View w : pieces)
            words.push_back(ids.try_emplace(w, static_cast<int>(ids.size())).first->second);
        return words;
    };
    const std::vector<int> h = wordsOf(hyp);
    std::int64_t best = kInfinity, lengths = 0;
    for (const QString& ref : refs) {
        const std::vector<int> r = wordsOf(ref);
        best = std::min(best, translationEdits(h, r));
        lengths += static_cast<std::int64_t>(r.size());
    }
    out.edits = best;
    out.refLength = static_cast<double>(lengths) / static_cast<double>(refs.size());
    return out;
}

double terFromStats(const TerStats& s) {
    double rate = 0.0;
    if (s.refLength > 0)
        rate = static_cast<double>(s.edits) / s.refLength;
    else if (s.edits > 0)
        rate = 1.0; // empty references, non-empty hypothesis
    return 100 * rate;
}

double sentenceTer(const QString& hyp, const QStringList& refs) {
    return refs.isEmpty() ? 0.0 : terFromStats(terSegmentStats(hyp, refs));
}

CorpusTerResult corpusTer(const QStringList& hyps, const QList<QStringList>& refs, int threads) {
    CorpusTerResult out;
    if (hyps.isEmpty()) {
        out.error = QStringLiteral("corpus TER of an empty list of hypotheses is undefined");
        return out;
    }
    out.error = referenceListMismatch(hyps.size(), refs.size());
    if (!out.error.isEmpty())
        return out;
    const auto n = static_cast<std::size_t>(hyps.size());
    for (std::size_t i = 0; i < n; ++i)
        if (refs[qsizetype(i)].isEmpty()) {
            out.error = QStringLiteral("segment %1 has no reference").arg(i + 1);
            return out;
        }
    std::vector<TerStats> stats(n);
    parallelFor(n, threads, [&](std::size_t i) {
        stats[i] = terSegmentStats(hyps[qsizetype(i)], refs[qsizetype(i)]);
    });
    for (const TerStats& s : stats) // in segment order, as sacreBLEU sums
        out.stats += s;
    out.score = terFromStats(out.stats);
    return out;
}

} // namespace ee
