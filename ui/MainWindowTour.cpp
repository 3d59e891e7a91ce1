// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the tour and presentation mode (large type, full screen, docks hidden).
#include "MainWindow.h"

#include "analysis/CurveClaims.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "chart/ScreenStyle.h"
#include "data/DataStore.h"
#include "panels/IssuesPanel.h"
#include "tour/TourBar.h"
#include "views/DecompositionView.h"
#include "views/ForecastView.h"
#include "views/LogProbView.h"
#include "views/TaskMapView.h"
#include "views/ToyModelView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLayout>
#include <QScreen>
#include <QTimer>

namespace ee::ui {

double presentationTypeScale(int screenHeight) {
    constexpr double kShort = 700, kTall = 900, kSmall = 1.2, kLarge = 1.5;
    const double t = std::clamp((screenHeight - kShort) / (kTall - kShort), 0.0, 1.0);
    return kSmall + t * (kLarge - kSmall);
}

bool MainWindow::startTour(const QString& path, bool presentation) {
    QString error;
    auto tour = Tour::load(path.isEmpty() ? Tour::builtInPath() : path, &error);
    if (!tour) {
        m_issues->addNote(error, Diagnostic::Severity::Error);
        return false;
    }
    m_tour = std::move(tour);
    m_presentation = presentation;
    if (presentation) {
        // Kept to come back to exactly: a window manager may not restore the size a window
        // had before full screen once large type changed its minimum (and the closing
        // window's geometry is saved for the next start). Saved before the tour bar shows: it
        // raises the minimum height, and a window it grew came back 33 px taller.
        m_geometryBeforePresentation = saveGeometry();
        m_sizeBeforePresentation = isMaximized() ? QSize() : size();
    }
    for (QAction* a : m_tourActions)
        a->setEnabled(true);
    m_tourBar->setVisible(true);
    if (presentation) {
        setPresentationType(true);
        showFullScreen();
    }
    goToTourStep(0);
    return true;
}

void MainWindow::stopTour() {
    if (!m_tour)
        return;
    m_tour.reset();
    m_tourIndex = -1;
    for (QAction* a : m_tourActions)
        a->setEnabled(false);
    m_tourBar->setVisible(false);
    if (m_presentation) {
        setPresentationType(false);
        showNormal();
        // Once the window has left full screen (at once on some platforms, after the window
        // manager's answer on others) and the font change has reached every widget.
        m_restoreAfterPresentation = true;
        if (!isFullScreen())
            QTimer::singleShot(0, this, &MainWindow::restoreAfterPresentation);
        m_presentation = false;
    }
}

void MainWindow::restoreAfterPresentation() {
    if (!m_restoreAfterPresentation || isFullScreen())
        return;
    m_restoreAfterPresentation = false;
    // Lay out with the normal font first, so the large type's minimum no longer holds.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (layout())
        layout()->activate();
    restoreGeometry(m_geometryBeforePresentation);
    // restoreGeometry() fits the window to the screen's available area; the user's size wins.
    if (m_sizeBeforePresentation.isValid() && !isMaximized())
        resize(m_sizeBeforePresentation);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && m_restoreAfterPresentation && !isFullScreen())
        QTimer::singleShot(0, this, &MainWindow::restoreAfterPresentation);
}

void MainWindow::setPresentationType(bool large) {
    m_largeType = large;
    // Large type is 1.5× for widgets and 1.7× for charts on a screen of 900 px or more; on a
    // short one (a 1024×768 projector) it shrinks linearly to 1.2× and 1.36× at 700 px, since
    // at 1.5× the tour bar, the view's notes and its toolbar left the charts of the log-prob
    // step 90 px, too little for their axis titles. The height is the screen's when the tour
    // goes full screen (the window gets there only after the window manager answers), else
    // the window's own.
    const int h = m_presentation && screen() ? screen()->geometry().height() : height();
    const double widgetScale = large ? presentationTypeScale(h) : 1.0;
    // Charts take absolute point sizes from their style; widgets (captions, notes, tables,
    // sliders, the tour bar) follow the window font.
    const FigureStyle style = screenStyle(large ? widgetScale * 1.7 / 1.5 : 1.0);
    m_scaling->setStyle(style);
    m_logProb->panel()->setStyle(style);
    m_decomposition->setStyle(style);
    m_toy->setStyle(style);
    m_taskMap->setStyle(style);
    // Full screen for a room: the chart area gets the space of the data, analysis and issues
    // docks (with large type the analysis dock alone would take 414 px of a 1,024 px
    // projector). Each comes back as it was.
    for (const char* name : {"DataDock", "AnalysisDock", "IssuesDock"}) {
        auto* dock = findChild<QDockWidget*>(QString::fromLatin1(name));
        if (!dock)
            continue;
        if (large) {
            if (!dock->property("visibleBeforePresentation").isValid())
                dock->setProperty("visibleBeforePresentation", !dock->isHidden());
            dock->setVisible(false);
        } else if (dock->property("visibleBeforePresentation").isValid()) {
            dock->setVisible(dock->property("visibleBeforePresentation").toBool());
            dock->setProperty("visibleBeforePresentation", QVariant());
        }
    }
    if (large) {
        QFont f = QApplication::font(this);
        f.setPointSizeF(f.pointSizeF() * widgetScale);
        setFont(f);
    } else {
        setFont(QFont()); // an empty font resolves to the application's again
    }
}

void MainWindow::goToTourStep(int index) {
    if (!m_tour)
        return;
    index = std::clamp(index, 0, int(m_tour->steps.size()) - 1);
    m_tourIndex = index;
    const TourStep& step = m_tour->steps[index];
    m_tourBar->showStep(step, index, int(m_tour->steps.size()));
    ViewState v = step.view;
    v.windowState.clear(); // a tour step never rearranges the docks
    applyView(v);
    updateTourFinding();
}

void MainWindow::updateTourFinding() {
    if (!m_tour || m_tourIndex < 0)
        return;
    const TourStep& step = m_tour->steps[m_tourIndex];
    if (step.claim == QLatin1String("forecast") && !m_data->isLoading() &&
        m_tabs->currentWidget() == static_cast<QWidget*>(m_forecast)) {
        // The backtest on screen, in numbers (ForecastView::finding); empty while it fits.
        m_tourBar->setFinding(m_forecast->finding());
        return;
    }
    if (step.claim.isEmpty() || m_data->isLoading() ||
        m_tabs->currentWidget() != static_cast<QWidget*>(m_scaling)) {
        m_tourBar->setFinding(QString());
        return;
    }
    // From the charts as drawn (every metric side by side), so the sentence describes exactly
    // the curves on screen, whatever data is loaded.
    QList<QList<Curve>> panels;
    for (const ChartView* view : m_scaling->views())
        panels.append(view->curves());
    m_tourBar->setFinding(curveClaim(step.claim, panels));
}

} // namespace ee::ui
