#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python baseline of bench_Examples: per-example exact match, sentence BLEU (sacreBLEU's 13a
algorithm) and ROUGE-L (rouge_score's) over the generation examples of a per-example JSONL file,
with ../metrics/reference_metrics.py, as a user without the app would compute them. Reading the
file is not timed; BLEU and ROUGE-L run on the first SAMPLE examples only (they are slow), so
compare seconds per example. Prints JSON.

usage: python_toggle.py FILE SAMPLE"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "metrics"))
import reference_metrics as R  # noqa: E402

rows = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        rows.append((r["output"], r["targets"]))
sample = rows[: int(sys.argv[2])]
out = {"examples": len(rows), "sample": len(sample)}

t = time.perf_counter()
out["exact_match_sum"] = sum(float(o in ts) for o, ts in rows)
out["exact_match_seconds_per_example"] = (time.perf_counter() - t) / len(rows)

t = time.perf_counter()
out["bleu_sum"] = sum(R.sentence_bleu(o, ts) for o, ts in sample)
out["bleu_seconds_per_example"] = (time.perf_counter() - t) / len(sample)

t = time.perf_counter()
out["rougeL_sum"] = sum(max(R.rouge_l(t_, o)[2] for t_ in ts) for o, ts in sample)
out["rougeL_seconds_per_example"] = (time.perf_counter() - t) / len(sample)
json.dump(out, sys.stdout)
