// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString toString() const {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        QString text = place.isEmpty() ? message : place + QLatin1String(": ") + message;
        return where.isEmpty() ? text : where + QLatin1String(": ") + text;
    }
};

/// \brief Warnings and errors gathered by an importer or a computation.
///
/// warn() and error() list at most kProblemsListedPerFile problems per file; the rest are
/// counted in one last diagnostic, "N more problem(s) in FILE were not listed", so that a file
/// of garbage (one problem per line) cannot flood the user or memory. That summary is an error
/// when any problem left out was one. This is the one place every reader's problems are capped.
struct Diagnostics {
    QList<Diagnostic> items;

    static constexpr qint64 kProblemsListedPerFile = 100;

    void warn(const QString& file, qint64 line, const QString& message, const QString& place = {}) {
        report(Diagnostic::Severity::Warning, file, line, message, place);
    }
    void error(const QString& file, qint64 line, const QString& message,
               const QString& place = {}) {
        report(Diagnostic::Severity::Error, file, line, message, place);
    }
    /// \brief Lists `d` unless its file has had kProblemsListedPerFile problems here already.
    void report(Diagnostic::Severity severity, const QString& file, qint64 line,
                const QString& message, const QString& place = {});
    /// \brief Appends `other`'s items as they are (each was capped where it was gathered).
    void append(const Diagnostics& other) { items.append(other.items); }
    qsizetype count(Diagnostic::Severity s) const {
        qsizetype n = 0;
        for (const auto& d : items)
            n += d.severity == s ? 1 : 0;
        return n;
    }
    qsizetype warningCount() const { return count(Diagnostic::Severity::Warning); }
    qsizetype errorCount() const { return count(Diagnostic::Severity::Error); }
    bool hasErrors() const { return errorCount() > 0; }

private:
    struct FileProblems {
        qint64 listed = 0;
        qint64 more = 0;
        qint64 firstMoreLine = 0;
        qsizetype summary = -1; ///< index of the summary in items
    };
    QHash<QString, FileProblems> m_perFile;
};

} // namespace ee
