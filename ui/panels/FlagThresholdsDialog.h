// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisOptions.h"

#include <QDialog>

class QDoubleSpinBox;

namespace ee::ui {

/// \brief Analysis → Flag thresholds…: the criteria behind "flat", "emergent" and "U-shaped",
/// stated and editable (issue #15 item 6; users ask for stated criteria). The defaults are the
/// analysis spec's (docs/analysis.md); the values are kept in the settings.
class FlagThresholdsDialog : public QDialog {
    Q_OBJECT
public:
    explicit FlagThresholdsDialog(const FlagThresholds& current, QWidget* parent = nullptr);

    FlagThresholds thresholds() const;
    void setThresholds(const FlagThresholds& t);

    /// \brief The saved thresholds (the defaults when none are saved or a value is invalid).
    static FlagThresholds load();
    static void save(const FlagThresholds& t);

private:
    QDoubleSpinBox* m_flat;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_rise;
    QDoubleSpinBox* m_uShape;
};

} // namespace ee::ui
