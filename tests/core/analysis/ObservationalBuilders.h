// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs of the observational-scaling tests (tst_ObservationalForecast, tst_BenchmarkImputation):
// the bundled ObsScaling tables and small synthetic tables.
#pragma once

#include "analysis/ObservationalForecast.h"
#include "io/DataLoader.h"

#include <cmath>

namespace ee::testing {

inline const ScoreTable& bundled() {
    static const ScoreTable table = [] {
        const QString dir = QStringLiteral(EE_TEST_DATASETS);
        ImportResult r =
            DataLoader::load({dir + QStringLiteral("/obsscaling_benchmarks.csv"),
                              dir + QStringLiteral("/obsscaling_emergent_capability.csv")});
        return r.table;
    }();
    return table;
}

/// A synthetic table: benchmarks A and B per model and a target task T.
struct Synthetic {
    ScoreTable table;
    void add(const QString& family, const QString& model, double flops, const QString& task,
             double value, const QString& metric = QStringLiteral("score")) {
        ScoreRow r;
        r.source = QStringLiteral("synthetic.csv");
        r.task = task;
        r.family = family;
        r.model = model;
        r.scale.flops = flops;
        r.scale.params = flops / 1e12;
        r.metric = metric;
        r.value = value;
        table.append(r);
    }
    /// Model i of family f: benchmark A rises with i, B with i but differently per family.
    void model(const QString& family, int i, double target, double a, double b) {
        const QString name = QStringLiteral("%1-%2").arg(family).arg(i);
        const double flops = std::pow(10.0, 20 + i);
        add(family, name, flops, QStringLiteral("A"), a);
        add(family, name, flops, QStringLiteral("B"), b);
        add(family, name, flops, QStringLiteral("T"), target, QStringLiteral("acc"));
    }
};

inline ObservationalOptions syntheticOptions(double cutoff) {
    ObservationalOptions o;
    o.task = QStringLiteral("T");
    o.metric = QStringLiteral("acc");
    o.benchmarks = {QStringLiteral("A"), QStringLiteral("B")};
    o.components = 1;
    o.cutoff = cutoff;
    o.bootstrapSamples = 50;
    return o;
}

/// Two families of five models whose target follows a floor sigmoid of benchmark A.
inline Synthetic goodSynthetic() {
    Synthetic s;
    for (int f = 0; f < 2; ++f)
        for (int i = 0; i < 5; ++i) {
            const double a = 0.2 + 0.15 * i + 0.05 * f;
            const double b = 0.3 + 0.1 * i + 0.02 * f * i;
            const double t = 0.1 + 0.9 / (1 + std::exp(-(8 * a - 5)));
            s.model(f ? QStringLiteral("Fam2") : QStringLiteral("Fam1"), i, t, a, b);
        }
    return s;
}

} // namespace ee::testing
