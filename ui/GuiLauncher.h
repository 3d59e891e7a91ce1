// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QStringList>

namespace ee::ui {

/// \brief Shows the main window on `paths` (or on `bundledDatasets` when empty) and runs the
/// event loop.
int runGui(QApplication& app, const QStringList& paths, const QString& bundledDatasets);

} // namespace ee::ui
