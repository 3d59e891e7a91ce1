// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundled/BundledDatasets.h"

#include "bundled/BundledScorer.h"
#include "io/DataLoader.h"
#include "io/LongCsv.h"
#include "io/ModelCatalog.h"
#include "io/WideCsv.h"

#include <QDir>
#include <QFile>

namespace ee {

namespace {
const QString kObsScaling = QStringLiteral(
    "Ruan, Maddison & Hashimoto 2024, \"Observational Scaling Laws and the Predictability of "
    "Language Model Performance\" (ObsScaling), eval_results/");
const QString kPythia = QStringLiteral(
    "Biderman et al. 2023, \"Pythia: A Suite for Analyzing Large Language Models Across "
    "Training and Scaling\", arXiv:2304.01373 (EleutherAI/pythia evals/)");
} // namespace

const QList<BundledDataset>& bundledDatasets() {
    static const QList<BundledDataset> list = {
        {QStringLiteral("obsscaling_emergent_capability.csv"),
         QStringLiteral(
             "ObsScaling emergent-capability tasks (BIG-bench style, 2-shot) for 83 open "
             "base models"),
         {QStringLiteral("obsscaling/eval_results/base_llm_emergent_capability_eval.csv")},
         {QStringLiteral("obsscaling/eval_results/base_llm_benchmark_eval.csv")},
         QStringLiteral("Apache-2.0"),
         kObsScaling,
         QStringLiteral("Model family, size (B → parameters), tokens (T → tokens) and FLOPs "
                        "(1E21 → FLOPs) joined from base_llm_benchmark_eval.csv."),
         false,
         {}},
        {QStringLiteral("obsscaling_benchmarks.csv"),
         QStringLiteral("ObsScaling standard benchmarks (MMLU, ARC-C, HellaSwag, Winograd, "
                        "TruthfulQA, GSM8K, XWinograd, HumanEval) for open base models"),
         {QStringLiteral("obsscaling/eval_results/base_llm_benchmark_eval.csv")},
         {},
         QStringLiteral("Apache-2.0"),
         kObsScaling,
         QStringLiteral("Benchmark columns have no shots in their names: metric `score`, shots "
                        "unknown; values as published (accuracy, mc2, pass@1)."),
         false,
         {}},
        {QStringLiteral("obsscaling_leaderboard_v2.csv"),
         QStringLiteral("ObsScaling Open LLM Leaderboard v2 tasks for open base models"),
         {QStringLiteral("obsscaling/eval_results/base_llm_leaderboard_v2_eval.csv")},
         {QStringLiteral("obsscaling/eval_results/base_llm_benchmark_eval.csv")},
         QStringLiteral("Apache-2.0"),
         kObsScaling,
         QStringLiteral("Metric `score`, shots unknown; model metadata joined as above."),
         false,
         {}},
        {QStringLiteral("pythia_benchmarks.csv"),
         QStringLiteral("Pythia (v1) lm-evaluation-harness benchmarks by size and training step, "
                        "0- and 5-shot"),
         {QStringLiteral("pythia-evals/pythia_v1_benchmarks_by_size_and_step.csv")},
         {},
         QStringLiteral("Apache-2.0"),
         kPythia,
         QStringLiteral("Final checkpoints (step 143000) form families `Pythia (v1)` and "
                        "`Pythia (v1, deduped)`; every checkpoint also forms a training curve "
                        "`<model> (training)` with tokens seen as its scale. LAMBADA perplexity is "
                        "also given as `log_likelihood_derived` = −ln(ppl), the mean target "
                        "log-likelihood in nats (derived here)."),
         false,
         {}},
        {QStringLiteral("pythia_arithmetic_by_operand.csv"),
         QStringLiteral("Pythia (v0, deduped) arithmetic exact match by first operand, final "
                        "checkpoint, 0–16 shots"),
         {QStringLiteral("pythia-evals/pythia_v0_arithmetic_exact_match_by_operand.csv")},
         {},
         QStringLiteral("Apache-2.0"),
         kPythia,
         QStringLiteral("Tasks `pythia_arithmetic_addition` / `_multiplication`, one subtask per "
                        "first operand (`x1=07`), n = 50 items each; only the final checkpoint "
                        "(step 143000) is shipped to keep the file small."),
         true,
         {}},
        {QStringLiteral("opt_bloom_benchmarks.csv"),
         QStringLiteral("OPT (125M–66B) and BLOOM (560M–7.1B) final checkpoints, same harness and "
                        "tasks as Pythia"),
         {QStringLiteral("pythia-evals/opt_bloom_final_benchmarks.csv")},
         {},
         QStringLiteral("Apache-2.0"),
         kPythia,
         QStringLiteral("Parameter counts read from the size in the model name (e.g. bloom-7b1 → "
                        "7.1e9); LAMBADA `log_likelihood_derived` as for Pythia."),
         false,
         {}},
        {QStringLiteral("bbh_lm_eval_harness.csv"),
         QStringLiteral("BIG-Bench Hard, 3-shot multiple_choice_grade, LLaMA 7B/13B/30B, BLOOM "
                        "7.1B, MPT 7B (lm-evaluation-harness results)"),
         {QStringLiteral("bigbench/EleutherAI-lm-evaluation-harness/results")},
         {QStringLiteral("obsscaling/eval_results/base_llm_benchmark_eval.csv")},
         QStringLiteral("MIT"),
         QStringLiteral("EleutherAI lm-evaluation-harness results/ at commit 5e59782e (2023)"),
         QStringLiteral("Model sizes and families from the ObsScaling metadata table. In these "
                        "files tracking_shuffled_objects_three_objects repeats "
                        "logical_deduction_three_objects (a harness bug of that time)."),
         false,
         {}},
        {QStringLiteral("wei2022_chain_of_thought.csv"),
         QStringLiteral("Wei et al. 2022 chain-of-thought, Appendix B Tables 2–5: standard vs "
                        "chain-of-thought prompting by model size (accuracy, %)"),
         {QStringLiteral(
              "wei2022-chain-of-thought/table2_arithmetic_standard_vs_cot_by_model_size.csv"),
          QStringLiteral(
              "wei2022-chain-of-thought/table3_mawps_subsets_standard_vs_cot_by_model_size.csv"),
          QStringLiteral(
              "wei2022-chain-of-thought/table4_commonsense_standard_vs_cot_by_model_size.csv"),
          QStringLiteral(
              "wei2022-chain-of-thought/table5_symbolic_standard_vs_cot_by_model_size.csv")},
         {},
         QStringLiteral("facts from a paper (cite it)"),
         QStringLiteral("Wei et al. 2022, \"Chain-of-Thought Prompting Elicits Reasoning in Large "
                        "Language Models\", NeurIPS 2022, arXiv:2201.11903"),
         QStringLiteral("Sizes as printed (LaMDA 420M, InstructGPT engines at the sizes the paper "
                        "presumes); Codex has no published size and stays unknown."),
         false,
         {}},
        {QStringLiteral("kojima2022_zero_shot_cot.csv"),
         QStringLiteral("Kojima et al. 2022, Appendix E Tables 26–27: zero-shot vs zero-shot-CoT "
                        "(\"Let's think step by step\") by model scale (accuracy, %)"),
         {QStringLiteral("kojima2022-zero-shot-cot/table26_27_model_scale_study.csv")},
         {},
         QStringLiteral("facts from a paper (cite it)"),
         QStringLiteral("Kojima et al. 2022, \"Large Language Models are Zero-Shot Reasoners\", "
                        "NeurIPS 2022, arXiv:2205.11916"),
         QStringLiteral("InstructGPT sizes printed as S, M, L, XL-1, XL-2 are not sizes: those "
                        "models keep an unknown scale."),
         false,
         {}},
        {QStringLiteral("llama2_winogrande_option_logprobs.csv"),
         QStringLiteral("Llama-2 7B and 13B on WinoGrande (5-shot, 1,267 documents): accuracy and "
                        "the log-probabilities of the correct and the best incorrect option, "
                        "scored per example"),
         {QStringLiteral("lm-eval-harness-pr1567-llama2-write-out/SlurmEvals/llama/"
                         "winogrande_write_out_info.json"),
          QStringLiteral("lm-eval-harness-pr1567-llama2-write-out/SlurmEvals/llama13/"
                         "winogrande_write_out_info.json")},
         {QStringLiteral("obsscaling/eval_results/base_llm_benchmark_eval.csv")},
         QStringLiteral("MIT (lm-evaluation-harness, Copyright (c) 2020 EleutherAI); the scored "
                        "texts are Llama 2 outputs"),
         QStringLiteral("EleutherAI lm-evaluation-harness pull request #1567 (Tyler Liddell, "
                        "2023–2024), v0.3 `--write_out` files at commits 95c6d5d6 (7B) and "
                        "82a8dede (13B); task: Sakaguchi et al. 2020, \"WinoGrande: An "
                        "Adversarial Winograd Schema Challenge at Scale\", AAAI 2020"),
         QStringLiteral(
             "Scored by Emergence Explorer's example scorer from each document's "
             "`logit_0`, `logit_1` (the harness's log-likelihood of the shared "
             "continuation after each option, nats) and `truth`: "
             "`multiple_choice_grade` (equals the harness's `acc`; its `low`, the chance "
             "level, is the mean over documents of 1 / options = 0.5), "
             "`log_prob_correct_option`, `log_prob_best_incorrect_option` and "
             "`log_prob_margin` (means over documents; see docs/metrics.md), with "
             "95 % percentile-bootstrap intervals over documents (1,000 resamples, "
             "seed 0). Models and shots from the run scripts beside the files "
             "(Llama-2-7b-hf, Llama-2-13b-hf, 5-shot); family, size, tokens and FLOPs "
             "from the ObsScaling metadata table. No other source here has "
             "per-option log-probabilities for more sizes (MMLU-Pro outputs are "
             "generations; the Inverse Scaling Prize folder has no per-model "
             "results)."),
         false,
         BundledScoring{
             {QStringLiteral("meta-llama/Llama-2-7b-hf"),
              QStringLiteral("meta-llama/Llama-2-13b-hf")},
             5,
             QStringLiteral("standard"),
             {QStringLiteral("multiple_choice_grade"), QStringLiteral("log_prob_correct_option"),
              QStringLiteral("log_prob_best_incorrect_option"), QStringLiteral("log_prob_margin")},
             1000,
             0,
             false,
             {}}},
        {QStringLiteral("mmlu_pro_llama_cot.csv"),
         QStringLiteral("MMLU-Pro (12,032 questions, 14 categories), 5-shot chain-of-thought: "
                        "exact match of the chosen option for Llama-2 7B/13B/70B and Llama-3 "
                        "8B/70B, scored per question"),
         {QStringLiteral("tiger-lab-mmlu-pro-model-outputs/eval_results/"
                         "model_outputs_Llama-2-7b-hf_5shots.zip"),
          QStringLiteral("tiger-lab-mmlu-pro-model-outputs/eval_results/"
                         "model_outputs_Llama-2-13b-hf_5shots.zip"),
          QStringLiteral("tiger-lab-mmlu-pro-model-outputs/eval_results/"
                         "model_outputs_Llama-2-70b-hf_5shots.zip"),
          QStringLiteral("tiger-lab-mmlu-pro-model-outputs/eval_results/"
                         "model_outputs_Meta-Llama-3-8B_5shots.zip"),
          QStringLiteral("tiger-lab-mmlu-pro-model-outputs/eval_results/"
                         "model_outputs_Meta-Llama-3-70B_5shots.zip")},
         {QStringLiteral("obsscaling/eval_results/base_llm_benchmark_eval.csv")},
         QStringLiteral("Apache-2.0 (TIGER-AI-Lab/MMLU-Pro); the scored texts are Llama 2 and "
                        "Llama 3 outputs"),
         QStringLiteral("Wang et al. 2024, \"MMLU-Pro: A More Robust and Challenging Multi-Task "
                        "Language Understanding Benchmark\", NeurIPS 2024, arXiv:2406.01574; "
                        "per-question outputs from github.com/TIGER-AI-Lab/MMLU-Pro "
                        "eval_results (2024-07-14)"),
         QStringLiteral("Scored by Emergence Explorer's example scorer: `exact_str_match` of "
                        "the option letter the file extracted (`pred`, upstream's regex "
                        "`answer is \\(?([A-J])\\)?`) against the answer letter, per category "
                        "(subtask) and over all 14 (subtask empty), with 95 % percentile-bootstrap "
                        "intervals over questions (1,000 resamples, seed 0). Strict: a question "
                        "with no extracted answer counts as wrong (upstream instead draws a "
                        "random letter, seed 12345). Family, size, tokens and FLOPs from the "
                        "ObsScaling metadata table."),
         false,
         BundledScoring{{QStringLiteral("meta-llama/Llama-2-7b-hf"),
                         QStringLiteral("meta-llama/Llama-2-13b-hf"),
                         QStringLiteral("meta-llama/Llama-2-70b-hf"),
                         QStringLiteral("meta-llama/Meta-Llama-3-8B"),
                         QStringLiteral("meta-llama/Meta-Llama-3-70B")},
                        5,
                        QStringLiteral("chain-of-thought"),
                        {QStringLiteral("exact_str_match")},
                        1000,
                        0,
                        true,
                        {}}},
        {QStringLiteral("gsm8k_gpt3_solutions.csv"),
         QStringLiteral("GSM8K test set (1,319 problems): GPT-3 6B and 175B worked solutions "
                        "(finetuned generator, and the best of many samples picked by a "
                        "verifier), scored per problem"),
         {QStringLiteral("openai-gsm8k-example-model-solutions/grade_school_math/data/"
                         "example_model_solutions.jsonl")},
         {},
         QStringLiteral("MIT (openai/grade-school-math)"),
         QStringLiteral("Cobbe et al. 2021, \"Training Verifiers to Solve Math Word Problems\", "
                        "arXiv:2110.14168; github.com/openai/grade-school-math "
                        "example_model_solutions.jsonl"),
         QStringLiteral("Scored by Emergence Explorer's example scorer from each solution's "
                        "text: `exact_str_match` of the final answer (the text after the last "
                        "`A:`, commas removed; equals the file's `is_correct`), "
                        "`calc_steps_reached` (the share of the reference solution's calculator "
                        "results `<<expr=r>>` the model's solution also computes), and `bleu` "
                        "(sacreBLEU corpus BLEU, 13a) and `rougeL` of the whole solution against "
                        "the whole reference solution; 95 % percentile-bootstrap intervals over "
                        "problems (1,000 resamples, seed 0). Family GPT-3, 6B and 175B "
                        "parameters as the paper states; prompting column = the paper's method "
                        "(`finetuning` or `verification`); shots unknown (the models are "
                        "finetuned)."),
         false,
         BundledScoring{{},
                        std::nullopt,
                        QString(),
                        {QStringLiteral("exact_str_match"), QStringLiteral("calc_steps_reached")},
                        1000,
                        0,
                        false,
                        {QStringLiteral("bleu"), QStringLiteral("rougeL")}}},
    };
    return list;
}

namespace {

ModelCatalog recipeCatalog(const BundledDataset& recipe, const QDir& shared, Diagnostics& diag) {
    ModelCatalog catalog;
    for (const QString& m : recipe.models) {
        QFile f(shared.filePath(m));
        if (!f.open(QIODevice::ReadOnly)) {
            diag.error(f.fileName(), 0, QStringLiteral("cannot read the model metadata table"));
            continue;
        }
        catalog.merge(WideCsv::readCatalog(f.readAll(), f.fileName(), diag));
    }
    return catalog;
}

} // namespace

QByteArray buildBundledDataset(const BundledDataset& recipe, const QString& sharedDataDir,
                               Diagnostics& diag) {
    const QDir shared(sharedDataDir);
    QStringList paths;
    for (const QString& in : recipe.inputs)
        paths << shared.filePath(in);
    ImportResult loaded;
    if (recipe.scoring) {
        loaded = scoreBundledRecipe(recipe, paths, recipeCatalog(recipe, shared, diag));
    } else {
        LoadOptions options;
        options.threads = 1; // deterministic and small
        for (const QString& m : recipe.models)
            options.modelMetadataFiles << shared.filePath(m);
        loaded = DataLoader::load(paths, options);
    }
    diag.append(loaded.diagnostics);
    ScoreTable out;
    out.reserve(loaded.table.rowCount());
    for (qsizetype i = 0; i < loaded.table.rowCount(); ++i) {
        ScoreRow row = loaded.table.row(i);
        if (recipe.finalCheckpointsOnly && row.family.endsWith(QLatin1String(" (training)")))
            continue;
        // Name the input as it sits in the shared data folder, not just its file name (the
        // example scorer already does: its inputs may share one file name).
        for (const QString& in : recipe.scoring ? QStringList() : recipe.inputs) {
            if (in.endsWith(row.source)) {
                row.source = in;
                break;
            }
            if (!in.endsWith(QLatin1String(".csv"))) {
                row.source = in + QLatin1Char('/') + row.source;
                break;
            }
        }
        out.append(row);
    }
    return LongCsv::toBytes(out);
}

QByteArray bundledSourcesMarkdown() {
    QString md = QStringLiteral(
        "# Bundled datasets\n\n"
        "Every file here is canonical long CSV (see the README's Formats section), derived by "
        "Emergence Explorer's own importers from the third-party files in `../shared/data` and "
        "regenerated byte for byte by `emergence datasets` (a test checks that they match). No "
        "third-party file is copied. Numbers are as published: nothing is rounded, smoothed or "
        "filled in; an unknown size stays empty.\n\n"
        "This file is generated by `emergence datasets` too.\n\n");
    for (const BundledDataset& d : bundledDatasets()) {
        md += QStringLiteral("## `%1`\n\n%2.\n\n").arg(d.fileName, d.title);
        md += QStringLiteral("- Derived from: %1\n")
                  .arg(QStringLiteral("`") + d.inputs.join(QStringLiteral("`, `")) +
                       QStringLiteral("`"));
        if (!d.models.isEmpty())
            md += QStringLiteral("- Model metadata from: `%1`\n")
                      .arg(d.models.join(QStringLiteral("`, `")));
        if (d.scoring)
            md += QStringLiteral("- Scored per example: models %1; shots: %2; prompting: %3; "
                                 "metrics `%4`%5\n")
                      .arg(d.scoring->models.isEmpty()
                               ? QStringLiteral("as the file names them")
                               : QStringLiteral("`%1`").arg(
                                     d.scoring->models.join(QStringLiteral("`, `"))),
                           d.scoring->shots ? QString::number(*d.scoring->shots)
                                            : QStringLiteral("unknown"),
                           d.scoring->prompting.isEmpty() ? QStringLiteral("as the file names it")
                                                          : d.scoring->prompting,
                           d.scoring->metrics.join(QStringLiteral("`, `")),
                           d.scoring->solutionMetrics.isEmpty()
                               ? QString()
                               : QStringLiteral("; on whole solutions `%1`")
                                     .arg(d.scoring->solutionMetrics.join(QStringLiteral("`, `"))));
        md += QStringLiteral("- Licence: %1\n- Cite: %2\n").arg(d.licence, d.citation);
        if (!d.notes.isEmpty())
            md += QStringLiteral("- Notes: %1\n").arg(d.notes);
        md += QLatin1Char('\n');
    }
    md += QStringLiteral(
        "## `examples/mmlu_pro/`: per-question MMLU-Pro outputs (for the Instances tab)\n\n"
        "- Derived from: `tiger-lab-mmlu-pro-model-outputs/eval_results/"
        "model_outputs_<model>_5shots.zip` for Llama-2-7b-hf, Llama-2-13b-hf, Llama-2-70b-hf, "
        "Meta-Llama-3-8B and Meta-Llama-3-70B (all 12,032 questions each)\n"
        "- Kept per question: `question_id`, `answer`, `category`, `pred` (the answer upstream "
        "extracted) and `generated_text` (whole); `question` and `options` only in the "
        "Llama-2-7b-hf file (the same for every model). Left out: `answer_index` (follows from "
        "`answer`), `cot_content` (empty for test questions) and `src`. gzip-compressed JSON, in "
        "the source's own record layout.\n"
        "- Licence: Apache-2.0 (TIGER-AI-Lab/MMLU-Pro); the texts are Llama 2 and Llama 3 outputs, "
        "which Meta's licences do not allow to be used to train other models\n"
        "- Cite: Wang et al. 2024, \"MMLU-Pro\", NeurIPS 2024, arXiv:2406.01574\n\n"
        "## `examples/gsm8k/`: per-problem GSM8K solutions (for the Instances tab)\n\n"
        "- Derived from: `openai-gsm8k-example-model-solutions/grade_school_math/data/"
        "example_model_solutions.jsonl` (all 1,319 problems)\n"
        "- Kept per problem: `question`, `ground_truth` (the reference solution) and each of "
        "`6b_finetuning`, `6b_verification`, `175b_finetuning`, `175b_verification` with its "
        "`solution` (whole). Left out: `is_correct` (the app recomputes it as exact match of the "
        "final answer). gzip-compressed JSON Lines, in the source's own record layout.\n"
        "- Licence: MIT (Copyright (c) 2021 OpenAI)\n"
        "- Cite: Cobbe et al. 2021, \"Training Verifiers to Solve Math Word Problems\", "
        "arXiv:2110.14168\n\n");
    md += QStringLiteral(
        "## Not shipped\n\n"
        "LAMBADA per-example log-probs (no licence), UKPLab on-emergence scores (CC BY-SA 4.0), "
        "BBH per-example outputs (used by the tests from `../shared/data` only), and "
        "Wei et al. 2022 (emergent abilities) Table 1, which lists emergence scales rather than "
        "scores.\n");
    return md.toUtf8();
}

} // namespace ee
