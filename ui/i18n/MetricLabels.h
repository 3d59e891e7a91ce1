// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ee::ui {

/// \brief A metric's name as in the data, with its name in the interface's language beside it
/// when that differs ("exact_match" → "exact_match（精确匹配）" in Chinese, "exact_match" in
/// English). The identifier itself is never replaced: it is what files, the command line and
/// figure specs say.
QString metricWithLabel(const QString& metric);

} // namespace ee::ui
