#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python baseline of bench_Examples: what a user would write to get per-model accuracy from
the bundled MMLU-Pro outputs: gzip + json.load of each file, then the share of records whose
`pred` equals `answer`, per model. Timed in-process, best of RUNS; prints JSON.

usage: python_mmlu_pro.py RUNS FILE..."""
import gzip
import json
import sys
import time

runs = int(sys.argv[1])
best = float("inf")
records = 0
for _ in range(runs):
    t = time.perf_counter()
    accuracy = {}
    records = 0
    for path in sys.argv[2:]:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            rows = json.load(f)
        records += len(rows)
        accuracy[path] = sum(r.get("pred") == r["answer"] for r in rows) / len(rows)
    best = min(best, time.perf_counter() - t)
json.dump({"records": records, "seconds": best}, sys.stdout)
