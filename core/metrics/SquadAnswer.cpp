// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SquadAnswer.h"

#include "metrics/NgramCounts.h"
#include "metrics/PyText.h"

#include <QChar>
#include <QHash>
#include <algorithm>
#include <vector>

namespace ee::metrics {

namespace {

bool isAsciiPunctuation(char32_t c) {
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
           (c >= 0x7B && c <= 0x7E);
}

// Python re's \w on str patterns.
bool isWordChar(char32_t c) {
    return c == U'_' || QChar::isLetterOrNumber(c);
}

bool isArticle(U32View w) {
    return w == U"a" || w == U"an" || w == U"the";
}

// re.sub(r'\b(a|an|the)\b', ' ', text): an article is replaced where it is preceded and
// followed by a non-word character (or the text's ends). Matches cannot overlap, since a match
// ends before a non-word character and the next begins after one.
U32 removeArticles(const U32& t) {
    U32 out;
    out.reserve(t.size());
    std::size_t i = 0;
    while (i < t.size()) {
        const bool boundaryBefore = i == 0 || !isWordChar(t[i - 1]);
        if (boundaryBefore && isWordChar(t[i])) {
            std::size_t j = i;
            while (j < t.size() && isWordChar(t[j]))
                ++j;
            // The regex tries "a" before "an": "an" followed by a word character cannot match
            // as "a" either, since 'n' is itself a word character; so whole runs decide.
            if (isArticle(U32View(t).substr(i, j - i))) {
                out.push_back(U' ');
            } else {
                out.append(t, i, j - i);
            }
            i = j;
        } else {
            out.push_back(t[i++]);
        }
    }
    return out;
}

U32 normalizedU32(const QString& text) {
    U32 lowered = py::toU32(py::lower(text));
    U32 noPunct;
    noPunct.reserve(lowered.size());
    for (char32_t c : lowered)
        if (!isAsciiPunctuation(c))
            noPunct.push_back(c);
    return removeArticles(noPunct);
}

std::vector<U32> tokens(const QString& text) {
    const U32 n = normalizedU32(text);
    std::vector<U32View> views;
    py::split(n, views);
    return {views.begin(), views.end()};
}

double tokenF1(std::vector<U32> pred, std::vector<U32> gold) {
    const double predLen = static_cast<double>(pred.size());
    const double goldLen = static_cast<double>(gold.size());
    std::sort(pred.begin(), pred.end());
    std::sort(gold.begin(), gold.end());
    const std::int64_t same = sortedOverlap(pred, gold);
    if (same == 0)
        return 0.0;
    // The script's arithmetic: 1.0 * same / len for each, then 2pr / (p + r).
    const double precision = static_cast<double>(same) / predLen;
    const double recall = static_cast<double>(same) / goldLen;
    return (2 * precision * recall) / (precision + recall);
}

} // namespace

QString squadNormalize(const QString& text) {
    const U32 n = normalizedU32(text);
    std::vector<U32View> views;
    py::split(n, views);
    U32 joined;
    for (std::size_t k = 0; k < views.size(); ++k) {
        if (k)
            joined.push_back(U' ');
        joined.append(views[k]);
    }
    return py::fromU32(joined);
}

std::optional<double> squadExactMatch(const QString& prediction, const QStringList& golds) {
    if (golds.isEmpty())
        return std::nullopt;
    const QString p = squadNormalize(prediction);
    for (const QString& g : golds)
        if (squadNormalize(g) == p)
            return 1.0;
    return 0.0;
}

std::optional<double> squadTokenF1(const QString& prediction, const QStringList& golds) {
    if (golds.isEmpty())
        return std::nullopt;
    const std::vector<U32> p = tokens(prediction);
    double best = 0.0;
    for (const QString& g : golds)
        best = std::max(best, tokenF1(p, tokens(g)));
    return best;
}

} // namespace ee::metrics
