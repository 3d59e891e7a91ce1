// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AtomicFile.h"

#include <QSaveFile>

namespace ee {

namespace {

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

} // namespace

bool writeFileAtomically(const QString& path, const std::function<bool(QIODevice&)>& write,
                         const QString& failure, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    if (!write(file)) {
        file.cancelWriting();
        return fail(error, QStringLiteral("%1: %2").arg(path, failure));
    }
    // commit() also reports a write error that happened earlier (a full disk), which QSaveFile
    // remembers; then it removes the temporary file and leaves `path` as it was.
    if (!file.commit())
        return fail(error, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    // A short write is not checked here: QSaveFile remembers it and commit() fails with the
    // device's reason ("No space left on device").
    return writeFileAtomically(
        path,
        [&bytes](QIODevice& out) {
            out.write(bytes);
            return true;
        },
        QString(), error);
}

} // namespace ee
