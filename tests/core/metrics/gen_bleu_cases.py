# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates tests/fixtures/metrics/bleu_cases.jsonl from bench/metrics/reference_metrics.py
# (a line-by-line Python port of sacreBLEU 2.x): /usr/bin/python3 gen_bleu_cases.py > ...
import sys, json
sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__file__), '..', '..', 'bench', 'metrics'))
import reference_metrics as R
cases = [
 # name, hyps, refs_per_segment, tokenize, smooth, smooth_value, lowercase, level
 ("exact match long", ["The quick brown fox jumps over the lazy dog ."], [["The quick brown fox jumps over the lazy dog ."]], "13a","exp",None,False,"corpus"),
 ("short exact corpus", ["42"], [["42"]], "13a","exp",None,False,"corpus"),
 ("short exact sentence", ["42"], [["42"]], "13a","exp",None,False,"sentence"),
 ("short plus long corpus", ["42", "the cat sat on the mat"], [["42"], ["the cat sat on a mat"]], "13a","exp",None,False,"corpus"),
 ("partial exp", ["the cat is on the mat"], [["there is a cat on the mat"]], "13a","exp",None,False,"sentence"),
 ("partial floor", ["the cat is on the mat"], [["there is a cat on the mat"]], "13a","floor",None,False,"sentence"),
 ("partial floor 0.5", ["the cat is on the mat"], [["there is a cat on the mat"]], "13a","floor",0.5,False,"sentence"),
 ("partial add-k", ["the cat is on the mat"], [["there is a cat on the mat"]], "13a","add-k",None,False,"sentence"),
 ("partial none", ["the cat is on the mat"], [["there is a cat on the mat"]], "13a","none",None,False,"sentence"),
 ("partial corpus none", ["the cat is on the mat"], [["there is a cat on the mat"]], "13a","none",None,False,"corpus"),
 ("multi refs closest shorter", ["a b c d e f"], [["a b c d e", "a b c d e f g", "x y"]], "13a","exp",None,False,"corpus"),
 ("multi refs max counts", ["the the the the the the the"], [["the cat is on the mat", "there is a cat on the mat the"]], "13a","exp",None,False,"sentence"),
 ("variable refs corpus", ["It is a guide to action which ensures that the military always obeys the commands of the party.", "he read the book because he was interested in world history"], [["It is a guide to action that ensures that the military will forever heed Party commands.", "It is the guiding principle which guarantees the military forces always being under the command of the Party."], ["he was interested in world history because he read the book"]], "13a","exp",None,False,"corpus"),
 ("empty hyp", [""], [["the cat"]], "13a","exp",None,False,"sentence"),
 ("whitespace hyp", ["  \t "], [["the cat"]], "13a","exp",None,False,"sentence"),
 ("html entities", ["Tom &amp; Jerry &quot;run&quot; &lt;fast&gt;"], [["Tom & Jerry \"run\" <fast>"]], "13a","exp",None,False,"sentence"),
 ("number separators", ["It costs 1,000.50 dollars, i.e. $1,000.50."], [["It costs 1,000.50 dollars , i.e. $ 1,000.50 ."]], "13a","exp",None,False,"sentence"),
 ("cjk 13a", ["我爱北京天安门 。 你好"], [["我爱北京天安门。你好"]], "13a","exp",None,False,"sentence"),
 ("cjk intl", ["你好，世界。我爱北京"], [["你好 ， 世界 。 我爱 北京"]], "intl","exp",None,False,"sentence"),
 ("emoji intl", ["great👍 really great👍!"], [["great 👍 really great 👍 !"]], "intl","exp",None,False,"sentence"),
 ("emoji 13a", ["great👍 really great👍!"], [["great 👍 really great 👍 !"]], "13a","exp",None,False,"sentence"),
 ("accents lowercase", ["Ça VA très BIEN, merci à tous"], [["ça va très bien , merci à tous"]], "13a","exp",None,True,"sentence"),
 ("accents mixed case", ["Ça VA très BIEN, merci à tous"], [["ça va très bien , merci à tous"]], "13a","exp",None,False,"sentence"),
 ("none tokenizer", ["the cat, sat."], [["the cat , sat ."]], "none","exp",None,False,"sentence"),
 ("bigbench intl corpus", ["The answer is 42.", "well-known facts aren't always true", "x"], [["The answer is 42."], ["well known facts are not always true", "well-known facts aren't true"], ["y"]], "intl","exp",0.0,False,"corpus"),
 ("newline hyphen", ["state-of-the-\nart models\nwork"], [["state-of-theart models work"]], "13a","exp",None,False,"sentence"),
 ("skipped", ["<skipped> hello world"], [["hello world"]], "13a","exp",None,False,"sentence"),
 ("unicode spaces", ["a\u00a0b\u3000c\u200bd"], [["a b c\u200bd"]], "13a","exp",None,False,"sentence"),
 ("tie picks shorter ref", ["a b c d e f"], [["a b c d", "a b c d e f g h"]], "13a","exp",None,False,"corpus"),
 ("empty ref dropped", ["the cat sat"], [["", "the cat sat down"]], "13a","exp",None,False,"sentence"),
]
for name, hyps, refs, tok, sm, sv, lc, level in cases:
    if level == "sentence":
        v = R.sentence_bleu(hyps[0], refs[0], tok, sm, sv, lc)
    else:
        v = R.corpus_bleu(hyps, refs, tok, sm, sv, lc)
    print(json.dumps({"name": name, "hyps": hyps, "refs": refs, "tokenize": tok, "smooth": sm, "smooth_value": sv, "lowercase": lc, "level": level, "expected": repr(v)}, ensure_ascii=False))
