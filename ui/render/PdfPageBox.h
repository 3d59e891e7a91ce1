// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSizeF>

namespace ee::render {

/// \brief Qt 6.4's PDF engine writes the page's MediaBox in whole points, so an 89 mm page
/// (252.283 pt) would come out 252 pt wide. This rewrites the first
/// `/MediaBox [0 0 W H]` of a QPdfWriter file as `/MediaBox [0 0 Wexact Hexact]`, padding the
/// numbers with leading zeros to the original byte length so the cross-reference offsets stay
/// valid. Returns false (and leaves `pdf` untouched) when the box is not found or the exact size
/// cannot be written in the same number of bytes.
bool setExactMediaBox(QByteArray& pdf, QSizeF sizePt);

} // namespace ee::render
