#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""SQuAD v1.1 answer metrics, the algorithm of the official evaluation script in Python (its
regular expression, string.punctuation and Counter arithmetic), for cross-checks. Reads
{"cases": [{"prediction": str, "golds": [str, ...]}, ...]} on stdin and prints, per case,
[normalised prediction, exact match, token F1] (floats as repr strings). Used by
tests/core/metrics/tst_SquadAnswer; needs only the standard library."""
import collections
import json
import re
import string
import sys

PUNCTUATION = set(string.punctuation)


def normalize(text):
    text = text.lower()
    text = "".join(ch for ch in text if ch not in PUNCTUATION)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def token_f1(prediction, gold):
    pred, ref = normalize(prediction).split(), normalize(gold).split()
    shared = sum((collections.Counter(pred) & collections.Counter(ref)).values())
    if shared == 0:
        return 0
    precision = 1.0 * shared / len(pred)
    recall = 1.0 * shared / len(ref)
    return (2 * precision * recall) / (precision + recall)


out = []
for case in json.load(sys.stdin)["cases"]:
    p, golds = case["prediction"], case["golds"]
    em = max(float(normalize(p) == normalize(g)) for g in golds)
    f1 = max(token_f1(p, g) for g in golds)
    out.append([normalize(p), repr(float(em)), repr(float(f1))])
json.dump(out, sys.stdout)
