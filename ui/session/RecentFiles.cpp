// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RecentFiles.h"

#include <QSettings>

namespace ee::ui::RecentFiles {

namespace {
const QString kKey = QStringLiteral("recentPaths");
}

QStringList list() {
    return QSettings().value(kKey).toStringList();
}

void add(const QStringList& paths) {
    QStringList all = list();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        all.removeAll(*it);
        all.prepend(*it);
    }
    QSettings().setValue(kKey, all.mid(0, kMax));
}

void clear() {
    QSettings().remove(kKey);
}

} // namespace ee::ui::RecentFiles
