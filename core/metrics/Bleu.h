// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/BleuTokenizer.h"

#include <QList>
#include <QStringList>
#include <array>
#include <cstdint>
#include <vector>

namespace ee {

/// \brief sacreBLEU's smoothing methods (`BLEU.SMOOTH_DEFAULTS`).
enum class BleuSmooth { Exp, Floor, AddK, None };

/// \brief `exp`, `floor`, `add-k` or `none`.
QString bleuSmoothName(BleuSmooth s);
std::optional<BleuSmooth> bleuSmoothFromName(const QString& name);

/// \brief The sacreBLEU release whose behaviour this BLEU reproduces (and is checked against).
inline constexpr char kSacreBleuVersion[] = "2.6.0";
/// \brief `nrefs` of a corpus whose segments have different numbers of references.
inline constexpr int kVariableRefs = -1;

/// \brief The `nrefs` field of a signature: the common value of `refsPerSegment`, or
/// kVariableRefs when they differ (as sacreBLEU counts them while caching references).
int referenceCount(const std::vector<qsizetype>& refsPerSegment);

/// \brief Settings of one BLEU computation (specs/metrics.md 2.1).
struct BleuOptions {
    BleuTokenizer tokenize = BleuTokenizer::T13a;
    BleuSmooth smooth = BleuSmooth::Exp;
    /// \brief floor: default 0.1, add-k: default 1; ignored by exp and none.
    std::optional<double> smoothValue;
    bool lowercase = false;
    bool effectiveOrder = false;

    /// \brief `sacrebleu.corpus_bleu(hyps, refs)` defaults: 13a, exp, no effective order.
    static BleuOptions corpusDefaults() { return {}; }
    /// \brief `sacrebleu.sentence_bleu(hyp, refs)` defaults: 13a, exp, effective order.
    static BleuOptions sentenceDefaults();
    /// \brief T5 `metrics.bleu`, as used by BIG-bench `bleu`: corpus, intl, exp (5.1).
    static BleuOptions bigbench();

    /// \brief sacreBLEU 2.6's signature of these settings, e.g.
    /// `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0`, field for field as
    /// `BLEU.get_signature()` formats it. `nrefs`: references per segment, kVariableRefs when
    /// segments differ (sacreBLEU's "var"), nullopt when not known yet (the field is left out).
    QString signature(std::optional<int> nrefs) const;
    /// \brief "sacrebleu corpus " or "sacrebleu sentence " (`sentence`) + signature(nrefs).
    QString definition(bool sentence, std::optional<int> nrefs = std::nullopt) const;
    /// \brief The smoothing value in effect (the method's default when unset).
    double effectiveSmoothValue() const;
};

/// \brief Sufficient statistics of BLEU for one or more segments (integers; sums over segments).
struct BleuStats {
    std::int64_t sysLen = 0;
    std::int64_t refLen = 0;
    std::array<std::int64_t, 4> correct{};
    std::array<std::int64_t, 4> total{};

    BleuStats& operator+=(const BleuStats& o);
    bool operator==(const BleuStats&) const = default;
};

/// \brief A BLEU score on sacreBLEU's 0–100 scale, with the numbers behind it.
struct BleuScore {
    double score = 0.0;                 ///< 0–100
    std::array<double, 4> precisions{}; ///< percent, after smoothing
    double brevityPenalty = 0.0;
    std::int64_t sysLen = 0;
    std::int64_t refLen = 0;
};

/// \brief True when `refs` has at least one entry. Every entry is a reference, the empty string
/// too (sacreBLEU 2.6 keeps "" as a reference of length 0 and drops only None; a None has no
/// place in a per-segment list, see transposeReferenceStreams()).
inline bool hasValidReference(const QStringList& refs) {
    return !refs.isEmpty();
}

/// \brief The statistics of one segment: hypothesis `hyp` against the references `refs` (with
/// none, refLen and correct are 0; an empty reference has length 0 and no n-grams). Pre-processing
/// as sacreBLEU: optional lowercase, rstrip, tokenize, whitespace split. Closest reference length,
/// shorter on ties.
BleuStats bleuSegmentStats(const QString& hyp, const QStringList& refs, const BleuOptions& opts);

/// \brief sacreBLEU's `BLEU.compute_bleu` on summed statistics (formula of 2.4, copied
/// operation by operation so results agree to the last bits).
BleuScore bleuFromStats(const BleuStats& stats, const BleuOptions& opts);

/// \brief Per-segment statistics of many segments; `refs[i]` are segment i's references (the
/// transposed form of sacreBLEU's reference streams, missing entries simply absent). Uses up to
/// `threads` threads (0 = all cores) since segments are independent.
/// \return empty `error` on success; otherwise a sentence naming the first bad segment.
struct BleuSegments {
    std::vector<BleuStats> stats;
    QString error;
};
BleuSegments bleuSegmentStatsMany(const QStringList& hyps, const QList<QStringList>& refs,
                                  const BleuOptions& opts, int threads = 0);

/// \brief `sacrebleu.corpus_bleu(hyps, streams)` with refs per segment (see above). An empty
/// hypothesis list or a segment without any reference is an error (sacreBLEU raises).
struct CorpusBleuResult {
    BleuScore score;
    QString error;
};
CorpusBleuResult corpusBleu(const QStringList& hyps, const QList<QStringList>& refs,
                            const BleuOptions& opts = BleuOptions::corpusDefaults(),
                            int threads = 0);

/// \brief `sacrebleu.sentence_bleu(hyp, refs)`. With no reference at all sacreBLEU fails; this
/// returns a zero score instead (callers that care check hasValidReference() first).
BleuScore sentenceBleu(const QString& hyp, const QStringList& refs,
                       const BleuOptions& opts = BleuOptions::sentenceDefaults());

/// \brief Turns sacreBLEU-style reference streams (`streams[k][i]`, a null QString meaning
/// None) into per-segment lists.
QList<QStringList> transposeReferenceStreams(const QList<QStringList>& streams);

} // namespace ee
