// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser/BrowserRow.h"
#include "browser/TaskBrowserModel.h"
#include "figure/FigureSpec.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QScatterSeries;
QT_END_NAMESPACE

namespace ee::ui {

/// \brief "Linearity vs breakthroughness": every task curve of the data browser as one point in
/// (L, B), coloured and shaped by its flag (emergent / smooth / flat / inverse / U-shaped), the
/// selected task ringed and named. Tour step 3; View → Tasks in (L, B).
///
/// The numbers are the browser's (one representative curve per task or subtask); rows without
/// both B and L are counted under the chart, never dropped silently. Hovering a point names its
/// task; clicking it selects the task everywhere (taskPicked).
class TaskMapView : public QWidget {
    Q_OBJECT
public:
    explicit TaskMapView(QWidget* parent = nullptr);

    void setRows(const QList<BrowserRow>& rows);
    const QList<BrowserRow>& rows() const { return m_rows; }
    /// \brief Rings the row of `selection` (no ring when it has no point).
    void setSelected(const BrowserSelection& selection);
    /// \brief Fonts and marker sizes (screen or presentation).
    void setStyle(const FigureStyle& style);

    /// \brief Points drawn (rows with both numbers) and rows left out (either number missing).
    qsizetype pointCount() const;
    qsizetype missingCount() const { return m_missing; }
    /// \brief The ringed point in (L, B), when the selected task has one.
    std::optional<QPointF> selectedPoint() const;
    /// \brief Points per flag label ("emergent", …, "no flag").
    QHash<QString, qsizetype> pointsPerFlag() const;
    QChartView* chartView() const { return m_view; }

    /// \brief Legend label for a browser flag ("" → "no flag").
    static QString flagLabel(const QString& flag);

signals:
    void taskPicked(const ee::ui::BrowserSelection& selection);

private:
    /// The rows' points, their (L, B) range and the selected task's point (in the .cpp).
    struct PlacedPoints;

    void rebuild();
    /// Appends each row with both numbers to its flag's series (counting the others missing).
    PlacedPoints placeRows(const QHash<QString, QScatterSeries*>& byFlag);
    /// Hover names the point's task; a click picks it.
    void connectPointEvents(QScatterSeries* series);
    void showPointTip(QScatterSeries* series, const QPointF& point, bool hovering);
    void pickPoint(QScatterSeries* series, const QPointF& point);
    /// The sentence under the chart: what a point is, rows not drawn, a selection not drawn.
    void updateCaption(bool selectionDrawn);
    qsizetype rowAt(const QScatterSeries* series, qsizetype pointIndex) const;

    QList<BrowserRow> m_rows;
    BrowserSelection m_selected;
    FigureStyle m_style;
    qsizetype m_missing = 0;
    QHash<const QScatterSeries*, QList<qsizetype>> m_seriesRows; ///< point i → row index
    QScatterSeries* m_ring = nullptr;
    QChartView* m_view;
    QLabel* m_caption;
};

} // namespace ee::ui
