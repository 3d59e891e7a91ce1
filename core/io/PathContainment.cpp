// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PathContainment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <optional>

namespace ee {

namespace fs = std::filesystem;

namespace {

/// `p` with every symbolic link and `..` resolved; nullopt when it passes through a link that
/// cannot be resolved (dangling, a loop, no permission). A plain path that does not exist yet
/// resolves as far as it exists (weakly_canonical).
std::optional<fs::path> resolve(const fs::path& p) {
    std::error_code ec;
    fs::path r = fs::canonical(p, ec);
    if (!ec)
        return r;
    if (fs::is_symlink(fs::symlink_status(p, ec)))
        return std::nullopt; // dangling or looping: where it leads is unknown
    r = fs::weakly_canonical(p, ec);
    if (ec)
        return std::nullopt;
    return r;
}

QString toQString(const fs::path& p) {
    return QFile::decodeName(QByteArray::fromStdString(p.native()));
}

} // namespace

FolderBoundary::FolderBoundary(const fs::path& root) {
    std::error_code ec;
    m_root = resolve(root).value_or(fs::absolute(root, ec).lexically_normal());
}

bool FolderBoundary::contains(const fs::path& candidate) const {
    const auto resolved = resolve(candidate);
    if (!resolved)
        return false;
    // Component-wise, so that /data/run2 is not "inside" /data/run.
    const auto [rootEnd, candidateAt] =
        std::mismatch(m_root.begin(), m_root.end(), resolved->begin(), resolved->end());
    Q_UNUSED(candidateAt);
    return rootEnd == m_root.end() || (std::next(rootEnd) == m_root.end() && rootEnd->empty());
}

bool FolderBoundary::mayFollow(const fs::directory_entry& entry, Diagnostics& diag) const {
    std::error_code ec;
    if (!entry.is_symlink(ec) || contains(entry.path()))
        return true;
    const auto target = resolve(entry.path());
    if (target)
        diag.warn(toQString(entry.path()), 0,
                  QCoreApplication::translate(
                      "PathContainment",
                      "a symbolic link to '%1', outside the chosen folder '%2'; not "
                      "followed")
                      .arg(toQString(*target), toQString(m_root)));
    else
        diag.warn(toQString(entry.path()), 0,
                  QCoreApplication::translate(
                      "PathContainment",
                      "a symbolic link to '%1' that does not resolve (missing target "
                      "or a loop); not followed")
                      .arg(toQString(fs::read_symlink(entry.path(), ec))));
    return false;
}

bool isInsideFolder(const fs::path& root, const fs::path& candidate) {
    return FolderBoundary(root).contains(candidate);
}

} // namespace ee
