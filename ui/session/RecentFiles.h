// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ee::ui {

/// \brief The most recently opened data paths, newest first, kept in QSettings.
namespace RecentFiles {

constexpr int kMax = 10;
QStringList list();
/// \brief Moves `paths` to the front (deduplicated, at most kMax kept).
void add(const QStringList& paths);
void clear();

} // namespace RecentFiles
} // namespace ee::ui
