// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportResult.h"

#include <QByteArray>
#include <QStringList>

namespace ee {

/// \brief Long-ish tables published with papers and model suites (docs/formats.md §A5): the Wei et
/// al. chain-of-thought appendix tables, Kojima et al.'s model-scale study, Pythia's and
/// OPT/BLOOM's lm-evaluation-harness tables. Each is recognised by its header.
namespace PaperTables {

/// \brief The name of the table layout a header belongs to, or empty.
QString recognize(const QStringList& header);

/// \brief Reads a recognised table into canonical rows. `source` names it in the rows.
ImportResult read(const QByteArray& bytes, const QString& fileName, const QString& source);

} // namespace PaperTables
} // namespace ee
