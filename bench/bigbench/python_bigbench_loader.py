#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Python baseline of the BIG-bench loading benchmark (issue 2, "Speed").

A straightforward loader: os.walk + json.load + a list of row tuples, one per
(subtask, shots, metric), with the same columns the C++ table keeps. Prints one line:
  python_rows=<n> python_best_s=<seconds> python_runs=<k>
timed in-process (interpreter start-up excluded) as the best of k runs.
"""
import json
import os
import sys
import time


def load(root):
    rows = []
    for dirpath, _dirnames, filenames in os.walk(root):
        for name in filenames:
            if not (name.startswith("scores_") and name.endswith(".json")):
                continue
            with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                doc = json.load(f)
            model = doc["model"]
            task = doc["task"]["task_name"]
            family, model_name = model["model_family"], model["model_name"]
            params, non_embedding = model.get("total_params"), model.get("non_embedding_params")
            for entry in doc["scores"]:
                description = entry["subtask_description"]
                subtask = description.split(":", 1)[1] if ":" in description else ""
                shots = entry.get("number_of_shots")
                low, high = entry.get("low_score"), entry.get("high_score")
                for metric, value in entry["score_dict"].items():
                    rows.append((name, task, subtask, family, model_name, params, non_embedding,
                                 shots, "standard", metric, value, low, high))
    return rows


def main():
    root = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    best, count = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = load(root)
        best = min(best, time.perf_counter() - start)
        count = len(rows)
        del rows
    print(f"python_rows={count} python_best_s={best:.6f} python_runs={runs}")


if __name__ == "__main__":
    main()
