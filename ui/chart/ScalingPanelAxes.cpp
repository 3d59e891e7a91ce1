// SPDX-License-Identifier: GPL-3.0-or-later
// ScalingPanel's axes: the x axis and its zoom, the y-axis mode, and the panel spec they make.
#include "chart/ScalingPanel.h"

#include "chart/YAxisChooser.h"

#include <QComboBox>

namespace ee::ui {

void ScalingPanel::setAxis(ScaleAxis axis) {
    if (axis == m_sel.axis)
        return;
    m_sel.axis = axis;
    m_xRange.reset(); // a zoom on parameters means nothing on FLOPs
    m_updating = true;
    m_axisCombo->setCurrentIndex(m_axisCombo->findData(int(axis)));
    m_updating = false;
    redraw();
}

void ScalingPanel::setYAxis(YAxisMode mode) {
    m_yAxisChooser->setMode(mode);
    if (mode == m_sel.yAxis)
        return;
    m_sel.yAxis = mode;
    redraw(false); // the same curves, drawn on another scale: fits stay
    emit selectionChanged(m_sel);
}

void ScalingPanel::setXRange(std::optional<std::pair<double, double>> range) {
    if (range && !(range->first < range->second))
        range.reset();
    m_xRange = range;
    redraw(false);
}

PanelSpec ScalingPanel::panelFor(const QString& metric) const {
    return scalingPanelSpec(m_sel, metric, m_visibleFamilies, m_chartFamilyScores.size(),
                            m_yLabels);
}

PanelSpec ScalingPanel::currentPanel() const {
    PanelSpec p = panelFor(m_sideBySide ? m_sideMetrics.value(0) : m_sel.metric);
    p.fits = m_fits;
    return p;
}

} // namespace ee::ui
