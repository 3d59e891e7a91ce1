// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/FamilyFilter.h"
#include "figure/FamilyStyles.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace ee::ui {

/// \brief The family picker: a check list of a task's families (most scores first, with their
/// counts) and a search field, plus "Top N" (the default) and "Show all" one click away. Every
/// change is reported as a whole new FamilyFilter.
class FamilyPicker : public QWidget {
    Q_OBJECT
public:
    explicit FamilyPicker(QWidget* parent = nullptr);
    /// \brief Lists the families of `scoresOnTask` checked as `filter` draws them, each with
    /// its colour, marker and dash from `styles` (as in the legend).
    void setFamilies(const QHash<QString, qsizetype>& scoresOnTask, const FamilyFilter& filter,
                     const FamilyStyles& styles);
    const FamilyFilter& filter() const { return m_filter; }

    QLineEdit* search() const { return m_search; }
    QListWidget* list() const { return m_list; }
    QPushButton* topButton() const { return m_top; }
    QPushButton* allButton() const { return m_all; }

signals:
    void filterChanged(const ee::ui::FamilyFilter& filter);

private:
    void applySearch();
    void changeFilter(const FamilyFilter& filter);

    QHash<QString, qsizetype> m_scores;
    FamilyStyles m_styles;
    FamilyFilter m_filter;
    QLineEdit* m_search;
    QListWidget* m_list;
    QPushButton* m_top;
    QPushButton* m_all;
    bool m_updating = false;
};

} // namespace ee::ui
