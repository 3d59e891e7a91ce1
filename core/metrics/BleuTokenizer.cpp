// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/BleuTokenizer.h"

#include <QChar>

namespace ee::metrics {

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

// 13a rules, each one pass as `re.sub` would make it (scanning resumes after a match).
void apply13a(U32View line, U32& out, U32& tmp) {
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
    // Padding, then regex 1: ([\{-\~\[-\` -\&\(-\+\:-\@\/]) -> " \1 ".
    out.clear();
    out.reserve(tmp.size() * 2 + 8);
    out.push_back(U' ');
    out.push_back(U' ');
    out.push_back(U' ');
    for (char32_t c : tmp) {
        if (is13aSymbol(c)) {
            out.push_back(U' ');
            out.push_back(c);
            out.push_back(U' ');
        } else {
            out.push_back(c);
        }
    }
    out.push_back(U' ');
    out.push_back(U' ');
    out.push_back(U' ');
    // (The padding spaces are themselves in the class, so " " became "   ".)

    // Regex 2: ([^0-9])([\.,]) -> "\1 \2 ".
    tmp.clear();
    for (std::size_t i = 0, n = out.size(); i < n;) {
        if (i + 1 < n && !isDigit(out[i]) && isPeriodComma(out[i + 1])) {
            tmp.push_back(out[i]);
            tmp.push_back(U' ');
            tmp.push_back(out[i + 1]);
            tmp.push_back(U' ');
            i += 2;
        } else {
            tmp.push_back(out[i++]);
        }
    }
    // Regex 3: ([\.,])([^0-9]) -> " \1 \2".
    out.clear();
    for (std::size_t i = 0, n = tmp.size(); i < n;) {
        if (i + 1 < n && isPeriodComma(tmp[i]) && !isDigit(tmp[i + 1])) {
            out.push_back(U' ');
            out.push_back(tmp[i]);
            out.push_back(U' ');
            out.push_back(tmp[i + 1]);
            i += 2;
        } else {
            out.push_back(tmp[i++]);
        }
    }
    // Regex 4: ([0-9])(-) -> "\1 \2 ".
    tmp.clear();
    for (std::size_t i = 0, n = out.size(); i < n;) {
        if (i + 1 < n && isDigit(out[i]) && out[i + 1] == U'-') {
            tmp.push_back(out[i]);
            tmp.push_back(U' ');
            tmp.push_back(U'-');
            tmp.push_back(U' ');
            i += 2;
        } else {
            tmp.push_back(out[i++]);
        }
    }
    out.swap(tmp);
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
    }
    return {};
}

std::optional<BleuTokenizer> bleuTokenizerFromName(const QString& name) {
    if (name == QLatin1String("13a"))
        return BleuTokenizer::T13a;
    if (name == QLatin1String("intl"))
        return BleuTokenizer::Intl;
    if (name == QLatin1String("none"))
        return BleuTokenizer::None;
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

} // namespace ee::metrics
