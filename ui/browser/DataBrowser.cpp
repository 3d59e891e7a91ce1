// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/DataBrowser.h"

#include "browser/SparklineDelegate.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ee::ui {

DataBrowser::DataBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new TaskBrowserModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this)) {
    m_search->setPlaceholderText(tr("Search tasks, metrics, flags… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Filters the tree as you type; matches any column"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(TaskBrowserModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskBrowserModel::Name, Qt::AscendingOrder);
    m_view->setItemDelegateForColumn(TaskBrowserModel::Trend, new SparklineDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    for (int c = TaskBrowserModel::Name; c < TaskBrowserModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    header->resizeSection(TaskBrowserModel::Name, 170);
    header->resizeSection(TaskBrowserModel::Metric, 72);
    header->resizeSection(TaskBrowserModel::Families, 40);
    header->resizeSection(TaskBrowserModel::Breakthroughness, 48);
    header->resizeSection(TaskBrowserModel::Linearity, 44);
    header->resizeSection(TaskBrowserModel::Flag, 62);
    header->resizeSection(TaskBrowserModel::Trend, 64);
    // The sparkline sits next to the name: at the dock's default width the last column is the
    // one cut off, and the curve's shape is what a reader scans the list for first.
    header->moveSection(header->visualIndex(TaskBrowserModel::Trend), 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const BrowserSelection sel = m_model->selectionAt(m_proxy->mapToSource(current));
                if (!sel.task.isEmpty())
                    emit taskSelected(sel);
            });
}

void DataBrowser::setRows(QList<BrowserRow> rows) {
    m_model->setRows(std::move(rows));
    // Small data: show everything; large data: only the sources.
    if (m_model->rows().size() <= 200)
        m_view->expandAll();
    else
        m_view->expandToDepth(0);
}

void DataBrowser::updateRows(const QList<BrowserRow>& rows) {
    if (!m_model->updateRows(rows))
        setRows(rows);
    m_proxy->invalidate(); // re-sort and re-filter on the new numbers
}

bool DataBrowser::select(const BrowserSelection& selection) {
    QModelIndex src = m_model->indexOf(selection);
    if (!src.isValid())
        return false;
    QModelIndex idx = m_proxy->mapFromSource(src);
    if (!idx.isValid()) {
        m_search->clear();
        idx = m_proxy->mapFromSource(src);
    }
    for (QModelIndex p = idx.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_view->scrollTo(idx);
    return true;
}

BrowserSelection DataBrowser::current() const {
    return m_model->selectionAt(m_proxy->mapToSource(m_view->currentIndex()));
}

void DataBrowser::sortBy(int column, Qt::SortOrder order) {
    m_view->sortByColumn(column, order);
}

QString DataBrowser::searchText() const {
    return m_search->text();
}

void DataBrowser::setSearchText(const QString& text) {
    m_search->setText(text);
}

} // namespace ee::ui
