// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/PyText.h"

#include <QChar>

namespace ee::py {

void toU32(const QString& text, U32& out) {
    // Written through a pointer into a pre-sized string: push_back's capacity check per code
    // unit was most of the conversion's cost.
    out.resize(static_cast<std::size_t>(text.size()));
    char32_t* w = out.data();
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const char16_t* end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0xD800 || u > 0xDFFF) {
            *w++ = u;
        } else if (u <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
            *w++ = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(*p) - 0xDC00);
            ++p;
        } else {
            *w++ = 0xFFFD;
        }
    }
    out.resize(static_cast<std::size_t>(w - out.data()));
}

U32 toU32(const QString& text) {
    U32 out;
    toU32(text, out);
    return out;
}

QString fromU32(U32View text) {
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size()));
}

void split(U32View text, std::vector<U32View>& out) {
    out.clear();
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        while (i < n && isSpace(text[i]))
            ++i;
        if (i == n)
            break;
        const std::size_t start = i;
        while (i < n && !isSpace(text[i]))
            ++i;
        out.push_back(text.substr(start, i - start));
    }
}

U32View rstrip(U32View text) {
    std::size_t n = text.size();
    while (n > 0 && isSpace(text[n - 1]))
        --n;
    return text.substr(0, n);
}

U32View strip(U32View text) {
    text = rstrip(text);
    std::size_t i = 0;
    while (i < text.size() && isSpace(text[i]))
        ++i;
    return text.substr(i);
}

namespace {

// Unicode "Cased" (approximated by the letter-case categories) and "Case_Ignorable"
// (Mn, Me, Cf, Lm, Sk and the Word_Break MidLetter/MidNumLet/Single_Quote characters).
bool isCased(char32_t c) {
    return QChar::isLower(c) || QChar::isUpper(c) || QChar::isTitleCase(c);
}

bool isCaseIgnorable(char32_t c) {
    switch (c) {
    case 0x27:
    case 0x2E:
    case 0x3A:
    case 0xB7:
    case 0x387:
    case 0x5F4:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2027:
    case 0xFE13:
    case 0xFE52:
    case 0xFE55:
    case 0xFF07:
    case 0xFF0E:
        return true;
    default:
        break;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        return false;
    }
}

// CPython's handle_capital_sigma: Σ lowers to final ς after a cased letter (skipping
// case-ignorables) when no cased letter follows.
bool isFinalSigma(const U32& s, std::size_t i) {
    std::size_t j = i;
    char32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = s[--j];
        if (!isCaseIgnorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !isCased(c))
        return false;
    for (std::size_t k = i + 1; k < s.size(); ++k)
        if (!isCaseIgnorable(s[k]))
            return !isCased(s[k]);
    return true;
}

} // namespace

QString lower(const QString& text) {
    // QString::toLower applies Unicode's full lower mapping (U+0130 -> "i\u0307") as Python
    // does, but not the context-dependent final sigma, which is handled here.
    if (!text.contains(QChar(0x3A3)))
        return text.toLower();
    const U32 s = toU32(text);
    QString out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != 0x3A3)
            continue;
        out += fromU32(U32View(s).substr(start, i - start)).toLower();
        out += QChar(isFinalSigma(s, i) ? 0x3C2 : 0x3C3);
        start = i + 1;
    }
    out += fromU32(U32View(s).substr(start)).toLower();
    return out;
}

void replaceAll(U32& text, U32View from, U32View to) {
    if (from.empty())
        return;
    std::size_t pos = text.find(from);
    if (pos == U32::npos)
        return;
    U32 out;
    out.reserve(text.size());
    std::size_t last = 0;
    while (pos != U32::npos) {
        out.append(text, last, pos - last);
        out.append(to);
        last = pos + from.size();
        pos = text.find(from, last);
    }
    out.append(text, last, U32::npos);
    text.swap(out);
}

} // namespace ee::py
