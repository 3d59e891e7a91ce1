// SPDX-License-Identifier: GPL-3.0-or-later
#include "instances/InstanceDetail.h"

#include <QRegularExpression>
#include <vector>

namespace ee::ui {

namespace {

/// Words and the whitespace between them, so the HTML keeps the output's spacing.
QStringList tokens(const QString& text) {
    static const QRegularExpression re(QStringLiteral("\\s+|[^\\s]+"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

bool isSpace(const QString& token) {
    return !token.isEmpty() && token.front().isSpace();
}

QString escaped(const QString& text) {
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

} // namespace

QString highlightDifferences(const QString& output, const QString& target) {
    const QStringList out = tokens(output);
    QStringList words;
    for (const QString& t : tokens(target))
        if (!isSpace(t))
            words << t;
    constexpr qsizetype kMaxWords = 2000;
    if (out.size() > kMaxWords || words.size() > kMaxWords)
        return escaped(output);
    // Longest common subsequence of the output's words with the target's words.
    QList<qsizetype> outWords;
    for (qsizetype i = 0; i < out.size(); ++i)
        if (!isSpace(out[i]))
            outWords << i;
    const std::size_t n = static_cast<std::size_t>(outWords.size());
    const std::size_t m = static_cast<std::size_t>(words.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            lcs[i][j] = out[outWords[static_cast<qsizetype>(i)]] == words[static_cast<qsizetype>(j)]
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<bool> matched(static_cast<std::size_t>(out.size()), true);
    for (std::size_t i = 0, j = 0; i < n;) {
        const qsizetype token = outWords[static_cast<qsizetype>(i)];
        if (j < m && out[token] == words[static_cast<qsizetype>(j)]) {
            ++i;
            ++j;
        } else if (j < m && lcs[i][j + 1] > lcs[i + 1][j]) {
            ++j;
        } else {
            matched[static_cast<std::size_t>(token)] = false;
            ++i;
        }
    }
    QString html;
    for (qsizetype i = 0; i < out.size(); ++i)
        html += matched[static_cast<std::size_t>(i)]
                    ? escaped(out[i])
                    : QStringLiteral("<span class=\"diff\">%1</span>").arg(escaped(out[i]));
    return html;
}

QString instanceDetailHtml(const ee::InstanceTable& t, qsizetype row) {
    const QString metric = t.options().metric;
    QString input;
    QStringList targets, choices;
    for (qsizetype c = 0; c < t.modelCount(); ++c)
        if (const ee::Example* e = t.example(row, c)) {
            if (input.isEmpty())
                input = e->input;
            if (targets.isEmpty())
                targets = e->targets;
            if (choices.isEmpty())
                choices = e->choices;
        }
    QString html = QStringLiteral("<style>.diff{background:#f6c7c3;color:#5a0d07}.gen{color:#555}"
                                  "td{padding:2px 6px;vertical-align:top}</style>");
    html += QStringLiteral("<h3>%1%2</h3>")
                .arg(escaped(t.id(row)),
                     t.subtask(row).isEmpty()
                         ? QString()
                         : QStringLiteral(" <small>(%1)</small>").arg(escaped(t.subtask(row))));
    if (!input.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(QObject::tr("Input"), escaped(input));
    if (!choices.isEmpty()) {
        // Lettered as the answers refer to them (MMLU-Pro: A–J).
        html += QStringLiteral("<p><b>%1</b><br>").arg(QObject::tr("Options"));
        for (qsizetype i = 0; i < choices.size(); ++i)
            html += QStringLiteral("%1%2. %3")
                        .arg(i ? QStringLiteral("<br>") : QString())
                        .arg(i < 26 ? QChar(static_cast<char16_t>(u'A' + i)) : QChar(u'?'))
                        .arg(escaped(choices[i]));
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(targets.size() > 1 ? QObject::tr("Targets") : QObject::tr("Target"),
                     escaped(targets.join(QStringLiteral(" | "))));
    html += QStringLiteral("<table>");
    const QString first = targets.value(0);
    for (qsizetype c = 0; c < t.modelCount(); ++c) {
        const ee::Example* e = t.example(row, c);
        const QString name = escaped(t.models()[c].label());
        if (!e) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(name, QObject::tr("no record of this instance"));
            continue;
        }
        const auto solved = t.solved(row, c);
        const auto value = t.value(row, c);
        const QString verdict = !solved   ? QObject::tr("not scorable by %1").arg(metric)
                                : *solved ? QObject::tr("✓ solved")
                                          : QObject::tr("✗ wrong");
        QString cell =
            e->output ? highlightDifferences(*e->output, first) : QObject::tr("<i>no output</i>");
        if (e->output && e->output->isEmpty())
            cell = QObject::tr("<i>(empty: no answer found)</i>");
        if (e->generation)
            cell += QStringLiteral("<div class=\"gen\">%1</div>").arg(escaped(*e->generation));
        html += QStringLiteral("<tr><td><b>%1</b><br>%2%3</td><td>%4</td></tr>")
                    .arg(name, verdict,
                         value ? QStringLiteral("<br>%1 = %2").arg(metric).arg(*value) : QString(),
                         cell);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace ee::ui
