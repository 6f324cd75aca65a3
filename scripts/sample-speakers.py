#!/usr/bin/env python3
"""Draws the speaker sample of eval/speakers-ar.tsv from the Arabic corpus.

Stratified by outlet: for each outlet with at least MIN_ARTICLES articles, its
articles are shuffled with a fixed seed and the first PER_OUTLET_ARTICLES are
run through `isnad extract --format jsonl` (only to find the claims and their
sentences). Walking the shuffled articles, at most one sentence per article is
taken:

- ATTRIBUTED per outlet: a sentence with a claim and a cue of attribution in its
  own words (a reporting verb or participle, a source preposition such as
  بحسب/وفقا/نقلا عن, or a quotation mark), found by a word list here, not by
  isnad's attribution;
- VOICE per outlet: a sentence with a claim and none of those cues (the outlet's
  own voice, unless an earlier sentence's quote runs on);
- AFTER_CUE per outlet, from the next ROUND2_ARTICLES shuffled articles and with
  a generator of its own: a sentence whose drawn claim comes after a reporting
  cue word (more of the claims that someone asserts).

In each chosen sentence one claim is drawn at random. The speaker the tool gives
is never printed: the labels are judged by reading (see the TSV's header).

Usage (from the repository root):

    python3 scripts/sample-speakers.py target/release/isnad > /tmp/sample.txt

prints every drawn claim in context for judging, and writes the rows (without
the expected speaker) to /tmp/speakers-draft.tsv. With --held-out it draws the
held-out round instead. Standard library only.
"""

import json
import os
import random
import re
import subprocess
import sys
import tempfile

SEED = 20150806
MIN_ARTICLES = 300
PER_OUTLET_ARTICLES = 80
ATTRIBUTED = 8
VOICE = 2
# Second round, from the next ROUND2_ARTICLES shuffled articles of each outlet:
# sentences whose drawn claim comes after a reporting cue word of the sentence.
ROUND2_ARTICLES = 120
AFTER_CUE = 5
# Held-out round (--held-out), drawn after the fixes the first two rounds led to, from the
# next HELD_OUT_ARTICLES shuffled articles of each outlet with a generator of its own:
# HELD_OUT_CUE sentences as in the second round and HELD_OUT_VOICE with no cue.
HELD_OUT_ARTICLES = 120
HELD_OUT_CUE = 3
HELD_OUT_VOICE = 1

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO, "..", "shared", "corpus", "ar-news.jsonl")

VERBS = """
قال قالت يقول تقول أضاف أضافت يضيف تضيف أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن
أفاد أفادت يفيد تفيد أشار أشارت يشير تشير أوضح أوضحت يوضح توضح ذكر ذكرت يذكر تذكر
صرح صرحت كشف كشفت يكشف تكشف نقل نقلت اعتبر اعتبرت يعتبر تعتبر رأى رأت يرى ترى
شدد شددت يشدد تشدد لفت لفتت نفى نفت حذر حذرت تابع تابعت بين بينت توقع توقعت
أبلغ أبلغت أقر أقرت اعترف اعترفت زعم زعمت أورد أوردت أردف أردفت قدر قدرت نوه نوهت
مشيرا مشيرة مؤكدا مؤكدة لافتا لافتة موضحا موضحة مضيفا مضيفة معتبرا معتبرة محذرا محذرة
مشددا مشددة قائلا قائلة مبينا مبينة منوها منوهة كاشفا كاشفة متوقعا متوقعة معلنا معلنة
بحسب حسب حسبما وفقا وفق طبقا نقلا لسان
"""
QUOTES = set("«»“”\"")


def norm(w):
    w = re.sub("[\u064B-\u0652\u0640]", "", w)
    return w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")


CUES = {norm(v) for v in VERBS.split()}


def is_cue(w):
    w = norm(w)
    return w in CUES or (w[:1] in "وف" and w[1:] in CUES)


def has_cue(sentence):
    if any(c in QUOTES for c in sentence):
        return True
    return any(is_cue(m.group()) for m in WORD.finditer(sentence))


def first_cue(sentence):
    """Offset (in characters) of the first reporting cue word, or None."""
    for m in WORD.finditer(sentence):
        if is_cue(m.group()):
            return m.start()
    return None


WORD = re.compile(r"[\u0621-\u064A\u0640\u064B-\u0652]+")


def sentence_start(body, c):
    """Character offset of claim `c`'s sentence in `body`."""
    return body.rfind(c["sentence"], 0, c["start"] + len(c["sentence"]))


def extract(isnad, arts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for a in arts:
            t.write(json.dumps(a, ensure_ascii=False) + "\n")
    out = subprocess.run([isnad, "extract", "--format", "jsonl", t.name],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(t.name)
    claims = {}
    for line in out.splitlines():
        c = json.loads(line)
        claims.setdefault(c["article"], []).append(c)
    return claims


def sentences_of(claims, a, rng):
    """The article's sentences with claims (lists of claims), in a random order."""
    sents = {}
    for c in claims.get(a["id"], []):
        sents.setdefault(c["sentence"], []).append(c)
    keys = sorted(sents, key=lambda k: sents[k][0]["start"])
    rng.shuffle(keys)
    return [sents[k] for k in keys if len(k) <= 700]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    held_out = "--held-out" in sys.argv
    isnad = args[0] if args else os.path.join(REPO, "target/release/isnad")
    by_outlet = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            by_outlet.setdefault(a["source"], []).append(a)
    rng = random.Random(SEED)
    # The second round draws from its own generator, so the first round's draws do not
    # depend on it.
    rng2 = random.Random(SEED + 1)
    rng3 = random.Random(SEED + 2)
    rows = []
    held = []
    for outlet in sorted(by_outlet):
        arts = by_outlet[outlet]
        if len(arts) < MIN_ARTICLES:
            continue
        arts = sorted(arts, key=lambda a: a["id"])
        rng.shuffle(arts)
        round1 = arts[:PER_OUTLET_ARTICLES]
        round2 = arts[PER_OUTLET_ARTICLES:PER_OUTLET_ARTICLES + ROUND2_ARTICLES]
        claims = extract(isnad, round1 + round2)
        want = {"attributed": ATTRIBUTED, "voice": VOICE}
        for a in round1:
            if not any(want.values()):
                break
            for cs in sentences_of(claims, a, rng):
                group = "attributed" if has_cue(cs[0]["sentence"]) else "voice"
                if want[group] == 0:
                    continue
                want[group] -= 1
                rows.append((outlet, group, a, rng.choice(cs)))
                break
        left = AFTER_CUE
        for a in round2:
            if left == 0:
                break
            for cs in sentences_of(claims, a, rng2):
                cue = first_cue(cs[0]["sentence"])
                if cue is None:
                    continue
                ss = sentence_start(a["body"], cs[0])
                after = [c for c in cs if c["start"] - ss > cue]
                if not after:
                    continue
                left -= 1
                rows.append((outlet, "after-cue", a, rng2.choice(after)))
                break
        if held_out:
            # Rounds 1 and 2 are drawn all the same (so the generators and the articles
            # they used are the same), and left out.
            first = PER_OUTLET_ARTICLES + ROUND2_ARTICLES
            round3 = arts[first:first + HELD_OUT_ARTICLES]
            claims = extract(isnad, round3)
            want = {"cue": HELD_OUT_CUE, "voice": HELD_OUT_VOICE}
            for a in round3:
                if not any(want.values()):
                    break
                for cs in sentences_of(claims, a, rng3):
                    sentence = cs[0]["sentence"]
                    cue = first_cue(sentence)
                    ss = sentence_start(a["body"], cs[0])
                    after = [c for c in cs if cue is not None and c["start"] - ss > cue]
                    if after and want["cue"]:
                        want["cue"] -= 1
                        held.append((outlet, "held-out", a, rng3.choice(after)))
                        break
                    if not has_cue(sentence) and want["voice"]:
                        want["voice"] -= 1
                        held.append((outlet, "held-out-voice", a, rng3.choice(cs)))
                        break
    if held_out:
        rows = held
    with open("/tmp/speakers-draft.tsv", "w", encoding="utf-8") as f:
        for outlet, group, a, c in rows:
            f.write(f"{a['id']}\t{c['start']}\t{c['end']}\t{c['kind']}\t{group}\t{outlet}\n")
    for n, (outlet, group, a, c) in enumerate(rows, 1):
        body = a["body"]
        ss = sentence_start(body, c)
        s = c["sentence"]
        before = body[max(0, ss - 500):ss]
        marked = body[ss:c["start"]] + "[[" + body[c["start"]:c["end"]] + "]]" + body[c["end"]:ss + len(s)]
        print(f"#{n} {a['id']} {c['start']} {c['end']} {c['kind']} ({outlet}, {group})")
        print("  …" + before.replace("\n", " ⏎ "))
        print("  >>> " + marked.replace("\n", " ⏎ "))
        print()


if __name__ == "__main__":
    main()
