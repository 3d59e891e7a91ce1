// SPDX-License-Identifier: GPL-3.0-or-later
#include "instances/InstanceTableModel.h"

#include <QBrush>
#include <QColor>

namespace ee::ui {

using ee::Example;

namespace {

/// Outputs can be long (chain-of-thought generations): a cell shows the first line, elided.
QString elided(const QString& text, qsizetype max = 60) {
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}

QString number(const std::optional<double>& v) {
    return v ? QString::number(*v, 'g', 4) : QString();
}

/// CSV quoting as RFC 4180; TSV replaces tabs and line breaks by spaces.
QString field(const QString& text, QChar separator) {
    if (separator == QLatin1Char('\t')) {
        QString t = text;
        for (QChar& c : t)
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        return t;
    }
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString t = text;
    t.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

InstanceTableModel::InstanceTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void InstanceTableModel::setTable(std::shared_ptr<const ee::InstanceTable> table,
                                  QList<qsizetype> rows) {
    beginResetModel();
    m_table = std::move(table);
    m_rows = std::move(rows);
    endResetModel();
}

void InstanceTableModel::setRows(QList<qsizetype> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int InstanceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_table ? 0 : static_cast<int>(m_rows.size());
}

int InstanceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_table
               ? 0
               : FirstModelColumn + static_cast<int>(m_table->modelCount());
}

QString InstanceTableModel::cellText(qsizetype row, int column, bool full) const {
    const ee::InstanceTable& t = *m_table;
    switch (column) {
    case SubtaskColumn:
        return t.subtask(row);
    case IdColumn:
        return t.id(row);
    case TargetColumn:
        for (qsizetype c = 0; c < t.modelCount(); ++c)
            if (const Example* e = t.example(row, c))
                return full ? e->targets.join(QStringLiteral(" | "))
                            : elided(e->targets.join(QStringLiteral(" | ")), 30);
        return {};
    case FirstSolvedColumn: {
        const qsizetype first = t.firstSolved(row);
        return first < 0 ? (full ? QString() : tr("never")) : t.models()[first].label();
    }
    default:
        break;
    }
    const qsizetype col = column - FirstModelColumn;
    const Example* e = t.example(row, col);
    if (!e)
        return full ? QString() : tr("(missing)");
    const QString output = e->output.value_or(QString());
    if (full)
        return output;
    const auto solved = t.solved(row, col);
    const QString mark = !solved   ? QStringLiteral("·")
                         : *solved ? QStringLiteral("✓")
                                   : QStringLiteral("✗");
    return QStringLiteral("%1 %2  %3")
        .arg(mark, number(t.value(row, col)),
             output.isEmpty() ? tr("(no answer)") : elided(output));
}

QVariant InstanceTableModel::data(const QModelIndex& index, int role) const {
    if (!m_table || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const qsizetype row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column, false);
    case FullTextRole:
        return cellText(row, column, true);
    case Qt::ToolTipRole:
        if (column >= FirstModelColumn || column == TargetColumn)
            return elided(cellText(row, column, true), 400);
        return {};
    case Qt::ForegroundRole:
        if (column >= FirstModelColumn) {
            const auto solved = m_table->solved(row, column - FirstModelColumn);
            if (solved)
                // Green and red that stay readable on light and dark palettes; the mark
                // (✓/✗) carries the same information for colour-blind readers.
                return QBrush(*solved ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x26, 0x1e));
        }
        return {};
    default:
        return {};
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || !m_table)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubtaskColumn:
        return tr("Subtask");
    case IdColumn:
        return tr("Id");
    case TargetColumn:
        return tr("Target");
    case FirstSolvedColumn:
        return tr("First solved by");
    default:
        return m_table->models().value(section - FirstModelColumn).label();
    }
}

QString InstanceTableModel::toDelimited(QChar separator, const QList<int>& selection) const {
    if (!m_table)
        return {};
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << field(headerData(c, Qt::Horizontal).toString(), separator);
    // Per model: its verdict and value as well as the output, so the copy keeps the numbers.
    for (const ee::InstanceModel& m : m_table->models())
        header << field(m.label() + QLatin1Char(' ') + m_table->options().metric, separator)
               << field(m.label() + QStringLiteral(" solved"), separator);
    QString text = header.join(separator) + QLatin1Char('\n');
    const auto appendRow = [&](qsizetype row) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << field(cellText(row, c, true), separator);
        for (qsizetype m = 0; m < m_table->modelCount(); ++m) {
            const auto v = m_table->value(row, m);
            const auto s = m_table->solved(row, m);
            cells << (v ? QString::number(*v, 'g', 17) : QString())
                  << (s ? QString::number(*s ? 1 : 0) : QString());
        }
        text += cells.join(separator) + QLatin1Char('\n');
    };
    if (selection.isEmpty())
        for (const qsizetype row : m_rows)
            appendRow(row);
    else
        for (const int r : selection)
            if (r >= 0 && r < m_rows.size())
                appendRow(m_rows[r]);
    return text;
}

} // namespace ee::ui
