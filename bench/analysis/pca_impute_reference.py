#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Independent numpy implementation of the benchmark imputation (docs/analysis.md, "Observational
# scaling"), the oracle of tst_BenchmarkImputation. Reads {"train": rows, "heldout": rows,
# "rank": k} on stdin (null = missing) and prints the completed rows as JSON. Written from the
# description, not from the C++: principal directions come from an SVD here, from an eigen
# decomposition of the scatter matrix there.
import json
import sys

import numpy as np

TOL, MAX_IT = 1e-4, 1000


def as_array(rows):
    return np.array([[np.nan if v is None else v for v in r] for r in rows], dtype=float)


def reconstruct(z, centre, vt):
    return centre + (z - centre) @ vt.T @ vt


def main():
    job = json.load(sys.stdin)
    k = job["rank"]
    x = as_array(job["train"])
    miss = np.isnan(x)
    mean = np.nanmean(x, axis=0)
    sd = np.nanstd(x, axis=0)  # ddof 0: the observed values' population sd
    z = np.where(miss, 0.0, (x - mean) / sd)
    it, converged = 0, not miss.any()
    while not converged and it < MAX_IT:
        it += 1
        centre = z.mean(axis=0)
        vt = np.linalg.svd(z - centre, full_matrices=False)[2][:k]
        new = np.where(miss, reconstruct(z, centre, vt), z)
        change = np.abs(new - z).max()
        z = new
        converged = change < TOL
    centre = z.mean(axis=0)
    vt = np.linalg.svd(z - centre, full_matrices=False)[2][:k]
    train = np.where(miss, np.clip(z * sd + mean, 0, 1), x)
    held, held_it = [], []
    for row in as_array(job["heldout"]):
        m = np.isnan(row)
        zr = np.where(m, 0.0, (row - mean) / sd)
        n, done = 0, not m.any()
        while not done and n < MAX_IT:
            n += 1
            new = np.where(m, reconstruct(zr, centre, vt), zr)
            done = np.abs(new - zr).max() < TOL
            zr = new
        held.append(np.where(m, np.clip(zr * sd + mean, 0, 1), row).tolist())
        held_it.append(n)
    json.dump({"train": train.tolist(), "iterations": it, "converged": bool(converged),
               "heldout": held, "heldout_iterations": held_it}, sys.stdout)


main()
