// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the per-example scoring tests.
#include "metrics/ExampleScorer.h"

#include <QString>

namespace ee::testing {

inline const QString kShared = QStringLiteral(EE_TEST_SHARED_DATA "/");

/// The scored value of `metric` for (task, model[, prompting]), or nullptr.
inline const MetricValue* findMetric(const ScoreResult& r, const QString& task,
                                     const QString& model, const QString& metric,
                                     const QString& prompting = {}) {
    for (const auto& g : r.groups)
        if (g.key.task == task && g.key.model == model &&
            (prompting.isEmpty() || g.key.prompting == prompting))
            for (const auto& m : g.metrics)
                if (m.metric == metric)
                    return &m;
    return nullptr;
}

} // namespace ee::testing
