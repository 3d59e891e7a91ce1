// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ee::ui {

/// \brief The views `emergence screenshots` renders, in order: browser_chart,
/// metrics_side_by_side, logprob, decomposition, analysis, toy_model, tour.
QStringList screenshotViews();

/// \brief Opens a main window on `paths`, shows each of `views` in turn and writes
/// `outDir/<view>.png` (window grabs at `width` × `height` logical pixels). Needs a
/// QApplication (the offscreen platform is enough). Progress lines go to `log`, problems to
/// `err`. Returns the number of files written.
int writeScreenshots(const QStringList& paths, const QString& outDir, const QStringList& views,
                     int width, int height, QTextStream& log, QTextStream& err);

} // namespace ee::ui
