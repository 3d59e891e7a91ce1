#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes SIMULATED per-example files for bench_Examples: OUT/examples_simulated.jsonl in our
per-example JSONL (docs/formats.md §B2) and OUT/samples_simulated_2026-01-01T00-00-00.jsonl in the
shape of lm-evaluation-harness v0.4 `--log_samples` output. Both hold N generation examples:
5 models × N/5 in ours, N documents of one model in the lm-eval file. The texts are
pseudo-words from a fixed seed, and outputs are edited copies of their targets, so that exact
match, BLEU and ROUGE see realistic overlaps.
Nothing here is real model output.

usage: make_example_jsonl.py OUT_DIR [N]"""
import hashlib
import json
import os
import random
import sys

out_dir = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
rng = random.Random(17)
syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "den", "ar", "is", "on"]
vocab = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(4000)]
vocab += ["café", "naïve", "Größe", "übung"]  # some non-ASCII text, as real data has
models = [("sim-70m", 7e7), ("sim-400m", 4e8), ("sim-1b", 1e9), ("sim-6b", 6e9), ("sim-30b", 3e10)]


def words(k):
    return " ".join(vocab[min(int(rng.paretovariate(0.6)), len(vocab)) - 1] for _ in range(k))


def edited(text):
    ws = text.split()
    r = rng.random()
    if r < 0.3:
        return text  # exact
    out = [w if rng.random() > 0.2 else rng.choice(vocab) for w in ws]
    return " ".join(out)


per_model = n // len(models)
questions = [(words(rng.randint(8, 12)), words(rng.randint(3, 8))) for _ in range(per_model)]

with open(os.path.join(out_dir, "examples_simulated.jsonl"), "w", encoding="utf-8") as f:
    for model, params in models:
        for i, (question, target) in enumerate(questions):
            f.write(json.dumps({"task": "sim_qa", "subtask": "", "family": "SimLM",
                                "model": model, "params": params, "shots": 0,
                                "prompting": "direct", "id": "q%05d" % i,
                                "input": "Q: " + question + "?\nA:", "output": edited(target),
                                "targets": [target]}, ensure_ascii=False,
                               separators=(",", ":")) + "\n")

with open(os.path.join(out_dir, "samples_simulated_2026-01-01T00-00-00.jsonl"), "w",
          encoding="utf-8") as f:
    # One model's run over N documents (lm-eval writes one file per model and task, and reports
    # a doc_id seen twice): the 5 × N/5 questions under distinct doc_ids.
    doc_id = 0
    for model, _ in models:
        for question, target in questions:
            i, doc_id = doc_id, doc_id + 1
            prompt = "Q: " + question + "?\nA:"
            output = " " + edited(target)
            h = lambda s: hashlib.sha256(s.encode()).hexdigest()  # noqa: E731
            f.write(json.dumps({
                "doc_id": i, "doc": {"question": question + "?", "answer": target},
                "target": target,
                "arguments": {"gen_args_0": {"arg_0": prompt,
                                             "arg_1": {"until": ["\n"], "do_sample": False}}},
                "resps": [[output]], "filtered_resps": [output],
                "doc_hash": h(question), "prompt_hash": h(prompt), "target_hash": h(target),
                "exact_match": float(output.strip() == target)}, ensure_ascii=False) + "\n")
