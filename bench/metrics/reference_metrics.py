#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Straightforward Python BLEU (sacreBLEU 2.x) and ROUGE (rouge_score) used as the benchmark
baseline and to cross-check the C++ numbers by hand.

sacrebleu and rouge_score are not packaged for Debian 12, so this file re-implements their
algorithms the way the reference code does it (specs/metrics.md): the same regular expressions
(`re`, and the `regex` module for the intl tokenizer's Unicode classes), collections.Counter
n-gram counting and the same compute_bleu arithmetic; ROUGE with NLTK's PorterStemmer when
python3-nltk is installed. It is a baseline of the *algorithm* in Python, not the packages
themselves; docs/metrics.md says so next to the figures.
"""
import math
import re
from collections import Counter

try:
    import regex  # Debian: python3-regex
except ImportError:  # the intl tokenizer is then unavailable
    regex = None

# --- sacreBLEU tokenizers (tokenizer_13a.py, tokenizer_re.py, tokenizer_intl.py) -------------
_RE_13A = [
    (re.compile(r'([\{-\~\[-\` -\&\(-\+\:-\@\/])'), r' \1 '),
    (re.compile(r'([^0-9])([\.,])'), r'\1 \2 '),
    (re.compile(r'([\.,])([^0-9])'), r' \1 \2'),
    (re.compile(r'([0-9])(-)'), r'\1 \2 '),
]


def tokenize_13a(line):
    line = line.replace('<skipped>', '')
    line = line.replace('-\n', '')
    line = line.replace('\n', ' ')
    if '&' in line:
        line = line.replace('&quot;', '"')
        line = line.replace('&amp;', '&')
        line = line.replace('&lt;', '<')
        line = line.replace('&gt;', '>')
    line = f' {line} '
    for r, repl in _RE_13A:
        line = r.sub(repl, line)
    return ' '.join(line.split())


_RE_INTL = None


def tokenize_intl(line):
    global _RE_INTL
    if _RE_INTL is None:
        _RE_INTL = [
            (regex.compile(r'(\P{N})(\p{P})'), r'\1 \2 '),
            (regex.compile(r'(\p{P})(\P{N})'), r' \1 \2'),
            (regex.compile(r'(\p{S})'), r' \1 '),
        ]
    for r, repl in _RE_INTL:
        line = r.sub(repl, line)
    return ' '.join(line.split())


TOKENIZERS = {'13a': tokenize_13a, 'intl': tokenize_intl, 'none': lambda s: s}
SMOOTH_DEFAULTS = {'none': None, 'floor': 0.1, 'add-k': 1, 'exp': None}


def my_log(num):
    if num == 0.0:
        return -9999999999
    return math.log(num)


def _ngrams(line, max_order=4):
    counter = Counter()
    tokens = line.split()
    for n in range(1, max_order + 1):
        for i in range(0, len(tokens) - n + 1):
            counter[tuple(tokens[i:i + n])] += 1
    return counter, len(tokens)


def compute_bleu(correct, total, sys_len, ref_len, smooth_method='exp', smooth_value=None,
                 effective_order=False, max_ngram_order=4):
    correct = list(correct)
    total = list(total)
    if smooth_value is None:
        smooth_value = SMOOTH_DEFAULTS[smooth_method]
    if sys_len < ref_len:
        bp = math.exp(1 - ref_len / sys_len) if sys_len > 0 else 0.0
    else:
        bp = 1.0
    precisions = [0.0 for _ in range(max_ngram_order)]
    if not any(correct):
        return 0.0
    smooth_mteval = 1.
    eff_order = max_ngram_order
    for n in range(1, len(precisions) + 1):
        if smooth_method == 'add-k' and n > 1:
            correct[n - 1] += smooth_value
            total[n - 1] += smooth_value
        if total[n - 1] == 0:
            break
        if effective_order:
            eff_order = n
        if correct[n - 1] == 0:
            if smooth_method == 'exp':
                smooth_mteval *= 2
                precisions[n - 1] = 100. / (smooth_mteval * total[n - 1])
            elif smooth_method == 'floor':
                precisions[n - 1] = 100. * smooth_value / total[n - 1]
        else:
            precisions[n - 1] = 100. * correct[n - 1] / total[n - 1]
    return bp * math.exp(sum([my_log(p) for p in precisions[:eff_order]]) / eff_order)


def segment_stats(hyp, refs, tokenize='13a', lowercase=False):
    tok = TOKENIZERS[tokenize]

    def prep(s):
        if lowercase:
            s = s.lower()
        return tok(s.rstrip())

    refs = [r for r in refs if r is not None and r != ""]
    if not refs:
        raise RuntimeError("Empty or `None` reference sentence found.")
    ref_ngrams, ref_lens = None, []
    for r in refs:
        ng, rl = _ngrams(prep(r))
        ref_lens.append(rl)
        if ref_ngrams is None:
            ref_ngrams = ng
        else:
            for g, c in ng.items():
                ref_ngrams[g] = max(ref_ngrams[g], c)
    hyp_ngrams, hyp_len = _ngrams(prep(hyp))
    closest_diff, closest_len = -1, -1
    for rl in ref_lens:
        diff = abs(hyp_len - rl)
        if closest_diff == -1 or diff < closest_diff:
            closest_diff, closest_len = diff, rl
        elif diff == closest_diff and rl < closest_len:
            closest_len = rl
    correct = [0] * 4
    total = [0] * 4
    for g, c in hyp_ngrams.items():
        n = len(g) - 1
        total[n] += c
        if g in ref_ngrams:
            correct[n] += min(c, ref_ngrams[g])
    return [hyp_len, closest_len] + correct + total


def corpus_bleu(hyps, refs_per_segment, tokenize='13a', smooth_method='exp', smooth_value=None,
                lowercase=False, effective_order=False):
    stats = [0] * 10
    for h, rs in zip(hyps, refs_per_segment):
        s = segment_stats(h, rs, tokenize, lowercase)
        stats = [a + b for a, b in zip(stats, s)]
    return compute_bleu(stats[2:6], stats[6:], stats[0], stats[1], smooth_method, smooth_value,
                        effective_order)


def sentence_bleu(hyp, refs, tokenize='13a', smooth_method='exp', smooth_value=None,
                  lowercase=False, effective_order=True):
    return corpus_bleu([hyp], [refs], tokenize, smooth_method, smooth_value, lowercase,
                       effective_order)


# --- rouge_score (tokenize.py, rouge_scorer.py) ------------------------------------------------
try:
    from nltk.stem import porter as _porter  # Debian: python3-nltk
    _STEMMER = _porter.PorterStemmer()
except ImportError:
    _STEMMER = None

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_VALID = re.compile(r"^[a-z0-9]+$")


def rouge_tokenize(text, stem=False):
    text = _NON_ALNUM.sub(" ", text.lower())
    tokens = _SPACES.split(text)
    if stem:
        tokens = [_STEMMER.stem(x) if len(x) > 3 else x for x in tokens]
    return [x for x in tokens if _VALID.match(x)]


def _fmeasure(p, r):
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def rouge_n(target, prediction, n, stem=False):
    def grams(toks):
        return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))
    t, p = grams(rouge_tokenize(target, stem)), grams(rouge_tokenize(prediction, stem))
    overlap = sum(min(t[g], p[g]) for g in t)
    prec = overlap / max(sum(p.values()), 1)
    rec = overlap / max(sum(t.values()), 1)
    return prec, rec, _fmeasure(prec, rec)


def _lcs_table(ref, can):
    rows, cols = len(ref), len(can)
    t = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            if ref[i - 1] == can[j - 1]:
                t[i][j] = t[i - 1][j - 1] + 1
            else:
                t[i][j] = max(t[i - 1][j], t[i][j - 1])
    return t


def rouge_l(target, prediction, stem=False):
    t, p = rouge_tokenize(target, stem), rouge_tokenize(prediction, stem)
    if not t or not p:
        return 0.0, 0.0, 0.0
    lcs = _lcs_table(t, p)[-1][-1]
    prec, rec = lcs / len(p), lcs / len(t)
    return prec, rec, _fmeasure(prec, rec)


def _lcs_ind(ref, can):
    t = _lcs_table(ref, can)
    i, j, out = len(ref), len(can), []
    while i > 0 and j > 0:
        if ref[i - 1] == can[j - 1]:
            out.insert(0, i - 1)
            i -= 1
            j -= 1
        elif t[i][j - 1] > t[i - 1][j]:
            j -= 1
        else:
            i -= 1
    return out


def rouge_lsum(target, prediction, stem=False):
    def sents(text):
        return [rouge_tokenize(s, stem) for s in text.split("\n") if len(s)]
    ref, can = sents(target), sents(prediction)
    if not ref or not can:
        return 0.0, 0.0, 0.0
    m, n = sum(map(len, ref)), sum(map(len, can))
    if not n or not m:
        return 0.0, 0.0, 0.0
    cr, cc = Counter(), Counter()
    for s in ref:
        cr.update(s)
    for s in can:
        cc.update(s)
    hits = 0
    for r in ref:
        union = sorted(set().union(*[_lcs_ind(r, c) for c in can]))
        for u in union:
            tok = r[u]
            if cc[tok] > 0 and cr[tok] > 0:
                hits += 1
                cc[tok] -= 1
                cr[tok] -= 1
    rec, prec = hits / m, hits / n
    return prec, rec, _fmeasure(prec, rec)


def rouge(rouge_type, target, prediction, stem=False):
    if rouge_type == 'rougeL':
        return rouge_l(target, prediction, stem)
    if rouge_type == 'rougeLsum':
        return rouge_lsum(target, prediction, stem)
    return rouge_n(target, prediction, int(rouge_type[5:]), stem)
