// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/FamilyAssignment.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace ee {

QList<FamilyStyles::Assignment> assignFamilies(const FamilyScoresByTask& scores,
                                               const FigureStyle& style) {
    QHash<QString, qsizetype> totals;
    for (const auto& families : scores)
        for (auto f = families.cbegin(); f != families.cend(); ++f)
            totals[f.key()] += *f;
    QStringList order = totals.keys();
    std::sort(order.begin(), order.end(), [&totals](const QString& a, const QString& b) {
        if (totals[a] != totals[b])
            return totals[a] > totals[b];
        const int c = QString::compare(a, b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    const auto n = static_cast<std::size_t>(order.size());
    QHash<QString, std::size_t> rankOf;
    for (std::size_t i = 0; i < n; ++i)
        rankOf.insert(order[qsizetype(i)], i);

    // How many tasks each pair of families shares: families that meet should differ in colour.
    std::vector<std::vector<int>> shared(n, std::vector<int>(n, 0));
    for (const auto& families : scores) {
        std::vector<std::size_t> here;
        for (auto f = families.cbegin(); f != families.cend(); ++f)
            here.push_back(rankOf.value(f.key()));
        for (std::size_t a : here)
            for (std::size_t b : here)
                if (a != b)
                    ++shared[a][b];
    }

    const auto palette = static_cast<std::size_t>(
        style.palette.isEmpty() ? FigureStyle::okabeIto().size() : style.palette.size());
    // Marker and dash repeat with this period in rank (see FamilyStyles::slot()).
    const std::size_t period = std::lcm(style.varyMarkers ? 6 : 1, style.varyDashes ? 5 : 1);
    std::vector<std::size_t> colour(n, 0), used(palette, 0);
    QList<FamilyStyles::Assignment> out;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t best = 0;
        std::tuple<bool, long, std::size_t> bestKey{true, 0, 0};
        for (std::size_t c = 0; c < palette; ++c) {
            bool clash = false;
            long cost = 0;
            for (std::size_t g = 0; g < i; ++g)
                if (colour[g] == c && shared[i][g] > 0) {
                    cost += shared[i][g];
                    clash = clash || (i - g) % period == 0;
                }
            const std::tuple<bool, long, std::size_t> key{clash, cost, used[c]};
            if (c == 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        colour[i] = best;
        ++used[best];
        out.append({order[qsizetype(i)], qsizetype(best), qsizetype(i)});
    }
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
    return FamilyStyles(assignFamilies(table.familyScoresByTask(), style),
                        rankPromptings(table.promptings()), style);
}

} // namespace ee
