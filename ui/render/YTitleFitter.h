// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
QT_END_NAMESPACE

namespace ee::render {

/// \brief `title` broken into lines of at most `width` scene units in `font` (at most
/// `maxLines`, the last one holding the rest), breaking after a space or an underscore and
/// before an opening bracket, so a metric's id ("log_likelihood_derived") stays whole across
/// the lines; one line when it fits. Joining the lines gives `title` back (spaces at the
/// breaks dropped).
QStringList wrapTitle(const QString& title, const QFont& font, double width, int maxLines = 3);

/// \brief Keeps a chart's y-axis title whole on screen: Qt Charts cuts a title longer than the
/// plot is high to "log_likelihood_…", which hid the metric's id (presentation type, Chinese,
/// a small window) and the log-prob view's "mean gap, correct − best incorrect (nats)". When the
/// title is longer than the plot's height it is set as lines (HTML line breaks), refitted as
/// the chart is resized. Owned by the chart; ChartBuilder creates or updates it.
class YTitleFitter : public QObject {
    Q_OBJECT
public:
    YTitleFitter(QChart* chart, QAbstractAxis* axis);

    /// \brief The chart's fitter, or a new one for `axis` (the chart's y axis).
    static YTitleFitter* of(QChart* chart, QAbstractAxis* axis);
    /// \brief The axis it serves (null once the axis is gone).
    QAbstractAxis* axis() const;
    /// \brief The whole title (plain text) and its font; applied at once.
    void setTitle(const QString& title, const QFont& font);

private:
    void fit(const QRectF& plotArea);

    QChart* m_chart;
    QPointer<QAbstractAxis> m_axis;
    QString m_title;
    QFont m_font;
};

} // namespace ee::render
