#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end speed of `emergence score` against the reference implementations, as users run
them (issue 18): whole processes timed by wall clock, best of RUNS, all in one run.

- BLEU: `emergence score --metric bleu` on our per-example JSONL vs real sacreBLEU 2.6's command
  line (`python3 -m sacrebleu ref.txt -i hyp.txt -m bleu -b`) on the same pairs as plain text.
- chrF: `--metric chrf` vs `sacrebleu -m chrf`.
- TER: `--metric ter` vs `sacrebleu -m ter` (`--metrics ter`; not in the default list).
- token F1: `--metric token_f1` vs bench/metrics/squad_reference.py (the official SQuAD v1.1
  normalisation and F1) fed the same pairs as its JSON cases.

The pairs are SIMULATED (nothing here is model output): N hypotheses of 20-30 pseudo-words
drawn Zipf-like from a fixed vocabulary with the punctuation, numbers, quotes and hyphens
that tokenisers split, and references that are edited copies of them; the seed is fixed, so
every run scores the same text. The scores of both sides are printed and must agree to the
precision the reference prints. A second table gives the best user + system CPU time of each
side (children's rusage), for minutes when other work on the machine makes wall time move.

usage: end_to_end.py [--emergence BIN] [--before BIN] [--sacrebleu DIR] [--n N] [--runs R]
                     [--metrics LIST]
--before times a second build of emergence (e.g. main's) in the same run, for before/after.
Needs python3-regex, -portalocker, -tabulate, -numpy, -colorama, -lxml for sacreBLEU."""
import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WIDTH = 6  # digits sacreBLEU prints (-w), the precision the scores are compared at


def make_vocabulary(rng):
    onsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "st", "t", "th", "w"]
    nuclei = ["a", "e", "i", "o", "u", "ea", "ou", "ai"]
    codas = ["", "", "n", "r", "s", "t", "nd", "ng", "ll", "ck"]
    words = set()
    while len(words) < 6000:
        k = 1 + min(int(rng.expovariate(0.9)), 3)
        words.add("".join(rng.choice(onsets) + rng.choice(nuclei) + rng.choice(codas)
                          for _ in range(k)))
    # Short function words first so they are the most frequent, as in real text.
    return ["the", "a", "of", "and", "to", "in", "is", "an", "for", "on"] + sorted(words)


class Text:
    """Deterministic pseudo-sentences and edited copies of them."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.vocab = make_vocabulary(self.rng)

    def word(self):
        rng = self.rng
        w = self.vocab[min(int(rng.paretovariate(0.7)), len(self.vocab)) - 1]
        r = rng.random()
        if r < 0.03:
            return w.capitalize()
        if r < 0.06:
            return w + ","
        if r < 0.07:
            return "%d" % rng.randint(0, 2000)
        if r < 0.075:
            return "%d.%d" % (rng.randint(0, 99), rng.randint(0, 9))
        if r < 0.08:
            return w + "-" + self.vocab[rng.randrange(len(self.vocab))]
        if r < 0.085:
            return '"' + w + '"'
        if r < 0.09:
            return "(" + w + ")"
        if r < 0.093:
            return w + "'s"
        return w

    def sentence(self):
        words = [self.word() for _ in range(self.rng.randint(20, 30))]
        words[0] = words[0].capitalize()
        return " ".join(words) + self.rng.choice([".", ".", ".", "?", "!"])

    def edited(self, text):
        rng = self.rng
        out = []
        for w in text.split(" "):
            r = rng.random()
            if r < 0.08:
                continue  # deleted
            out.append(self.word() if r < 0.18 else w)
            if r > 0.95:
                out.append(self.word())  # inserted
        return " ".join(out)


def write_inputs(folder, n, seed):
    text = Text(seed)
    hyps, refs = [], []
    for _ in range(n):
        h = text.sentence()
        hyps.append(h)
        refs.append(text.edited(h))
    paths = {k: os.path.join(folder, k) for k in ("pairs.jsonl", "hyp.txt", "ref.txt", "cases.json")}
    with open(paths["pairs.jsonl"], "w", encoding="utf-8") as f:
        for i, (h, r) in enumerate(zip(hyps, refs)):
            f.write(json.dumps({"task": "sim_mt", "family": "SimLM", "model": "sim-1b",
                                "params": 1e9, "id": "s%06d" % i, "output": h,
                                "targets": [r]}, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
    for name, lines in (("hyp.txt", hyps), ("ref.txt", refs)):
        with open(paths[name], "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines))
    with open(paths["cases.json"], "w", encoding="utf-8") as f:
        json.dump({"cases": [{"prediction": h, "golds": [r]} for h, r in zip(hyps, refs)]}, f,
                  ensure_ascii=False)
    return paths


CPU = {}  # argv[0] and metric -> best user+sys seconds, for the CPU table


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def best_of(runs, argv, env=None, stdin_path=None, cpu_key=None):
    """Best wall time of `runs` runs of argv, and the stdout of the last one. The best user +
    system CPU time of the runs goes to CPU[cpu_key]: on a machine others load, CPU time moves
    less than wall time (it still grows with contention for caches and memory)."""
    best, out, best_cpu = None, None, None
    for _ in range(runs):
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        c = children_cpu()
        t = time.perf_counter()
        p = subprocess.run(argv, env=env, stdin=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, check=False)
        dt = time.perf_counter() - t
        dc = children_cpu() - c
        if stdin_path:
            stdin.close()
        if p.returncode != 0:
            sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(argv), p.stderr.decode()))
        best = dt if best is None else min(best, dt)
        best_cpu = dc if best_cpu is None else min(best_cpu, dc)
        out = p.stdout.decode("utf-8")
    if cpu_key:
        CPU[cpu_key] = best_cpu
    return best, out


def ours(args, paths, metric, binary=None):
    argv = [binary or args.emergence, "score", "--input", paths["pairs.jsonl"], "--metric", metric]
    seconds, out = best_of(args.runs, argv, cpu_key=(binary or "ours", metric))
    value = json.loads(out)["groups"][0]["metrics"][metric]["value"]
    return seconds, value


def sacrebleu(args, paths, metric):
    env = dict(os.environ, PYTHONPATH=args.sacrebleu)
    argv = [sys.executable, "-m", "sacrebleu", paths["ref.txt"], "-i", paths["hyp.txt"], "-m",
            metric, "-b", "-w", str(WIDTH)]
    seconds, out = best_of(args.runs, argv, env=env, cpu_key=("reference", metric))
    return seconds, out.strip()


def squad(args, paths):
    argv = [sys.executable, os.path.join(HERE, "squad_reference.py")]
    seconds, out = best_of(args.runs, argv, stdin_path=paths["cases.json"],
                           cpu_key=("reference", "token_f1"))
    f1 = [float(case[2]) for case in json.loads(out)]
    return seconds, sum(f1) / len(f1)  # the mean is taken outside the timed run


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--emergence", default=os.path.join(ROOT, "build", "bin", "emergence"))
    ap.add_argument("--before", help="another emergence binary to time in the same run")
    ap.add_argument("--sacrebleu",
                    default=os.path.join(os.path.dirname(ROOT), "shared", "reference",
                                         "sacrebleu"))
    ap.add_argument("--n", type=int, default=100000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--metrics", default="bleu,chrf,token_f1")
    args = ap.parse_args()
    metrics = args.metrics.split(",")

    start = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    print("SIMULATED data: %d segment pairs of pseudo-words (fixed seed), not model output" % args.n)
    print("started %s, load average %.2f %.2f %.2f, %d cores" % ((start,) + os.getloadavg() +
                                                                 (os.cpu_count(),)))
    rows, agree = [], True
    with tempfile.TemporaryDirectory(prefix="ee_end_to_end_") as folder:
        paths = write_inputs(folder, args.n, seed=18)
        print("inputs: JSONL %.1f MB, hyp.txt + ref.txt %.1f MB" % (
            os.path.getsize(paths["pairs.jsonl"]) / 1e6,
            (os.path.getsize(paths["hyp.txt"]) + os.path.getsize(paths["ref.txt"])) / 1e6))
        for metric in metrics:
            t_ours, v_ours = ours(args, paths, metric)
            t_before = None
            if args.before:
                t_before, v_before = ours(args, paths, metric, args.before)
                if v_before != v_ours:
                    sys.exit("--before gives %r, not %r" % (v_before, v_ours))
            if metric == "token_f1":
                t_ref, v_ref = squad(args, paths)
                same = abs(v_ref - v_ours) < 1e-12
                shown = ("%.17g" % v_ours, "%.17g" % v_ref)
            else:
                t_ref, printed = sacrebleu(args, paths, metric)
                mine = "%.*f" % (WIDTH, v_ours)
                same = mine == printed
                shown = ("%.17g (%s)" % (v_ours, mine), printed)
            agree = agree and same
            rows.append((metric, t_before, t_ours, t_ref, shown, same))
    print("finished %s, load average %.2f %.2f %.2f" % (
        (time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),) + os.getloadavg()))
    print("\n| metric | before | emergence score | reference | reference / before | "
          "reference / ours | our score | reference's score | agree |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |")
    for metric, t_before, t_ours, t_ref, shown, same in rows:
        before = ("%.3f s" % t_before, "%.1f×" % (t_ref / t_before)) if t_before else ("–", "–")
        print("| %s | %s | %.3f s | %.3f s | %s | %.1f× | %s | %s | %s |" % (
            metric, before[0], t_ours, t_ref, before[1], t_ref / t_ours, shown[0], shown[1],
            "yes" if same else "NO"))
    print("\nCPU time (user + system, best of %d; ours uses both cores):\n" % args.runs)
    print("| metric | before | emergence score | reference | reference / before | "
          "reference / ours |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for metric, t_before, _, _, _, _ in rows:
        c_ours, c_ref = CPU[("ours", metric)], CPU[("reference", metric)]
        c_before = CPU.get((args.before, metric)) if args.before else None
        before = ("%.3f s" % c_before, "%.1f×" % (c_ref / c_before)) if c_before else ("–", "–")
        print("| %s | %s | %.3f s | %.3f s | %s | %.1f× |" % (
            metric, before[0], c_ours, c_ref, before[1], c_ref / c_ours))
    if not agree:
        sys.exit("the scores differ")


if __name__ == "__main__":
    main()
