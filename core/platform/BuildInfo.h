// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ee {

/// \brief What this binary is: shown by `emergence --version` and the About dialog, so a bug
/// report or a figure's provenance can name the exact build.
struct BuildInfo {
    QString version;        ///< the project's version, e.g. "0.1.0"
    QString revision;       ///< `git describe --always --dirty` of the source tree, or "unknown"
    QString qtBuildVersion; ///< the Qt version compiled against
    QString qtRunVersion;   ///< the Qt version loaded at run time (qVersion())
};

BuildInfo buildInfo();

/// \brief Two lines: "emergence 0.1.0 (git c0fad66a1b2c)" and "Qt 6.4.2 (built with 6.4.2)".
QString versionText();

} // namespace ee
