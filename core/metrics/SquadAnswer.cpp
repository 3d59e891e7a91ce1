// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SquadAnswer.h"

#include "metrics/NgramCounts.h"
#include "metrics/PyText.h"

#include <QChar>
#include <QHash>
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace ee {

namespace {

constexpr bool isAsciiPunctuation(char32_t c) {
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

// The same normalisation and split for a text that is all ASCII, in one pass over reused
// buffers: most answers are ASCII, and the general path's allocations (a lowered copy, code
// points, a string per token) were most of token F1's time. On ASCII every step above reduces
// to its ASCII case: lower() is A-Z -> a-z, \\w is [A-Za-z0-9_] ('_' is punctuation, so
// removed first), isSpace()'s ASCII members are the same. After punctuation is dropped, a
// maximal run of word characters is bounded on both sides, so an article run becomes a
// space: it ends the token before it. Other characters (ASCII controls) stay in tokens.
struct AsciiTokens {
    std::string buffer;
    std::vector<std::uint64_t> shortTokens;   // up to 7 bytes, packed with their length
    std::vector<std::string_view> longTokens; // point into `buffer`
    std::size_t count = 0;

    // False (and nothing usable) if a unit is not ASCII.
    bool read(const QString& text) {
        const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
        const char16_t* end = p + text.size();
        // Never longer than the text, so the views into it stay valid.
        buffer.resize(static_cast<std::size_t>(text.size()));
        char* const base = buffer.data();
        shortTokens.clear();
        longTokens.clear();
        std::size_t size = 0;
        constexpr std::size_t none = std::string::npos;
        std::size_t token = none, run = none; // starts of the current token and word run
        for (; p < end; ++p) {
            const char16_t u = *p;
            if (u >= 0x80)
                return false;
            const char c = kLowered[u];
            const Class k = kClass[u];
            if (k == Class::Dropped)
                continue;
            if (k == Class::Word) {
                if (run == none)
                    run = size;
            } else {
                if (run != none) {
                    if (isArticle(base + run, size - run)) { // replaced by a space
                        size = run;
                        if (token != none && size > token)
                            addToken(token, size);
                        token = none;
                    }
                    run = none;
                }
                if (k == Class::Space) {
                    if (token != none)
                        addToken(token, size);
                    token = none;
                    continue;
                }
            }
            if (token == none)
                token = size;
            base[size++] = c;
        }
        if (run != none && isArticle(base + run, size - run))
            size = run;
        if (token != none && size > token)
            addToken(token, size);
        count = shortTokens.size() + longTokens.size();
        std::sort(shortTokens.begin(), shortTokens.end());
        std::sort(longTokens.begin(), longTokens.end());
        return true;
    }

    // Σ min(count) over tokens: short and long tokens never equal each other.
    std::int64_t overlap(const AsciiTokens& o) const {
        return sortedOverlap(shortTokens, o.shortTokens) + sortedOverlap(longTokens, o.longTokens);
    }

private:
    // What normalisation does to an ASCII character: punctuation is dropped, A-Z lowered;
    // word characters are [a-z0-9] then ('_' is punctuation); isSpace()'s ASCII members
    // separate tokens; anything else (control characters) is kept inside tokens.
    enum class Class : std::uint8_t { Dropped, Word, Space, Other };
    static constexpr auto kClass = [] {
        std::array<Class, 128> t{};
        for (char32_t c = 0; c < 128; ++c)
            t[c] =
                isAsciiPunctuation(c) ? Class::Dropped
                : (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')
                    ? Class::Word
                : py::isSpace(c) ? Class::Space
                                 : Class::Other;
        return t;
    }();
    static constexpr auto kLowered = [] {
        std::array<char, 128> t{};
        for (int c = 0; c < 128; ++c)
            t[std::size_t(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return t;
    }();

    static bool isArticle(const char* w, std::size_t n) {
        return (n == 1 && w[0] == 'a') || (n == 2 && w[0] == 'a' && w[1] == 'n') ||
               (n == 3 && w[0] == 't' && w[1] == 'h' && w[2] == 'e');
    }

    void addToken(std::size_t from, std::size_t to) {
        const std::size_t n = to - from;
        if (n > 7) {
            longTokens.emplace_back(buffer.data() + from, n);
            return;
        }
        std::uint64_t key = std::uint64_t(n) << 56; // bytes 0-6 the token's, byte 7 its length
        for (std::size_t i = 0; i < n; ++i)
            key |= std::uint64_t(static_cast<unsigned char>(buffer[from + i])) << (8 * i);
        shortTokens.push_back(key);
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
            const double f = f1FromOverlap(pa.overlap(ga), pa.count, ga.count);
            best = std::max(best, f);
            continue;
        }
        if (!p)
            p = tokens(prediction);
        best = std::max(best, tokenF1(*p, tokens(g)));
    }
    return best;
}

} // namespace ee
