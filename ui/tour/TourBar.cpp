// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour/TourBar.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ee::ui {

TourBar::TourBar(QWidget* parent)
    : QFrame(parent)
    , m_step(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_prev(new QPushButton(tr("◀ Previous"), this))
    , m_next(new QPushButton(tr("Next ▶"), this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyFonts();
    // Every text wraps: a long title in presentation type must not make the window wider
    // than the projector's screen.
    m_step->setWordWrap(true);
    m_caption->setWordWrap(true);
    m_notice->setWordWrap(true);
    auto* exit = new QPushButton(tr("Exit tour (Esc)"), this);
    m_prev->setToolTip(tr("Previous step (← or Page Up)"));
    m_next->setToolTip(tr("Next step (→, Space or Page Down)"));
    for (QPushButton* b : {m_prev, m_next, exit})
        b->setFocusPolicy(Qt::NoFocus); // arrow keys belong to the tour, not to the buttons
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_step, 1);
    buttons->addWidget(m_prev);
    buttons->addWidget(m_next);
    buttons->addWidget(exit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4); // four rows of text in presentation type on a 700 px screen
    layout->addLayout(buttons);
    layout->addWidget(m_caption);
    layout->addWidget(m_notice);
    connect(m_prev, &QPushButton::clicked, this, &TourBar::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &TourBar::nextRequested);
    connect(exit, &QPushButton::clicked, this, &TourBar::exitRequested);
}

void TourBar::applyFonts() {
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_step->setFont(big);
    QFont mid = font();
    mid.setPointSizeF(mid.pointSizeF() * 1.45);
    m_caption->setFont(mid);
    m_notice->setFont(mid);
    // The notice and its computed finding can run to several lines on a narrow window; as a
    // minimum it asks for one, so that presentation type still fits a 1024×700 projector.
    m_notice->setMinimumHeight(QFontMetrics(mid).lineSpacing());
}

void TourBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QFrame::changeEvent(event);
}

void TourBar::showStep(const TourStep& step, int index, int count) {
    // The tour's texts are looked up in the "TourSteps" context (tools/update-translations.sh
    // extracts them from resources/tour.json); a user's own tour shows as written.
    const auto text = [](const QString& s) {
        return QCoreApplication::translate("TourSteps", s.toUtf8().constData());
    };
    m_step->setText(tr("Step %1 of %2 · %3").arg(index + 1).arg(count).arg(text(step.title)));
    m_caption->setText(text(step.caption));
    m_noticeText = text(step.notice);
    setFinding(QString());
    m_prev->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
}

void TourBar::setFinding(const QString& finding) {
    // One label: a separate one for the finding made the views' minimum height grow with it
    // (tst_MainWindow::everyTabFitsASmallScreen).
    QString html = tr("<b>Notice:</b> %1").arg(m_noticeText.toHtmlEscaped());
    if (!finding.isEmpty())
        html += QStringLiteral("<br><small>") +
                tr("<b>On screen:</b> %1").arg(finding.toHtmlEscaped()) +
                QStringLiteral("</small>");
    m_notice->setText(html);
}

QString TourBar::text() const {
    return m_step->text() + QLatin1Char('\n') + m_caption->text() + QLatin1Char('\n') +
           m_notice->text();
}

} // namespace ee::ui
