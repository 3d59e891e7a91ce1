// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ee::ui {

/// \brief The Instances tab's settings, by name, as a session keeps them: which model outputs
/// are open and how they are scored, filtered and ordered.
struct InstancesState {
    QStringList files;    ///< empty = the bundled outputs (opened on first show)
    QString models;       ///< a model metadata table ("" = the bundled datasets' models)
    QString task;         ///< "" = the first task of the files
    QString metric;       ///< "" = the task's default metric
    QString secondMetric; ///< "" = none
    QString answers = QStringLiteral("file"); ///< file, strict, lenient (answer extraction)
    bool wholeText = false;                   ///< whole solutions instead of final answers
    QString extraction;                       ///< the user's answer regex ("" = none)
    QString filter = QStringLiteral("all");   ///< an instanceFilterName()
    QString smaller;                          ///< the pair's models, by label ("" = smallest)
    QString larger;                           ///< "" = largest
    bool sortFirstSolved = false;
    QString search;

    QJsonObject toJson() const;
    /// \brief Reads what toJson() writes; missing keys keep their defaults.
    static InstancesState fromJson(const QJsonObject& json);
    bool operator==(const InstancesState&) const = default;
};

} // namespace ee::ui
