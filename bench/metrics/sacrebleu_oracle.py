#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores cases (JSON on stdin) with the real sacreBLEU package and prints the results (JSON on
stdout, floats as repr strings so no digit is lost). argv[1] is the folder holding the
`sacrebleu` package (sacreBLEU 2.6; it needs python3-regex, -portalocker, -tabulate, -numpy,
-colorama, -lxml). Used by tests/core/metrics/tst_SacreBleuOracle and bench/metrics.

Case kinds: {"kind": "bleu", "hyps": [...], "refs": [[segment 0 refs], ...], "sentence": bool,
"tokenize", "smooth", "smooth_value" (null = default), "lowercase"}, {"kind": "chrf",
"hyps", "refs", "sentence", "word_order", "lowercase"} and {"kind": "ter", "hyps", "refs",
"sentence"} (TER with its default options; also gives "edits" and "ref_length"); {"kind": "tokenize", "tokenize",
"line"} (the tokens BLEU sees, joined by one space). Per-segment reference lists are transposed into sacreBLEU's streams (None where a
segment has fewer references).
"""
import json
import sys

sys.path.insert(0, sys.argv[1])
from sacrebleu.metrics import BLEU, CHRF, TER  # noqa: E402
from sacrebleu.metrics.bleu import _get_tokenizer  # noqa: E402


def streams(refs):
    width = max(len(r) for r in refs)
    return [[r[k] if k < len(r) else None for r in refs] for k in range(width)]


def run(case):
    kind = case["kind"]
    if kind == "tokenize":
        # BLEU splits the tokenizer's output on whitespace (helpers.extract_all_word_ngrams).
        return " ".join(_get_tokenizer(case["tokenize"])()(case["line"]).split())
    if kind == "bleu":
        metric = BLEU(tokenize=case["tokenize"], smooth_method=case["smooth"],
                      smooth_value=case.get("smooth_value"), lowercase=case["lowercase"],
                      effective_order=case["sentence"])
    elif kind == "ter":
        metric = TER()
    else:
        metric = CHRF(word_order=case["word_order"], lowercase=case["lowercase"])
    if case["sentence"]:
        score = metric.sentence_score(case["hyps"][0], case["refs"][0])
    else:
        score = metric.corpus_score(case["hyps"], streams(case["refs"]))
    out = {"score": repr(score.score), "signature": str(metric.get_signature())}
    if kind == "ter":
        out["edits"] = score.num_edits
        out["ref_length"] = repr(score.ref_length)
    return out


json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
