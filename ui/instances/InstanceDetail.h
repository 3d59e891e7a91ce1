// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/InstanceTable.h"

#include <QString>

namespace ee::ui {

/// \brief HTML for one instance: its input (when the reader kept it), its target(s), and every
/// model's output, smallest model first, with its verdict and value; words of an output that
/// are not in the target are highlighted (a word-level longest common subsequence against the
/// first target), and a model's whole generation, when the file has one, follows its answer.
QString instanceDetailHtml(const ee::InstanceTable& table, qsizetype row);

/// \brief `output` as HTML with the words outside its longest common word subsequence with
/// `target` marked (<span class="diff">). Texts longer than 2,000 words are shown unmarked.
QString highlightDifferences(const QString& output, const QString& target);

} // namespace ee::ui
