// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/YTitleFitter.h"

#include "render/ChartFitter.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>

namespace ee::render {

namespace {

/// The title cut into the pieces a line may end after: "log_" "likelihood_" "derived" "（…）".
QStringList breakPieces(const QString& title) {
    QStringList pieces;
    QString piece;
    for (const QChar c : title) {
        const bool opening = c == QLatin1Char('(') || c == QChar(0xFF08); // "(" or "（"
        if (opening && !piece.trimmed().isEmpty()) {
            pieces << piece;
            piece.clear();
        }
        piece += c;
        if (c == QLatin1Char(' ') || c == QLatin1Char('_')) {
            pieces << piece;
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        pieces << piece;
    return pieces;
}

} // namespace

QStringList wrapTitle(const QString& title, const QFont& font, double width, int maxLines) {
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(title) <= width || maxLines < 2)
        return {title};
    QStringList lines;
    QString line;
    for (const QString& piece : breakPieces(title)) {
        const QString longer = line + piece;
        if (!line.isEmpty() && lines.size() < maxLines - 1 &&
            fm.horizontalAdvance(longer.trimmed()) > width) {
            lines << line.trimmed();
            line = piece;
        } else {
            line = longer;
        }
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    return lines;
}

YTitleFitter::YTitleFitter(QChart* chart, QAbstractAxis* axis)
    : QObject(chart)
    , m_chart(chart)
    , m_axis(axis) {
    connect(chart, &QChart::plotAreaChanged, this, &YTitleFitter::fit);
}

YTitleFitter* YTitleFitter::of(QChart* chart, QAbstractAxis* axis) {
    return chartFitterOf<YTitleFitter>(chart, axis);
}

QAbstractAxis* YTitleFitter::axis() const {
    return m_axis;
}

void YTitleFitter::setTitle(const QString& title, const QFont& font) {
    m_title = title;
    m_font = font;
    fit(m_chart->plotArea());
}

void YTitleFitter::fit(const QRectF& plotArea) {
    if (!m_axis)
        return;
    // Before the first layout the plot has no height: the whole title, fitted at that layout.
    const QStringList lines = plotArea.height() > 0 ? wrapTitle(m_title, m_font, plotArea.height())
                                                    : QStringList{m_title};
    // Qt Charts draws axis titles as HTML: one line stays the text as given (as before), lines
    // are escaped and joined by line breaks.
    QString text = m_title;
    if (lines.size() > 1) {
        QStringList escaped;
        for (const QString& l : lines)
            escaped << l.toHtmlEscaped();
        text = escaped.join(QStringLiteral("<br>"));
    }
    if (m_axis->titleText() != text)
        m_axis->setTitleText(text);
}

} // namespace ee::render
