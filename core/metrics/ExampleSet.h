// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Example.h"
#include "model/Diagnostic.h"

#include <QHash>
#include <QSet>

namespace ee {

/// \brief Per-example records of many models and tasks, grouped by ExampleGroupKey, with the
/// problems met while reading them. Groups keep first-seen order.
class ExampleSet {
public:
    /// \brief Adds `e` to the group of `key` (created on first use; `source` names its file).
    void add(const ExampleGroupKey& key, Example e, const QString& source = {});
    /// \brief Counts a dropped record against `key`'s group (created if needed) and overall.
    void countSkipped(const ExampleGroupKey& key, const QString& source = {});
    /// \brief Counts a dropped record that has no usable key (e.g. a malformed line).
    void countSkippedUnkeyed() { ++m_skipped; }
    /// \brief The index in groups() of `key`'s group, created on first use as add() would.
    qsizetype groupIndex(const ExampleGroupKey& key, const QString& source = {});
    /// \brief add() into the group at `group` (from groupIndex()), without finding the key again.
    void addTo(qsizetype group, Example e) { m_groups[group].examples.append(std::move(e)); }
    /// \brief countSkipped() against the group at `group` (from groupIndex()).
    void countSkippedIn(qsizetype group) {
        ++m_groups[group].skipped;
        ++m_skipped;
    }
    /// \brief Appends all groups and diagnostics of `other` (groups with equal keys merge).
    void append(const ExampleSet& other);
    /// \brief The same, moving the examples: a set read for appending is not copied again.
    void append(ExampleSet&& other);

    /// \brief Reports a problem met while reading `file` into `diagnostics` (which lists the
    /// first Diagnostics::kProblemsListedPerFile of each file and counts the rest).
    void warn(const QString& file, qint64 line, const QString& message, const QString& place = {}) {
        diagnostics.warn(file, line, message, place);
    }
    void error(const QString& file, qint64 line, const QString& message,
               const QString& place = {}) {
        diagnostics.error(file, line, message, place);
    }

    /// \brief A model size read at `file`:`line` (`field` names it: params, tokens, …). A value
    /// that is not finite or not positive cannot be a size (and a log axis could not show it):
    /// it is reported as a warning with its line and value, once per file, field and value (a
    /// JSON Lines file repeats it on every record), and unknown (nullopt) is returned.
    std::optional<double> checkedSize(const QString& file, qint64 line, const QString& field,
                                      std::optional<double> value);
    /// \brief A shot count read at `file`:`line`. Only a whole number from 0 to 10,000 is a shot
    /// count; anything else (e.g. 2.7e11, which does not fit an int, or 1.5) is reported as a
    /// warning with its value and nullopt is returned, as for an absent field.
    std::optional<int> checkedShots(const QString& file, qint64 line, std::optional<double> value);

    /// \brief Names `to` instead of the folder `from` in every group's source and diagnostic
    /// (files read from a temporary copy, e.g. an archive's entries, keep the archive's name).
    void renameFolder(const QString& from, const QString& to);

    const QList<ExampleGroup>& groups() const { return m_groups; }
    /// \brief Calls `fn(example)` on every example, in place (a copy of a set detaches first).
    template <class Fn> void forEachExample(Fn fn) {
        for (ExampleGroup& g : m_groups)
            for (Example& e : g.examples)
                fn(e);
    }
    qsizetype exampleCount() const;
    /// \brief Records dropped while reading (malformed, no targets, bad numbers, …).
    qint64 skippedCount() const { return m_skipped; }

    Diagnostics diagnostics;

private:
    ExampleGroup& groupFor(const ExampleGroupKey& key, const QString& source);
    QSet<QString> m_badSizesReported; // file, field and value

    QList<ExampleGroup> m_groups;
    QHash<QString, qsizetype> m_index; // serialised key → group
    qint64 m_skipped = 0;
};

} // namespace ee
