// SPDX-License-Identifier: GPL-3.0-or-later
// lm-evaluation-harness metrics on log-likelihoods: acc_norm, acc_mutual_info and the
// perplexities (docs/metrics.md names the harness functions each one follows).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief Python `len(text)`: code points, not UTF-16 units (an emoji counts 1).
qint64 pythonLength(const QString& text);

/// \brief The harness's `count_words`: `len(re.split(r"\s+", text))`, i.e. one more than the
/// number of maximal runs of Python whitespace (so "" counts 1 and " a b" counts 3).
qint64 harnessWordCount(const QString& text);

/// \brief The harness's `count_bytes`: `len(text.encode("utf-8"))`.
qint64 utf8ByteCount(const QString& text);

/// \brief lm-eval `acc_norm` of one example: the option chosen is the first maximum of
/// log-likelihood / len(option text) (NumPy argmax of `lls / completion_len`); 1 when it is a
/// correct option (the highest target score, which must be positive), else 0. `delimiter`
/// is the target delimiter the source prefixed to each option text (lm-eval samples store
/// " water" for the choice "water"): it is not counted, as the harness divides by the length
/// of the choice itself. nullopt when the lists differ in length or are empty, an option has
/// no text (length 0 would divide by zero), or no option is correct.
std::optional<double> accNorm(const QList<double>& logProbs, const QStringList& choices,
                              const QList<double>& targetScores, const QString& delimiter = {});

/// \brief lm-eval `acc_mutual_info` of one example: the first maximum of
/// log P(option | context) − log P(option) (the unconditional log-likelihood, the option after
/// an empty context); 1 when it is a correct option. nullopt when the lists differ in length
/// or are empty, or no option is correct.
std::optional<double> accMutualInfo(const QList<double>& logProbs,
                                    const QList<double>& unconditionalLogProbs,
                                    const QList<double>& targetScores);

/// \brief The four perplexity-type aggregates of the harness; each is a function of the
/// summed log-likelihood (nats, ≤ 0) and a summed weight.
enum class PerplexityKind {
    Perplexity,     ///< exp(−Σ ll / documents): `perplexity` (aggregation "perplexity")
    WordPerplexity, ///< exp(−Σ ll / Σ words): `word_perplexity` ("weighted_perplexity")
    BytePerplexity, ///< exp(−Σ ll / Σ UTF-8 bytes): `byte_perplexity` ("weighted_perplexity")
    BitsPerByte,    ///< −Σ ll / Σ UTF-8 bytes / ln 2: `bits_per_byte` ("bits_per_byte")
};
std::optional<PerplexityKind> perplexityKindFromName(const QString& metric);

/// \brief Summed log-likelihood (nats) and summed weight (documents, words or bytes).
struct LogLikelihoodSum {
    double logLikelihood = 0.0;
    double weight = 0.0;
    LogLikelihoodSum& operator+=(const LogLikelihoodSum& o) {
        logLikelihood += o.logLikelihood;
        weight += o.weight;
        return *this;
    }
};

/// \brief One document's term: its log-likelihood and its weight under `kind` (1, the word
/// count or the byte count of `text`, the text the log-likelihood was measured on).
/// nullopt when `kind` needs a text and `text` is empty.
std::optional<LogLikelihoodSum> perplexityTerm(PerplexityKind kind, double logLikelihood,
                                               const QString& text);

/// \brief The aggregate of `kind` from summed terms (NaN when the weight is 0).
double perplexityFromSum(PerplexityKind kind, const LogLikelihoodSum& sum);

} // namespace ee
