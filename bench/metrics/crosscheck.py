#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads cases (JSON on stdin) and prints reference scores (JSON on stdout) computed by
reference_metrics.py; used by tests/core/metrics/tst_ReferenceCrossCheck when python3 has the
`regex` and `nltk` modules (Debian: python3-regex, python3-nltk)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_metrics as R  # noqa: E402

cases = json.load(sys.stdin)
out = {"sentence": [], "corpus": [], "rouge": []}
for c in cases["sentence"]:
    out["sentence"].append(repr(R.sentence_bleu(c["hyp"], c["refs"], c["tokenize"], c["smooth"],
                                                None, c["lowercase"])))
for c in cases["corpus"]:
    out["corpus"].append(repr(R.corpus_bleu(c["hyps"], c["refs"], c["tokenize"], c["smooth"],
                                            None, c["lowercase"])))
for c in cases["rouge"]:
    p, r, f = R.rouge(c["type"], c["target"], c["prediction"], c["stem"])
    out["rouge"].append([repr(p), repr(r), repr(f)])
json.dump(out, sys.stdout)
