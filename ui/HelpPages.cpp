// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpPages.h"

#include "analysis/ShapeScores.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>
#include <cmath>
#include <vector>

namespace ee::ui {

namespace {

// The strings' translation context; a class, so that lupdate files them under it too.
struct HelpPages {
    Q_DECLARE_TR_FUNCTIONS(HelpPages)
};

QString number(const ShapeScore& s) {
    if (!s.value)
        return HelpPages::tr("undefined");
    if (std::isinf(*s.value))
        return *s.value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(*s.value, 'g', 4);
}

void listMenu(const QMenu* menu, const QString& path, QString& rows) {
    for (const QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" → ") + QString(a->text()).remove(u'&');
        if (a->menu()) {
            listMenu(a->menu(), name, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(name.toHtmlEscaped(), keys.join(QStringLiteral(", ")).toHtmlEscaped());
    }
}

} // namespace

QString userGuideHtml() {
    return HelpPages::tr(
        "<h3>Emergence Explorer in five minutes</h3>"
        "<p><b>Data</b> (left): every task and subtask of the loaded files with its metric, "
        "breakthroughness B, linearity L, flag and a sparkline. Type in the search box (Ctrl+F) "
        "to filter, Enter to show the first match; Tab moves into the list, arrows pick.</p>"
        "<p><b>Scaling</b>: the task's curves against model scale, one colour, marker and dash "
        "per family. The metric buttons (M, Shift+M) switch metric and keep everything else; "
        "shots and prompting choosers fall back to a setting that has data. Drag to zoom x, "
        "double-click to reset. <b>Side by side</b> (Ctrl+B) shows 2–4 metrics.</p>"
        "<p><b>Tasks in (L, B)</b>: every task as one point; up means the change happens in few "
        "steps. <b>Log-prob</b>: accuracy next to a log-probability metric. "
        "<b>Decomposition</b>: subtask curves and the composite a rule predicts. <b>Toy "
        "model</b>: a simulation of how the metric alone can make a jump. <b>Instances</b>: "
        "model outputs example by example.</p>"
        "<p><b>Analysis</b> (right): B, L, the flag, fits and their explanations for the "
        "curves on screen.</p>"
        "<p><b>File → Export figure</b> (Ctrl+E) writes the charts of the tab on screen as "
        "SVG, PDF or PNG at an exact size (one column, two columns, slide); <b>Edit → Copy "
        "chart</b> (Ctrl+C) puts the chart on the clipboard. <b>File → Load model "
        "metadata…</b> adds a table of model sizes for results that do not state them. "
        "Sessions (File → Save session as…, Ctrl+Shift+S) keep the whole view.</p>"
        "<p><b>Tour</b> (F5) walks through the ideas step by step; Shift+F5 presents it full "
        "screen. docs/gui.md in the project describes every view in detail.</p>");
}

QString shortcutsHtml(const QWidget* window) {
    QString rows;
    if (const auto* bar = window->findChild<QMenuBar*>())
        for (const QAction* top : bar->actions())
            if (top->menu())
                listMenu(top->menu(), QString(top->text()).remove(u'&'), rows);
    rows +=
        HelpPages::tr("<tr><td>Tour: next step</td><td><b>→, Space, Page Down</b></td></tr>"
                      "<tr><td>Tour: previous step</td><td><b>←, Page Up, Backspace</b></td></tr>"
                      "<tr><td>Tour: leave</td><td><b>Esc</b></td></tr>"
                      "<tr><td>Search box: show the first match</td><td><b>Enter</b></td></tr>");
    return HelpPages::tr(
               "<h3>Keyboard shortcuts</h3><p>Alt with the underlined letter opens a menu or "
               "a tab.</p><table cellspacing=4>") +
           rows + QStringLiteral("</table>");
}

QString shapeNumbersHtml() {
    // Examples computed by core, never typed in: the page shows what the app computes.
    struct Example {
        QString name;
        std::vector<double> y;
    };
    const QList<Example> examples = {
        {HelpPages::tr("steady climb 0, 0.2, 0.4, 0.6, 0.8"), {0.0, 0.2, 0.4, 0.6, 0.8}},
        {HelpPages::tr("one jump 0, 0.01, 0.02, 0.8, 0.81"), {0.0, 0.01, 0.02, 0.8, 0.81}},
        {HelpPages::tr("flat then jump 0, 0, 0, 0, 0.8"), {0.0, 0.0, 0.0, 0.0, 0.8}},
    };
    QString rows;
    for (const Example& e : examples)
        rows += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td>"
                               "<td align=right>%4</td></tr>")
                    .arg(e.name.toHtmlEscaped(), QString::number(emergenceIndex(e.y), 'g', 4),
                         number(breakthroughness(e.y)), number(linearityUnconfirmed(e.y)));
    return HelpPages::tr(
               "<h3>What do B and L mean?</h3>"
               "<p>Both describe one curve: a task's score y on one metric for one family, "
               "with the models ordered by scale. <b>I(y)</b> is how far the curve moves from its "
               "lowest to its highest point, positive when the highest point comes at the larger "
               "scale.</p>"
               "<p><b>B, breakthroughness</b>: %1. Large when the curve moves a lot but most steps "
               "between neighbouring models are small, so the change happens in a few jumps; "
               "infinite when most steps are exactly zero yet the curve moves; 0 when flat.</p>"
               "<p><b>L, linearity</b>: %2. The BIG-bench paper's own formula could not be "
               "read, so the app labels L \"definition unconfirmed\" everywhere. Equal steps give "
               "L = n − 1 (n models); a single jump gives only √(n − 1).</p>"
               "<p>Both need at least 3 models. The Data list shows them for one representative "
               "family per task (named in the tooltip); the Analysis panel for the curves on "
               "screen.</p>"
               "<table cellspacing=4><tr><th align=left>example curve</th><th>I(y)</th>"
               "<th>B</th><th>L</th></tr>")
               .arg(QString::fromLatin1(kBreakthroughnessDefinition).toHtmlEscaped(),
                    QString::fromLatin1(kLinearityDefinition).toHtmlEscaped()) +
           rows + QStringLiteral("</table>");
}

} // namespace ee::ui
