// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PaperTables.h"

namespace ee::PaperTables {

QString recognize(const QStringList& header)
{
    Q_UNUSED(header);
    return {};
}

ImportResult read(const QByteArray& bytes, const QString& fileName, const QString& source)
{
    Q_UNUSED(bytes);
    Q_UNUSED(source);
    ImportResult result;
    result.diagnostics.error(fileName, 1, QStringLiteral("this table layout is not known"));
    return result;
}

} // namespace ee::PaperTables
