// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Cli.h"
#include "model/Curve.h"

#include <QJsonObject>
#include <optional>

namespace ee::cli {

/// \brief Adds --format FORMAT, accepting `formats` (the first is the default; the help reads
/// "a or b."), and, when "csv" is one of them, --raw (see CsvCells).
void addOutputOptions(QCommandLineParser& parser, const QStringList& formats);

/// \brief {"csv", "json"}: the formats of curves, analyze, decompose, forecast and simulate.
QStringList csvOrJson();

/// \brief The --format value when it is one of `formats`. Otherwise prints `emergence COMMAND:
/// --format must be a or b` (and the usage line when `usage` is given) and returns nullopt.
std::optional<QString> formatValue(const QCommandLineParser& parser, const QStringList& formats,
                                   const QString& command, Io io, const QString& usage = {});

/// \brief True when --format is json.
bool isJson(const QCommandLineParser& parser);

/// \brief Prints `json` indented, the shape every `--format json` output has.
void printJson(const QJsonObject& json, QTextStream& out);

/// \brief The cells of a CSV written for people (curves, analyses, scores).
///
/// Text cells (task, model and other names that come from other people's files) are
/// neutralised against formula injection (io/SafeCsv.h) unless the user passed --raw, then
/// quoted when needed. Numbers the program formats itself (e.g. -3.2) are never touched: they
/// do not go through text(). Not for the canonical long CSV of `emergence import`, which must
/// read back exactly.
class CsvCells {
public:
    explicit CsvCells(bool raw)
        : m_raw(raw) {}
    /// \brief Raw when the command's --raw option is set.
    static CsvCells fromOptions(const QCommandLineParser& parser);

    /// \brief A text cell: neutralised unless raw, then quoted when needed.
    QString text(const QString& cell) const;
    /// \brief The six key cells task,subtask,metric,family,shots,prompting.
    QString key(const CurveKey& key) const;
    /// \brief The shots cell (empty when unknown).
    static QString shots(const CurveKey& key);
    /// \brief Finite → the exact shortest text, ±inf → "inf"/"-inf", NaN (unknown) → empty.
    static QString number(double v);
    static QString number(const std::optional<double>& v);
    /// \brief Unknown → empty, otherwise formatNumberExact() (NaN is written "nan").
    static QString exact(const std::optional<double>& v);

private:
    bool m_raw = false;
};

} // namespace ee::cli
