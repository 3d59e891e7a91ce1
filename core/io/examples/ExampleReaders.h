// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ExampleSet.h"
#include "metrics/ExampleSink.h"

#include <atomic>

namespace ee {
class ModelCatalog;
}

namespace ee {

/// \brief How extractMmluProAnswer() finds the chosen letter in a generation.
enum class MmluProExtraction {
    /// The first match of `answer is \(?([A-J])\)?` (case-sensitive), as MMLU-Pro's
    /// evaluate_from_local.py; no match → "". Reproduces the files' `pred` exactly.
    Strict,
    /// Strict; failing that the first `[aA]nswer:\s*\(?([A-J])\)?`; failing that the letter of
    /// the last `(X)` with X in A–J anywhere in the text; none → "". (\s is Unicode
    /// whitespace, as in Python.) Recovers answers given as "Answer: C" or "… so (C).".
    Lenient
};

/// \brief The answer rule named `file` (nullopt: as the file extracted it), `strict` or
/// `lenient`; false for any other name.
bool answerExtractionFromName(const QString& name, std::optional<MmluProExtraction>& rule);

/// \brief What the caller knows that a file may not say.
struct ExampleReadOptions {
    QString task;  ///< overrides / supplies the task (lm-eval files name it in the file name)
    QString model; ///< supplies the model where the file does not name it
    QString family;
    ModelScale scale;
    std::optional<int> shots;
    QString prompting;
    bool keepInputs = false;      ///< inputs (prompts) can be large; dropped unless asked for
    bool keepGenerations = false; ///< fill Example::generation where a reader extracts answers
    /// \brief readExampleFiles() starts no further file once this is true (the Instances tab
    /// sets it when the window closes or newer files are opened, so quitting does not wait
    /// for every bundled file to be read). The result is then incomplete and not to be shown.
    const std::atomic<bool>* cancel = nullptr;
    /// Model sizes (and families) for files that name a model but not its size (MMLU-Pro):
    /// used when `scale` is unset and the catalogue has the model. Not owned; may be null.
    const ModelCatalog* catalog = nullptr;
    /// Readers that take a model's chosen answer from its generated text (MMLU-Pro): nullopt =
    /// the file's own extracted answer (`pred`), else re-extract with this rule. Strict versus
    /// lenient shows how much of a curve is the model learning the answer *format*.
    std::optional<MmluProExtraction> answerExtraction;
};

/// \brief Per-example formats recognised by readExamples().
enum class ExampleFormat {
    Unknown,
    ExampleJsonl,    ///< ours, docs/formats.md §B2
    LmEvalSamples,   ///< lm-evaluation-harness v0.4 `--log_samples` JSONL
    LmEvalWriteOut,  ///< lm-evaluation-harness v0.3 `--write_out` JSON array
    BigBenchFullLog, ///< BIG-bench full-log JSON (A2)
    BbhOutputs,      ///< suzgunmirac/BIG-Bench-Hard per-example outputs
    Gsm8kSolutions,  ///< openai/grade-school-math example_model_solutions.jsonl
    LambadaLogprobs, ///< LAMBADA final-word NLL CSV (inverse-scaling pipeline)
    MmluProOutputs,  ///< TIGER-AI-Lab MMLU-Pro `model_outputs_<model>_<k>shots.json` (or .gz)
    ZipOfExamples    ///< a zip archive: each entry is detected and read on its own
};

/// \brief Sniffs the first bytes (and the file name) to pick a reader.
ExampleFormat detectExampleFormat(const QString& path);
/// \brief The same from a file's first bytes and its name (e.g. an entry of a zip archive).
ExampleFormat detectExampleFormat(const QByteArray& head, const QString& name);

/// \brief Reads any recognised format, or every file below a folder (readExampleFolder()).
/// Problems become diagnostics with file:line; bad records are skipped and counted, never
/// fatal, except an unreadable or unrecognised file (an error).
ExampleSet readExamples(const QString& path, const ExampleReadOptions& opts = {});

/// \brief readExamples() of every path, one file per core, appended in the order given (the
/// result does not depend on timing). What the Instances tab and `emergence instances` open.
ExampleSet readExampleFiles(const QStringList& paths, const ExampleReadOptions& opts = {});

/// \brief Every file below `folder` (an lm-eval output folder: `<org>__<model>/results_<date>
/// .json` beside `samples_<task>_<date>.jsonl`), each detected on its own. lm-eval samples take
/// the model, its size (`config.model_num_parameters`) and the shots (`n-shot`) from a results
/// file in their own folder; failing that the model is the folder's name and its size and
/// family come from opts.scale, else opts.catalog, else the size stays unknown (one warning
/// per model). Nothing is merged or dropped silently: a file with the same bytes as one
/// already read, a group (task, model, size, …) already read from another file, a model given
/// two sizes, and files that are not per-example outputs (score tables, anything else) are
/// each reported with the file's name.
ExampleSet readExampleFolder(const QString& folder, const ExampleReadOptions& opts = {});

/// \brief docs/formats.md §B2, streamed line by line: memory grows with what is kept, not file
/// size.
ExampleSet readExampleJsonl(const QString& path, const ExampleReadOptions& opts = {});
/// \brief The same, handing each example to the sink of the thread that read it instead of
/// keeping it (see ExampleSink): the set gets the groups, skips and diagnostics only.
ExampleSet readExampleJsonl(const QString& path, const ExampleReadOptions& opts,
                            const ExampleSinkFactory& sinks);
/// \brief lm-eval v0.4 `samples_<task>_<timestamp>.jsonl`, streamed. Generation records give
/// `output` = filtered_resps[0]; log-likelihood records give one choice per request with the
/// target index as the correct choice.
/// A record's `filter` other than "none" (v0.4 writes one record per doc and filter) becomes
/// the group's subtask; a second record of one doc_id and filter is reported and skipped.
ExampleSet readLmEvalSamples(const QString& path, const ExampleReadOptions& opts = {});
/// \brief The task of a `samples_<task>_<timestamp>.jsonl` file name (the timestamp is cut only
/// when there is one: "samples_arc_easy.jsonl" is arc_easy).
QString lmEvalSamplesTask(const QString& fileName);
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

/// \brief MMLU-Pro per-question CoT outputs (a JSON array; a `.zip` of them or a `.json.gz` is
/// read too). One group per category (subtask) under task `mmlu_pro`; model and shots from the
/// file name `model_outputs_<model>_<k>shots.json` (else opts.model / the file's base name and
/// 5 shots); family from the catalogue or the name ("Llama-2-7b-hf" → Llama-2,
/// "Meta-Llama-3-8B" → Llama-3); scale from opts.scale, else opts.catalog, else unknown (one
/// warning: a size is never guessed from the name). prompting "chain-of-thought". id =
/// question_id, targets = [answer letter], output = `pred` as the file gives it (the strict
/// extraction; null → "", which exact match counts wrong), choices = the option texts,
/// generation = `generated_text` with opts.keepGenerations. Records are parsed one by one:
/// a damaged record (bad JSON, a missing `answer`, `pred` of a wrong type, a cut-off end) is
/// reported with its index and skipped; invalid UTF-8 is replaced by U+FFFD with a warning.
ExampleSet readMmluProOutputs(const QString& path, const ExampleReadOptions& opts = {});
/// \brief Every entry of a zip archive, each detected on its own. Entries of MMLU-Pro outputs
/// are read; any other entry (another format, or none) is reported as an error naming it, never
/// skipped silently. Problems of the archive itself (truncated, ZIP64, CRC, …) are errors.
ExampleSet readExampleZip(const QString& path, const ExampleReadOptions& opts = {});

/// \brief The option letter ("A".."J") a generation chose, or "" when the rule finds none.
QString extractMmluProAnswer(const QString& generation, MmluProExtraction rule);

/// \brief The BBH answer-extraction rule (see readBbhOutputs()).
QString extractBbhAnswer(const QString& prediction, bool chainOfThought);

} // namespace ee
