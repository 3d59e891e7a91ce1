// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataFormat.h"

#include "io/CsvReader.h"
#include "io/Importers.h"
#include "io/TextDecoding.h"

namespace ee {

QString dataFormatName(DataFormat format) {
    const Importer* importer = importerFor(format);
    return importer ? QString::fromLatin1(importer->name) : QStringLiteral("unknown");
}

std::optional<DataFormat> dataFormatFromName(const QString& name) {
    for (const Importer& importer : importers())
        if (name == QLatin1String(importer.name))
            return importer.format;
    return std::nullopt;
}

namespace {

DataFormat firstMatch(const ImportSniff& sniff) {
    for (const Importer& importer : importers())
        if (importer.detect(sniff))
            return importer.format;
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
        return firstMatch({path, view, {}, false});
    Diagnostics ignored;
    const QByteArray text = normalizeTextEncoding(head, path, ignored);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{'))
        return firstMatch({path, QByteArrayView(trimmed), {}, false});
    if (trimmed.isEmpty())
        return firstMatch({path, std::nullopt, {}, true});
    Diagnostics diag;
    CsvReader reader(text, path, diag);
    CsvRecord header;
    if (!reader.next(header))
        return DataFormat::Unknown;
    return firstMatch({path, std::nullopt, header.fields, false});
}

} // namespace ee
