// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Diagnostic.h"

namespace ee {

void Diagnostics::report(Diagnostic::Severity severity, const QString& file, qint64 line,
                         const QString& message, const QString& place) {
    FileProblems& count = m_perFile[file];
    if (count.listed < kProblemsListedPerFile) {
        ++count.listed;
        items.append({severity, file, line, place, message});
        return;
    }
    // One summary per file, kept up to date in place: no finishing call is needed, so every
    // return path of every reader leaves a correct count.
    if (count.more++ == 0) {
        count.firstMoreLine = line;
        count.summary = items.size();
        items.append({severity, file, 0, {}, {}});
    }
    if (count.summary < 0 || count.summary >= items.size())
        return; // the caller replaced `items`; nothing left to update
    Diagnostic& summary = items[count.summary];
    if (severity == Diagnostic::Severity::Error)
        summary.severity = severity;
    summary.message = QStringLiteral("%1 more problem(s) in %2 were not listed (only the first "
                                     "%3 are)")
                          .arg(count.more)
                          .arg(file)
                          .arg(kProblemsListedPerFile);
    if (count.firstMoreLine > 0)
        summary.message +=
            QStringLiteral("; the first of them is at line %1").arg(count.firstMoreLine);
}

} // namespace ee
