// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/WideCsv.h"

#include "io/CsvReader.h"
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ee::WideCsv {

namespace {

const QString kModel = QStringLiteral("model");
const QString kFamily = QStringLiteral("model family");
const QString kSize = QStringLiteral("model size (b)");
const QString kTokens = QStringLiteral("pretraining data size (t)");
const QString kFlops = QStringLiteral("flops (1e21)");

bool isMetadataColumn(const QString& lowerName) {
    return lowerName == kModel || lowerName == kFamily || lowerName == kSize ||
           lowerName == kTokens || lowerName == kFlops;
}

/// Scales a decimal text by 10^exponent without the rounding error of a multiplication
/// ("6.7" billions reads as exactly the double nearest 6.7e9).
std::optional<double> scaledNumber(const QString& text, int exponent) {
    const QString t = text.trimmed();
    if (t.contains(QLatin1Char('e'), Qt::CaseInsensitive)) {
        const auto v = parseFiniteDouble(t);
        return v ? std::optional<double>(*v * std::pow(10.0, exponent)) : std::nullopt;
    }
    return parseFiniteDouble(QString(t + QLatin1Char('e') + QString::number(exponent)));
}

struct Header {
    int model = -1, family = -1, size = -1, tokens = -1, flops = -1;
    QList<int> scoreColumns;
};

Header readHeader(const QStringList& fields) {
    Header h;
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        if (name == kModel && h.model < 0)
            h.model = i;
        else if (name == kFamily)
            h.family = i;
        else if (name == kSize)
            h.size = i;
        else if (name == kTokens)
            h.tokens = i;
        else if (name == kFlops)
            h.flops = i;
        else
            h.scoreColumns.append(i);
    }
    return h;
}

std::optional<ModelInfo> modelInfo(const Header& h, const CsvRecord& rec, const QString& file,
                                   const QStringList& header, Diagnostics& diag) {
    auto cell = [&rec](int i) {
        return i >= 0 && i < rec.fields.size() ? rec.fields.at(i).trimmed() : QString();
    };
    ModelInfo info;
    info.name = cell(h.model);
    if (info.name.isEmpty())
        return std::nullopt;
    info.family = cell(h.family);
    auto scaled = [&](int column, int exponent) -> std::optional<double> {
        const QString t = cell(column);
        if (t.isEmpty())
            return std::nullopt;
        const auto v = scaledNumber(t, exponent);
        if (!v) {
            diag.error(file, rec.line,
                       QCoreApplication::translate(
                           "WideCsv", "'%1' is not a finite number; the model's %2 is left "
                                      "unknown")
                           .arg(elideForMessage(t), header.at(column)),
                       header.at(column));
            return std::nullopt;
        }
        if (*v <= 0)
            diag.warn(file, rec.line,
                      QCoreApplication::translate(
                          "WideCsv", "%1 of %2 is not positive; kept, but it cannot be drawn on a "
                                     "log axis")
                          .arg(header.at(column), info.name),
                      header.at(column));
        return v;
    };
    info.scale.params = scaled(h.size, 9);
    info.scale.tokens = scaled(h.tokens, 12);
    info.scale.flops = scaled(h.flops, 21);
    return info;
}

} // namespace

ColumnMeaning parseColumnName(const QString& column) {
    static const QRegularExpression shotsPattern(QStringLiteral("_(\\d+)_"));
    ColumnMeaning m;
    const QString name = column.trimmed();
    qsizetype last = -1;
    QRegularExpressionMatch lastMatch;
    // Matches may overlap ("a_2_3_b"), so search again from one past each match's start.
    for (qsizetype from = 0; from < name.size();) {
        const auto match = shotsPattern.match(name, from);
        if (!match.hasMatch())
            break;
        last = match.capturedStart();
        lastMatch = match;
        from = match.capturedStart() + 1;
    }
    if (last < 0) {
        m.task = name;
        m.metric = QStringLiteral("score");
        return m;
    }
    const QString base = name.left(last);
    m.metric = name.mid(lastMatch.capturedEnd());
    bool ok = false;
    const int shots = lastMatch.captured(1).toInt(&ok);
    if (ok)
        m.shots = shots;
    if (base.startsWith(QLatin1String("arithmetic_"))) {
        m.task = QStringLiteral("arithmetic");
        m.subtask = base.mid(11);
    } else {
        m.task = base;
    }
    return m;
}

bool looksLikeHeader(const QStringList& header) {
    return !header.isEmpty() && header.first().trimmed().compare(kModel, Qt::CaseInsensitive) == 0;
}

bool hasMetadataColumns(const QStringList& header) {
    for (const QString& name : header) {
        const QString n = name.trimmed().toLower();
        if (n != kModel && isMetadataColumn(n))
            return true;
    }
    return false;
}

ModelCatalog readCatalog(const QByteArray& bytes, const QString& file, Diagnostics& diag) {
    ModelCatalog catalog;
    Diagnostics local; // problems in the rows themselves are reported when the scores are read
    CsvReader reader(normalizeTextEncoding(bytes, file, local), file, local);
    CsvRecord rec;
    if (!reader.next(rec))
        return catalog;
    const QStringList header = rec.fields;
    const Header h = readHeader(header);
    if (h.model < 0)
        return catalog;
    while (reader.next(rec))
        if (const auto info = modelInfo(h, rec, file, header, local))
            catalog.add(*info);
    Q_UNUSED(diag);
    return catalog;
}

ImportResult read(const QByteArray& bytes, const QString& file, const QString& source,
                  const ModelCatalog& catalog) {
    ImportResult result;
    Diagnostics& diag = result.diagnostics;
    CsvReader reader(normalizeTextEncoding(bytes, file, diag), file, diag);
    CsvRecord rec;
    if (!reader.next(rec)) {
        diag.error(
            file, 1,
            QCoreApplication::translate("WideCsv", "the file is empty: a header row is required"));
        return result;
    }
    const QStringList header = rec.fields;
    const Header h = readHeader(header);
    if (h.model < 0) {
        diag.error(file, rec.line,
                   QCoreApplication::translate("WideCsv", "the header has no 'Model' column"));
        return result;
    }
    QList<ColumnMeaning> meanings;
    for (int column : h.scoreColumns)
        meanings.append(parseColumnName(header.at(column)));
    QSet<QString> warnedUnknown;
    const qint64 headerLine = rec.line;
    qint64 records = 0;
    while (reader.next(rec)) {
        ++records;
        if (rec.fields.size() != header.size())
            diag.warn(file, rec.line,
                      QCoreApplication::translate(
                          "WideCsv", "the row has %1 fields but the header has %2; missing cells "
                                     "are treated as blank")
                          .arg(rec.fields.size())
                          .arg(header.size()));
        auto own = modelInfo(h, rec, file, header, diag);
        if (!own) {
            diag.error(file, rec.line,
                       QCoreApplication::translate("WideCsv",
                                                   "the Model cell is empty; the row was skipped"),
                       header.at(h.model));
            continue;
        }
        ModelInfo info = *own;
        if (const ModelInfo* known = catalog.find(info.name)) {
            if (info.family.isEmpty())
                info.family = known->family;
            if (!info.scale.params)
                info.scale.params = known->scale.params;
            if (!info.scale.tokens)
                info.scale.tokens = known->scale.tokens;
            if (!info.scale.flops)
                info.scale.flops = known->scale.flops;
            if (!info.scale.nonEmbeddingParams)
                info.scale.nonEmbeddingParams = known->scale.nonEmbeddingParams;
        }
        if (info.family.isEmpty() && !warnedUnknown.contains(info.name)) {
            warnedUnknown.insert(info.name);
            diag.warn(file, rec.line,
                      QCoreApplication::translate(
                          "WideCsv", "no family or size is known for model '%1' (give a model "
                                     "metadata table); its scale is left unknown")
                          .arg(info.name));
        }
        for (qsizetype k = 0; k < h.scoreColumns.size(); ++k) {
            const int column = h.scoreColumns.at(k);
            const QString cell =
                column < rec.fields.size() ? rec.fields.at(column).trimmed() : QString();
            if (cell.isEmpty())
                continue; // a blank cell is a missing score, not a zero
            const auto value = parseFiniteDouble(cell);
            if (!value) {
                diag.error(file, rec.line,
                           QCoreApplication::translate(
                               "WideCsv", "'%1' is not a finite number; this score was skipped")
                               .arg(elideForMessage(cell)),
                           header.at(column));
                continue;
            }
            const ColumnMeaning& m = meanings.at(k);
            ScoreRow row;
            row.source = source;
            row.task = m.task;
            row.subtask = m.subtask;
            row.family = info.family;
            row.model = info.name;
            row.scale = info.scale;
            row.shots = m.shots;
            row.prompting = prompting::standard;
            row.metric = m.metric;
            row.value = *value;
            result.table.append(row);
        }
    }
    if (records == 0)
        diag.warn(
            file, headerLine,
            QCoreApplication::translate("WideCsv", "no data rows: the file has a header only"));
    return result;
}

} // namespace ee::WideCsv
