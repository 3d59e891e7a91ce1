// SPDX-License-Identifier: GPL-3.0-or-later
// ScalingPanel's axes: the x axis and its zoom, the y-axis mode, and the panel spec they make.
#include "chart/ScalingPanel.h"

#include "analysis/CapabilityAxis.h"
#include "chart/YAxisChooser.h"

#include <QComboBox>

namespace ee::ui {

void ScalingPanel::setAxis(ScaleAxis axis) {
    if (axis == m_sel.axis && m_sel.capabilityPc == 0)
        return;
    m_sel.axis = axis;
    m_sel.capabilityPc = 0;
    m_xRange.reset(); // a zoom on parameters means nothing on FLOPs
    m_updating = true;
    m_axisCombo->setCurrentIndex(m_axisCombo->findData(int(axis)));
    m_updating = false;
    redraw();
}

void ScalingPanel::setCapabilityPc(int pc) {
    if (pc < 0 || pc > (m_capability ? m_capability->components() : 0) || pc == m_sel.capabilityPc)
        return;
    m_sel.capabilityPc = pc;
    m_xRange.reset(); // a zoom on parameters means nothing on a PC
    m_updating = true;
    m_axisCombo->setCurrentIndex(
        m_axisCombo->findData(pc > 0 ? kCapabilityPcData + pc : int(m_sel.axis)));
    m_updating = false;
    redraw();
}

void ScalingPanel::refreshCapabilityAxis() {
    // Only a table with every standard benchmark (ObsScaling's base_llm_benchmark_eval) gets
    // the capability axis; the PCA takes every model that has all eight.
    m_capability.reset();
    if (hasStandardBenchmarks(*m_table))
        m_capability = std::make_shared<const CapabilityAxis>(fitCapabilityAxis(*m_table, 3));
    m_updating = true;
    for (int i = m_axisCombo->count() - 1; i >= 0; --i)
        if (m_axisCombo->itemData(i).toInt() > kCapabilityPcData)
            m_axisCombo->removeItem(i);
    const int pcs = m_capability ? m_capability->components() : 0;
    for (int k = 1; k <= pcs; ++k) {
        m_axisCombo->addItem(tr("Capability PC%1").arg(k), kCapabilityPcData + k);
        m_axisCombo->setItemData(m_axisCombo->count() - 1, m_capability->describe(k),
                                 Qt::ToolTipRole);
    }
    m_axisCombo->setToolTip(
        pcs > 0 ? tr("What the x axis measures: model size on a log scale, or a capability PC "
                     "of the standard benchmarks on a linear scale")
        : m_capability ? tr("What the x axis measures (log scale). No capability PCs: %1")
                             .arg(m_capability->error)
                       : tr("What the x axis measures (log scale)"));
    m_updating = false;
    if (m_sel.capabilityPc > pcs)
        m_sel.capabilityPc = 0;
}

QStringList ScalingPanel::moveToCapabilityAxis(QList<QList<Curve>>& curves) const {
    const int pc = m_sel.capabilityPc;
    if (pc == 0 || !m_capability)
        return {};
    QStringList without;
    for (QList<Curve>& c : curves) {
        CapabilityCurves moved = onCapabilityAxis(c, *m_capability, pc);
        c = std::move(moved.curves);
        for (const QString& m : std::as_const(moved.modelsWithout))
            if (!without.contains(m))
                without << m;
    }
    QStringList notes;
    if (!without.isEmpty())
        notes << m_capability->withoutScoreSentence(without);
    notes << m_capability->describe(pc);
    if (!m_fits.isEmpty())
        notes << tr("The analysis panel's fits are against %1; they are not drawn on a "
                    "capability axis.")
                     .arg(scaleAxisLabel(m_sel.axis));
    return notes;
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
    if (m_sel.capabilityPc == 0)
        p.fits = m_fits;
    return p;
}

} // namespace ee::ui
