// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataFormat.h"

#include "io/CsvReader.h"
#include "io/LongCsv.h"
#include "io/PaperTables.h"
#include "io/TextDecoding.h"
#include "io/WideCsv.h"

#include <QFileInfo>

namespace ee {

QString dataFormatName(DataFormat format) {
    switch (format) {
    case DataFormat::LongCsv:
        return QStringLiteral("long-csv");
    case DataFormat::WideCsv:
        return QStringLiteral("wide-csv");
    case DataFormat::PaperTable:
        return QStringLiteral("paper-table");
    case DataFormat::LmEvalJson:
        return QStringLiteral("lm-eval-json");
    case DataFormat::BigBenchScores:
        return QStringLiteral("bigbench");
    case DataFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<DataFormat> dataFormatFromName(const QString& name) {
    for (DataFormat f : {DataFormat::LongCsv, DataFormat::WideCsv, DataFormat::PaperTable,
                         DataFormat::LmEvalJson, DataFormat::BigBenchScores})
        if (dataFormatName(f) == name)
            return f;
    return std::nullopt;
}

namespace {

/// `text` starts with `{`.
DataFormat detectJsonFormat(const QString& path, QByteArrayView text) {
    // Key order varies between writers; look for the keys that define each schema.
    if (text.contains("\"score_dict\"") || text.contains("\"subtask_description\"") ||
        (text.contains("\"model_family\"") && text.contains("\"scores\"")))
        return DataFormat::BigBenchScores;
    if (text.contains("\"results\""))
        return DataFormat::LmEvalJson;
    if (QFileInfo(path).fileName().startsWith(QLatin1String("scores_")))
        return DataFormat::BigBenchScores;
    return DataFormat::Unknown;
}

} // namespace

DataFormat detectDataFormat(const QString& path, const QByteArray& head) {
    // JSON without a byte-order mark needs neither re-encoding nor a trimmed copy: a checkout
    // of thousands of score files is detected by looking at the bytes in place.
    QByteArrayView view(head);
    while (!view.isEmpty() && (view.front() == ' ' || view.front() == '\n' ||
                               view.front() == '\r' || view.front() == '\t'))
        view = view.sliced(1);
    if (view.startsWith('{'))
        return detectJsonFormat(path, view);
    Diagnostics ignored;
    const QByteArray text = normalizeTextEncoding(head, path, ignored);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        return detectJsonFormat(path, trimmed);
    }
    if (trimmed.isEmpty())
        return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? DataFormat::Unknown
                                                                          : DataFormat::LongCsv;
    Diagnostics diag;
    CsvReader reader(text, path, diag);
    CsvRecord header;
    if (!reader.next(header))
        return DataFormat::Unknown;
    // Paper layouts first: they are more specific (Pythia's table also has
    // task/model/metric/value).
    if (!PaperTables::recognize(header.fields).isEmpty())
        return DataFormat::PaperTable;
    if (LongCsv::looksLikeHeader(header.fields))
        return DataFormat::LongCsv;
    if (WideCsv::looksLikeHeader(header.fields))
        return DataFormat::WideCsv;
    return DataFormat::Unknown;
}

} // namespace ee
