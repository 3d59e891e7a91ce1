// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QStringList>

namespace ee {

/// \brief The data files (`.csv`, `.json`, any case) below `folder`, in a stable order: each
/// folder's entries sorted by their bytes, folders entered where they sort (depth first).
///
/// Hidden files and folders (`.git`, editor backups) are skipped. A symbolic link is followed
/// only to a file inside `folder` (see FolderBoundary); a link out of it is skipped with a
/// warning, a link to a folder is not entered. A folder that cannot be read is reported and
/// the rest of the walk goes on.
///
/// Plain readdir() with its entry types: a BIG-bench checkout has thousands of files, and a
/// std::filesystem iterator cost several times more per entry than parsing the file's name.
/// With `threads` > 1 the subfolders of the first folder that has several are walked in
/// parallel; the result (files and diagnostics, in order) is the same as with one thread.
QStringList walkDataFiles(const QString& folder, Diagnostics& diag, int threads = 1);

/// \brief Every regular file below `folder`, whatever its name, with the same order, links and
/// reporting as walkDataFiles(): for readers that must say what they did not read (a folder of
/// model outputs), not skip it unseen.
QStringList walkAllFiles(const QString& folder, Diagnostics& diag);

} // namespace ee
