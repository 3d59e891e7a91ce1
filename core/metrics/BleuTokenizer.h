// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/PyText.h"

#include <optional>

namespace ee {

/// \brief sacreBLEU 2.x tokenizers (specs/metrics.md 2.2).
enum class BleuTokenizer {
    T13a, ///< `13a`: mteval-v13a rules (tokenizer_13a.py + tokenizer_re.py), sacreBLEU's default
    Intl, ///< `intl`: mteval-v14 international rules on Unicode categories (tokenizer_intl.py)
    None, ///< `none`: whitespace split only
    Zh,   ///< `zh`: spaces around Chinese characters, then 13a's rules (tokenizer_zh.py)
    Char  ///< `char`: every character that is not whitespace is a token (tokenizer_char.py)
};

/// \brief Every tokenizer, in the order the CLI and the GUI list them.
inline constexpr BleuTokenizer kAllBleuTokenizers[] = {BleuTokenizer::T13a, BleuTokenizer::Intl,
                                                       BleuTokenizer::None, BleuTokenizer::Zh,
                                                       BleuTokenizer::Char};

/// \brief `13a`, `intl`, `none`, `zh` or `char` (sacreBLEU's names and signature values).
QString bleuTokenizerName(BleuTokenizer t);
/// \brief Parses a name of bleuTokenizerName(); nullopt otherwise.
std::optional<BleuTokenizer> bleuTokenizerFromName(const QString& name);

/// \brief Applies the tokenizer's rewriting rules to `line` and leaves the result in `out`,
/// *before* the final `" ".join(line.split())` (callers split with py::split, which gives the
/// same tokens). No std::regex: every rule is a hand-written left-to-right scan that reproduces
/// Python's non-overlapping `re.sub`.
void bleuTokenizeRaw(BleuTokenizer t, U32View line, U32& out);

/// \brief The tokenizer's output string exactly as sacreBLEU returns it (tokens joined by one
/// space). Used in tests and for display; the metric itself uses bleuTokenizeRaw().
QString bleuTokenize(BleuTokenizer t, const QString& line);

} // namespace ee
