// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tour/Tour.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ee::ui {

/// \brief The caption bar of the tour: step number, title, caption and the thing to notice in
/// large type, always visible above the views, with previous / next / exit buttons.
class TourBar : public QFrame {
    Q_OBJECT
public:
    explicit TourBar(QWidget* parent = nullptr);
    void showStep(const TourStep& step, int index, int count);
    /// \brief What the data on screen show (computed for the step's claim); "" = none.
    void setFinding(const QString& finding);
    /// \brief Step text as shown (for tests and screenshots).
    QString text() const;

signals:
    void previousRequested();
    void nextRequested();
    void exitRequested();

protected:
    /// Keeps the caption sizes relative to the bar's font (presentation mode enlarges it).
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();

    QLabel* m_step;
    QLabel* m_caption;
    QLabel* m_notice;
    QString m_noticeText;
    QPushButton* m_prev;
    QPushButton* m_next;
};

} // namespace ee::ui
