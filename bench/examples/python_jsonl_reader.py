#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python baseline of bench_Examples: what a user would write to read per-example JSONL: one
json.loads per line, keeping the fields the scorer needs (key, id, output, targets) as a tuple.
Timed in-process (interpreter start-up excluded), best of RUNS; prints JSON.

usage: python_jsonl_reader.py FILE [RUNS]"""
import json
import sys
import time

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def read_b2(f):
    rows = []
    for line in f:
        if not line.strip():
            continue
        r = json.loads(line)
        key = (r.get("task"), r.get("subtask"), r.get("family"), r.get("model"),
               r.get("params"), r.get("shots"), r.get("prompting"))
        t = r.get("targets")
        rows.append((key, r.get("id"), r.get("output"), t if isinstance(t, list) else [t]))
    return rows


def read_lm_eval(f):
    rows = []
    for line in f:
        if not line.strip():
            continue
        r = json.loads(line)
        rows.append((r["doc_id"], r["filtered_resps"][0], [r["target"]]))
    return rows


reader = read_lm_eval if "samples_" in path else read_b2
best = float("inf")
count = 0
for _ in range(runs):
    t = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        count = len(reader(f))
    best = min(best, time.perf_counter() - t)
json.dump({"examples": count, "seconds": best}, sys.stdout)
