// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ModelScale.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace ee {

/// \brief What selects one curve: everything in a score's key except the model, plus the input
/// the rows were loaded from (ScoreRow::input), so that two opened files using the same names
/// give two curves. `source` is empty for a curve pooled over every input.
struct CurveKey {
    CurveKey() = default;
    /// Spelled out (not an aggregate) so that keys written without a source, which mean every
    /// source, need no trailing `{}` under -Wmissing-field-initializers.
    CurveKey(QString task_, QString subtask_, QString metric_, QString family_,
             std::optional<int> shots_, QString prompting_, QString source_ = {})
        : task(std::move(task_))
        , subtask(std::move(subtask_))
        , metric(std::move(metric_))
        , family(std::move(family_))
        , shots(shots_)
        , prompting(std::move(prompting_))
        , source(std::move(source_)) {}

    QString task;
    QString subtask;
    QString metric;
    QString family;
    std::optional<int> shots;
    QString prompting;
    /// The input the curve's rows came from (ScoreRow::input); empty = every source (see
    /// ScoreTable::curve).
    QString source;

    bool operator==(const CurveKey&) const = default;
    /// \brief e.g. "arithmetic/2da · exact_match · Pythia · 2-shot · standard"
    QString label() const;
};

/// \brief One model's score on a curve. `x` is the model's scale on the curve's axis; it is
/// empty when the source does not say.
struct CurvePoint {
    QString model;
    QString source;
    std::optional<double> x;
    double value = 0.0;
    std::optional<double> stderr_;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<qint64> n;
};

/// \brief A sorted scaling curve: points by x ascending (ties by model name), points with an
/// unknown x last. Nothing is dropped here; `usablePoints()` says what a log axis can show.
struct Curve {
    CurveKey key;
    ScaleAxis axis = ScaleAxis::Params;
    QList<CurvePoint> points;
    std::optional<double> low;  ///< chance level, when every point agrees on it
    std::optional<double> high; ///< perfect score, when every point agrees on it

    /// \brief Points with a known, positive, finite x: what a log-scale plot or fit can use.
    QList<CurvePoint> usablePoints() const;
    /// \brief How many points have no known scale on this axis.
    qsizetype missingScaleCount() const;
    /// \brief How many points have a zero or negative scale (they cannot sit on a log axis).
    qsizetype nonPositiveScaleCount() const;
    /// \brief Puts `points` in the order described above (stable for equal keys).
    void sortPoints();
};

} // namespace ee
