// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/FamilyAssignment.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace ee {

namespace {

bool byName(const QString& a, const QString& b) {
    const int c = QString::compare(a, b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

QStringList byCount(const QHash<QString, qsizetype>& counts) {
    QStringList out = counts.keys();
    std::sort(out.begin(), out.end(), [&counts](const QString& a, const QString& b) {
        const qsizetype na = counts.value(a), nb = counts.value(b);
        return na != nb ? na > nb : byName(a, b);
    });
    return out;
}

using Matrix = std::vector<std::vector<int>>;

} // namespace

QStringList familiesByScores(const QHash<QString, qsizetype>& scoresOnTask) {
    return byCount(scoresOnTask);
}

QList<FamilyStyles::Assignment> assignFamilies(const FamilyScoresByChart& charts,
                                               const FigureStyle& style, int shownByDefault) {
    QHash<QString, qsizetype> totals;
    QHash<QString, QSet<QString>> familiesOfTask;
    for (const auto& chart : charts)
        for (auto f = chart.families.cbegin(); f != chart.families.cend(); ++f) {
            totals[f.key()] += *f;
            familiesOfTask[chart.task].insert(f.key());
        }
    const QStringList order = byCount(totals);
    const auto n = static_cast<std::size_t>(order.size());
    QHash<QString, std::size_t> rankOf;
    for (std::size_t i = 0; i < n; ++i)
        rankOf.insert(order[qsizetype(i)], i);

    // How many tasks each pair of families shares (`met`: one view can show them together, if
    // only side by side), and on how many charts both are among the families drawn by default
    // (`together`): those must differ in colour whenever the palette allows, the others should
    // where it can.
    Matrix met(n, std::vector<int>(n, 0)), together(n, std::vector<int>(n, 0));
    const auto count = [](Matrix& m, const std::vector<std::size_t>& here) {
        for (std::size_t a : here)
            for (std::size_t b : here)
                if (a != b)
                    ++m[a][b];
    };
    for (const QSet<QString>& families : std::as_const(familiesOfTask)) {
        std::vector<std::size_t> here;
        for (const QString& f : families)
            here.push_back(rankOf.value(f));
        count(met, here);
    }
    for (const auto& chart : charts) {
        std::vector<std::size_t> top;
        for (const QString& f : familiesByScores(chart.families).mid(0, shownByDefault))
            top.push_back(rankOf.value(f));
        count(together, top);
    }

    const auto palette = static_cast<std::size_t>(
        style.palette.isEmpty() ? FigureStyle::okabeIto().size() : style.palette.size());
    // Marker and dash repeat with this period in rank (see FamilyStyles::slot()).
    const std::size_t markerPeriod = style.varyMarkers ? 6 : 1;
    const std::size_t period = std::lcm(markerPeriod, std::size_t(style.varyDashes ? 5 : 1));
    constexpr std::size_t kNone = std::size_t(-1);
    std::vector<std::size_t> colour(n, kNone), used(palette, 0);

    // Colour the families drawn together most constrained first (DSatur: the one whose
    // default-view partners already hold most distinct colours, then the one with most such
    // partners, then by rank), each taking the colour that clashes least. Greedy by rank alone
    // left two families of the same colour in the default view of 19 of the 71 bundled tasks.
    std::vector<std::size_t> partners(n, 0), saturation(n, 0);
    std::vector<std::vector<bool>> partnerColours(n, std::vector<bool>(palette, false));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t g = 0; g < n; ++g)
            partners[i] += together[i][g] > 0 ? 1 : 0;
    for (std::size_t step = 0; step < n; ++step) {
        std::size_t i = kNone;
        for (std::size_t c = 0; c < n; ++c)
            if (colour[c] == kNone && (i == kNone || std::tie(saturation[c], partners[c]) >
                                                         std::tie(saturation[i], partners[i])))
                i = c;
        std::size_t best = 0;
        std::tuple<bool, long, long, long, std::size_t> bestKey{true, 0, 0, 0, 0};
        for (std::size_t c = 0; c < palette; ++c) {
            bool clash = false;
            long drawnTogether = 0, sameMarker = 0, cost = 0;
            for (std::size_t g = 0; g < n; ++g)
                if (colour[g] == c && met[i][g] > 0) {
                    const std::size_t apart = std::max(i, g) - std::min(i, g);
                    drawnTogether += together[i][g];
                    // Same colour and marker tell two families apart only by their dash.
                    if (apart % markerPeriod == 0)
                        sameMarker += met[i][g];
                    cost += met[i][g];
                    clash = clash || apart % period == 0;
                }
            const std::tuple<bool, long, long, long, std::size_t> key{clash, drawnTogether,
                                                                      sameMarker, cost, used[c]};
            if (c == 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        colour[i] = best;
        ++used[best];
        for (std::size_t g = 0; g < n; ++g)
            if (together[i][g] > 0 && !partnerColours[g][best]) {
                partnerColours[g][best] = true;
                ++saturation[g];
            }
    }
    QList<FamilyStyles::Assignment> out;
    for (std::size_t i = 0; i < n; ++i)
        out.append({order[qsizetype(i)], qsizetype(colour[i]), qsizetype(i)});
    return out;
}

QStringList rankPromptings(QStringList promptings) {
    static const QStringList known = {prompting::standard, prompting::chainOfThought,
                                      prompting::zeroShotCot, prompting::zeroShot};
    promptings.removeDuplicates();
    std::sort(promptings.begin(), promptings.end(), [](const QString& a, const QString& b) {
        const auto ia = known.contains(a) ? known.indexOf(a) : known.size();
        const auto ib = known.contains(b) ? known.indexOf(b) : known.size();
        return ia != ib ? ia < ib : a < b;
    });
    return promptings;
}

FamilyStyles familyStylesFor(const ScoreTable& table, const FigureStyle& style) {
    return FamilyStyles(assignFamilies(table.familyScoresByChart(), style),
                        rankPromptings(table.promptings()), style);
}

} // namespace ee
