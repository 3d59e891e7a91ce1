// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Importers.h"

#include "io/BigBenchScores.h"
#include "io/LmEvalJson.h"
#include "io/LongCsv.h"
#include "io/PaperTables.h"
#include "io/WideCsv.h"

#include <QFileInfo>

#include <array>

namespace ee {

namespace {

/// Appends what an importer read into its own table to the loader's.
void appendResult(ImportResult&& read, ImportResult& into) {
    if (into.table.isEmpty())
        into.table = std::move(read.table);
    else
        into.table.append(read.table);
    into.diagnostics.append(read.diagnostics);
}

bool hasBigBenchKeys(QByteArrayView text) {
    // Key order varies between writers; look for the keys that define each schema.
    return text.contains("\"score_dict\"") || text.contains("\"subtask_description\"") ||
           (text.contains("\"model_family\"") && text.contains("\"scores\""));
}

bool isBigBench(const ImportSniff& f) {
    if (!f.json)
        return false;
    // By its keys; failing that by its name, unless the keys are lm-eval's.
    return hasBigBenchKeys(*f.json) ||
           (!f.json->contains("\"results\"") &&
            QFileInfo(f.path).fileName().startsWith(QLatin1String("scores_")));
}

bool isLmEval(const ImportSniff& f) {
    return f.json && f.json->contains("\"results\"");
}

bool isPaperTable(const ImportSniff& f) {
    return !f.json && !PaperTables::recognize(f.csvHeader).isEmpty();
}

bool isLongCsv(const ImportSniff& f) {
    if (f.json)
        return false;
    // An empty file is an empty long CSV, unless its name says JSON.
    if (f.blank)
        return !f.path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    return LongCsv::looksLikeHeader(f.csvHeader);
}

bool isWideCsv(const ImportSniff& f) {
    return !f.json && WideCsv::looksLikeHeader(f.csvHeader);
}

void readBigBench(const ImportSource& f, ImportResult& into) {
    // Straight into the loader's table: building and freeing an empty table (its string pool
    // allocates) for each of a checkout's thousands of files cost a percent of a load.
    BigBenchScores::readInto(f.bytes, f.path, f.source, into.table, into.diagnostics);
}

void readLmEval(const ImportSource& f, ImportResult& into) {
    appendResult(LmEvalJson::read(f.bytes, f.path, f.source, f.catalog()), into);
}

void readPaperTable(const ImportSource& f, ImportResult& into) {
    appendResult(PaperTables::read(f.bytes, f.path, f.source), into);
}

void readLongCsv(const ImportSource& f, ImportResult& into) {
    appendResult(LongCsv::read(f.bytes, f.path), into);
}

void readWideCsv(const ImportSource& f, ImportResult& into) {
    appendResult(WideCsv::read(f.bytes, f.path, f.source, f.catalog()), into);
}

// Paper layouts before long CSV: they are more specific (Pythia's table also has
// task/model/metric/value).
constexpr std::array kImporters{
    Importer{DataFormat::BigBenchScores, "bigbench", isBigBench, readBigBench},
    Importer{DataFormat::LmEvalJson, "lm-eval-json", isLmEval, readLmEval},
    Importer{DataFormat::PaperTable, "paper-table", isPaperTable, readPaperTable},
    Importer{DataFormat::LongCsv, "long-csv", isLongCsv, readLongCsv},
    Importer{DataFormat::WideCsv, "wide-csv", isWideCsv, readWideCsv},
};

} // namespace

std::span<const Importer> importers() {
    return kImporters;
}

const Importer* importerFor(DataFormat format) {
    for (const Importer& importer : kImporters)
        if (importer.format == format)
            return &importer;
    return nullptr;
}

} // namespace ee
