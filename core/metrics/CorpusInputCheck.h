// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ee {

/// \brief The one message every corpus metric gives when the hypothesis and reference-list
/// counts differ (BLEU, chrF, TER); empty when they agree.
///
/// One function so the CLI, the GUI and the tests see the same sentence whichever metric
/// found the mismatch.
inline QString referenceListMismatch(qsizetype hypotheses, qsizetype referenceLists) {
    if (hypotheses == referenceLists)
        return {};
    return QStringLiteral("%1 hypotheses but %2 reference lists")
        .arg(hypotheses)
        .arg(referenceLists);
}

} // namespace ee
