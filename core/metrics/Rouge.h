// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

namespace ee {

/// \brief Precision, recall and F-measure on rouge_score's 0–1 scale.
struct RougeScore {
    double precision = 0.0;
    double recall = 0.0;
    double fmeasure = 0.0;
    bool operator==(const RougeScore&) const = default;
};

/// \brief One ROUGE variant of rouge_score: `rouge1`…`rouge9`, `rougeL` or `rougeLsum`.
struct RougeType {
    enum Kind { N, L, Lsum };
    Kind kind = N;
    int n = 1; ///< for N only, 1–9

    /// \brief Parses `rouge1`…`rouge9`, `rougeL`, `rougeLsum`.
    static std::optional<RougeType> fromName(const QString& name);
    QString name() const;
};

/// \brief rouge_score's DefaultTokenizer (tokenize.py): Python lower(), every run outside
/// [a-z0-9] is a separator (so non-ASCII letters split words and CJK yields no tokens), then,
/// with `stem`, NLTK Porter stemming of tokens longer than 3 characters.
void rougeTokenize(const QString& text, bool stem, std::vector<std::string>& out);

/// \brief `rouge_scorer.RougeScorer([type], use_stemmer=stem).score(target, prediction)[type]`
/// (specs/metrics.md 3.2–3.4). rougeLsum splits sentences on "\n" only.
RougeScore rougeScore(const RougeType& type, const QString& target, const QString& prediction,
                      bool stem = false);

/// \brief `score_multi(targets, prediction)`: the whole Score of the target with the highest F
/// (the first one on ties). No targets → all zero.
RougeScore rougeScoreMulti(const RougeType& type, const QStringList& targets,
                           const QString& prediction, bool stem = false);

/// \brief rougeL F-measure from already tokenized (id) sequences: the LCS length and ratios.
RougeScore rougeLcsScore(const std::vector<std::string>& target,
                         const std::vector<std::string>& prediction);

/// \brief T5 `_prepare_summary_rouge`: `s.replace(" . ", " .\n")` (non-overlapping).
QString t5PrepareSummary(const QString& s);

/// \brief BIG-bench `rouge_fn` for one example and one type (S5, S4): every target is scored
/// alone after t5PrepareSummary(), the best F (first on ties) is kept, on the 0–100 scale.
/// T5/BIG-bench use no stemmer; `stem` exists for users who ask for it.
double bigbenchRougeExample(const RougeType& type, const QStringList& targets,
                            const QString& response, bool stem = false);

} // namespace ee
