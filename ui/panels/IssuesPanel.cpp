// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/IssuesPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ee::ui {

namespace {
constexpr int kNoteRole = Qt::UserRole + 1;
constexpr int kNoteMessageRole = Qt::UserRole + 2;  ///< a note's message, to re-add it
constexpr int kNoteSeverityRole = Qt::UserRole + 3; ///< …and its severity
constexpr int kOutputsRole = Qt::UserRole + 4;      ///< a problem of the model outputs read

/// Shortens the Where column in the middle: a path's end (the file's name and line) is what
/// tells problems apart, and the right-hand "…" of the default hid exactly that.
class MiddleElidingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

QList<Diagnostic> errorsFirst(const Diagnostics& diagnostics) {
    QList<Diagnostic> sorted = diagnostics.items;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return (a.severity == Diagnostic::Severity::Error) >
               (b.severity == Diagnostic::Severity::Error);
    });
    return sorted;
}
} // namespace

IssuesPanel::IssuesPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this)) {
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Where"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->resizeSection(0, 320);
    m_list->header()->setStretchLastSection(true);
    m_list->setItemDelegateForColumn(0, new MiddleElidingDelegate(m_list));
    m_list->setToolTip(tr("Problems found in the data; the rest of the data still loaded"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    updateSummary();
}

void IssuesPanel::addItem(const Diagnostic& d) {
    QString where = d.file;
    if (d.line > 0)
        where += QLatin1Char(':') + QString::number(d.line);
    const QString message =
        d.place.isEmpty() ? d.message : d.place + QStringLiteral(": ") + d.message;
    auto* item = new QTreeWidgetItem({where, message});
    const bool error = d.severity == Diagnostic::Severity::Error;
    item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                 : QStyle::SP_MessageBoxWarning));
    item->setToolTip(1, message);
    item->setToolTip(0, d.file);
    item->setData(0, Qt::UserRole, d.toString());
    m_list->addTopLevelItem(item);
}

void IssuesPanel::setDiagnostics(const Diagnostics& diagnostics) {
    // Keep the app's own notes and the model outputs' problems; replace the loading problems.
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (!item->data(0, kNoteRole).toBool() && !item->data(0, kOutputsRole).toBool())
            delete m_list->takeTopLevelItem(i);
    }
    m_list->setUpdatesEnabled(false);
    for (const Diagnostic& d : errorsFirst(diagnostics))
        addItem(d);
    m_list->setUpdatesEnabled(true);
    updateSummary();
}

void IssuesPanel::setModelOutputProblems(const Diagnostics& diagnostics) {
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i)
        if (m_list->topLevelItem(i)->data(0, kOutputsRole).toBool())
            delete m_list->takeTopLevelItem(i);
    m_list->setUpdatesEnabled(false);
    for (const Diagnostic& d : errorsFirst(diagnostics)) {
        addItem(d);
        m_list->topLevelItem(m_list->topLevelItemCount() - 1)->setData(0, kOutputsRole, true);
    }
    m_list->setUpdatesEnabled(true);
    updateSummary();
}

void IssuesPanel::addNote(const QString& message, Diagnostic::Severity severity) {
    Diagnostic d;
    d.severity = severity;
    d.file = tr("(app)");
    d.message = message;
    addItem(d);
    QTreeWidgetItem* item = m_list->topLevelItem(m_list->topLevelItemCount() - 1);
    item->setData(0, kNoteRole, true);
    item->setData(0, kNoteMessageRole, message);
    item->setData(0, kNoteSeverityRole, int(severity));
    updateSummary();
}

QList<Diagnostic> IssuesPanel::notes() const {
    QList<Diagnostic> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (!item->data(0, kNoteRole).toBool())
            continue;
        Diagnostic d;
        d.severity = Diagnostic::Severity(item->data(0, kNoteSeverityRole).toInt());
        d.file = tr("(app)");
        d.message = item->data(0, kNoteMessageRole).toString();
        out << d;
    }
    return out;
}

QStringList IssuesPanel::lines() const {
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return out;
}

qsizetype IssuesPanel::count() const {
    return m_list->topLevelItemCount();
}

void IssuesPanel::updateSummary() {
    const int n = m_list->topLevelItemCount();
    m_summary->setText(
        n == 0 ? tr("No problems found in the data.")
               : tr("%n problem(s); everything else loaded. Hover for details.", nullptr, n));
    emit countChanged(n);
}

} // namespace ee::ui
