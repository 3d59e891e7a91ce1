// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SizeLabel.h"

#include "io/TextDecoding.h"

namespace ee {

std::optional<double> parseSizeLabel(const QString& label) {
    const QString t = label.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar ch = t.at(i);
        int exponent = 0;
        if (ch == QLatin1Char('k'))
            exponent = 3;
        else if (ch == QLatin1Char('m'))
            exponent = 6;
        else if (ch == QLatin1Char('b'))
            exponent = 9;
        else if (ch == QLatin1Char('t'))
            exponent = 12;
        else
            continue;
        QString mantissa = t.left(i);
        const QString rest = t.mid(i + 1);
        if (mantissa.isEmpty() || mantissa.contains(QLatin1Char('e')))
            return std::nullopt;
        if (!rest.isEmpty()) {
            // "1b1" = 1.1 billion: the digits after the unit letter are decimals.
            if (mantissa.contains(QLatin1Char('.')))
                return std::nullopt;
            for (QChar d : rest)
                if (!d.isDigit())
                    return std::nullopt;
            mantissa += QLatin1Char('.') + rest;
        }
        const auto v =
            parseFiniteDouble(QString(mantissa + QLatin1Char('e') + QString::number(exponent)));
        if (!v || *v <= 0)
            return std::nullopt;
        return v;
    }
    return std::nullopt;
}

} // namespace ee
