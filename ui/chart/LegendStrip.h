// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FamilyStyles.h"

#include <QWidget>

class QPainter;

namespace ee::ui {

/// \brief The scaling view's legend, under the chart(s): each family's marker, colour and name,
/// wrapped over at most maxLines() lines, so it never takes the chart's room however many
/// families there are (what does not fit becomes "+N more…", which opens the family picker).
///
/// Click an entry to hide or show that family (hidden ones stay listed, greyed, so they can be
/// clicked back); hover an entry to highlight its curves. Styles come from the same
/// FamilyStyles the charts were built with, so entries match the series exactly.
class LegendStrip : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString name;   ///< the text, and the curve family that hover highlights
        QString family; ///< the family a click hides or shows (differs from `name` in overlays)
        SeriesStyle style;
        bool hidden = false; ///< listed but not drawn (greyed; a click shows it again)
        bool fit = false;    ///< a fitted curve: a dashed line sample, not clickable
    };
    explicit LegendStrip(QWidget* parent = nullptr);
    void setEntries(const QList<Entry>& entries);
    const QList<Entry>& entries() const { return m_entries; }
    /// \brief Whether entries react to the pointer (click, hover); off for a legend of fixed
    /// curves (the toy model), where a pointing hand would promise an action that is not there.
    void setInteractive(bool on);
    /// \brief Entries that fit in maxLines() at the current width (the rest are "more").
    qsizetype shownCount() const;
    static constexpr int maxLines() { return 3; }

    /// \brief Paints an entry's sample (marker and dashed line, or a fit's plain dashed line)
    /// with its left end at (0, 0); also the family picker's icons.
    static void paintSample(QPainter& painter, const SeriesStyle& style, const QColor& colour,
                            bool fit);
    /// \brief Width of paintSample()'s drawing, in pixels.
    static int sampleWidth();

    /// \brief The centre of entry `i` (for tests and keyboard-free clicking).
    QPoint entryCentre(qsizetype i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return QSize(0, 0); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    /// \brief The user clicked a family's entry.
    void familyClicked(const QString& family);
    /// \brief The pointer is over a family's entry (empty: over none).
    void familyHovered(const QString& family);
    /// \brief The user clicked "+N more…".
    void moreClicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Layout {
        QList<QRect> boxes; ///< one per entry that fits
        QRect more;         ///< "+N more…", empty when everything fits
        int height = 0;
    };
    Layout layoutFor(int width) const;
    /// Index of the entry under `pos`, -1 for none, -2 for "more".
    qsizetype hit(const QPoint& pos) const;

    QList<Entry> m_entries;
    QString m_hovered;
    bool m_interactive = true;
};

} // namespace ee::ui
