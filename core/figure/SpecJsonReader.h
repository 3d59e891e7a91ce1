// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/figure: reads typed values out of a figure spec's JSON objects.
#pragma once

#include "figure/FigureSpecNames.h"

#include <QJsonObject>
#include <QStringList>

namespace ee {

/// \brief Reads keys of JSON objects into typed fields, keeping the first problem as a sentence
/// that names the key with its path (e.g. `"panels[2].yMin": expected a number`).
///
/// A missing key leaves the field as it was (its default); a key of the wrong type records the
/// problem and also leaves the field unchanged. `path` is the key's prefix, e.g. "style.".
class SpecJsonReader {
public:
    /// \brief The first problem, empty while there is none.
    QString error;

    bool ok() const { return error.isEmpty(); }
    /// \brief Records `"key": what` unless a problem was recorded already.
    void fail(const QString& key, const QString& what);

    /// \brief A finite number.
    void number(const QJsonObject& o, const char* key, double& out, const QString& path);
    /// \brief A finite number; null leaves `out` unset.
    void optNumber(const QJsonObject& o, const char* key, std::optional<double>& out,
                   const QString& path);
    /// \brief A whole number of magnitude up to 1e9.
    void integer(const QJsonObject& o, const char* key, int& out, const QString& path);
    void boolean(const QJsonObject& o, const char* key, bool& out, const QString& path);
    void string(const QJsonObject& o, const char* key, QString& out, const QString& path);
    /// \brief A list of strings; replaces `out` when present.
    void strings(const QJsonObject& o, const char* key, QStringList& out, const QString& path);

    /// \brief A name from `table` (see FigureSpecNames.h); an unknown name lists the valid ones.
    template <typename E, std::size_t N>
    void named(const QJsonObject& o, const char* key, const figureNames::NamedValue<E> (&table)[N],
               E& out, const QString& path) {
        QString name;
        string(o, key, name, path);
        if (name.isEmpty())
            return;
        const auto v = figureNames::valueOf(table, name);
        if (!v) {
            QStringList names;
            for (const auto& entry : table)
                names << QLatin1String(entry.name);
            return fail(path + QLatin1String(key),
                        QStringLiteral("unknown value '%1' (expected %2)")
                            .arg(name, names.join(QLatin1String(", "))));
        }
        out = *v;
    }

private:
    /// The value at `key` when present and `valid(value)`; otherwise nullopt, recording
    /// `expected` when the key is present but not valid.
    template <typename Valid>
    std::optional<QJsonValue> take(const QJsonObject& o, const char* key, const QString& path,
                                   Valid valid, const char* expected);
};

} // namespace ee
