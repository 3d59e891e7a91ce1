// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QByteArray>
#include <QStringList>

namespace ee {

/// \brief One CSV record and the 1-based line on which it starts.
struct CsvRecord {
    qint64 line = 0;
    QStringList fields;
};

/// \brief An RFC 4180 tokenizer over bytes already in memory.
///
/// Handles quoted fields with embedded commas, quotes ("") and line breaks, CRLF / LF / lone CR
/// line ends, and blank lines (skipped). A record whose bytes are not valid UTF-8, or that ends
/// inside a quoted field, is reported to `diag` with its line and skipped; reading continues.
class CsvReader {
public:
    CsvReader(QByteArray data, QString fileName, Diagnostics& diag);

    /// \brief Reads the next record; false at the end of the data.
    bool next(CsvRecord& record);
    /// \brief The line the reader has reached (1-based).
    qint64 currentLine() const { return m_line; }
    /// \brief 0..1 of the bytes consumed, for progress reports.
    double progress() const;

private:
    QByteArray m_data;
    QString m_file;
    Diagnostics& m_diag;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    QByteArray m_field;
};

} // namespace ee
