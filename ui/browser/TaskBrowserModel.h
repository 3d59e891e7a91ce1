// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser/BrowserRow.h"

#include <QAbstractItemModel>
#include <vector>

namespace ee::ui {

/// \brief What a browser row selects: a source's task, or one of its subtasks.
struct BrowserSelection {
    QString source;
    QString task;
    std::optional<QString> subtask; ///< unset: a task node without task-level rows
    bool operator==(const BrowserSelection&) const = default;
};

/// \brief The data browser's tree: sources → tasks → subtasks, one column per number.
///
/// Read-only; reset as a whole when new data arrive. Display text is for people; SortRole holds
/// numbers (missing numbers sort below every real one) and SparklineRole the curve to draw.
class TaskBrowserModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Metric, Families, Breakthroughness, Linearity, Flag, Trend, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SparklineRole, SelectionRole };

    explicit TaskBrowserModel(QObject* parent = nullptr);

    void setRows(QList<BrowserRow> rows);
    /// \brief Replaces the numbers of rows with the same keys in the same order (a refined
    /// pass), keeping the tree, expansion and selection; false (and nothing changed) otherwise.
    bool updateRows(const QList<BrowserRow>& rows);
    const QList<BrowserRow>& rows() const { return m_rows; }
    /// \brief The index (column 0) of a selection; invalid when absent.
    QModelIndex indexOf(const BrowserSelection& selection) const;
    BrowserSelection selectionAt(const QModelIndex& index) const;
    /// \brief The row behind `index`, or nullptr for a node without its own numbers.
    const BrowserRow* rowAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1; ///< node index; -1 for a source
        int rowInParent = 0;
        int level = 0; ///< 0 source, 1 task, 2 subtask
        QString name;
        int data = -1; ///< index into m_rows, -1 when the node has no numbers
        std::vector<int> children;
    };
    int nodeOf(const QModelIndex& index) const;

    QList<BrowserRow> m_rows;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace ee::ui

Q_DECLARE_METATYPE(ee::ui::BrowserSelection)
