// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Example.h"
#include "model/Diagnostic.h"

#include <QHash>

namespace ee::metrics {

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
    /// \brief Appends all groups and diagnostics of `other` (groups with equal keys merge).
    void append(const ExampleSet& other);

    const QList<ExampleGroup>& groups() const { return m_groups; }
    qsizetype exampleCount() const;
    /// \brief Records dropped while reading (malformed, no targets, bad numbers, …).
    qint64 skippedCount() const { return m_skipped; }

    Diagnostics diagnostics;

private:
    ExampleGroup& groupFor(const ExampleGroupKey& key, const QString& source);

    QList<ExampleGroup> m_groups;
    QHash<QString, qsizetype> m_index; // serialised key → group
    qint64 m_skipped = 0;
};

} // namespace ee::metrics
