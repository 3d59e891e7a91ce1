// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"
#include "model/Curve.h"

#include <QComboBox>

namespace ee::ui {

/// \brief The Scaling view's y-axis menu: full range, fit to data, log, logit, normalised score.
///
/// Modes the curves on screen cannot use (logit of a metric that is not a 0–1 proportion, a
/// normalised score without a known chance level) are disabled, and their tooltip says why.
class YAxisChooser : public QComboBox {
    Q_OBJECT
public:
    explicit YAxisChooser(QWidget* parent = nullptr);

    YAxisMode mode() const;
    /// \brief Shows `mode` without emitting modeChosen().
    void setMode(YAxisMode mode);
    /// \brief Enables each mode that `curves` (drawn for `panel`) can use; the others get a
    /// tooltip saying why.
    void updateAvailability(const QList<Curve>& curves, const PanelSpec& panel);

signals:
    /// \brief The user picked `mode`.
    void modeChosen(ee::YAxisMode mode);
};

} // namespace ee::ui
