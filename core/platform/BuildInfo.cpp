// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/BuildInfo.h"

#include "BuildRevision.h"

#include <QtGlobal>

namespace ee {

BuildInfo buildInfo() {
    return {QStringLiteral(EE_VERSION), QStringLiteral(EE_BUILD_REVISION),
            QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())};
}

QString versionText() {
    const BuildInfo info = buildInfo();
    return QStringLiteral("emergence %1 (git %2)\nQt %3 (built with %4)\n")
        .arg(info.version, info.revision, info.qtRunVersion, info.qtBuildVersion);
}

} // namespace ee
