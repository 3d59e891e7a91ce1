// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/ChartBuilder.h"

#include <QChartView>
#include <optional>

namespace ee::ui {

/// \brief A QChartView showing one chart built by render::ChartBuilder, with a hover tooltip
/// naming the model, its scale and the exact value, and horizontal zoom.
///
/// Zoom: drag a horizontal band to zoom in; right-click or double-click resets. The view does
/// not re-render itself: it reports the wanted x range (plot coordinates) through xZoomRequested
/// and the owner rebuilds the chart, so ticks are recomputed for the new span.
class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    /// \brief Shows `built` (the view takes the chart); `curves` are what it was built from.
    /// `built.chart` may be the chart already shown, updated in place (ChartBuilder reuse).
    void showChart(render::BuiltChart built, QList<Curve> curves);
    const render::BuiltChart& built() const { return m_built; }
    /// \brief The chart shown, when it was built by render::ChartBuilder (for reuse), else null.
    QChart* reusableChart() const { return m_built.chart; }
    const QList<Curve>& curves() const { return m_curves; }

    /// \brief Fades every curve but `family`'s (legend hover); empty = all curves at full
    /// strength. Kept across redraws until changed.
    void highlightFamily(const QString& family);
    const QString& highlightedFamily() const { return m_highlight; }

    /// \brief The tooltip text for point `pointIndex` of curve `curveIndex` (public for tests).
    QString pointText(qsizetype curveIndex, qsizetype pointIndex) const;

signals:
    void xZoomRequested(double xMin, double xMax);
    void zoomResetRequested();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void onHovered(QAbstractSeries* series, const QPointF& point, bool state);

    render::BuiltChart m_built;
    QList<Curve> m_curves;
    void applyHighlight();

    bool m_reportZoom = false;
    QString m_highlight;
};

} // namespace ee::ui
