// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/examples/JsonLines.h"

#include "io/LenientJson.h"
#include "io/examples/JsonView.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <cstring>

namespace ee::jsonl {

namespace {

/// Splits a file into lines ended by LF, CRLF or a lone CR (old Mac files, and files whose
/// lines were joined by a tool that wrote CR only). A raw CR cannot occur inside a JSON string,
/// so treating it as a line end never splits a valid record. Reads in blocks: memory is one
/// block plus the current line.
class LineReader {
public:
    explicit LineReader(QFile& file)
        : m_file(file) {}

    /// \brief The next line without its end; false at the end of the file.
    bool next(QByteArray& line) {
        line.clear();
        bool any = false;
        for (;;) {
            if (m_pos >= m_block.size()) {
                m_block = m_file.read(kBlockSize);
                m_pos = 0;
                if (m_block.isEmpty())
                    return any;
            }
            if (m_afterCr) { // CRLF is one line end
                m_afterCr = false;
                if (m_block.at(m_pos) == '\n') {
                    ++m_pos;
                    continue;
                }
            }
            const char* begin = m_block.constData() + m_pos;
            const qsizetype left = m_block.size() - m_pos;
            const auto* lf = static_cast<const char*>(std::memchr(begin, '\n', size_t(left)));
            const qsizetype upTo = lf ? lf - begin : left;
            const auto* cr = static_cast<const char*>(std::memchr(begin, '\r', size_t(upTo)));
            const char* end = cr ? cr : lf;
            any = true;
            if (!end) {
                line.append(begin, left);
                m_pos = m_block.size();
                continue;
            }
            line.append(begin, end - begin);
            m_pos += (end - begin) + 1;
            m_afterCr = end == cr;
            return true;
        }
    }

private:
    static constexpr qint64 kBlockSize = 1 << 20;
    QFile& m_file;
    QByteArray m_block;
    qsizetype m_pos = 0;
    bool m_afterCr = false;
};

} // namespace

QJsonDocument parseLenient(const QByteArray& bytes, QString& error) {
    // The literals become the strings "NaN", "Infinity", "-Infinity" (numberOf() reads them);
    // a failure is worded from Qt's complaint about the line as written.
    const LenientJson::Parsed parsed =
        LenientJson::parse(bytes, LenientJson::kPythonLiteralsAsText);
    if (parsed.error.isEmpty()) {
        error.clear();
        return parsed.doc;
    }
    const QJsonParseError& pe = parsed.firstError;
    if (pe.error == QJsonParseError::IllegalUTF8String)
        error = QCoreApplication::translate("JsonLines", "text is not valid UTF-8 (at byte %1)")
                    .arg(pe.offset);
    else
        error = QCoreApplication::translate("JsonLines", "not valid JSON (%1 at byte %2)")
                    .arg(pe.errorString())
                    .arg(pe.offset);
    return {};
}

bool forEachObject(const QString& path, const std::function<void(const QJsonObject&, qint64)>& fn,
                   const std::function<void(qint64, const QString&)>& bad, QString& error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("JsonLines", "cannot open: %1").arg(f.errorString());
        return false;
    }
    // JSON Lines is UTF-8 (RFC 8259); a UTF-16 file would otherwise fail on every line with
    // "illegal value at byte 1". Say what is wrong once instead.
    const QByteArray bom = f.peek(2);
    if (bom == QByteArray("\xff\xfe", 2) || bom == QByteArray("\xfe\xff", 2)) {
        error = QCoreApplication::translate(
            "JsonLines", "the file is UTF-16 (it starts with a byte-order mark); JSON Lines "
                         "must be UTF-8: save it as UTF-8 and load it again");
        return false;
    }
    if (f.peek(3) == QByteArray("\xef\xbb\xbf", 3))
        f.read(3); // a UTF-8 byte-order mark is harmless: skip it
    qint64 line = 0;
    LineReader lines(f);
    QByteArray raw;
    while (lines.next(raw)) {
        ++line;
        const QByteArray text = raw.trimmed();
        if (text.isEmpty())
            continue;
        QString err;
        const QJsonDocument doc = parseLenient(text, err);
        if (!err.isEmpty()) {
            bad(line, err);
            continue;
        }
        if (!doc.isObject()) {
            bad(line,
                QCoreApplication::translate("JsonLines", "expected a JSON object on each line"));
            continue;
        }
        fn(doc.object(), line);
    }
    return true;
}

// QJsonValue has the view interface (isDouble, toDouble, isString, toString) itself, so the
// one rule of JsonView.h serves both.
std::optional<double> numberOf(const QJsonValue& v) {
    return numberOfView(v);
}

QStringList stringList(const QJsonValue& v) {
    if (v.isString())
        return {v.toString()};
    QStringList out;
    if (v.isArray())
        for (const auto& x : v.toArray())
            if (x.isString())
                out << x.toString();
    return out;
}

} // namespace ee::jsonl
