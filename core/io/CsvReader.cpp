// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include "io/TextDecoding.h"

#include <QCoreApplication>

namespace ee {

CsvReader::CsvReader(QByteArray data, QString fileName, Diagnostics& diag)
    : m_data(std::move(data))
    , m_file(std::move(fileName))
    , m_diag(diag) {}

double CsvReader::progress() const {
    return m_data.isEmpty() ? 1.0 : double(m_pos) / double(m_data.size());
}

bool CsvReader::next(CsvRecord& record) {
    const char* d = m_data.constData();
    const qsizetype size = m_data.size();
    while (m_pos < size) {
        record.fields.clear();
        record.line = m_line;
        bool inQuotes = false, fieldWasQuoted = false, badUtf8 = false, endOfRecord = false;
        m_field.clear();
        auto finishField = [&] {
            if (!isValidUtf8(m_field.constData(), m_field.size()))
                badUtf8 = true;
            record.fields.append(QString::fromUtf8(m_field));
            m_field.clear();
            fieldWasQuoted = false;
        };
        while (m_pos < size && !endOfRecord) {
            const char c = d[m_pos++];
            if (inQuotes) {
                if (c == '"') {
                    if (m_pos < size && d[m_pos] == '"') {
                        m_field.append('"');
                        ++m_pos;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && !(m_pos < size && d[m_pos] == '\n')))
                        ++m_line;
                    m_field.append(c);
                }
                continue;
            }
            switch (c) {
            case '"':
                if (m_field.isEmpty() && !fieldWasQuoted) {
                    inQuotes = true;
                    fieldWasQuoted = true;
                } else {
                    m_field.append(c); // a stray quote inside a bare field is kept as text
                }
                break;
            case ',':
                finishField();
                break;
            case '\r':
                if (m_pos < size && d[m_pos] == '\n')
                    ++m_pos;
                [[fallthrough]];
            case '\n':
                ++m_line;
                endOfRecord = true;
                break;
            default:
                m_field.append(c);
            }
        }
        if (inQuotes) {
            m_diag.error(m_file, record.line,
                         QCoreApplication::translate(
                             "CsvReader", "a quoted field is never closed; the rest of the file "
                                          "(from this line) was not read"));
            return false;
        }
        finishField();
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue; // blank line
        if (badUtf8) {
            m_diag.error(m_file, record.line,
                         QCoreApplication::translate(
                             "CsvReader", "the line is not valid UTF-8; it was skipped"));
            continue;
        }
        return true;
    }
    return false;
}

} // namespace ee
