// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/examples/ExampleSource.h"

#include <QCoreApplication>
#include <QFile>

namespace ee {

std::optional<ExampleSource> readExampleSource(const QString& path, ExampleSet& set) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        set.error(
            path, 0,
            QCoreApplication::translate("ExampleSource", "cannot open: %1").arg(f.errorString()));
        return std::nullopt;
    }
    return ExampleSource{path, f.readAll()};
}

} // namespace ee
