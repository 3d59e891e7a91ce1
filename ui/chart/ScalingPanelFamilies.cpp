// SPDX-License-Identifier: GPL-3.0-or-later
// ScalingPanel's family controls: the "7 of 22 families shown" button with its picker, and the
// legend's click (hide/show) and hover (highlight).
#include "chart/ChartView.h"
#include "chart/FamilyPicker.h"
#include "chart/LegendStrip.h"
#include "chart/ScalingPanel.h"

#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace ee::ui {

void ScalingPanel::setUpFamilyControls() {
    m_familyButton->setPopupMode(QToolButton::InstantPopup);
    m_familyButton->hide(); // until a task with families is shown
    m_familyButton->setToolTip(tr("Pick the families to draw: the ones with most scores on this "
                                  "chart by default, every family one click away"));
    auto* menu = new QMenu(m_familyButton);
    m_picker = new FamilyPicker(menu);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(m_picker);
    menu->addAction(action);
    m_familyButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        m_picker->setFamilies(m_chartFamilyScores, m_familyFilter, m_sessionStyles);
        m_picker->search()->setFocus();
    });
    connect(m_picker, &FamilyPicker::filterChanged, this, &ScalingPanel::setFamilyFilter);
    connect(m_legend, &LegendStrip::familyClicked, this, &ScalingPanel::toggleFamily);
    connect(m_legend, &LegendStrip::moreClicked, m_familyButton, &QToolButton::showMenu);
    connect(m_legend, &LegendStrip::familyHovered, this, [this](const QString& family) {
        for (ChartView* view : m_views)
            view->highlightFamily(family);
    });
}

void ScalingPanel::setFamilyFilter(const FamilyFilter& filter) {
    if (filter == m_familyFilter)
        return;
    m_familyFilter = filter;
    for (ChartView* view : m_views)
        view->highlightFamily(QString()); // the highlighted family may be gone
    redraw();
}

void ScalingPanel::toggleFamily(const QString& family) {
    FamilyFilter f = m_familyFilter;
    f.setFamilyVisible(family, !m_visibleFamilies.contains(family));
    setFamilyFilter(f);
}

} // namespace ee::ui
