// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/BigBenchScores.h"

namespace ee::BigBenchScores {

ImportResult read(const QByteArray& bytes, const QString& fileName, const QString& source)
{
    Q_UNUSED(bytes);
    Q_UNUSED(source);
    ImportResult result;
    result.diagnostics.error(fileName, 0, QStringLiteral("BIG-bench score files are not read yet"));
    return result;
}

} // namespace ee::BigBenchScores
