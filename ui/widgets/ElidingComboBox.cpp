// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ElidingComboBox.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QScreen>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>
#include <algorithm>

namespace ee::ui {

ElidingComboBox::ElidingComboBox(QWidget* parent, Qt::TextElideMode mode)
    : QComboBox(parent)
    , m_mode(mode) {
    view()->setTextElideMode(mode); // only when even the widened popup is cut by the screen
}

void ElidingComboBox::setElideMode(Qt::TextElideMode mode) {
    m_mode = mode;
    view()->setTextElideMode(mode);
    update();
}

QString ElidingComboBox::elided(const QStyleOptionComboBox& option) const {
    // The label's room as QCommonStyle's CE_ComboBoxLabel computes it: the edit field, less
    // the icon and its gap, less a pixel each side.
    const QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int room = field.width() - 2;
    if (!option.currentIcon.isNull())
        room -= option.iconSize.width() + 4;
    return fontMetrics().elidedText(option.currentText, m_mode, std::max(room, 0));
}

QString ElidingComboBox::displayedText() const {
    QStyleOptionComboBox option;
    initStyleOption(&option);
    if (isEditable())
        return option.currentText;
    if (currentIndex() < 0 && !placeholderText().isEmpty())
        option.currentText = placeholderText();
    return elided(option);
}

QString ElidingComboBox::hoverText() const {
    const QString shown = displayedText();
    const QString whole = currentIndex() < 0 ? placeholderText() : currentText();
    if (shown == whole || whole.isEmpty())
        return toolTip();
    return toolTip().isEmpty() ? whole : whole + QLatin1Char('\n') + toolTip();
}

void ElidingComboBox::paintEvent(QPaintEvent* event) {
    if (isEditable()) { // the line edit paints the text
        QComboBox::paintEvent(event);
        return;
    }
    // QComboBox::paintEvent, with the label's text elided instead of clipped.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        option.palette.setBrush(QPalette::ButtonText, option.palette.placeholderText());
        option.currentText = placeholderText();
    }
    option.currentText = elided(option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidingComboBox::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const QString text = hoverText();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text, this);
        return true;
    }
    return QComboBox::event(event);
}

void ElidingComboBox::showPopup() {
    // The popup is as wide as the box by default, which cuts the same texts the box cuts; make
    // it as wide as its widest item (and the scroll bar), up to the screen's width.
    QAbstractItemView* list = view();
    int wanted = list->sizeHintForColumn(0) + 2 * list->frameWidth() +
                 style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list) + 8;
    if (const QScreen* s = screen())
        wanted = std::min(wanted, s->availableGeometry().width());
    list->setMinimumWidth(std::max(wanted, width()));
    QComboBox::showPopup();
}

} // namespace ee::ui
