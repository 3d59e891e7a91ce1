// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/BleuTokenizer.h"

#include <QChar>

#include <cstring>
#include <utility>
#include <vector>

namespace ee {

namespace {

constexpr bool isDigit(char32_t c) {
    return c >= U'0' && c <= U'9';
}

// The character class of 13a's first regex: ([\{-\~\[-\` -\&\(-\+\:-\@\/]).
constexpr bool is13aSymbol(char32_t c) {
    return (c >= 0x7B && c <= 0x7E) || (c >= 0x5B && c <= 0x60) || (c >= 0x20 && c <= 0x26) ||
           (c >= 0x28 && c <= 0x2B) || (c >= 0x3A && c <= 0x40) || c == 0x2F;
}

constexpr bool isPeriodComma(char32_t c) {
    return c == U'.' || c == U',';
}

/// A scratch buffer written through a raw pointer: std::u32string::push_back (capacity check
/// and terminator on every character) made 13a cost ~140 instructions per character.
class Scratch {
public:
    /// Room for `bound` characters; the contents are undefined.
    char32_t* reserve(std::size_t bound) {
        if (m_data.size() < bound)
            m_data.resize(bound);
        return m_data.data();
    }
    char32_t* data() { return m_data.data(); }

private:
    std::vector<char32_t> m_data;
};

/// One `re.sub` of a two-character 13a rule over [in, in + n) into `out` (room for 2n),
/// resuming after each match as `re.sub` does; returns the output length. The rule can only
/// match where `trigger` holds for the pair's first (OnSecond = false) or second character, so
/// the runs between triggers are copied in bulk: testing the rule at every character was a
/// quarter of the tokenizer's cost.
template <bool OnSecond, typename Trigger, typename Rule>
std::size_t substituteAtTriggers(const char32_t* in, std::size_t n, char32_t* out, Trigger trigger,
                                 Rule rule) {
    char32_t* w = out;
    std::size_t i = 0;
    while (i + 1 < n) {
        std::size_t k = OnSecond ? i + 1 : i;
        // Four at a time without a branch each: triggers are rare.
        while (k + 4 <= n &&
               !(trigger(in[k]) | trigger(in[k + 1]) | trigger(in[k + 2]) | trigger(in[k + 3])))
            k += 4;
        while (k < n && !trigger(in[k]))
            ++k;
        const std::size_t at = OnSecond ? k - 1 : k; // where the pair would start
        if (at + 1 >= n)
            break;
        std::memcpy(w, in + i, (at - i) * sizeof(char32_t));
        w += at - i;
        if (rule(in[at], in[at + 1], w)) {
            i = at + 2;
        } else {
            *w++ = in[at];
            i = at + 1;
        }
    }
    std::memcpy(w, in + i, (n - i) * sizeof(char32_t));
    w += n - i;
    return std::size_t(w - out);
}

// The four regular expressions sacreBLEU's tokenizer_re.py applies after 13a's markup rules
// (and after zh's spacing of Chinese characters), each one pass as `re.sub` would make it
// (scanning resumes after a match). `pad`: 13a wraps the line in one space on each side first,
// zh does not, which changes whether a '.' or ',' at either end of the line is split off.
// Passes 2-4 (about half of the cost) are the identity unless the text has '.' or ','
// (`periodComma`) or '-' (`hyphen`); the flags may be true needlessly, never false wrongly.
void applyRegexpRules(U32View text, bool pad, bool periodComma, bool hyphen, U32& out) {
    thread_local Scratch a, b;
    // Padding, then regex 1: ([\{-\~\[-\` -\&\(-\+\:-\@\/]) -> " \1 ". The padding spaces
    // are themselves in the class, so " " became "   ".
    const std::size_t bound1 = 3 * text.size() + 6;
    char32_t* w = a.reserve(bound1);
    const char32_t* const start1 = w;
    if (pad) {
        *w++ = U' ';
        *w++ = U' ';
        *w++ = U' ';
    }
    for (char32_t c : text) {
        if (is13aSymbol(c)) {
            *w++ = U' ';
            *w++ = c;
            *w++ = U' ';
        } else {
            *w++ = c;
        }
    }
    if (pad) {
        *w++ = U' ';
        *w++ = U' ';
        *w++ = U' ';
    }
    std::size_t n = std::size_t(w - start1);
    // Each remaining pass reads `cur` and writes `other`, then they swap; a pass that cannot
    // match is skipped.
    Scratch* cur = &a;
    Scratch* other = &b;
    if (periodComma) {
        // Regex 2: ([^0-9])([\.,]) -> "\1 \2 ".
        n = substituteAtTriggers<true>(cur->data(), n, other->reserve(2 * n), isPeriodComma,
                                       [](char32_t x, char32_t y, char32_t*& o) {
                                           if (isDigit(x) || !isPeriodComma(y))
                                               return false;
                                           *o++ = x;
                                           *o++ = U' ';
                                           *o++ = y;
                                           *o++ = U' ';
                                           return true;
                                       });
        std::swap(cur, other);
        // Regex 3: ([\.,])([^0-9]) -> " \1 \2".
        n = substituteAtTriggers<false>(cur->data(), n, other->reserve(2 * n), isPeriodComma,
                                        [](char32_t x, char32_t y, char32_t*& o) {
                                            if (!isPeriodComma(x) || isDigit(y))
                                                return false;
                                            *o++ = U' ';
                                            *o++ = x;
                                            *o++ = U' ';
                                            *o++ = y;
                                            return true;
                                        });
        std::swap(cur, other);
    }
    if (hyphen) {
        // Regex 4: ([0-9])(-) -> "\1 \2 ".
        n = substituteAtTriggers<true>(
            cur->data(), n, other->reserve(2 * n), [](char32_t c) { return c == U'-'; },
            [](char32_t x, char32_t y, char32_t*& o) {
                if (!isDigit(x) || y != U'-')
                    return false;
                *o++ = x;
                *o++ = U' ';
                *o++ = U'-';
                *o++ = U' ';
                return true;
            });
        std::swap(cur, other);
    }
    out.assign(cur->data(), n);
}

// 13a (tokenizer_13a.py): markup replacements, then the regexp rules on the padded line.
void apply13a(U32View line, U32& out, U32& tmp) {
    // One scan decides which passes can change anything: most segments have no markup.
    bool markup = false, periodComma = false, hyphen = false;
    for (char32_t c : line) {
        markup |= c == U'<' || c == U'\n' || c == U'&';
        periodComma |= isPeriodComma(c);
        hyphen |= c == U'-';
    }
    if (!markup) {
        applyRegexpRules(line, true, periodComma, hyphen, out);
        return;
    }
    tmp.assign(line);
    if (tmp.find(U'<') != U32::npos)
        py::replaceAll(tmp, U"<skipped>", U"");
    if (tmp.find(U'\n') != U32::npos) {
        py::replaceAll(tmp, U"-\n", U"");
        py::replaceAll(tmp, U"\n", U" ");
    }
    if (tmp.find(U'&') != U32::npos) {
        py::replaceAll(tmp, U"&quot;", U"\"");
        py::replaceAll(tmp, U"&amp;", U"&");
        py::replaceAll(tmp, U"&lt;", U"<");
        py::replaceAll(tmp, U"&gt;", U">");
    }
    // The replacements add none of '.', ',' and '-', so the flags still hold.
    applyRegexpRules(tmp, true, periodComma, hyphen, out);
}

// sacreBLEU's tokenizer_zh.py test for a "Chinese character", as the code behaves: it compares
// one character with the bounds of its ranges as Python strings, and two bounds written with
// four-digit escapes ("\u20000", "\u2f800") are really two characters each, so the Extension B
// range is in effect U+2001-U+2A6D (general punctuation, currency, arrows, maths ...), the
// Supplement range falls inside the Kangxi radicals, and no character above U+FFFF counts.
// The table is that behaviour, checked code point by code point against sacreBLEU 2.6.
constexpr bool isZhChar(char32_t c) {
    constexpr std::pair<char32_t, char32_t> kRanges[] = {
        {0x2001, 0x2A6D}, {0x2E80, 0x2FDF}, {0x2FF0, 0x303F}, {0x3100, 0x312F}, {0x31A0, 0x31EF},
        {0x3200, 0x4DB5}, {0x4E00, 0x9FBB}, {0xF900, 0xFA2D}, {0xFA30, 0xFA6A}, {0xFA70, 0xFAD9},
        {0xFE10, 0xFE1F}, {0xFE30, 0xFE4F}, {0xFF00, 0xFFEF}};
    if (c < 0x2001 || c > 0xFFEF)
        return false;
    for (const auto& [lo, hi] : kRanges)
        if (c >= lo && c <= hi)
            return true;
    return false;
}

// zh (tokenizer_zh.py): strip, a space on each side of every Chinese character, then the
// regexp rules of 13a without 13a's markup replacements and padding.
void applyZh(U32View line, U32& out, U32& tmp) {
    line = py::strip(line);
    bool periodComma = false, hyphen = false;
    tmp.clear();
    tmp.reserve(line.size() * 3);
    for (char32_t c : line) {
        periodComma |= isPeriodComma(c);
        hyphen |= c == U'-';
        if (isZhChar(c)) {
            tmp.push_back(U' ');
            tmp.push_back(c);
            tmp.push_back(U' ');
        } else {
            tmp.push_back(c);
        }
    }
    applyRegexpRules(tmp, false, periodComma, hyphen, out);
}

// char (tokenizer_char.py): every character followed by a space; the whitespace split then
// keeps the characters that are not whitespace.
void applyChar(U32View line, U32& out) {
    out.clear();
    out.reserve(line.size() * 2);
    for (char32_t c : line) {
        out.push_back(c);
        out.push_back(U' ');
    }
}

enum CatBits : unsigned char { CatN = 1, CatP = 2, CatS = 4 };

unsigned char categoryBits(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return CatN;
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return CatP;
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return CatS;
    default:
        return 0;
    }
}

// intl rules (tokenizer_intl.py): three passes, Unicode general categories.
void applyIntl(U32View line, U32& out, U32& tmp) {
    // Pass 1: (\P{N})(\p{P}) -> "\1 \2 ".
    tmp.clear();
    tmp.reserve(line.size() * 2 + 4);
    for (std::size_t i = 0, n = line.size(); i < n;) {
        if (i + 1 < n && !(categoryBits(line[i]) & CatN) && (categoryBits(line[i + 1]) & CatP)) {
            tmp.push_back(line[i]);
            tmp.push_back(U' ');
            tmp.push_back(line[i + 1]);
            tmp.push_back(U' ');
            i += 2;
        } else {
            tmp.push_back(line[i++]);
        }
    }
    // Pass 2: (\p{P})(\P{N}) -> " \1 \2".
    out.clear();
    out.reserve(tmp.size() * 2 + 4);
    for (std::size_t i = 0, n = tmp.size(); i < n;) {
        if (i + 1 < n && (categoryBits(tmp[i]) & CatP) && !(categoryBits(tmp[i + 1]) & CatN)) {
            out.push_back(U' ');
            out.push_back(tmp[i]);
            out.push_back(U' ');
            out.push_back(tmp[i + 1]);
            i += 2;
        } else {
            out.push_back(tmp[i++]);
        }
    }
    // Pass 3: (\p{S}) -> " \1 ".
    tmp.clear();
    for (char32_t c : out) {
        if (categoryBits(c) & CatS) {
            tmp.push_back(U' ');
            tmp.push_back(c);
            tmp.push_back(U' ');
        } else {
            tmp.push_back(c);
        }
    }
    out.swap(tmp);
}

} // namespace

QString bleuTokenizerName(BleuTokenizer t) {
    switch (t) {
    case BleuTokenizer::T13a:
        return QStringLiteral("13a");
    case BleuTokenizer::Intl:
        return QStringLiteral("intl");
    case BleuTokenizer::None:
        return QStringLiteral("none");
    case BleuTokenizer::Zh:
        return QStringLiteral("zh");
    case BleuTokenizer::Char:
        return QStringLiteral("char");
    }
    return {};
}

std::optional<BleuTokenizer> bleuTokenizerFromName(const QString& name) {
    for (BleuTokenizer t : kAllBleuTokenizers)
        if (bleuTokenizerName(t) == name)
            return t;
    return std::nullopt;
}

void bleuTokenizeRaw(BleuTokenizer t, U32View line, U32& out) {
    thread_local U32 tmp;
    switch (t) {
    case BleuTokenizer::T13a:
        apply13a(line, out, tmp);
        return;
    case BleuTokenizer::Intl:
        applyIntl(line, out, tmp);
        return;
    case BleuTokenizer::None:
        out.assign(line);
        return;
    case BleuTokenizer::Zh:
        applyZh(line, out, tmp);
        return;
    case BleuTokenizer::Char:
        applyChar(line, out);
        return;
    }
}

QString bleuTokenize(BleuTokenizer t, const QString& line) {
    U32 out;
    bleuTokenizeRaw(t, py::toU32(line), out);
    std::vector<U32View> tokens;
    py::split(out, tokens);
    U32 joined;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i)
            joined.push_back(U' ');
        joined.append(tokens[i]);
    }
    return py::fromU32(joined);
}

} // namespace ee
