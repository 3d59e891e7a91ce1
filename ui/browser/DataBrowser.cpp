// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/DataBrowser.h"

#include "browser/SparklineDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

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
    // The name takes what the numbers leave (fitNameColumn): at the dock's default width on a
    // 1,400 px window every column shows (B, L* and the flag used to need scrolling there).
    // The sparkline sits next to the name: the curve's shape is what a reader scans for first.
    header->moveSection(header->visualIndex(TaskBrowserModel::Trend), 1);
    // The metric is on the chart above; its column starts hidden so the names, B, L* and the
    // flag fit the dock. Search still matches it; right-click the header to show any column.
    m_view->setColumnHidden(TaskBrowserModel::Metric, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu;
        const QAbstractItemModel* model = m_view->model();
        for (int c = TaskBrowserModel::Name + 1; c < TaskBrowserModel::ColumnCount; ++c) {
            QAction* a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_view->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) {
                m_view->setColumnHidden(c, !on);
                fitNameColumn();
            });
        }
        menu.exec(m_view->header()->mapToGlobal(at));
    });
    m_view->viewport()->installEventFilter(this);
    fitColumnsToFont();

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

void DataBrowser::fitColumnsToFont() {
    // Widths follow the font (presentation type, a user's larger system font), sized for the
    // widest text each column holds.
    const QFontMetrics fm = m_view->fontMetrics();
    const auto widthOf = [&fm](const char* text) {
        return fm.horizontalAdvance(QString::fromUtf8(text)) + 14;
    };
    QHeaderView* header = m_view->header();
    header->setMinimumSectionSize(widthOf("M"));
    header->resizeSection(TaskBrowserModel::Metric, widthOf("multiple"));
    header->resizeSection(TaskBrowserModel::Families, widthOf("Fam."));
    header->resizeSection(TaskBrowserModel::Breakthroughness, widthOf("60.8"));
    header->resizeSection(TaskBrowserModel::Linearity, widthOf("-1.8"));
    header->resizeSection(TaskBrowserModel::Flag, widthOf("emergent 22/22"));
    header->resizeSection(TaskBrowserModel::Trend, widthOf("Trend"));
    fitNameColumn();
}

void DataBrowser::fitNameColumn() {
    // The name gets the width the other columns leave, but never less than a readable task
    // name: a narrow dock scrolls sideways to the numbers instead of hiding the names.
    QHeaderView* header = m_view->header();
    int others = 0;
    for (int c = TaskBrowserModel::Name + 1; c < TaskBrowserModel::ColumnCount; ++c)
        if (!m_view->isColumnHidden(c))
            others += header->sectionSize(c);
    // A task name under two levels of the tree (sources, tasks, subtasks).
    const int readable = m_view->fontMetrics().horizontalAdvance(QStringLiteral("bigbench_logic")) +
                         2 * m_view->indentation();
    // Room for a vertical scroll bar that may appear after this.
    const int bar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    header->resizeSection(TaskBrowserModel::Name,
                          std::max(readable, m_view->viewport()->width() - others - bar));
}

bool DataBrowser::eventFilter(QObject* watched, QEvent* event) {
    // The viewport's own resize (dock dragged, scroll bar shown or hidden) is what decides
    // the room left for the name.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void DataBrowser::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumnsToFont();
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
    if (!m_model->updateRows(rows)) {
        const BrowserSelection before = current();
        setRows(rows);
        // Regrouped (View › Pool sources): the task stays selected, in the group that has it.
        if (!before.task.isEmpty() && !select(before)) {
            for (const BrowserRow& r : rows)
                if (r.task == before.task && select({r.source, r.task, before.subtask}))
                    break;
        }
    }
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
