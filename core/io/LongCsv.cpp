// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LongCsv.h"

#include "io/CsvReader.h"
#include "io/TextDecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>

namespace ee::LongCsv {

namespace {

enum Column {
    Source,
    Task,
    Subtask,
    Family,
    Model,
    Params,
    NonEmbeddingParams,
    Tokens,
    Flops,
    Shots,
    Prompting,
    Metric,
    Value,
    Stderr,
    CiLow,
    CiHigh,
    N,
    Low,
    High,
    ColumnCount
};

struct RowParser {
    const QString& file;
    Diagnostics& diag;
    std::array<int, ColumnCount> index;
    qint64 line = 0;
    const QStringList* fields = nullptr;
    bool failed = false;

    QString text(Column c) const {
        const int i = index[c];
        return (i >= 0 && i < fields->size()) ? fields->at(i).trimmed() : QString();
    }
    std::optional<double> number(Column c, bool required = false) {
        const QString t = text(c);
        if (t.isEmpty()) {
            if (required) {
                diag.error(file, line,
                           QCoreApplication::translate("LongCsv",
                                                       "the value is empty; the row was skipped"),
                           columns().at(c));
                failed = true;
            }
            return std::nullopt;
        }
        const auto v = parseFiniteDouble(t);
        if (!v) {
            diag.error(file, line,
                       QCoreApplication::translate(
                           "LongCsv", "'%1' is not a finite number; the row was skipped")
                           .arg(elideForMessage(t)),
                       columns().at(c));
            failed = true;
        }
        return v;
    }
    /// Non-positive sizes are real in some sources (step 0 has seen 0 tokens): they are kept,
    /// counted per column and reported once, at the first line where they occur.
    std::array<qint64, ColumnCount> nonPositiveCount{};
    std::array<qint64, ColumnCount> nonPositiveFirstLine{};
    std::optional<double> size(Column c) {
        const auto v = number(c);
        if (v && *v <= 0 && nonPositiveCount[c]++ == 0)
            nonPositiveFirstLine[c] = line;
        return v;
    }
    void reportNonPositiveSizes() {
        for (int c = 0; c < ColumnCount; ++c)
            if (nonPositiveCount[c] > 0)
                diag.warn(file, nonPositiveFirstLine[c],
                          QCoreApplication::translate(
                              "LongCsv", "%1 row(s) have a zero or negative scale (first here); "
                                         "they are kept but cannot be drawn on a log axis")
                              .arg(nonPositiveCount[c]),
                          columns().at(c));
    }
    std::optional<qint64> integer(Column c, qint64 lo, qint64 hi) {
        const QString t = text(c);
        if (t.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok || v < lo || v > hi) {
            diag.error(file, line,
                       QCoreApplication::translate(
                           "LongCsv", "'%1' is not a whole number from %2 to %3; the row was "
                                      "skipped")
                           .arg(elideForMessage(t))
                           .arg(lo)
                           .arg(hi),
                       columns().at(c));
            failed = true;
            return std::nullopt;
        }
        return v;
    }
};

} // namespace

const QStringList& columns() {
    static const QStringList names = {QStringLiteral("source"),
                                      QStringLiteral("task"),
                                      QStringLiteral("subtask"),
                                      QStringLiteral("family"),
                                      QStringLiteral("model"),
                                      QStringLiteral("params"),
                                      QStringLiteral("nonembedding_params"),
                                      QStringLiteral("tokens"),
                                      QStringLiteral("flops"),
                                      QStringLiteral("shots"),
                                      QStringLiteral("prompting"),
                                      QStringLiteral("metric"),
                                      QStringLiteral("value"),
                                      QStringLiteral("stderr"),
                                      QStringLiteral("ci_low"),
                                      QStringLiteral("ci_high"),
                                      QStringLiteral("n"),
                                      QStringLiteral("low"),
                                      QStringLiteral("high")};
    return names;
}

bool looksLikeHeader(const QStringList& header) {
    QStringList h;
    for (const QString& name : header)
        h << name.trimmed().toLower();
    return h.contains(QLatin1String("task")) && h.contains(QLatin1String("model")) &&
           h.contains(QLatin1String("metric")) && h.contains(QLatin1String("value"));
}

ImportResult read(const QByteArray& raw, const QString& file, const ProgressCallback& progress) {
    ImportResult result;
    Diagnostics& diag = result.diagnostics;
    CsvReader reader(normalizeTextEncoding(raw, file, diag), file, diag);
    CsvRecord record;
    if (!reader.next(record)) {
        diag.error(
            file, 1,
            QCoreApplication::translate("LongCsv", "the file is empty: a header row is required"));
        return result;
    }
    RowParser p{file, diag, {}, 0, nullptr, false};
    p.index.fill(-1);
    QStringList unknown;
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
        const int c = static_cast<int>(columns().indexOf(name));
        if (c < 0) {
            unknown << record.fields.at(i);
        } else if (p.index[c] >= 0) {
            diag.warn(file, record.line,
                      QCoreApplication::translate(
                          "LongCsv", "column '%1' appears twice; the first one is used")
                          .arg(name));
        } else {
            p.index[c] = i;
        }
    }
    for (Column required : {Task, Model, Metric, Value}) {
        if (p.index[required] < 0) {
            diag.error(file, record.line,
                       QCoreApplication::translate(
                           "LongCsv", "the header has no '%1' column; expected the canonical "
                                      "columns %2")
                           .arg(columns().at(required), columns().join(QLatin1Char(','))));
            return result;
        }
    }
    if (!unknown.isEmpty())
        diag.warn(file, record.line,
                  QCoreApplication::translate("LongCsv", "unknown columns were ignored: %1")
                      .arg(unknown.join(QStringLiteral(", "))));
    const qsizetype headerSize = record.fields.size();
    const qint64 headerLine = record.line;

    qint64 rowsRead = 0;
    while (reader.next(record)) {
        if ((++rowsRead & 0xFFF) == 0 && progress && !progress(reader.progress())) {
            result.cancelled = true;
            return result;
        }
        p.line = record.line;
        p.fields = &record.fields;
        p.failed = false;
        if (record.fields.size() != headerSize)
            diag.warn(file, record.line,
                      QCoreApplication::translate("LongCsv",
                                                  "the row has %1 fields but the header has %2")
                          .arg(record.fields.size())
                          .arg(headerSize));
        ScoreRow row;
        row.source = p.text(Source);
        row.task = p.text(Task);
        row.subtask = p.text(Subtask);
        row.family = p.text(Family);
        row.model = p.text(Model);
        row.prompting = p.text(Prompting);
        row.metric = p.text(Metric);
        if (row.task.isEmpty() || row.model.isEmpty() || row.metric.isEmpty()) {
            diag.error(file, record.line,
                       QCoreApplication::translate(
                           "LongCsv", "task, model and metric must not be empty; the row was "
                                      "skipped"));
            continue;
        }
        row.scale.params = p.size(Params);
        row.scale.nonEmbeddingParams = p.size(NonEmbeddingParams);
        row.scale.tokens = p.size(Tokens);
        row.scale.flops = p.size(Flops);
        if (const auto shots = p.integer(Shots, 0, 10000))
            row.shots = static_cast<int>(*shots);
        const auto value = p.number(Value, true);
        row.stderr_ = p.number(Stderr);
        row.ciLow = p.number(CiLow);
        row.ciHigh = p.number(CiHigh);
        row.n = p.integer(N, 0, std::numeric_limits<qint64>::max());
        row.low = p.number(Low);
        row.high = p.number(High);
        if (p.failed || !value)
            continue;
        row.value = *value;
        result.table.append(row);
    }
    p.reportNonPositiveSizes();
    if (rowsRead == 0)
        diag.warn(
            file, headerLine,
            QCoreApplication::translate("LongCsv", "no data rows: the file has a header only"));
    if (progress)
        progress(1.0);
    return result;
}

QByteArray quoteField(const QString& field) {
    QByteArray bytes = field.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r') ||
        (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '))) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

void write(const ScoreTable& table, QIODevice& out) {
    auto num = [](const std::optional<double>& v) {
        return v ? formatNumberExact(*v).toLatin1() : QByteArray();
    };
    out.write(columns().join(QLatin1Char(',')).toUtf8() + '\n');
    QByteArray line;
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const ScoreRow r = table.row(i);
        line.clear();
        const QByteArray fields[] = {quoteField(r.source),
                                     quoteField(r.task),
                                     quoteField(r.subtask),
                                     quoteField(r.family),
                                     quoteField(r.model),
                                     num(r.scale.params),
                                     num(r.scale.nonEmbeddingParams),
                                     num(r.scale.tokens),
                                     num(r.scale.flops),
                                     r.shots ? QByteArray::number(*r.shots) : QByteArray(),
                                     quoteField(r.prompting),
                                     quoteField(r.metric),
                                     num(r.value),
                                     num(r.stderr_),
                                     num(r.ciLow),
                                     num(r.ciHigh),
                                     r.n ? QByteArray::number(*r.n) : QByteArray(),
                                     num(r.low),
                                     num(r.high)};
        for (const QByteArray& f : fields) {
            if (!line.isEmpty() || &f != &fields[0])
                line.append(',');
            line.append(f);
        }
        line.append('\n');
        out.write(line);
    }
}

QByteArray toBytes(const ScoreTable& table) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(table, buffer);
    return bytes;
}

} // namespace ee::LongCsv
