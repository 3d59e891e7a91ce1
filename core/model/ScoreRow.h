// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ModelScale.h"

#include <QString>
#include <optional>

namespace ee {

/// \brief Well-known prompting styles (the long CSV allows any other lowercase word).
namespace prompting {
inline const QString standard = QStringLiteral("standard");
inline const QString chainOfThought = QStringLiteral("chain_of_thought");
inline const QString zeroShot = QStringLiteral("zero_shot");
inline const QString zeroShotCot = QStringLiteral("zero_shot_cot");
} // namespace prompting

/// \brief One score as it crosses an API boundary (importers, writers, queries).
/// The key is (source, task, subtask, family, model, shots, prompting, metric); `value` is on the
/// metric's own scale as the source published it. Optional fields are unknown when empty.
///
/// `source` is where the number was published (a long CSV's `source` column, else the file
/// name); `input` is what the user opened to get it (docs/formats.md §A0): curves never mix
/// inputs unless asked to (CurveKey::source).
struct ScoreRow {
    QString source;
    QString input; ///< the opened file or folder (DataLoader names it); empty when none
    QString task;
    QString subtask; ///< empty for a task without subtasks
    QString family;
    QString model;
    ModelScale scale;
    std::optional<int> shots; ///< unknown when empty
    QString prompting;        ///< lower-case word; see ee::prompting
    QString metric;           ///< the source's own metric name, never renamed
    double value = 0.0;
    std::optional<double> stderr_;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<qint64> n;    ///< number of examples behind the value
    std::optional<double> low;  ///< the task's chance-level score on this metric
    std::optional<double> high; ///< the task's perfect score on this metric

    bool operator==(const ScoreRow&) const = default;
};

} // namespace ee
