// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace ee {

/// \brief NLTK 3.8 `PorterStemmer()` in its default mode `NLTK_EXTENSIONS` — the stemmer
/// rouge_score instantiates (specs/metrics.md 3.1, source S3). A rule-by-rule port of
/// `nltk/stem/porter.py`, including NLTK's irregular-form table, the ≤ 2-letter shortcut, the
/// modified step 1c and the extra step 2 rules (`alli` recursion, `fulli`, `logi`).
///
/// Input: a lowercase ASCII word (rouge_score only stems `[a-z0-9]+` tokens); other bytes are
/// treated as consonants, as Python would.
std::string porterStem(std::string_view word);

} // namespace ee
