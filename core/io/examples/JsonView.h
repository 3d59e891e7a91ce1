// SPDX-License-Identifier: GPL-3.0-or-later
// One read-only view of a JSON value over two parsers, so that a record reader is written once:
// simdjson (the fast path) and QJsonValue (lines simdjson refuses but Qt reads, e.g. Python's
// NaN tokens or a raw tab in a string). The simdjson view answers every question exactly as
// QJsonValue would, so a record reads the same whichever parser read its line.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <cmath>
#include <optional>
#include <simdjson.h>

namespace ee::jsonl {

/// \brief A simdjson DOM value with QJsonValue's semantics (absent = undefined; a duplicate key
/// gives its last value, as Qt keeps the last; integers and floats are both "double").
class SimdView {
public:
    SimdView() = default;
    explicit SimdView(simdjson::dom::element e)
        : m_e(e)
        , m_defined(true) {}

    bool isUndefined() const { return !m_defined; }
    bool isNull() const {
        return m_defined && m_e.type() == simdjson::dom::element_type::NULL_VALUE;
    }
    bool isBool() const { return m_defined && m_e.is_bool(); }
    bool isString() const { return m_defined && m_e.is_string(); }
    bool isDouble() const { return m_defined && m_e.is_number(); }
    bool isArray() const { return m_defined && m_e.is_array(); }
    bool isObject() const { return m_defined && m_e.is_object(); }

    /// \brief The string ("" for any other type), decoded once from UTF-8.
    QString toString() const {
        const std::string_view s = utf8();
        return isString() ? QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()))
                          : QString();
    }
    /// \brief The string's UTF-8 bytes (empty for any other type): no QString made.
    std::string_view utf8() const {
        std::string_view s;
        if (!m_defined || m_e.get(s) != simdjson::SUCCESS)
            return {};
        return s;
    }
    double toDouble() const {
        using T = simdjson::dom::element_type;
        if (!m_defined)
            return 0;
        switch (m_e.type()) {
        case T::INT64:
            return static_cast<double>(m_e.get_int64().value_unsafe());
        case T::UINT64:
            return static_cast<double>(m_e.get_uint64().value_unsafe());
        case T::DOUBLE:
            return m_e.get_double().value_unsafe();
        default:
            return 0;
        }
    }
    /// \brief QJsonValue::toInteger: an integer, or a whole double within qint64's range.
    qint64 toInteger(qint64 fallback) const {
        using T = simdjson::dom::element_type;
        if (!m_defined)
            return fallback;
        if (m_e.type() == T::INT64)
            return m_e.get_int64().value_unsafe();
        if (m_e.type() == T::UINT64 || m_e.type() == T::DOUBLE) {
            // Qt stores a number beyond qint64 as a double; the same test applies to both.
            const double d = toDouble();
            if (d == std::floor(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
                return static_cast<qint64>(d);
        }
        return fallback;
    }

    /// \brief The member `key` (undefined if absent or not an object); the last of duplicates.
    SimdView value(std::string_view key) const {
        SimdView found;
        simdjson::dom::object object;
        if (!m_defined || m_e.get(object) != simdjson::SUCCESS)
            return found;
        for (const simdjson::dom::key_value_pair field : object)
            if (field.key == key)
                found = SimdView(field.value);
        return found;
    }
    bool contains(std::string_view key) const { return !value(key).isUndefined(); }

    /// \brief The members of an object (0 for anything else).
    qsizetype memberCount() const {
        simdjson::dom::object object;
        if (!m_defined || m_e.get(object) != simdjson::SUCCESS)
            return 0;
        return static_cast<qsizetype>(object.size());
    }
    qsizetype size() const {
        simdjson::dom::array array;
        if (!m_defined || m_e.get(array) != simdjson::SUCCESS)
            return 0;
        return static_cast<qsizetype>(array.size());
    }
    /// \brief Element `i` of an array (undefined when out of range or not an array).
    SimdView at(qsizetype i) const {
        simdjson::dom::array array;
        simdjson::dom::element x;
        if (!m_defined || i < 0 || m_e.get(array) != simdjson::SUCCESS ||
            array.at(static_cast<size_t>(i)).get(x) != simdjson::SUCCESS)
            return {};
        return SimdView(x);
    }
    template <typename Fn> void forEach(Fn&& fn) const {
        simdjson::dom::array array;
        if (m_defined && m_e.get(array) == simdjson::SUCCESS)
            for (const simdjson::dom::element x : array)
                fn(SimdView(x));
    }

private:
    simdjson::dom::element m_e;
    bool m_defined = false;
};

/// \brief The same interface over a QJsonValue.
class QtView {
public:
    QtView() = default;
    explicit QtView(QJsonValue v)
        : m_v(std::move(v)) {}

    bool isUndefined() const { return m_v.isUndefined(); }
    bool isNull() const { return m_v.isNull(); }
    bool isBool() const { return m_v.isBool(); }
    bool isString() const { return m_v.isString(); }
    bool isDouble() const { return m_v.isDouble(); }
    bool isArray() const { return m_v.isArray(); }
    bool isObject() const { return m_v.isObject(); }
    QString toString() const { return m_v.toString(); }
    double toDouble() const { return m_v.toDouble(); }
    qint64 toInteger(qint64 fallback) const { return m_v.toInteger(fallback); }
    QtView value(std::string_view key) const {
        return QtView(
            m_v.toObject().value(QLatin1String(key.data(), static_cast<qsizetype>(key.size()))));
    }
    bool contains(std::string_view key) const { return !value(key).isUndefined(); }
    qsizetype memberCount() const { return m_v.toObject().size(); }
    qsizetype size() const { return m_v.toArray().size(); }
    QtView at(qsizetype i) const { return QtView(m_v.toArray().at(i)); }
    template <typename Fn> void forEach(Fn&& fn) const {
        if (m_v.isArray())
            for (const QJsonValue& x : m_v.toArray())
                fn(QtView(x));
    }

private:
    QJsonValue m_v;
};

/// \brief numberOf() of JsonLines.h for either view: a JSON number or a numeric string.
template <typename View> std::optional<double> numberOfView(const View& v) {
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s == QLatin1String("NaN") || s == QLatin1String("nan"))
            return std::nan("");
        if (s == QLatin1String("Infinity") || s == QLatin1String("inf"))
            return INFINITY;
        if (s == QLatin1String("-Infinity") || s == QLatin1String("-inf"))
            return -INFINITY;
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

/// \brief stringList() of JsonLines.h for either view.
template <typename View> QStringList stringListView(const View& v) {
    if (v.isString())
        return {v.toString()};
    QStringList out;
    v.forEach([&](const View& x) {
        if (x.isString())
            out << x.toString();
    });
    return out;
}

} // namespace ee::jsonl
