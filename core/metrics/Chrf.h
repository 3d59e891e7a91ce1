// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace ee {

/// \brief Settings of chrF / chrF++ as sacreBLEU 2.6's `CHRF` takes them.
struct ChrfOptions {
    static constexpr int kMaxCharOrder = 6;
    static constexpr int kMaxWordOrder = 2;

    int charOrder = 6; ///< 1–kMaxCharOrder
    int wordOrder = 0; ///< 0 (chrF) or 1–kMaxWordOrder (2 = chrF++)
    int beta = 2;
    bool lowercase = false;
    bool whitespace = false;   ///< keep whitespace inside character n-grams
    bool epsSmoothing = false; ///< sacreBLEU's default is the effective-order average

    /// \brief sacreBLEU's `CHRF(word_order=2)`.
    static ChrfOptions chrfPlusPlus();
    int order() const { return charOrder + wordOrder; }
    /// \brief sacreBLEU 2.6's signature, e.g.
    /// `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0` (nrefs left out when
    /// nullopt; kVariableRefs prints "var").
    QString signature(std::optional<int> nrefs) const;
    /// \brief "sacrebleu corpus chrF2 " (or sentence, chrF2++) + signature(nrefs).
    QString definition(bool sentence, std::optional<int> nrefs = std::nullopt) const;
    /// \brief Empty when the orders are supported; otherwise the reason.
    QString validate() const;
};

/// \brief Sufficient statistics of chrF: per order (characters 1…charOrder, then words
/// 1…wordOrder) the hypothesis n-grams, reference n-grams and clipped matches, summed over
/// segments. Each segment contributes its statistics against its best reference.
struct ChrfStats {
    static constexpr int kMaxOrder = ChrfOptions::kMaxCharOrder + ChrfOptions::kMaxWordOrder;
    std::array<std::int64_t, 3 * kMaxOrder> counts{}; ///< [3i] hyp, [3i+1] ref, [3i+2] match

    ChrfStats& operator+=(const ChrfStats& o);
    bool operator==(const ChrfStats&) const = default;
};

/// \brief The statistics of `hyp` against the one of `refs` with the highest chrF (the first
/// on ties), as sacreBLEU picks it. An empty reference has no n-grams; with no reference at
/// all every count is 0.
ChrfStats chrfSegmentStats(const QString& hyp, const QStringList& refs, const ChrfOptions& opts);

/// \brief sacreBLEU's `CHRF._compute_f_score` on summed statistics (0–100), operation by
/// operation in the same order so results agree to the last bits.
double chrfFromStats(const ChrfStats& stats, const ChrfOptions& opts);

/// \brief `CHRF.sentence_score(hyp, refs)` (0–100); 0 when `refs` is empty.
double sentenceChrf(const QString& hyp, const QStringList& refs,
                    const ChrfOptions& opts = ChrfOptions());

/// \brief `CHRF.corpus_score(hyps, streams)` with references per segment. An empty list of
/// hypotheses, a size mismatch, a segment without any reference or unsupported orders are
/// errors (sacreBLEU raises or fails on them).
struct CorpusChrfResult {
    double score = 0.0;
    QString error;
};
CorpusChrfResult corpusChrf(const QStringList& hyps, const QList<QStringList>& refs,
                            const ChrfOptions& opts = ChrfOptions(), int threads = 0);

} // namespace ee
