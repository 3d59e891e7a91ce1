// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace ee::ui {

/// \brief The application's main window (placeholder until the GUI lands).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    void openPaths(const QStringList& paths);
};

} // namespace ee::ui
