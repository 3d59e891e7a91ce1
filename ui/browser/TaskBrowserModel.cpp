// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/TaskBrowserModel.h"

#include "i18n/MetricLabels.h"

#include <QHash>
#include <cmath>
#include <functional>
#include <limits>

namespace ee::ui {

namespace {

QStringList labelled(QStringList metrics) {
    for (QString& m : metrics)
        m = metricWithLabel(m);
    return metrics;
}

QString formatScore(const std::optional<double>& v) {
    if (!v)
        return QStringLiteral("–");
    if (std::isinf(*v))
        return *v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(*v, 'f', 1);
}

QVariant sortValue(const std::optional<double>& v) {
    // Missing numbers sort below every real one in either direction's natural reading.
    return v ? *v : -std::numeric_limits<double>::max();
}

} // namespace

TaskBrowserModel::TaskBrowserModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void TaskBrowserModel::setRows(QList<BrowserRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    m_nodes.clear();
    m_roots.clear();
    QHash<QString, int> sourceNode;
    QHash<QPair<QString, QString>, int> taskNode;
    const auto addNode = [this](int parent, int level, const QString& name) {
        Node n;
        n.parent = parent;
        n.level = level;
        n.name = name;
        auto& siblings = parent < 0 ? m_roots : m_nodes[std::size_t(parent)].children;
        n.rowInParent = int(siblings.size());
        m_nodes.push_back(n);
        const int id = int(m_nodes.size()) - 1;
        (parent < 0 ? m_roots : m_nodes[std::size_t(parent)].children).push_back(id);
        return id;
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const BrowserRow& r = m_rows[i];
        int s = sourceNode.value(r.source, -1);
        if (s < 0) {
            s = addNode(-1, 0, r.source);
            sourceNode.insert(r.source, s);
        }
        int t = taskNode.value({r.source, r.task}, -1);
        if (t < 0) {
            t = addNode(s, 1, r.task);
            taskNode.insert({r.source, r.task}, t);
        }
        if (r.subtask.isEmpty())
            m_nodes[std::size_t(t)].data = i;
        else
            m_nodes[std::size_t(addNode(t, 2, r.subtask))].data = i;
    }
    endResetModel();
}

bool TaskBrowserModel::updateRows(const QList<BrowserRow>& rows) {
    if (rows.size() != m_rows.size())
        return false;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows[i].source != m_rows[i].source || rows[i].task != m_rows[i].task ||
            rows[i].subtask != m_rows[i].subtask)
            return false;
    m_rows = rows;
    // Every node may have changed numbers: one dataChanged per level of the tree.
    const std::function<void(const QModelIndex&)> touch = [&](const QModelIndex& parent) {
        const int n = rowCount(parent);
        if (n == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
        for (int r = 0; r < n; ++r)
            touch(index(r, 0, parent));
    };
    touch({});
    return true;
}

int TaskBrowserModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex TaskBrowserModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int p = nodeOf(parent);
    const std::vector<int>& children = p < 0 ? m_roots : m_nodes[std::size_t(p)].children;
    if (std::size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex TaskBrowserModel::parent(const QModelIndex& child) const {
    const int n = nodeOf(child);
    if (n < 0)
        return {};
    const int p = m_nodes[std::size_t(n)].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[std::size_t(p)].rowInParent, 0, quintptr(p));
}

int TaskBrowserModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_roots.size() : m_nodes[std::size_t(p)].children.size());
}

int TaskBrowserModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

const BrowserRow* TaskBrowserModel::rowAt(const QModelIndex& index) const {
    const int n = nodeOf(index);
    if (n < 0 || m_nodes[std::size_t(n)].data < 0)
        return nullptr;
    return &m_rows[m_nodes[std::size_t(n)].data];
}

BrowserSelection TaskBrowserModel::selectionAt(const QModelIndex& index) const {
    BrowserSelection sel;
    int n = nodeOf(index);
    if (n < 0)
        return sel;
    const Node& node = m_nodes[std::size_t(n)];
    if (node.level == 0) {
        sel.source = node.name;
        return sel;
    }
    if (node.level == 1) {
        sel.source = m_nodes[std::size_t(node.parent)].name;
        sel.task = node.name;
        if (node.data >= 0)
            sel.subtask = QString();
        return sel;
    }
    const Node& task = m_nodes[std::size_t(node.parent)];
    sel.source = m_nodes[std::size_t(task.parent)].name;
    sel.task = task.name;
    sel.subtask = node.name;
    return sel;
}

QModelIndex TaskBrowserModel::indexOf(const BrowserSelection& sel) const {
    for (int s : m_roots) {
        if (m_nodes[std::size_t(s)].name != sel.source)
            continue;
        for (int t : m_nodes[std::size_t(s)].children) {
            const Node& task = m_nodes[std::size_t(t)];
            if (task.name != sel.task)
                continue;
            if (!sel.subtask || sel.subtask->isEmpty())
                return createIndex(task.rowInParent, 0, quintptr(t));
            for (int c : task.children)
                if (m_nodes[std::size_t(c)].name == *sel.subtask)
                    return createIndex(m_nodes[std::size_t(c)].rowInParent, 0, quintptr(c));
        }
    }
    return {};
}

QVariant TaskBrowserModel::data(const QModelIndex& index, int role) const {
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node& node = m_nodes[std::size_t(n)];
    const BrowserRow* r = node.data >= 0 ? &m_rows[node.data] : nullptr;
    const int col = index.column();
    if (role == SelectionRole)
        return QVariant::fromValue(selectionAt(index));
    if (role == SparklineRole)
        return r && col == Trend ? QVariant::fromValue(r->sparkline) : QVariant();
    if (role == Qt::DisplayRole || role == SortRole) {
        if (col == Name) {
            if (role == SortRole || node.level != 0)
                return node.name;
            return tr("%1 (%2 tasks)")
                .arg(node.name.isEmpty() ? tr("All data") : node.name)
                .arg(node.children.size());
        }
        if (!r)
            return role == SortRole && col != Metric ? QVariant(-std::numeric_limits<double>::max())
                                                     : QVariant(QString());
        switch (col) {
        case Metric:
            return r->metric;
        case Families:
            return role == SortRole ? QVariant(double(r->families.size()))
                                    : QVariant(QString::number(r->families.size()));
        case Breakthroughness:
            return role == SortRole ? sortValue(r->breakthroughness)
                                    : QVariant(formatScore(r->breakthroughness));
        case Linearity:
            return role == SortRole ? sortValue(r->linearity) : QVariant(formatScore(r->linearity));
        case Flag:
            return role == SortRole ? QVariant(r->flagSummary.sortKey())
                                    : QVariant(r->flagSummary.columnText());
        case Trend:
            return role == SortRole ? QVariant(double(r->repPoints)) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (col == Breakthroughness || col == Linearity || col == Families))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && r) {
        QString tip =
            tr("<b>%1</b><br>metrics: %2<br>families: %3")
                .arg((r->subtask.isEmpty() ? r->task : r->task + QLatin1Char('/') + r->subtask)
                         .toHtmlEscaped(),
                     labelled(r->metrics).join(QStringLiteral(", ")).toHtmlEscaped(),
                     r->families.join(QStringLiteral(", ")).toHtmlEscaped());
        if (col == Flag)
            return tip + QStringLiteral("<br>") + r->flagSummary.tooltipHtml(r->thresholds);
        if (!r->repFamily.isEmpty())
            tip += QStringLiteral("<br>") +
                   tr("B, L and trend: %1 on %2, %3 points")
                       .arg(r->repFamily.toHtmlEscaped(), r->metric.toHtmlEscaped())
                       .arg(r->repPoints);
        if (col == Linearity)
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("Linearity: definition unconfirmed (BIG-bench Appendix B could "
                               "not be read)"));
        if (!r->note.isEmpty())
            tip += QStringLiteral("<br>") + r->note.toHtmlEscaped();
        return tip;
    }
    return {};
}

QVariant TaskBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Task");
        case Metric:
            return tr("Metric");
        case Families:
            return tr("Fam.");
        case Breakthroughness:
            return tr("B");
        case Linearity:
            return tr("L*");
        case Flag:
            return tr("Flag");
        case Trend:
            return tr("Trend");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Families:
            return tr("Number of model families with scores");
        case Breakthroughness:
            return tr("Breakthroughness (BIG-bench): how sudden the change is; large = a jump");
        case Linearity:
            return tr("Linearity (BIG-bench), definition unconfirmed: large = steady, even steps");
        case Flag:
            return tr("How many of the task's families are emergent (if any is) or else carry the "
                      "most common flag: \"emergent 2/14\" is 2 of the 14 families with 3 or "
                      "more sizes. Hover a row for every family; Analysis → Flag thresholds… "
                      "sets the criteria.");
        case Trend:
            return tr("The representative curve against scale (log axis)");
        default:
            return {};
        }
    }
    return {};
}

} // namespace ee::ui
