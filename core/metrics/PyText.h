// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace ee {

/// \brief Text as Unicode code points, the unit Python's str works in (lengths, slices, regex
/// classes). Reference metrics are defined on Python strings, so we compute on code points too.
using U32 = std::u32string;
using U32View = std::u32string_view;

/// \brief Python helpers copied exactly (see specs/metrics.md section 1).
namespace py {

/// \brief Decodes UTF-16 to code points into `out` (cleared first). A lone surrogate becomes
/// U+FFFD, as QString::toUcs4 does.
void toU32(const QString& text, U32& out);
/// \brief Convenience wrapper of toU32().
U32 toU32(const QString& text);
/// \brief Encodes code points back to a QString.
QString fromU32(U32View text);

/// \brief Python `str.isspace()` for one code point (U+0009–000D, 001C–001F, 0020, 0085, 00A0,
/// 1680, 2000–200A, 2028, 2029, 202F, 205F, 3000; not U+200B or U+FEFF).
constexpr bool isSpace(char32_t c) {
    if (c <= 0x20)
        return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    if (c < 0x85)
        return false;
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/// \brief Python `str.split()` with no argument: pieces between runs of isSpace(), no empties.
/// The views point into `text`.
void split(U32View text, std::vector<U32View>& out);
/// \brief Python `str.rstrip()` with no argument.
U32View rstrip(U32View text);
/// \brief Python `str.strip()` with no argument.
U32View strip(U32View text);
/// \brief Python `str.lower()`: full Unicode lowercasing (U+0130 → "i\u0307", final sigma), not
/// casefold (ß stays). "Cased"/"Case_Ignorable" for the final-sigma rule are approximated from
/// Qt's general categories.
QString lower(const QString& text);
/// \brief Python `str.replace(from, to)`: left to right, non-overlapping.
void replaceAll(U32& text, U32View from, U32View to);

} // namespace py
} // namespace ee
