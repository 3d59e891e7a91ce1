// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace ee::ui {

/// \brief Help → User guide: the window, the tabs and the usual tasks in a few paragraphs.
QString userGuideHtml();

/// \brief Help → Keyboard shortcuts: every menu action of `window` with its shortcut and
/// mnemonic, read from the actions themselves (so the page cannot go stale), then the tour's
/// keys.
QString shortcutsHtml(const QWidget* window);

/// \brief Help → What do B and L mean?: the definitions core computes (the same sentences the
/// CLI writes), and three example curves with B and L computed by core's functions.
QString shapeNumbersHtml();

} // namespace ee::ui
