// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ExampleSet.h"

namespace ee::metrics {

/// \brief What the caller knows that a file may not say.
struct ExampleReadOptions {
    QString task;  ///< overrides / supplies the task (lm-eval files name it in the file name)
    QString model; ///< supplies the model where the file does not name it
    QString family;
    ModelScale scale;
    std::optional<int> shots;
    QString prompting;
    bool keepInputs = false; ///< inputs (prompts) can be large; dropped unless asked for
};

/// \brief Per-example formats recognised by readExamples().
enum class ExampleFormat {
    Unknown,
    ExampleJsonl,    ///< ours, formats.md B2
    LmEvalSamples,   ///< lm-evaluation-harness v0.4 `--log_samples` JSONL
    LmEvalWriteOut,  ///< lm-evaluation-harness v0.3 `--write_out` JSON array
    BigBenchFullLog, ///< BIG-bench full-log JSON (A2)
    BbhOutputs,      ///< suzgunmirac/BIG-Bench-Hard per-example outputs
    Gsm8kSolutions,  ///< openai/grade-school-math example_model_solutions.jsonl
    LambadaLogprobs  ///< LAMBADA final-word NLL CSV (inverse-scaling pipeline)
};

/// \brief Sniffs the first bytes (and the file name) to pick a reader.
ExampleFormat detectExampleFormat(const QString& path);

/// \brief Reads any recognised format. Problems become diagnostics with file:line; bad records
/// are skipped and counted, never fatal, except an unreadable or unrecognised file (an error).
ExampleSet readExamples(const QString& path, const ExampleReadOptions& opts = {});

/// \brief formats.md B2, streamed line by line: memory grows with what is kept, not file size.
ExampleSet readExampleJsonl(const QString& path, const ExampleReadOptions& opts = {});
/// \brief lm-eval v0.4 `samples_<task>_<timestamp>.jsonl`, streamed. Generation records give
/// `output` = filtered_resps[0]; log-likelihood records give one choice per request with the
/// target index as the correct choice.
ExampleSet readLmEvalSamples(const QString& path, const ExampleReadOptions& opts = {});
/// \brief lm-eval v0.3 `<task>_write_out_info.json`: `logit_i` + `truth` as multiple choice;
/// generations (`logit_0` text, stripped) have no references in the file and are skipped for
/// reference-based metrics but kept as outputs.
ExampleSet readLmEvalWriteOut(const QString& path, const ExampleReadOptions& opts = {});
/// \brief BIG-bench full log (A2): model + scores + `queries[].samples[]`.
ExampleSet readBigBenchFullLog(const QString& path, const ExampleReadOptions& opts = {});
/// \brief BBH code-davinci-002 outputs; the answer is extracted as SOURCE.md states (direct:
/// strip; CoT: text after the first "So the answer is " to the end of its line, stripped, one
/// final "." dropped; none → empty output) and targets are stripped, so exact_str_match
/// reproduces the published eval_metrics.
ExampleSet readBbhOutputs(const QString& path, const ExampleReadOptions& opts = {});
/// \brief GSM8K example model solutions: one group per (model size, method); output = the
/// number after the last "A:" of the solution, target = the same from ground_truth.
ExampleSet readGsm8kSolutions(const QString& path, const ExampleReadOptions& opts = {});
/// \brief LAMBADA `lambada_final_word_nll_by_model.csv`: target_logprob = −nll per model.
ExampleSet readLambadaLogprobs(const QString& path, const ExampleReadOptions& opts = {});

/// \brief The BBH answer-extraction rule (see readBbhOutputs()).
QString extractBbhAnswer(const QString& prediction, bool chainOfThought);

} // namespace ee::metrics
