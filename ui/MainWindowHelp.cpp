// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's Help pages (texts in HelpPages.cpp).
#include "MainWindow.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ee::ui {

void MainWindow::showHelp(const QString& title, const QString& html) {
    // One window per page; asking again raises it (the text is refreshed: shortcuts can change).
    const QString name = QStringLiteral("help: ") + title;
    auto* dialog = findChild<QDialog*>(name, Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(name);
        dialog->setWindowTitle(title);
        auto* text = new QTextBrowser(dialog);
        text->setOpenExternalLinks(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(text, 1);
        layout->addWidget(buttons);
        dialog->resize(560, 520);
    }
    dialog->findChild<QTextBrowser*>()->setHtml(html);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace ee::ui
