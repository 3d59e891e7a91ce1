// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/HeatGrid.h"

#include <algorithm>
#include <map>

namespace ee {

HeatGrid buildHeatGrid(const QList<Curve>& curves, const QStringList& names) {
    HeatGrid g;
    std::map<double, QString> columns; // scale → first model seen there
    for (const Curve& c : curves)
        for (const CurvePoint& p : c.usablePoints())
            columns.emplace(*p.x, p.model);
    for (const auto& [x, model] : columns) {
        g.x.push_back(x);
        g.models << model;
    }
    struct Row {
        QString name;
        std::vector<std::optional<double>> values;
        double mean = 0.0;
    };
    std::vector<Row> rows;
    for (qsizetype i = 0; i < curves.size(); ++i) {
        Row r;
        r.name = names.value(i);
        std::vector<double> sum(g.x.size(), 0.0);
        std::vector<int> count(g.x.size(), 0);
        for (const CurvePoint& p : curves[i].usablePoints()) {
            const auto at = std::lower_bound(g.x.begin(), g.x.end(), *p.x) - g.x.begin();
            sum[std::size_t(at)] += p.value;
            ++count[std::size_t(at)];
        }
        double total = 0.0;
        int cells = 0;
        for (std::size_t c = 0; c < g.x.size(); ++c) {
            if (count[c] == 0) {
                r.values.emplace_back();
                continue;
            }
            r.values.emplace_back(sum[c] / count[c]);
            total += *r.values.back();
            ++cells;
        }
        if (cells == 0)
            continue; // nothing a log axis can place
        r.mean = total / cells;
        rows.push_back(std::move(r));
    }
    // Easiest first: a staircase of subtasks solved at growing sizes reads top to bottom.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.mean > b.mean; });
    bool any = false;
    for (Row& r : rows) {
        for (const std::optional<double>& v : r.values) {
            if (!v) {
                ++g.missing;
                continue;
            }
            g.min = any ? std::min(g.min, *v) : *v;
            g.max = any ? std::max(g.max, *v) : *v;
            any = true;
        }
        g.rows << r.name;
        g.values.push_back(std::move(r.values));
    }
    if (any && g.min >= 0.0 && g.max <= 1.0) {
        g.min = 0.0; // a proportion: colour on its whole scale, so 0.3 looks like 0.3
        g.max = 1.0;
    }
    return g;
}

} // namespace ee
