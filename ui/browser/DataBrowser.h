// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser/TaskBrowserModel.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace ee::ui {

/// \brief The left dock: a search box over a sortable tree of sources, tasks and subtasks.
///
/// Filtering goes through a QSortFilterProxyModel (recursive, case-insensitive, all columns), so
/// typing "emergent" or "arith" narrows 10,000 rows without rebuilding anything.
class DataBrowser : public QWidget {
    Q_OBJECT
public:
    explicit DataBrowser(QWidget* parent = nullptr);

    void setRows(QList<BrowserRow> rows);
    /// \brief Refined numbers for the same rows (keeps expansion and selection).
    void updateRows(const QList<BrowserRow>& rows);
    TaskBrowserModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }

    /// \brief Selects and reveals `selection` (clears the search if it hides it); false if absent.
    bool select(const BrowserSelection& selection);
    /// \brief The current selection (empty task when none).
    BrowserSelection current() const;
    /// \brief Sorts by a column (TaskBrowserModel::Column), descending for numbers.
    void sortBy(int column, Qt::SortOrder order);
    QString searchText() const;
    void setSearchText(const QString& text);

signals:
    /// \brief The user (or select()) picked a task or subtask.
    void taskSelected(const ee::ui::BrowserSelection& selection);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumnsToFont();
    void fitNameColumn();

    TaskBrowserModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_search;
};

} // namespace ee::ui
