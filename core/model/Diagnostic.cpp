// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Diagnostic.h"

#include <QCoreApplication>

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
    // A whole sentence per case rather than a clause appended, so that a translation can order
    // it its own way.
    const QString text =
        count.firstMoreLine > 0
            ? QCoreApplication::translate("Diagnostics",
                                          "%1 more problem(s) in %2 were not listed (only the "
                                          "first %3 are); the first of them is at line %4")
            : QCoreApplication::translate("Diagnostics",
                                          "%1 more problem(s) in %2 were not listed (only the "
                                          "first %3 are)");
    // Filled in one pass: a '%' in the file's name is not taken for a placeholder.
    const QString more = QString::number(count.more);
    const QString listed = QString::number(kProblemsListedPerFile);
    summary.message = count.firstMoreLine > 0
                          ? text.arg(more, file, listed, QString::number(count.firstMoreLine))
                          : text.arg(more, file, listed);
}

} // namespace ee
