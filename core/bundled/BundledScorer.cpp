// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundled/BundledScorer.h"

#include "io/ModelCatalog.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"

namespace ee {

ImportResult scoreBundledRecipe(const BundledDataset& recipe, const QStringList& paths,
                                const ModelCatalog& catalog) {
    ImportResult out;
    const BundledScoring& scoring = *recipe.scoring;
    if (!scoring.models.isEmpty() && scoring.models.size() != paths.size()) {
        out.diagnostics.error(recipe.fileName, 0,
                              QStringLiteral("the recipe names %1 models for %2 inputs")
                                  .arg(scoring.models.size())
                                  .arg(paths.size()));
        return out;
    }
    ee::ScoringOptions so;
    so.metrics = scoring.metrics;
    so.bootstrap.resamples = scoring.bootstrapResamples;
    so.bootstrap.seed = scoring.bootstrapSeed;
    // The bundled tables document percentile-bootstrap intervals (datasets/SOURCES.md) for
    // every metric, proportions included; the scorer's Wilson default would change them.
    so.interval = ee::IntervalMethod::Bootstrap;
    so.threads = 1; // the same bytes on every run
    for (qsizetype i = 0; i < paths.size(); ++i) {
        ee::ExampleReadOptions ro;
        ro.model = scoring.models.value(i);
        ro.shots = scoring.shots;
        ro.prompting = scoring.prompting;
        if (ro.model.isEmpty()) {
            // The files name their models and sizes.
        } else if (const ModelInfo* info = catalog.find(ro.model)) {
            ro.family = info->family;
            ro.scale = info->scale;
        } else {
            out.diagnostics.warn(paths[i], 0,
                                 QStringLiteral("model '%1' is not in the metadata tables; "
                                                "its family and size stay unknown")
                                     .arg(ro.model));
        }
        ee::ExampleSet set = ee::readExamples(paths[i], ro);
        out.diagnostics.append(set.diagnostics);
        if (scoring.wholeTask) {
            // Every subtask's examples once more under subtask "": the overall number.
            ee::ExampleSet whole;
            for (const ee::ExampleGroup& g : set.groups()) {
                ee::ExampleGroupKey key = g.key;
                key.subtask.clear();
                for (const ee::Example& e : g.examples)
                    whole.add(key, e, g.source);
            }
            set.append(whole);
        }
        const ee::ScoreResult result = ee::scoreExamples(set, so);
        out.diagnostics.append(result.diagnostics);
        // The recipe's name for the input: both write-out files share one file name.
        ee::appendScoreRows(result, out.table, recipe.inputs.value(i));
        if (!scoring.solutionMetrics.isEmpty()) {
            ee::ScoringOptions whole = so;
            whole.metrics = scoring.solutionMetrics;
            whole.wholeText = true;
            const ee::ScoreResult solutions = ee::scoreExamples(set, whole);
            out.diagnostics.append(solutions.diagnostics);
            ee::appendScoreRows(solutions, out.table, recipe.inputs.value(i));
        }
    }
    return out;
}

} // namespace ee
