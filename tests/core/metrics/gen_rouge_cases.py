# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates tests/fixtures/metrics/rouge_cases.jsonl (rouge_score algorithm, NLTK Porter).
import sys, json
sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__file__), '..', '..', 'bench', 'metrics'))
import reference_metrics as R
cases = [
 ("one word identical", "cat", "cat"),
 ("simple", "The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log."),
 ("punctuation apostrophe", "don't stop believing, it's 3.14!", "do not stop believing; its 3 14"),
 ("accents split", "café naïve résumé", "caf na ve r sum"),
 ("cjk no tokens", "我爱北京天安门", "我爱北京天安门"),
 ("emoji", "great 👍 job", "great job 👍"),
 ("empty prediction", "the cat", ""),
 ("empty target", "", "the cat"),
 ("kelvin and dotted I", "\u212a\u0130stanbul", "kistanbul k i stanbul"),
 ("newlines lsum", "the cat sat on the mat.\nthe dog ate the bone.\nbirds fly", "the dog sat on the mat.\nthe cat ate the bone\nfish swim and birds fly high"),
 ("lsum repeated tokens", "a b a b\nb a b a", "a a b b\nb b a a\na b"),
 ("lsum blank lines", "\n\nthe cat\n   \nsat\n", "cat sat\n\n"),
 ("lsum crlf", "the cat\r\nsat down\r\n", "the cat sat\r\ndown"),
 ("stemming words", "The runners were running quickly towards the generously agreed finishing lines", "A runner runs quick toward generous agreements and finished line"),
 ("numbers", "model_v2 scored 1,000 points in 2023", "model v2 scored 1000 points in 2023"),
 ("long", "it is a guide to action which ensures that the military always obeys the commands of the party", "it is a guide to action that ensures that the military will forever heed party commands"),
]
types = ["rouge1", "rouge2", "rouge3", "rouge4", "rouge5", "rougeL", "rougeLsum"]
for name, t, p in cases:
    for stem in (False, True):
        for ty in types:
            pr, rc, f = R.rouge(ty, t, p, stem)
            print(json.dumps({"name": name, "target": t, "prediction": p, "type": ty, "stem": stem, "precision": repr(pr), "recall": repr(rc), "fmeasure": repr(f)}, ensure_ascii=False))
