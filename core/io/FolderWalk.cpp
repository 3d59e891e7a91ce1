// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FolderWalk.h"

#include "io/PathContainment.h"

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

bool isDataFileName(const std::string& name) {
    return endsWithNoCase(name, ".csv") || endsWithNoCase(name, ".json");
}

class Walker {
public:
    Walker(const std::string& root, Diagnostics& diag)
        : m_boundary(std::filesystem::path(root))
        , m_diag(diag) {}

    void walk(const std::string& dir) {
        DIR* handle = ::opendir(dir.c_str());
        if (!handle) {
            m_diag.warn(QFile::decodeName(QByteArray::fromStdString(dir)), 0,
                        QStringLiteral("this folder could not be read (%1); its files are not "
                                       "loaded")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        std::vector<std::pair<std::string, unsigned char>> entries;
        while (const dirent* e = ::readdir(handle)) {
            if (e->d_name[0] == '.') // ".", ".." and hidden entries
                continue;
            entries.emplace_back(e->d_name, e->d_type);
        }
        ::closedir(handle);
        std::sort(entries.begin(), entries.end());
        for (auto& [name, type] : entries) {
            const std::string path = dir + '/' + name;
            if (type == DT_UNKNOWN) // some file systems leave the type to stat()
                type = typeOf(path, false);
            if (type == DT_LNK) {
                if (!m_boundary.mayFollow(std::filesystem::directory_entry(path), m_diag))
                    continue;
                type = typeOf(path, true);
                if (type == DT_DIR)
                    continue; // links to folders are not entered (no cycles to guard)
            }
            if (type == DT_DIR)
                walk(path);
            else if (type == DT_REG && isDataFileName(name))
                m_files.push_back(path);
        }
    }

    QStringList files() const {
        QStringList out;
        out.reserve(qsizetype(m_files.size()));
        for (const std::string& f : m_files)
            out.append(QFile::decodeName(QByteArray::fromStdString(f)));
        return out;
    }

private:
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

    FolderBoundary m_boundary;
    Diagnostics& m_diag;
    std::vector<std::string> m_files;
};

} // namespace

QStringList walkDataFiles(const QString& folder, Diagnostics& diag) {
    const std::string root = QFile::encodeName(QDir::cleanPath(folder)).toStdString();
    Walker walker(root, diag);
    walker.walk(root);
    return walker.files();
}

} // namespace ee
