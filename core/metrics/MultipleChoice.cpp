// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MultipleChoice.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace ee {

qsizetype bigbenchArgmax(const QList<double>& lp) {
    if (lp.isEmpty())
        return -1;
    // np.max propagates NaN; then no entry equals it and Python would index an empty list.
    // We choose to ignore NaN entries instead (callers report them beforehand).
    double mx = -INFINITY;
    bool any = false;
    for (double v : lp)
        if (!std::isnan(v) && (!any || v > mx)) {
            mx = v;
            any = true;
        }
    if (!any)
        return -1;
    QList<qsizetype> maxIdx;
    for (qsizetype i = 0; i < lp.size(); ++i)
        if (lp[i] == mx)
            maxIdx.append(i);
    if (maxIdx.size() == 1)
        return maxIdx.first();
    QByteArray bytes(lp.size() * 8, Qt::Uninitialized);
    for (qsizetype i = 0; i < lp.size(); ++i) {
        quint64 bits;
        std::memcpy(&bits, &lp[i], 8);
        qToLittleEndian(bits, bytes.data() + i * 8);
    }
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    // int(hexdigest, 16) % k, digit by digit (big-endian bytes).
    const quint64 k = static_cast<quint64>(maxIdx.size());
    quint64 rem = 0;
    for (char c : hash)
        rem = (rem * 256 + static_cast<unsigned char>(c)) % k;
    return maxIdx[static_cast<qsizetype>(rem)];
}

std::optional<double> multipleChoiceGrade(const QList<double>& lp, const QList<double>& scores) {
    if (lp.isEmpty() || lp.size() != scores.size())
        return std::nullopt;
    const qsizetype i = bigbenchArgmax(lp);
    if (i < 0)
        return std::nullopt;
    return scores[i];
}

QList<double> normalizeLogProbs(const QList<double>& lp) {
    if (lp.isEmpty())
        return {};
    const double mx = *std::max_element(lp.begin(), lp.end());
    double sum = 0.0;
    for (double v : lp)
        sum += std::exp(v - mx);
    const double lse = mx + std::log(sum);
    QList<double> out;
    out.reserve(lp.size());
    for (double v : lp)
        out.append(v - lse);
    return out;
}

std::optional<double> brierScore(const QList<double>& lp, const QList<double>& scores) {
    if (lp.isEmpty() || lp.size() != scores.size())
        return std::nullopt;
    const QList<double> norm = normalizeLogProbs(lp);
    double sum = 0.0;
    for (qsizetype i = 0; i < norm.size(); ++i) {
        const double d = std::exp(norm[i]) - scores[i];
        sum += d * d;
    }
    return sum / static_cast<double>(norm.size());
}

std::optional<ChoiceMargin> choiceMargin(const QList<double>& lp, const QList<double>& scores) {
    if (lp.isEmpty() || lp.size() != scores.size())
        return std::nullopt;
    const QList<double> norm = normalizeLogProbs(lp);
    const double best = *std::max_element(scores.begin(), scores.end());
    ChoiceMargin m;
    for (qsizetype i = 0; i < norm.size(); ++i) {
        const double p = std::exp(norm[i]);
        if (scores[i] == best)
            m.pCorrect += p;
        else
            m.pBestIncorrect = std::max(m.pBestIncorrect, p);
    }
    return m;
}

std::optional<OptionLogProbs> optionLogProbs(const QList<double>& lp, const QList<double>& scores) {
    if (lp.isEmpty() || lp.size() != scores.size())
        return std::nullopt;
    for (double v : lp)
        if (std::isnan(v))
            return std::nullopt;
    const double best = *std::max_element(scores.begin(), scores.end());
    if (!(best > 0.0))
        return std::nullopt; // no correct option
    QList<double> correct;
    std::optional<double> bestIncorrect;
    for (qsizetype i = 0; i < lp.size(); ++i) {
        if (scores[i] == best)
            correct.append(lp[i]);
        else if (!bestIncorrect || lp[i] > *bestIncorrect)
            bestIncorrect = lp[i];
    }
    if (!bestIncorrect)
        return std::nullopt; // every option is correct
    OptionLogProbs out;
    out.bestIncorrect = *bestIncorrect;
    if (correct.size() == 1) {
        out.correct = correct.first(); // exactly the source's number, no exp/log round trip
    } else {
        // log(sum exp) without overflow; an all −inf set stays −inf.
        const double mx = *std::max_element(correct.begin(), correct.end());
        if (std::isinf(mx)) {
            out.correct = mx;
        } else {
            double sum = 0.0;
            for (double v : correct)
                sum += std::exp(v - mx);
            out.correct = mx + std::log(sum);
        }
    }
    return out;
}

} // namespace ee
