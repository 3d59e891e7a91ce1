// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's Help pages (texts in HelpPages.cpp).
#include "MainWindow.h"

#include "HelpPages.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ee::ui {

void MainWindow::showHelp(HelpPage page) {
    QString title, html;
    switch (page) {
    case HelpPage::UserGuide:
        title = tr("User guide");
        html = userGuideHtml();
        break;
    case HelpPage::Shortcuts:
        title = tr("Keyboard shortcuts");
        html = shortcutsHtml(this);
        break;
    case HelpPage::ShapeNumbers:
        title = tr("What do B and L mean?");
        html = shapeNumbersHtml();
        break;
    }
    // One window per page; asking again raises it (the text is refreshed: shortcuts can change).
    // The name does not depend on the language, so a language switch finds the open pages.
    const QString name = QStringLiteral("help: %1").arg(int(page));
    auto* dialog = findChild<QDialog*>(name, Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(name);
        dialog->setProperty("helpPage", int(page));
        auto* text = new QTextBrowser(dialog);
        text->setOpenExternalLinks(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(text, 1);
        layout->addWidget(buttons);
        dialog->resize(560, 520);
    }
    dialog->setWindowTitle(title);
    dialog->findChild<QTextBrowser*>()->setHtml(html);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace ee::ui
