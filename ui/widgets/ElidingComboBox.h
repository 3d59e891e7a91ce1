// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class QStyleOptionComboBox;

namespace ee::ui {

/// \brief A combo box whose current text, when wider than the box, is painted elided with "…"
/// and shown whole in the tooltip, and whose popup list is wide enough for every item.
///
/// Why: QComboBox paints its text clipped at the box's edge with no mark, so at 1,024 px a
/// model combo read "Meta-Llama-3-70" (70B? 70M?) and a task combo "… · 2-sh". Toolbars that
/// wrap (FlowLayout) or share a row cannot always give a combo its whole text; this way what
/// is cut is visible as cut, and the whole text is one hover away. Model names differ at the
/// end ("-7b-hf", "-70B"), so they want Qt::ElideMiddle; most labels read well with ElideRight.
class ElidingComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget* parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    Qt::TextElideMode elideMode() const { return m_mode; }
    void setElideMode(Qt::TextElideMode mode);

    /// \brief The current text as painted: whole when it fits the text field, otherwise elided
    /// with "…" (for an editable combo, the line edit shows the text and this is it whole).
    QString displayedText() const;
    /// \brief What a hover shows: the whole current text first when the painted one is elided,
    /// then the tooltip set with setToolTip() (which explains the control).
    QString hoverText() const;

    void showPopup() override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString elided(const QStyleOptionComboBox& option) const;

    Qt::TextElideMode m_mode;
};

} // namespace ee::ui
