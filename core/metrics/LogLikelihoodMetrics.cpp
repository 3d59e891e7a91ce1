// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/LogLikelihoodMetrics.h"

#include "metrics/PyText.h"

#include <cmath>
#include <numbers>

namespace ee {

namespace {

// Options with the highest target score, when it is positive (as optionLogProbs defines
// "correct"); empty when none is.
QList<qsizetype> correctOptions(const QList<double>& targetScores) {
    double best = 0.0;
    for (double s : targetScores)
        best = std::max(best, s);
    QList<qsizetype> out;
    if (best <= 0.0)
        return out;
    for (qsizetype i = 0; i < targetScores.size(); ++i)
        if (targetScores[i] == best)
            out << i;
    return out;
}

// NumPy argmax: the first index of the maximum (every value here is a number, not NaN).
qsizetype firstArgmax(const QList<double>& v) {
    qsizetype best = 0;
    for (qsizetype i = 1; i < v.size(); ++i)
        if (v[i] > v[best])
            best = i;
    return best;
}

std::optional<double> gradeChoice(const QList<double>& scores, const QList<double>& targetScores) {
    const QList<qsizetype> correct = correctOptions(targetScores);
    if (correct.isEmpty())
        return std::nullopt;
    return correct.contains(firstArgmax(scores)) ? 1.0 : 0.0;
}

} // namespace

qint64 pythonLength(const QString& text) {
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++n;
    return n;
}

qint64 harnessWordCount(const QString& text) {
    const U32 cps = py::toU32(text);
    qint64 runs = 0;
    bool inRun = false;
    for (char32_t c : cps) {
        const bool space = py::isSpace(c);
        if (space && !inRun)
            ++runs;
        inRun = space;
    }
    return runs + 1;
}

qint64 utf8ByteCount(const QString& text) {
    return text.toUtf8().size();
}

std::optional<double> accNorm(const QList<double>& logProbs, const QStringList& choices,
                              const QList<double>& targetScores, const QString& delimiter) {
    if (logProbs.isEmpty() || logProbs.size() != choices.size() ||
        logProbs.size() != targetScores.size())
        return std::nullopt;
    QList<double> normalised;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        qint64 len = pythonLength(choices[i]);
        if (!delimiter.isEmpty() && choices[i].startsWith(delimiter))
            len -= pythonLength(delimiter);
        if (len <= 0)
            return std::nullopt;
        normalised << logProbs[i] / static_cast<double>(len);
    }
    return gradeChoice(normalised, targetScores);
}

std::optional<double> accMutualInfo(const QList<double>& logProbs,
                                    const QList<double>& unconditionalLogProbs,
                                    const QList<double>& targetScores) {
    if (logProbs.isEmpty() || logProbs.size() != unconditionalLogProbs.size() ||
        logProbs.size() != targetScores.size())
        return std::nullopt;
    QList<double> info;
    for (qsizetype i = 0; i < logProbs.size(); ++i)
        info << logProbs[i] - unconditionalLogProbs[i];
    return gradeChoice(info, targetScores);
}

std::optional<PerplexityKind> perplexityKindFromName(const QString& m) {
    if (m == QLatin1String("perplexity"))
        return PerplexityKind::Perplexity;
    if (m == QLatin1String("word_perplexity"))
        return PerplexityKind::WordPerplexity;
    if (m == QLatin1String("byte_perplexity"))
        return PerplexityKind::BytePerplexity;
    if (m == QLatin1String("bits_per_byte"))
        return PerplexityKind::BitsPerByte;
    return std::nullopt;
}

std::optional<LogLikelihoodSum> perplexityTerm(PerplexityKind kind, double logLikelihood,
                                               const QString& text) {
    if (kind == PerplexityKind::Perplexity)
        return LogLikelihoodSum{logLikelihood, 1.0};
    // An empty document has no words or bytes to spread its log-likelihood over (the harness
    // would count one "word" for it, from re.split's single empty piece).
    if (text.isEmpty())
        return std::nullopt;
    const qint64 w =
        kind == PerplexityKind::WordPerplexity ? harnessWordCount(text) : utf8ByteCount(text);
    return LogLikelihoodSum{logLikelihood, static_cast<double>(w)};
}

double perplexityFromSum(PerplexityKind kind, const LogLikelihoodSum& s) {
    if (s.weight <= 0.0)
        return std::nan("");
    const double perUnit = s.logLikelihood / s.weight; // mean log-likelihood per unit
    if (kind == PerplexityKind::BitsPerByte)
        return -perUnit / std::numbers::ln2;
    return std::exp(-perUnit);
}

} // namespace ee
