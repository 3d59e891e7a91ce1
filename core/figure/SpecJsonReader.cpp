// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/SpecJsonReader.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace ee {

void SpecJsonReader::fail(const QString& key, const QString& what) {
    if (error.isEmpty())
        error = QStringLiteral("\"%1\": %2").arg(key, what);
}

template <typename Valid>
std::optional<QJsonValue> SpecJsonReader::take(const QJsonObject& o, const char* key,
                                               const QString& path, Valid valid,
                                               const char* expected) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return std::nullopt;
    if (!valid(v)) {
        fail(path + QLatin1String(key), QLatin1String(expected));
        return std::nullopt;
    }
    return v;
}

void SpecJsonReader::number(const QJsonObject& o, const char* key, double& out,
                            const QString& path) {
    const auto finite = [](const QJsonValue& v) {
        return v.isDouble() && std::isfinite(v.toDouble());
    };
    if (const auto v = take(o, key, path, finite, "expected a number"))
        out = v->toDouble();
}

void SpecJsonReader::optNumber(const QJsonObject& o, const char* key, std::optional<double>& out,
                               const QString& path) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    double d = 0;
    number(o, key, d, path);
    out = d;
}

void SpecJsonReader::integer(const QJsonObject& o, const char* key, int& out, const QString& path) {
    const auto whole = [](const QJsonValue& v) {
        const double d = v.toDouble(-1.5);
        return v.isDouble() && d == std::floor(d) && std::abs(d) <= 1e9;
    };
    if (const auto v = take(o, key, path, whole, "expected a whole number"))
        out = static_cast<int>(v->toDouble());
}

void SpecJsonReader::boolean(const QJsonObject& o, const char* key, bool& out,
                             const QString& path) {
    const auto isBool = [](const QJsonValue& v) { return v.isBool(); };
    if (const auto v = take(o, key, path, isBool, "expected true or false"))
        out = v->toBool();
}

void SpecJsonReader::string(const QJsonObject& o, const char* key, QString& out,
                            const QString& path) {
    const auto isString = [](const QJsonValue& v) { return v.isString(); };
    if (const auto v = take(o, key, path, isString, "expected a string"))
        out = v->toString();
}

void SpecJsonReader::strings(const QJsonObject& o, const char* key, QStringList& out,
                             const QString& path) {
    const auto list = [](const QJsonValue& v) {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue& s) { return s.isString(); });
    };
    const auto v = take(o, key, path, list, "expected a list of strings");
    if (!v)
        return;
    out.clear();
    for (const QJsonValue& item : v->toArray())
        out << item.toString();
}

} // namespace ee
