// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ee::ui {

/// \brief The bottom dock: every problem found while loading or computing, one line each as
/// `file:line: message`, errors first in colour. Loading problems are replaced on each load,
/// and so are the problems of the model outputs the Instances tab read; notes from the app
/// itself (a session naming a task that is gone, …) are appended.
class IssuesPanel : public QWidget {
    Q_OBJECT
public:
    explicit IssuesPanel(QWidget* parent = nullptr);

    /// \brief Replaces the loading problems.
    void setDiagnostics(const Diagnostics& diagnostics);
    /// \brief Replaces the problems of the model outputs read (the Instances tab). Like loading
    /// problems, and unlike notes, they are not carried over a language switch: the outputs are
    /// read again then, and their problems come back in the new language.
    void setModelOutputProblems(const Diagnostics& diagnostics);
    /// \brief Adds one note from the app.
    void addNote(const QString& message,
                 Diagnostic::Severity severity = Diagnostic::Severity::Warning);
    /// \brief The notes added by addNote(), in order.
    QList<Diagnostic> notes() const;
    /// \brief Every line shown, as `file:line: message`.
    QStringList lines() const;
    qsizetype count() const;

signals:
    /// \brief The number of issues changed (for the dock title).
    void countChanged(qsizetype count);

private:
    void addItem(const Diagnostic& d);
    void updateSummary();

    QTreeWidget* m_list;
    QLabel* m_summary;
};

} // namespace ee::ui
