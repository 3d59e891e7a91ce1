// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfPageBox.h"

#include <QRegularExpression>

namespace ee::render {

namespace {

/// `value` with 6 decimals, left-padded with zeros to `length` bytes (PDF numbers may have
/// leading zeros); empty when it does not fit.
QByteArray fixedWidth(double value, qsizetype length) {
    for (int decimals = 6; decimals >= 3; --decimals) {
        QByteArray s = QByteArray::number(value, 'f', decimals);
        if (s.size() <= length)
            return QByteArray(length - s.size(), '0') + s;
    }
    return {};
}

} // namespace

bool setExactMediaBox(QByteArray& pdf, QSizeF sizePt) {
    static const QRegularExpression box(QStringLiteral(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])"));
    // The header and page dictionaries are ASCII; Latin-1 keeps byte offsets equal to indices.
    const QString text = QString::fromLatin1(pdf.left(std::min<qsizetype>(pdf.size(), 1 << 20)));
    const auto m = box.match(text);
    if (!m.hasMatch())
        return false;
    const QByteArray w = fixedWidth(sizePt.width(), m.capturedLength(1));
    const QByteArray h = fixedWidth(sizePt.height(), m.capturedLength(2));
    if (w.isEmpty() || h.isEmpty())
        return false;
    pdf.replace(m.capturedStart(1), w.size(), w);
    pdf.replace(m.capturedStart(2), h.size(), h);
    return true;
}

} // namespace ee::render
