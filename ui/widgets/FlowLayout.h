// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace ee::ui {

/// \brief Lays its items out left to right and wraps to a new row when the next one does not
/// fit, like words in a paragraph.
///
/// Why: a row of controls (metric buttons, axis, shots, prompting, …) in a QHBoxLayout asks for
/// the width of all of them, and with large presentation type that minimum pushed the window
/// wider than a 1,024 or even a 1,600 px screen. Here the minimum width is the widest single
/// item, and the height follows the width (heightForWidth), so the bar takes two rows on a small
/// screen instead of pushing the window off it.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect& rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace ee::ui
