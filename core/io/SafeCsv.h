// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/LongCsv.h"

#include <QString>

namespace ee {

/// \brief CSV formula-injection guard for CSV that people open in a spreadsheet: every CSV the
/// CLI prints (curves, analyze, decompose, forecast, simulate, score; through cli::CsvCells,
/// `--raw` opts out) and any CSV the GUI writes for people.
///
/// A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a
/// formula by Excel, LibreOffice and Google Sheets (`=HYPERLINK(...)`, `=cmd|...`); model and
/// task names come from other people's files, so such a cell gets a leading `'`, which the
/// spreadsheet shows as text. Only *text* cells go through this: numbers the program formats
/// itself (e.g. `-0.25`) are written as they are.
///
/// Not applied to the canonical long CSV written by `emergence import` / `datasets`
/// (LongCsv::write): that file must read back exactly, so it stays a lossless round trip.
inline QString neutralizeCsvFormula(const QString& cell) {
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

/// \brief One text cell for a user-facing CSV: neutralised unless `raw`, then quoted when needed.
inline QString safeCsvTextField(const QString& cell, bool raw) {
    return QString::fromUtf8(LongCsv::quoteField(raw ? cell : neutralizeCsvFormula(cell)));
}

} // namespace ee
