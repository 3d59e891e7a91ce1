#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python baseline of bench_Metrics: scores the segment pairs in a TSV file (hypothesis<TAB>
reference per line) with reference_metrics.py (sacreBLEU's 13a BLEU algorithm with its original
regular expressions, rouge_score's rougeL) and prints timings and score sums as JSON.
sacrebleu and rouge_score themselves are not packaged for Debian 12; see docs/metrics.md."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_metrics as R  # noqa: E402

pairs = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
hyps = [p[0] for p in pairs]
refs = [[p[1]] for p in pairs]
out = {"n": len(pairs)}

t = time.perf_counter()
out["corpus_bleu"] = R.corpus_bleu(hyps, refs)
out["corpus_bleu_seconds"] = time.perf_counter() - t

t = time.perf_counter()
out["sentence_bleu_sum"] = sum(R.sentence_bleu(h, r) for h, r in zip(hyps, refs))
out["sentence_bleu_seconds"] = time.perf_counter() - t

t = time.perf_counter()
out["rougeL_sum"] = sum(R.rouge_l(r[0], h)[2] for h, r in zip(hyps, refs))
out["rougeL_seconds"] = time.perf_counter() - t
json.dump(out, sys.stdout)
