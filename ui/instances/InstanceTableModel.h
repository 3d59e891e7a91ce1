// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/InstanceTable.h"

#include <QAbstractTableModel>
#include <memory>

namespace ee::ui {

/// \brief The instance table as a Qt model: one row per visible instance, columns subtask, id,
/// target, first solved by, then one per model (smallest first) showing a right/wrong mark,
/// the metric's value and the elided output. Text is made only for the rows on screen (no
/// widget or string per cell is kept), so 100,000 rows scroll as smoothly as 100.
class InstanceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SubtaskColumn, IdColumn, TargetColumn, FirstSolvedColumn, FirstModelColumn };
    /// \brief Data role with the full (not elided) text of a cell, for copying and searching.
    static constexpr int FullTextRole = Qt::UserRole + 1;

    explicit InstanceTableModel(QObject* parent = nullptr);

    /// \brief Shows `rows` of `table` (indexes into the table, in display order).
    void setTable(std::shared_ptr<const ee::InstanceTable> table, QList<qsizetype> rows);
    void setRows(QList<qsizetype> rows);
    const ee::InstanceTable* table() const { return m_table.get(); }
    std::shared_ptr<const ee::InstanceTable> sharedTable() const { return m_table; }
    /// \brief The table row shown at model row `row`.
    qsizetype tableRow(int row) const { return m_rows.value(row, -1); }
    const QList<qsizetype>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// \brief The visible rows (or those of `selection`, when not empty) as tab- or
    /// comma-separated text with a header line; full texts, not elided.
    QString toDelimited(QChar separator, const QList<int>& selection = {}) const;

private:
    QString cellText(qsizetype row, int column, bool full) const;

    std::shared_ptr<const ee::InstanceTable> m_table;
    QList<qsizetype> m_rows;
};

} // namespace ee::ui
