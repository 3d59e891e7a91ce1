// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ViewState.h"

#include <QList>
#include <QString>
#include <optional>

namespace ee::ui {

/// \brief One step of the teaching tour: a saved view and what to say about it.
struct TourStep {
    QString title;
    QString caption; ///< what is on screen, for a student
    QString notice;  ///< the one thing to notice: a question or an instruction, never a finding
    /// What the data on screen show, computed when the step is shown (ee::curveClaim's kinds:
    /// largest_step, steady, compare_steps, prompt_shift, decline); "" = nothing is stated.
    QString claim;
    ViewState view;
};

/// \brief A tour: steps in order. Stored as editable JSON (resources/tour.json is the default)
/// so a teacher can reorder, edit or add steps: {"format": "emergence-tour", "steps": [{"title",
/// "caption", "notice", "claim", "view": {session keys…}}]}.
struct Tour {
    QString title;
    QList<TourStep> steps;

    /// \brief Reads a tour file (":/tour.json" for the built-in one); nullopt with `error`.
    static std::optional<Tour> load(const QString& path, QString* error = nullptr);
    static QString builtInPath() { return QStringLiteral(":/tour.json"); }
};

} // namespace ee::ui
