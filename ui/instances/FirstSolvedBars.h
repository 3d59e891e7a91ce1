// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace ee::ui {

/// \brief A horizontal bar chart of how many instances each model solves first (and how many
/// none solves), one line per model: name, bar, count. Painted directly rather than with Qt
/// Charts, whose category axis drops every label when lines are as close as a small window
/// makes them; here a name is elided, never dropped.
class FirstSolvedBars : public QWidget {
    Q_OBJECT
public:
    explicit FirstSolvedBars(QWidget* parent = nullptr);

    /// \brief One bar per entry, in order; `counts` and `names` have the same length.
    void setBars(const QStringList& names, const QList<qsizetype>& counts);
    const QStringList& names() const { return m_names; }
    const QList<qsizetype>& counts() const { return m_counts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList m_names;
    QList<qsizetype> m_counts;
};

} // namespace ee::ui
