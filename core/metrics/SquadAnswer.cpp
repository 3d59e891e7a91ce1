// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SquadAnswer.h"

#include "metrics/NgramCounts.h"
#include "metrics/PyText.h"

#include <QChar>
#include <QHash>
#include <algorithm>
#include <string>
#include <string_view>
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

// The script's arithmetic: 1.0 * same / len for each, then 2pr / (p + r).
double f1FromOverlap(std::int64_t same, std::size_t predLen, std::size_t goldLen) {
    if (same == 0)
        return 0.0;
    const double precision = static_cast<double>(same) / static_cast<double>(predLen);
    const double recall = static_cast<double>(same) / static_cast<double>(goldLen);
    return (2 * precision * recall) / (precision + recall);
}

double tokenF1(std::vector<U32> pred, std::vector<U32> gold) {
    std::sort(pred.begin(), pred.end());
    std::sort(gold.begin(), gold.end());
    return f1FromOverlap(sortedOverlap(pred, gold), pred.size(), gold.size());
}

// The same normalisation and split for a text that is all ASCII, on bytes in reused buffers:
// most answers are ASCII, and the general path's allocations (a lowered copy, code points, a
// string per token) were most of token F1's time. On ASCII every step above reduces to its
// ASCII case: lower() is A-Z -> a-z, \w is [A-Za-z0-9_], and isSpace's ASCII members are the
// same. The sorted tokens point into `buffer`; false (nothing written) if a unit is not ASCII.
struct AsciiTokens {
    std::string noPunct, buffer;
    std::vector<std::string_view> tokens;

    bool read(const QString& text) {
        const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
        const char16_t* end = p + text.size();
        noPunct.clear();
        for (; p < end; ++p) {
            char16_t u = *p;
            if (u >= 0x80)
                return false;
            if (u >= u'A' && u <= u'Z')
                u += u'a' - u'A';
            if (!isAsciiPunctuation(u))
                noPunct.push_back(static_cast<char>(u));
        }
        // removeArticles() on bytes.
        const auto word = [](char c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9');
        };
        const std::string& t = noPunct;
        buffer.clear();
        std::size_t i = 0;
        while (i < t.size()) {
            if ((i == 0 || !word(t[i - 1])) && word(t[i])) {
                std::size_t j = i;
                while (j < t.size() && word(t[j]))
                    ++j;
                const std::string_view w(t.data() + i, j - i);
                if (w == "a" || w == "an" || w == "the")
                    buffer.push_back(' ');
                else
                    buffer.append(w);
                i = j;
            } else {
                buffer.push_back(t[i++]);
            }
        }
        // py::split() on bytes.
        tokens.clear();
        const std::size_t n = buffer.size();
        for (std::size_t k = 0; k < n;) {
            while (k < n && py::isSpace(static_cast<unsigned char>(buffer[k])))
                ++k;
            if (k == n)
                break;
            const std::size_t start = k;
            while (k < n && !py::isSpace(static_cast<unsigned char>(buffer[k])))
                ++k;
            tokens.emplace_back(buffer.data() + start, k - start);
        }
        std::sort(tokens.begin(), tokens.end());
        return true;
    }
};

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
    thread_local AsciiTokens pa, ga;
    const bool asciiPrediction = pa.read(prediction);
    std::optional<std::vector<U32>> p; // the general path's tokens, made when first needed
    double best = 0.0;
    for (const QString& g : golds) {
        if (asciiPrediction && ga.read(g)) {
            const double f = f1FromOverlap(sortedOverlap(pa.tokens, ga.tokens), pa.tokens.size(),
                                           ga.tokens.size());
            best = std::max(best, f);
            continue;
        }
        if (!p)
            p = tokens(prediction);
        best = std::max(best, tokenF1(*p, tokens(g)));
    }
    return best;
}

} // namespace ee::metrics
