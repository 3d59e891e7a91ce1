// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOutput.h"

#include "io/SafeCsv.h"
#include "io/TextDecoding.h"

#include <QJsonDocument>
#include <cmath>

namespace ee::cli {

namespace {
const QString kRaw = QStringLiteral("raw");
const QString kFormat = QStringLiteral("format");
} // namespace

void addOutputOptions(QCommandLineParser& parser, const QStringList& formats) {
    parser.addOption({kFormat, formats.join(QStringLiteral(" or ")) + QLatin1Char('.'),
                      QStringLiteral("FORMAT"), formats.value(0)});
    if (formats.contains(QLatin1String("csv")))
        parser.addOption({kRaw, QStringLiteral("CSV: write text cells as they are (by default a "
                                               "cell starting with = + - @ tab or CR gets a "
                                               "leading ' so spreadsheets do not run it as a "
                                               "formula).")});
}

QStringList csvOrJson() {
    return {QStringLiteral("csv"), QStringLiteral("json")};
}

std::optional<QString> formatValue(const QCommandLineParser& parser, const QStringList& formats,
                                   const QString& command, Io io, const QString& usage) {
    const QString format = parser.value(kFormat);
    if (formats.contains(format))
        return format;
    io.err << "emergence " << command << ": --format must be "
           << formats.join(QStringLiteral(" or ")) << "\n";
    if (!usage.isEmpty())
        io.err << "usage: " << usage << "\n";
    return std::nullopt;
}

bool isJson(const QCommandLineParser& parser) {
    return parser.value(kFormat) == QLatin1String("json");
}

void printJson(const QJsonObject& json, QTextStream& out) {
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
}

CsvCells CsvCells::fromOptions(const QCommandLineParser& parser) {
    return CsvCells(parser.isSet(kRaw));
}

QString CsvCells::text(const QString& cell) const {
    return safeCsvTextField(cell, m_raw);
}

QString CsvCells::key(const CurveKey& k) const {
    return QStringList{text(k.task),   text(k.subtask), text(k.metric),
                       text(k.family), shots(k),        text(k.prompting)}
        .join(QLatin1Char(','));
}

QString CsvCells::shots(const CurveKey& k) {
    return k.shots ? QString::number(*k.shots) : QString();
}

QString CsvCells::number(double v) {
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return formatNumberExact(v);
}

QString CsvCells::number(const std::optional<double>& v) {
    return v ? number(*v) : QString();
}

QString CsvCells::exact(const std::optional<double>& v) {
    return v ? formatNumberExact(*v) : QString();
}

} // namespace ee::cli
