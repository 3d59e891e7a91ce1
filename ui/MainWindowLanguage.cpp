// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: View → Language, switched at run time without a restart. Every widget sets its
// texts when it is made, so the switch makes the widgets again (buildUi(), buildMenus()) in
// the new language and puts the view back from a session of the old ones: the data, the
// history of view changes and the tour stay, as do the docks' layout and presentation mode.
#include "MainWindow.h"

#include "data/DataStore.h"
#include "i18n/Language.h"
#include "panels/AnalysisPanel.h"
#include "panels/IssuesPanel.h"
#include "tour/TourBar.h"

#include <QActionGroup>
#include <QDialog>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace ee::ui {

void MainWindow::buildLanguageMenu(QMenu* view) {
    QMenu* menu = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(menu);
    for (const QString& code : availableLanguages()) {
        // Each language in its own words, so that it can be found from any other.
        QAction* a = menu->addAction(languageName(code), this, [this, code] {
            // Queued: the rebuild deletes this menu, whose action is still being triggered.
            QMetaObject::invokeMethod(
                this, [this, code] { setLanguage(code); }, Qt::QueuedConnection);
        });
        a->setCheckable(true);
        a->setChecked(code == currentLanguage());
        a->setData(code);
        group->addAction(a);
    }
}

bool MainWindow::setLanguage(const QString& code) {
    if (!installLanguage(code))
        return false;
    saveLanguage(code);

    const ViewState view = currentView();
    const bool loading = m_data->isLoading();
    // Presentation mode hides the docks and remembers whether each was shown before.
    QHash<QString, QVariant> shownBeforePresentation;
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        shownBeforePresentation.insert(dock->objectName(),
                                       dock->property("visibleBeforePresentation"));
    const QList<Diagnostic> notes = m_issues->notes();

    // Take the widgets down: the menu bar, the central widget and the status bar are deleted
    // by their setters, the docks here; their children (every view) go with them.
    qDeleteAll(m_tourActions);
    m_tourActions.clear();
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        removeDockWidget(dock);
        delete dock;
    }
    // Help pages are made again in the new language: the open ones now, where they were, the
    // others when asked for.
    QList<std::pair<HelpPage, QRect>> openHelp;
    for (QDialog* help : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        if (help->objectName().startsWith(QLatin1String("help: "))) {
            if (help->isVisible())
                openHelp.append({HelpPage(help->property("helpPage").toInt()), help->geometry()});
            delete help;
        }
    setMenuBar(new QMenuBar(this));
    setStatusBar(new QStatusBar(this));
    delete takeCentralWidget();
    m_recentMenu = nullptr;

    buildUi();
    buildMenus();
    for (const auto& [page, geometry] : std::as_const(openHelp)) {
        showHelp(page); // after buildMenus(): the shortcuts page reads the new menus
        if (auto* help = findChild<QDialog*>(QStringLiteral("help: %1").arg(int(page)),
                                             Qt::FindDirectChildrenOnly))
            help->setGeometry(geometry);
    }
    for (auto it = shownBeforePresentation.cbegin(); it != shownBeforePresentation.cend(); ++it)
        if (auto* dock = findChild<QDockWidget*>(it.key()))
            dock->setProperty("visibleBeforePresentation", it.value());
    for (const Diagnostic& d : notes)
        m_issues->addNote(d.message, d.severity);
    if (!m_data->paths().isEmpty() && !loading)
        showData();
    if (!loading)
        applyView(view);
    else if (!m_pendingView)
        m_pendingView = view; // a session being opened keeps its own view
    // Notes the background analysis wrote into the browser rows are in the old language.
    m_data->setFlagThresholds(m_data->flagThresholds());
    if (m_largeType)
        setPresentationType(true);
    if (m_tour) {
        for (QAction* a : m_tourActions)
            a->setEnabled(true);
        m_tourBar->setVisible(true);
        // The step's view is the one just restored: only its texts are shown again.
        m_tourBar->showStep(m_tour->steps[m_tourIndex], m_tourIndex, int(m_tour->steps.size()));
        updateTourFinding();
    }
    return true;
}

} // namespace ee::ui
