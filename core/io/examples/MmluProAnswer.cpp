// SPDX-License-Identifier: GPL-3.0-or-later
// MMLU-Pro answer extraction (see MmluProExtraction for the exact rules).
#include "io/examples/ExampleReaders.h"

#include <QRegularExpression>

namespace ee {

QString extractMmluProAnswer(const QString& generation, MmluProExtraction rule) {
    // Upstream's first pattern; Python's `re` and PCRE agree on it (no classes that differ).
    static const QRegularExpression strict(QStringLiteral("answer is \\(?([A-J])\\)?"));
    if (const auto m = strict.match(generation); m.hasMatch())
        return m.captured(1);
    if (rule == MmluProExtraction::Strict)
        return QString();
    // Unicode-aware \s, as Python 3 matches it on str.
    static const QRegularExpression colon(QStringLiteral("[aA]nswer:\\s*\\(?([A-J])\\)?"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = colon.match(generation); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression parenthesised(QStringLiteral("\\(([A-J])\\)"));
    QString last;
    for (auto it = parenthesised.globalMatch(generation); it.hasNext();)
        last = it.next().captured(1);
    return last;
}

} // namespace ee
