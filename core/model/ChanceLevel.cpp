// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ChanceLevel.h"

#include "model/MetricRange.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ee {

namespace {

// The sentences' translation context (QtCore only: the app installs a translator, the
// command line never does, so its output stays English).
struct ChanceText {
    Q_DECLARE_TR_FUNCTIONS(ChanceLevel)
};

struct KnownBenchmark {
    QStringList tasks;   ///< exact names, compared case-insensitively
    QString taskPrefix;  ///< or every task starting with this (per-subject MMLU tasks)
    QStringList metrics; ///< metrics this source reports the benchmark's accuracy under
    int options = 0;
    const char* source = nullptr; ///< the paper that fixes the option count (English; translated
                                  ///< when looked up, in the language of that moment)
};

// Only benchmarks whose every question has the same number of options, with the paper that
// says so. "score" is ObsScaling's name for the published accuracy (datasets/SOURCES.md).
const QList<KnownBenchmark>& knownBenchmarks() {
    const QStringList choice = {QStringLiteral("acc"), QStringLiteral("acc_norm"),
                                QStringLiteral("multiple_choice_grade")};
    const QStringList choiceOrScore = choice + QStringList{QStringLiteral("score")};
    static const QList<KnownBenchmark> table = {
        {{QStringLiteral("mmlu"), QStringLiteral("mmlu_macro_avg_57_subjects(derived)")},
         QStringLiteral("hendrycksTest-"),
         choiceOrScore,
         4,
         QT_TRANSLATE_NOOP("ChanceLevel", "MMLU: 4 options per question (Hendrycks et al. 2021)")},
        {{QStringLiteral("hellaswag")},
         {},
         choiceOrScore,
         4,
         QT_TRANSLATE_NOOP("ChanceLevel",
                           "HellaSwag: 4 endings per context (Zellers et al. 2019)")},
        {{QStringLiteral("winogrande")},
         {},
         choiceOrScore,
         2,
         QT_TRANSLATE_NOOP("ChanceLevel",
                           "WinoGrande: 2 options per sentence (Sakaguchi et al. 2020)")},
        {{QStringLiteral("winograd"), QStringLiteral("xwinograd")},
         {},
         choiceOrScore,
         2,
         QT_TRANSLATE_NOOP("ChanceLevel",
                           "Winograd schemas: 2 candidates per sentence (Levesque et al. 2012)")},
        {{QStringLiteral("piqa")},
         {},
         choice,
         2,
         QT_TRANSLATE_NOOP("ChanceLevel", "PIQA: 2 solutions per goal (Bisk et al. 2020)")},
        {{QStringLiteral("sciq")},
         {},
         choice,
         4,
         QT_TRANSLATE_NOOP("ChanceLevel",
                           "SciQ: 4 answer options per question (Welbl et al. 2017)")},
        {{QStringLiteral("logiqa")},
         {},
         choice,
         4,
         QT_TRANSLATE_NOOP("ChanceLevel",
                           "LogiQA: 4 candidate answers per question (Liu et al. 2020)")},
        {{QStringLiteral("wsc")},
         {},
         choice,
         2,
         QT_TRANSLATE_NOOP("ChanceLevel",
                           "SuperGLUE WSC: a yes/no question per sentence (Wang et al. 2019)")},
    };
    return table;
}

} // namespace

std::optional<double> chanceFromTargetScores(const QList<QList<double>>& targetScores) {
    if (targetScores.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    for (const QList<double>& question : targetScores) {
        if (question.isEmpty())
            return std::nullopt;
        double questionSum = 0.0;
        for (double s : question)
            questionSum += s;
        sum += questionSum / static_cast<double>(question.size());
    }
    return sum / static_cast<double>(targetScores.size());
}

bool isChoiceMetric(const QString& metric) {
    return metric == QLatin1String("multiple_choice_grade") || metric == QLatin1String("acc") ||
           metric == QLatin1String("acc_norm");
}

std::optional<ChanceLevel> knownChanceLevel(const QString& task, const QString& metric) {
    for (const KnownBenchmark& b : knownBenchmarks()) {
        const bool taskMatches =
            b.tasks.contains(task, Qt::CaseInsensitive) ||
            (!b.taskPrefix.isEmpty() && task.startsWith(b.taskPrefix, Qt::CaseInsensitive));
        if (taskMatches && b.metrics.contains(metric))
            return ChanceLevel{1.0 / b.options, ChanceText::tr(b.source)};
    }
    return std::nullopt;
}

std::optional<ChanceLevel> chanceLevelOf(const Curve& curve) {
    if (curve.low)
        return ChanceLevel{*curve.low, ChanceText::tr("from the data")};
    const bool proportions =
        std::all_of(curve.points.cbegin(), curve.points.cend(),
                    [](const CurvePoint& p) { return p.value >= 0.0 && p.value <= 1.0; });
    if (!proportions || curve.points.isEmpty())
        return std::nullopt;
    return knownChanceLevel(curve.key.task, curve.key.metric);
}

std::variant<NormalisationSpan, NormalisationGap> normalisationSpanOf(const Curve& curve) {
    const std::optional<ChanceLevel> chance = chanceLevelOf(curve);
    if (!chance)
        return NormalisationGap::UnknownChance;
    std::vector<double> values;
    for (const CurvePoint& p : curve.points)
        if (std::isfinite(p.value))
            values.push_back(p.value);
    const auto range = metricRangeHolding(curve.key.metric, values);
    const std::optional<double> perfect =
        curve.high ? curve.high : (range ? std::optional<double>(range->max) : std::nullopt);
    if (!perfect || !(*perfect > chance->value))
        return NormalisationGap::NoPerfectAboveChance;
    return NormalisationSpan{*chance, *perfect};
}

} // namespace ee
