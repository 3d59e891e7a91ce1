// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace ee {

/// \brief Writes a user's file so that it is either wholly new or untouched: the bytes go to a
/// temporary file beside `path` (QSaveFile), which replaces `path` only once every byte is
/// written. On failure `error` (when given) reads "PATH: cannot write: REASON" and no partial
/// file is left. The one way every command and window saves a file.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error = nullptr);

/// \brief The same for content produced by `write` into the device (a renderer streaming an
/// SVG or PDF): `path` is replaced only when `write` returns true. When it returns false the old
/// file stays and `error` reads "PATH: " + `failure`.
bool writeFileAtomically(const QString& path, const std::function<bool(QIODevice&)>& write,
                         const QString& failure, QString* error = nullptr);

} // namespace ee
