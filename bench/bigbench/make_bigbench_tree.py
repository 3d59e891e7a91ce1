#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a SIMULATED BIG-bench-shaped results tree for the loading benchmark.

Layout and schema follow docs/formats.md §A1:
  OUT/bigbench/benchmark_tasks/<task>/results/scores_<family>_<size>[_T=<t>].json
Default: 200 tasks x 40 model files = 8,000 files, about 40 MB. Half of the tasks have
subtasks (plus the aggregate entry per shot count), half are plain; every task has 4 shot
settings (0, 1, 2, 3). All scores are random numbers from a fixed seed: simulated data for
timing only, never results.
"""
import argparse
import json
import os
import random

# 40 model files: family label, file-name family, model name, total params, non-embedding.
BIGG_SIZES = [("2m", 2e6), ("16m", 16e6), ("53m", 53e6), ("125m", 125e6), ("244m", 244e6),
              ("422m", 422e6), ("1b", 1e9), ("2b", 2e9), ("4b", 4e9), ("8b", 8e9),
              ("27b", 27e9), ("128b", 128e9)]
SPARSE_SIZES = [("2m", 2e6), ("16m", 16e6), ("53m", 53e6), ("125m", 125e6), ("244m", 244e6),
                ("422m", 422e6), ("1b", 1e9)]
GPT_SIZES = [("GPT-3-Small", 125e6), ("GPT-3-Medium", 350e6), ("GPT-3-Large", 760e6),
             ("GPT-3-XL", 1.3e9), ("GPT-3-6.7B", 6.7e9), ("GPT-3-200B", 175e9)]
PALM_SIZES = [("8b", 8e9), ("64b", 62e9), ("535b", 540e9)]

MC_METRICS = ["calibration_multiple_choice_brier_score", "expected_calibration_error",
              "macro_f1", "multiple_choice_grade", "normalized_aggregate_score",
              "weighted_log_probabilities"]
GEN_METRICS = ["bleu", "case_insensitive_str_match", "exact_str_match", "log_likelihood",
               "normalized_aggregate_score", "rouge1", "rouge2", "rougeLsum"]
SHOTS = [0, 1, 2, 3]


def models():
    out = []
    for t in ("0", "1"):
        for name, ne in BIGG_SIZES:
            out.append((f"BIG-G T={t}", f"BIG-G_{name}_T={t}", name, int(ne * 1.1), int(ne)))
    for name, ne in SPARSE_SIZES:
        out.append(("BIG-G sparse", f"BIG-G-sparse_{name}", name, int(ne * 1.3), int(ne)))
    for name, p in GPT_SIZES:
        out.append(("GPT", f"GPT_{name}", name, int(p), int(p * 0.97)))
    for name, p in PALM_SIZES:
        out.append(("PaLM", f"PaLM_{name}", name, int(p), int(p * 0.98)))
    return out


def score(rng, metric):
    if metric in ("bleu", "rouge1", "rouge2", "rougeLsum", "normalized_aggregate_score"):
        return rng.uniform(0, 100)
    if metric in ("log_likelihood", "weighted_log_probabilities"):
        return -rng.uniform(0, 10)
    return rng.random()


def entry(rng, description, shots, metrics, preferred, low, high):
    return {"high_score": high, "low_score": low, "number_of_shots": shots,
            "preferred_score": preferred,
            "score_dict": {m: score(rng, m) for m in metrics},
            "subtask_description": description}


def task_file(rng, task, subtasks, generative, model):
    family, _, name, total, non_embedding = model
    metrics = GEN_METRICS if generative else MC_METRICS
    preferred = "exact_str_match" if generative else "multiple_choice_grade"
    low = 0.0 if generative else 0.25
    scores = []
    for shots in SHOTS:
        for sub in subtasks:
            scores.append(entry(rng, f"{task}:{sub}", shots, metrics, preferred, low, 1.0))
        if subtasks:
            scores.append({"high_score": 100.0, "low_score": 0.0, "number_of_shots": shots,
                           "preferred_score": "normalized_aggregate_score",
                           "score_dict": {"normalized_aggregate_score": rng.uniform(0, 100)},
                           "subtask_description": task})
        else:
            scores.append(entry(rng, task, shots, metrics, preferred, low, 1.0))
    return {"model": {"model_family": family, "model_name": name, "total_params": total,
                      "non_embedding_params": non_embedding,
                      "flop_matched_non_embedding_params": non_embedding,
                      "training_batch_size": 262144, "training_steps": 2571500,
                      "description": "SIMULATED model for the loading benchmark",
                      "decoding_params": {}},
            "task": {"task_name": task},
            "scores": scores}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, help="folder to create the tree in")
    ap.add_argument("--tasks", type=int, default=200)
    ap.add_argument("--seed", type=int, default=2022)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    base = os.path.join(args.out, "bigbench", "benchmark_tasks")
    files = total_bytes = 0
    for t in range(args.tasks):
        task = f"simulated_task_{t:03d}"
        subtasks = [f"subtask_{s}" for s in range(3)] if t % 2 == 0 else []
        generative = t % 4 in (1, 2)
        folder = os.path.join(base, task, "results")
        os.makedirs(folder, exist_ok=True)
        for model in models():
            path = os.path.join(folder, f"scores_{model[1]}.json")
            text = json.dumps(task_file(rng, task, subtasks, generative, model), indent=2)
            with open(path, "w") as f:
                f.write(text)
            files += 1
            total_bytes += len(text)
    print(f"wrote {files} files, {total_bytes / 1e6:.1f} MB (SIMULATED) under {base}")


if __name__ == "__main__":
    main()
