// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/HeatGrid.h"
#include "model/ModelScale.h"

#include <QWidget>

namespace ee::ui {

/// \brief A heat map of many curves (rows) against model size (columns), drawn instead of one
/// line per subtask when a task has more subtasks than lines can show apart. Colours follow
/// viridis (perceptually even, readable in grey and by colour-blind readers); a bar at the
/// right gives the scale, cells without a score are light grey and counted in the caption.
/// Hover a cell for the subtask, model, size and exact value.
class SubtaskHeatMap : public QWidget {
    Q_OBJECT
public:
    explicit SubtaskHeatMap(QWidget* parent = nullptr);

    void setGrid(HeatGrid grid, const QString& title, const QString& valueLabel,
                 ScaleAxis axis = ScaleAxis::Params);
    const HeatGrid& grid() const { return m_grid; }
    QString caption() const;
    /// \brief The viridis colour of t in [0, 1] (clamped).
    static QColor viridis(double t);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// The rectangle of the cells, in widget coordinates.
    QRect cellArea() const;
    int labelWidth() const;

    HeatGrid m_grid;
    QString m_title;
    QString m_valueLabel;
    ScaleAxis m_axis = ScaleAxis::Params;
};

} // namespace ee::ui
