// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ToyModel.h"

#include "analysis/SeededRandom.h"
#include "metrics/Bleu.h"
#include "metrics/EditDistance.h"

#include <QCoreApplication>
#include <cmath>

namespace ee {

namespace {

// The sentences' translation context (QtCore only: the app installs a translator, the
// command line never does, so its output stays English).
struct ToyText {
    Q_DECLARE_TR_FUNCTIONS(ToyModel)
};

} // namespace

QList<ToyPreset> toyPresets() {
    return {{QStringLiteral("kaplan"), 8.8e13, -0.076,
             ToyText::tr("Kaplan et al. 2020 eq. 1.1 (N_c = 8.8e13 non-embedding parameters, "
                         "α_N = 0.076): the transition lies far above 10^12")},
            {QStringLiteral("teaching"), 1e9, -1.0,
             ToyText::tr("teaching preset (c = 1e9, α = −1): for L = 5 exact match rises from "
                         "10 % at 2.2e9 to 90 % at 4.7e10")}};
}

std::optional<ToyPreset> toyPreset(const QString& name) {
    for (const ToyPreset& p : toyPresets())
        if (p.name == name)
            return p;
    return std::nullopt;
}

std::vector<double> logSpacedScales(double from, double to, int count) {
    std::vector<double> out;
    if (count < 2 || !(from > 0) || !(to > 0))
        return out;
    const double a = std::log10(from), b = std::log10(to);
    for (int i = 0; i < count; ++i)
        out.push_back(std::pow(10.0, a + (b - a) * i / (count - 1)));
    return out;
}

std::vector<ToyPoint> toyModelClosedForm(const ToyModelParams& p, const std::vector<double>& scales,
                                         std::optional<int> examples) {
    std::vector<ToyPoint> out;
    out.reserve(scales.size());
    for (double n : scales) {
        ToyPoint t;
        t.scale = n;
        t.lossNats = std::pow(n / p.c, p.alpha);
        t.pToken = std::exp(-t.lossNats);
        t.exactMatch = std::pow(t.pToken, p.length);
        t.tokenEditDistance = p.length * (1.0 - t.pToken);
        if (examples && *examples > 0)
            t.exactMatchFinite = std::round(t.exactMatch * *examples) / *examples;
        out.push_back(t);
    }
    return out;
}

QString toyTarget(int length) {
    QStringList tokens;
    for (int i = 1; i <= length; ++i)
        tokens << QStringLiteral("t%1").arg(i);
    return tokens.join(QLatin1Char(' '));
}

QString toyWrongToken() {
    return QStringLiteral("x");
}

std::vector<ToySampledPoint> toyModelSampled(const ToyModelParams& p,
                                             const std::vector<double>& scales, int examples,
                                             quint64 seed) {
    std::vector<ToySampledPoint> out;
    if (examples < 1 || p.length < 1)
        return out;
    std::mt19937_64 rng(seed);
    const QString target = toyTarget(p.length);
    const QStringList targetTokens = target.split(QLatin1Char(' '));
    const QStringList refs{target};
    const QList<QStringList> allRefs(examples, refs);
    for (double n : scales) {
        ToySampledPoint s;
        s.scale = n;
        s.pToken = std::exp(-std::pow(n / p.c, p.alpha));
        QStringList outputs;
        outputs.reserve(examples);
        double em = 0, ted = 0, sbleu = 0;
        for (int e = 0; e < examples; ++e) {
            QStringList tokens = targetTokens;
            for (QString& t : tokens)
                if (!(uniform01(rng) < s.pToken))
                    t = toyWrongToken();
            const QString output = tokens.join(QLatin1Char(' '));
            em += output == target ? 1.0 : 0.0;
            ted += static_cast<double>(ee::tokenEditDistance(output, target));
            sbleu += ee::sentenceBleu(output, refs).score;
            outputs << output;
        }
        s.exactMatch = em / examples;
        s.meanTokenEditDistance = ted / examples;
        s.meanSentenceBleu = sbleu / examples;
        s.corpusBleu =
            ee::corpusBleu(outputs, allRefs, ee::BleuOptions::corpusDefaults(), 1).score.score;
        out.push_back(s);
    }
    return out;
}

} // namespace ee
