// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/ScoreTable.h"

#include <functional>

namespace ee {

/// \brief What an importer hands back: the rows it could read and what went wrong elsewhere.
struct ImportResult {
    ScoreTable table;
    Diagnostics diagnostics;
    bool cancelled = false;
};

/// \brief Called with progress in 0..1; return false to cancel. May be called from a worker
/// thread.
using ProgressCallback = std::function<bool(double fraction)>;

} // namespace ee
