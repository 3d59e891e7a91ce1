// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <filesystem>

namespace ee {

/// \brief The folder a user chose to load. Files found while walking it must stay inside it:
/// a symbolic link (to a file or a folder) that resolves to a place outside is not followed
/// (issue #7: "paths inside data files are never followed outside the chosen folder").
class FolderBoundary {
public:
    /// \brief Resolves `root` once (symbolic links and `..` included), so that checks are cheap.
    explicit FolderBoundary(const std::filesystem::path& root);

    /// \brief The resolved folder.
    const std::filesystem::path& root() const { return m_root; }

    /// \brief True when `candidate`, with every symbolic link resolved, is the folder or lies
    /// below it. False for a link whose target does not exist or cannot be resolved (a loop),
    /// since where it would lead is unknown.
    bool contains(const std::filesystem::path& candidate) const;

    /// \brief For a folder walk: true when `entry` may be read or entered. A symbolic link whose
    /// target lies outside the folder is not followed: a warning naming the link and its target
    /// goes to `diag` and the result is false. Entries that are not links are not resolved
    /// (no system call beyond the walk's own).
    bool mayFollow(const std::filesystem::directory_entry& entry, Diagnostics& diag) const;

private:
    std::filesystem::path m_root;
};

/// \brief One-off form of FolderBoundary(root).contains(candidate).
bool isInsideFolder(const std::filesystem::path& root, const std::filesystem::path& candidate);

} // namespace ee
