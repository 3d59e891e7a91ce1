// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief BIG-bench's post-processing of a model output before a metric (specs/metrics.md 4,
/// `postprocess_output` of S6). Fields unset = step skipped.
struct PostProcess {
    std::optional<qsizetype> maxLength; ///< code points kept from the start
    QString stopString;                 ///< truncate after its first occurrence at index > 0
    std::optional<QString> outputRegex; ///< keep the first `re.findall` match ("" if none)

    /// \brief What a BIG-bench JSON task does when it sets neither stop_string nor output_regex:
    /// the default regex `[^\.\?\!\;\n]+` (S6; BIG-bench's own json_task is recollection only).
    static PostProcess bigbenchDefault();
    static QString defaultRegex() { return QStringLiteral("[^\\.\\?\\!\\;\\n]+"); }
    /// \brief Short description for definition strings ("" when nothing is done).
    QString describe() const;
};

/// \brief Result of post-processing: the text, or an error for an invalid regex or one with
/// two or more capture groups (Python's findall would return tuples).
struct PostProcessed {
    QString text;
    QString error;
};

/// \brief Applies the steps in BIG-bench's order: max_length, stop_string (`i > 0` only, stop
/// string kept), output_regex. The default regex is a hand-written scan (no regex engine);
/// other regexes use QRegularExpression (PCRE2; Python `re` syntax mostly agrees).
PostProcessed postprocessOutput(const QString& text, const PostProcess& pp);

/// \brief Adds a user's answer regex (`regex`) to `pp` (creating it when empty), as the
/// instance view, `score --extract` and `instances --extract` do. Returns the error of an
/// invalid regex (and leaves `pp` unchanged), or "".
QString addOutputRegex(std::optional<PostProcess>& pp, const QString& regex);

/// \brief BIG-bench `exact_str_match` for one example: 1 if `response` equals (code points) at
/// least one target, else 0. No stripping or case folding.
double exactStrMatch(const QString& response, const QStringList& targets);

/// \brief `case_insensitive_str_match` — **UNVERIFIED** (BIG-bench code not read): presumed
/// `response.lower() in [t.lower() for t in targets]` with Python lower(), not casefold.
double caseInsensitiveStrMatch(const QString& response, const QStringList& targets);

} // namespace ee
