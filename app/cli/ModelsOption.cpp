// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ModelsOption.h"

#include "io/DataLoader.h"
#include "io/WideCsv.h"
#include "io/examples/ExampleReaders.h"
#include "platform/DataPaths.h"

#include <QFile>
#include <QFileInfo>

namespace ee::cli {

std::optional<ModelCatalog> exampleModelCatalog(const QCommandLineParser& parser, Io io,
                                                Diagnostics& diag) {
    if (!parser.isSet(QStringLiteral("models"))) {
        // The bundled datasets know the sizes of many public models; their own warnings are
        // about them, not about the user's inputs, so they are not repeated here.
        return catalogFromTable(DataLoader::load({datasetsDir()}).table);
    }
    const QString path = parser.value(QStringLiteral("models"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << path << ": cannot read: " << f.errorString() << "\n";
        return std::nullopt;
    }
    return WideCsv::readCatalog(f.readAll(), path, diag);
}

bool inputsMayNeedModelCatalog(const QStringList& inputs) {
    for (const QString& path : inputs)
        if (!QFileInfo(path).isFile() ||
            ee::detectExampleFormat(path) != ee::ExampleFormat::ExampleJsonl)
            return true;
    return false;
}

} // namespace ee::cli
