// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QList>

namespace ee {

/// \brief One problem found while reading or computing, phrased for the user.
/// `line` is 1-based; 0 means "the whole file". `place` names a JSON key path, CSV column or
/// byte offset when a line alone does not pinpoint it.
struct Diagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString file;
    qint64 line = 0;
    QString place;
    QString message;

    /// \brief `file:line: message` (the CLI's stderr format), with the place folded in.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        QString text = place.isEmpty() ? message : place + QLatin1String(": ") + message;
        return where.isEmpty() ? text : where + QLatin1String(": ") + text;
    }
};

/// \brief Warnings and errors gathered by an importer or a computation.
struct Diagnostics {
    QList<Diagnostic> items;

    void warn(const QString& file, qint64 line, const QString& message, const QString& place = {})
    {
        items.append({Diagnostic::Severity::Warning, file, line, place, message});
    }
    void error(const QString& file, qint64 line, const QString& message, const QString& place = {})
    {
        items.append({Diagnostic::Severity::Error, file, line, place, message});
    }
    void append(const Diagnostics& other) { items.append(other.items); }
    qsizetype count(Diagnostic::Severity s) const
    {
        qsizetype n = 0;
        for (const auto& d : items)
            n += d.severity == s ? 1 : 0;
        return n;
    }
    qsizetype warningCount() const { return count(Diagnostic::Severity::Warning); }
    qsizetype errorCount() const { return count(Diagnostic::Severity::Error); }
    bool hasErrors() const { return errorCount() > 0; }
};

} // namespace ee
