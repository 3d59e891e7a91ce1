// SPDX-License-Identifier: GPL-3.0-or-later
// The series half of ChartBuilder::build(): reference lines, each curve's interval band or
// error bars, line and markers, and the fits, added to (or updated in) one chart. Internal to
// ui/render.
#pragma once

#include "render/ChartBuilder.h"

#include <QAbstractSeries>
#include <QList>
#include <QPen>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QLineSeries;
QT_END_NAMESPACE

namespace ee::render {

/// \brief A pen `width` scene units wide with flat caps and round joins; `dashes` in widths.
QPen makePen(const QColor& colour, double width, const QList<qreal>& dashes = {});

/// \brief The plot range of a chart being built, in plot coordinates (log10 for log x).
struct PlotRange {
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
};

/// \brief Hands out the series of a chart being built. With a reused chart, its series are
/// taken in their order as long as each has the type asked for; from the first mismatch on,
/// the rest are removed and new ones made. The series order (and so the drawing order and
/// legend) is therefore always the order of the requests, exactly as in a fresh chart, while
/// an unchanged structure creates no Qt Charts items at all.
class SeriesPool {
public:
    explicit SeriesPool(QChart* chart);

    /// A series of type T: reused (true) or new and not yet in the chart (false).
    template <class T> std::pair<T*, bool> take(QAbstractSeries::SeriesType type) {
        if (m_next < m_old.size()) {
            QAbstractSeries* s = m_old[m_next];
            if (s->type() == type) {
                ++m_next;
                return {static_cast<T*>(s), true};
            }
            dropRest();
        }
        return {nullptr, false};
    }
    /// Removes the series not taken (call once at the end).
    void dropRest();

private:
    QChart* m_chart;
    QList<QAbstractSeries*> m_old;
    qsizetype m_next = 0;
};

/// \brief Adds the series of `built` (its chart, panel and data) in the order of the series
/// plan: reference lines, then per curve its band or error bars, line and markers, then fits.
/// Every property a series of a kind can have is set on every use, so a reused series ends up
/// exactly like a new one. Call finish() last.
class ChartSeriesWriter {
public:
    ChartSeriesWriter(const ChartBuilder& builder, BuiltChart& built, QCategoryAxis* ax,
                      QCategoryAxis* ay, const ChartOptions& options, const PlotRange& range);

    /// Chance and perfect levels, first so that data draws over them.
    void addReferenceLines();
    /// One curve: its interval band or error bars, its line and its markers.
    void addCurve(const PlotSeries& s);
    void addFits();
    /// Removes the reused chart's series that were not needed.
    void finish() { m_pool.dropRest(); }

private:
    void place(QAbstractSeries* series, bool reused, SeriesRole role, bool inLegend);
    QLineSeries* lineSeries(const QString& name, const QPen& pen, const QList<QPointF>& pts,
                            SeriesRole role, bool inLegend);
    void addReference(double level, SeriesRole::Kind kind, const QString& label);
    void addBand(const PlotSeries& s, const QColor& colour);
    void addErrorBars(const PlotSeries& s, const QColor& colour);

    const ChartBuilder& m_b;
    BuiltChart& m_built;
    QChart* m_chart;
    QCategoryAxis* m_ax;
    QCategoryAxis* m_ay;
    const ChartOptions& m_o;
    PlotRange m_range;
    double m_u; ///< scene units per point
    QColor m_fg;
    SeriesPool m_pool;
};

} // namespace ee::render
