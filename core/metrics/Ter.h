// SPDX-License-Identifier: GPL-3.0-or-later
// Translation edit rate (Snover et al. 2006) as sacreBLEU 2.6's `TER()` computes it with its
// default options. Lower is better.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace ee {

/// \brief sacreBLEU 2.6's TER signature with its defaults (normalized=False, no_punct=False,
/// asian_support=False, case_sensitive=False):
/// `nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0` (nrefs left out when
/// nullopt; kVariableRefs prints "var").
QString terSignature(std::optional<int> nrefs);
/// \brief "sacrebleu corpus TER " (or sentence) + terSignature(nrefs).
QString terDefinition(bool sentence, std::optional<int> nrefs = std::nullopt);

/// \brief Sufficient statistics of TER, summed over segments: the fewest edits (shifts count
/// one each) against the best reference, and the mean length of the segment's references in
/// words.
struct TerStats {
    std::int64_t edits = 0;
    double refLength = 0.0;

    TerStats& operator+=(const TerStats& o);
    bool operator==(const TerStats&) const = default;
};

/// \brief TER's edits for one pair of word lists (ids): the shifts sacreBLEU's search finds
/// (beam 25, shifts of at most 10 words over at most 50 positions, at most 1,000 candidates
/// per pair) plus the beam edit distance after them. An empty reference costs one edit per
/// hypothesis word.
std::int64_t translationEdits(const std::vector<int>& hyp, const std::vector<int>& ref);

/// \brief The statistics of `hyp` against `refs` (lowercased, split on whitespace as sacreBLEU's
/// tercom tokenizer does with its defaults): the fewest edits over the references and the mean
/// reference length. With no reference at all both are 0 (sacreBLEU fails on it; callers
/// refuse such segments).
TerStats terSegmentStats(const QString& hyp, const QStringList& refs);

/// \brief `TER._compute_score_from_stats` (0–100, can exceed 100): 100 · edits / reference
/// length; 100 when the references are empty and the hypothesis is not, 0 when both are.
double terFromStats(const TerStats& stats);

/// \brief `TER().sentence_score(hyp, refs).score`; 0 when `refs` is empty.
double sentenceTer(const QString& hyp, const QStringList& refs);

/// \brief `TER().corpus_score(hyps, streams)` with references per segment. An empty list of
/// hypotheses, a size mismatch or a segment without any reference are errors.
struct CorpusTerResult {
    double score = 0.0;
    TerStats stats;
    QString error;
};
CorpusTerResult corpusTer(const QStringList& hyps, const QList<QStringList>& refs, int threads = 0);

} // namespace ee
