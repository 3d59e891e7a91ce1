// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FolderWalk.h"

#include "io/PathContainment.h"
#include "platform/ParallelJobs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

namespace ee {

namespace {

bool endsWithNoCase(const std::string& name, std::string_view suffix) {
    if (name.size() < suffix.size())
        return false;
    return std::equal(
        suffix.begin(), suffix.end(), name.end() - std::ptrdiff_t(suffix.size()),
        [](char a, char b) { return a == (b >= 'A' && b <= 'Z' ? char(b - 'A' + 'a') : b); });
}

/// Lower-case name endings a walk keeps; empty keeps every regular file.
using Suffixes = std::vector<std::string>;

bool wanted(const std::string& name, const Suffixes& suffixes) {
    return suffixes.empty() ||
           std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const std::string& s) { return endsWithNoCase(name, s); });
}

/// One folder's listing: names sorted by their bytes, with their entry types.
using Listing = std::vector<std::pair<std::string, unsigned char>>;

class Walker {
public:
    Walker(const FolderBoundary& boundary, const Suffixes& suffixes, Diagnostics& diag)
        : m_boundary(boundary)
        , m_suffixes(suffixes)
        , m_diag(diag) {}

    /// Walks `dir` on this thread, or, with `threads` > 1, hands the subfolders of the first
    /// folder that has several to that many workers. Each subfolder is walked into its own
    /// list and the lists are joined in the folder's order, so the result is the same as a
    /// walk on one thread (a BIG-bench checkout has hundreds of task folders, and walking them
    /// one by one was most of the load's serial part).
    void walk(const std::string& dir, int threads) {
        Listing entries;
        if (!list(dir, entries))
            return;
        std::vector<std::size_t> folders;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            resolveType(dir, entries[i]);
            if (entries[i].second == DT_DIR)
                folders.push_back(i);
        }
        if (threads <= 1 || folders.size() < 2) {
            for (const auto& [name, type] : entries) {
                if (type == DT_DIR)
                    walk(dir + '/' + name, threads);
                else
                    addFile(dir, name, type);
            }
            return;
        }
        struct Part {
            Diagnostics diag;
            QStringList files;
        };
        std::vector<Part> parts(folders.size());
        parallelForEach(folders.size(), threads, [&](std::size_t k) {
            Walker sub(m_boundary, m_suffixes, parts[k].diag);
            sub.walk(dir + '/' + entries[folders[k]].first, 1);
            parts[k].files = std::move(sub.m_files);
        });
        std::size_t part = 0;
        for (const auto& [name, type] : entries) {
            if (type != DT_DIR) {
                addFile(dir, name, type);
                continue;
            }
            m_diag.append(parts[part].diag);
            m_files.append(parts[part].files);
            ++part;
        }
    }

    QStringList files() && { return std::move(m_files); }

private:
    /// The folder's entries, hidden ones left out, sorted; false (reported) when unreadable.
    bool list(const std::string& dir, Listing& entries) {
        DIR* handle = ::opendir(dir.c_str());
        if (!handle) {
            m_diag.warn(QFile::decodeName(QByteArray::fromStdString(dir)), 0,
                        QCoreApplication::translate(
                            "FolderWalk", "this folder could not be read (%1); its files are not "
                                          "loaded")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        while (const dirent* e = ::readdir(handle)) {
            if (e->d_name[0] == '.') // ".", ".." and hidden entries
                continue;
            entries.emplace_back(e->d_name, e->d_type);
        }
        ::closedir(handle);
        std::sort(entries.begin(), entries.end());
        return true;
    }

    /// Settles the entry's type: asks stat() where the file system did not say, and follows a
    /// link only to a file inside the walked folder (DT_UNKNOWN when the entry is to be left).
    void resolveType(const std::string& dir, std::pair<std::string, unsigned char>& entry) {
        auto& [name, type] = entry;
        if (type != DT_UNKNOWN && type != DT_LNK)
            return;
        const std::string path = dir + '/' + name;
        if (type == DT_UNKNOWN) // some file systems leave the type to stat()
            type = typeOf(path, false);
        if (type == DT_LNK) {
            if (!m_boundary.mayFollow(std::filesystem::directory_entry(path), m_diag)) {
                type = DT_UNKNOWN;
                return;
            }
            type = typeOf(path, true);
            if (type == DT_DIR)
                type = DT_UNKNOWN; // links to folders are not entered (no cycles to guard)
        }
    }

    void addFile(const std::string& dir, const std::string& name, unsigned char type) {
        if (type != DT_REG || !wanted(name, m_suffixes))
            return;
        // QString::fromUtf8 is what QFile::decodeName does on Unix in Qt 6 (file names are
        // taken as UTF-8), without the general local-encoding path that cost four times as
        // much for each of a checkout's thousands of files; the path is built in a kept buffer.
        m_path.assign(dir).append(1, '/').append(name);
        m_files.append(QString::fromUtf8(m_path.data(), qsizetype(m_path.size())));
    }

    static unsigned char typeOf(const std::string& path, bool followLinks) {
        struct stat info;
        const int rc = followLinks ? ::stat(path.c_str(), &info) : ::lstat(path.c_str(), &info);
        if (rc != 0)
            return DT_UNKNOWN;
        if (S_ISLNK(info.st_mode))
            return DT_LNK;
        if (S_ISDIR(info.st_mode))
            return DT_DIR;
        return S_ISREG(info.st_mode) ? DT_REG : DT_UNKNOWN;
    }

    const FolderBoundary& m_boundary;
    const Suffixes& m_suffixes;
    Diagnostics& m_diag;
    QStringList m_files;
    std::string m_path; ///< the last file's path, its buffer reused
};

} // namespace

namespace {
QStringList walk(const QString& folder, const Suffixes& suffixes, Diagnostics& diag, int threads) {
    const std::string root = QFile::encodeName(QDir::cleanPath(folder)).toStdString();
    const FolderBoundary boundary{std::filesystem::path(root)};
    Walker walker(boundary, suffixes, diag);
    walker.walk(root, threads);
    return std::move(walker).files();
}
} // namespace

QStringList walkDataFiles(const QString& folder, Diagnostics& diag, int threads) {
    static const Suffixes dataFiles{".csv", ".json"};
    return walk(folder, dataFiles, diag, threads);
}

QStringList walkAllFiles(const QString& folder, Diagnostics& diag) {
    return walk(folder, {}, diag, 1);
}

} // namespace ee
