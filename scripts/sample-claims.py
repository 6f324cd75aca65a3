#!/usr/bin/env python3
"""Precision sample of isnad's claims, Arabic or English (--lang).

Runs `isnad extract --format jsonl` over the corpus of the language, checks every claim
for a match that starts or ends inside a word, counts the claims, and draws a
fixed-seed random sample of them into a TSV for judging by hand.

The TSV holds ids, offsets and the extracted fields only, never article text.
With --show, each sampled claim's sentence is printed to the terminal with the
span marked, so a person can judge it.

Usage (from the repository root):

    python3 scripts/sample-claims.py target/release/isnad            # check + write TSV
    python3 scripts/sample-claims.py target/release/isnad --show     # ... and print sentences
    python3 scripts/sample-claims.py target/release/isnad --lang en  # en-news.jsonl, precision-en.tsv

The sample is the claims of smallest keyed hash of (seed, article, start, end), so it
stays put when the extractor changes elsewhere. If the output TSV already exists, the
verdicts and notes in it are kept for the claims that are sampled again with the same
extracted fields (a claim whose value, kind, qualifier or unit changed is judged again),
and the precision line is recomputed from them.

Standard library only.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

SEED = 20141203
SAMPLE_SIZE = 100
COLUMNS = ["article", "start", "end", "kind", "value", "low", "high",
           "qualifier", "unit", "verdict", "note"]

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = {"ar": "Arabic", "en": "English"}


def default_corpus(lang):
    return os.path.join(REPO, "..", "shared", "corpus", "%s-news.jsonl" % lang)


def default_out(lang):
    return os.path.join(REPO, "eval", "precision-%s.tsv" % lang)

# Letters glued in front of a word that may sit directly before a span:
# و/ف (and, so), then ب/ل/ك (with, for, like), then the article ال;
# ل + ال is written لل.
PROCLITICS = re.compile(r"^(?:[وف]?(?:[بلك]?(?:ال)?|لل))$")
TATWEEL = "\u0640"


def is_letter(ch):
    """An Arabic or Latin letter (tatweel and diacritics are not letters)."""
    if not ch or ch == TATWEEL:
        return False
    if not unicodedata.category(ch).startswith("L"):
        return False
    name = unicodedata.name(ch, "")
    return name.startswith("ARABIC") or name.startswith("LATIN")


def is_mark_or_tatweel(ch):
    return ch == TATWEEL or unicodedata.category(ch) == "Mn"


def boundary_problem(body, start, end, lang="ar"):
    """None when the span [start, end) sits on word boundaries, else a reason."""
    problems = []
    if lang != "ar" and start > 0 and is_letter(body[start - 1]):
        i = start
        while i > 0 and is_letter(body[i - 1]):
            i -= 1
        problems.append("starts inside a word (glued to %r)" % body[i:start])
    elif start > 0 and is_letter(body[start - 1]):
        # Walk back over the letters (and tatweel/diacritics) glued to the span.
        i = start
        while i > 0 and (is_letter(body[i - 1]) or is_mark_or_tatweel(body[i - 1])):
            i -= 1
        prefix = "".join(c for c in body[i:start] if not is_mark_or_tatweel(c))
        if not PROCLITICS.match(prefix):
            problems.append("starts inside a word (glued to %r)" % prefix)
    elif start > 0 and body[start - 1] == TATWEEL:
        i = start - 1
        while i > 0 and (is_letter(body[i - 1]) or is_mark_or_tatweel(body[i - 1])):
            i -= 1
        prefix = "".join(c for c in body[i:start] if not is_mark_or_tatweel(c))
        if prefix and not PROCLITICS.match(prefix):
            problems.append("starts inside a word (glued to %r)" % prefix)
    if end < len(body) and is_letter(body[end]):
        j = end
        while j < len(body) and is_letter(body[j]):
            j += 1
        problems.append("ends inside a word (followed by %r)" % body[end:j])
    return "; ".join(problems) or None


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


def load_bodies(corpus):
    bodies, dates = {}, {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            bodies[rec["id"]] = rec["body"]
            dates[rec["id"]] = rec.get("date")
    return bodies, dates


def run_extract(binary, corpus):
    proc = subprocess.run([binary, "extract", "--format", "jsonl", corpus],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0 or "panicked" in stderr:
        sys.stderr.write(stderr)
        sys.exit("isnad extract failed (exit %d%s)" % (
            proc.returncode, ", panicked" if "panicked" in stderr else ""))
    claims = [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
    return claims, proc.returncode, stderr


def git_head():
    try:
        return subprocess.run(["git", "-C", REPO, "rev-parse", "HEAD"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              check=True).stdout.decode().strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def stable_sample(claims, seed, n):
    """The n claims whose keyed hash of (article, start, end) is smallest: a uniform random
    sample that does not move when other claims appear or go, so a change to the extractor
    only brings in claims for the ones it removed and a re-judging is incremental."""
    def rank(c):
        key = "%d:%s:%d:%d" % (seed, c["article"], c["start"], c["end"])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()
    return sorted(claims, key=rank)[:n]


def read_verdicts(path):
    """The extracted fields of each judged row (all columns but the verdict and note) ->
    (verdict, note), from an existing TSV. A claim whose value, kind, qualifier or unit has
    changed since it was judged is judged again."""
    kept = {}
    if not os.path.exists(path):
        return kept
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            if row.get("verdict"):
                kept[tuple(row[c] for c in COLUMNS[:-2])] = (row["verdict"], row.get("note", ""))
    return kept


def sentence_context(claim, body):
    """The claim's sentence with the span marked ⟦ ⟧ (or a window of the body)."""
    start, end = claim["start"], claim["end"]
    sentence = claim.get("sentence") or ""
    pos = body.find(sentence) if sentence else -1
    while pos != -1 and not (pos <= start and end <= pos + len(sentence)):
        pos = body.find(sentence, pos + 1)
    if pos == -1:
        pos, stop = max(0, start - 200), min(len(body), end + 200)
    else:
        stop = pos + len(sentence)
    text = body[pos:start] + "⟦" + body[start:end] + "⟧" + body[end:stop]
    return " ".join(text.split())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary", help="path to the isnad binary")
    ap.add_argument("--lang", default="ar", choices=sorted(LANGUAGES),
                    help="the corpus language (default ar)")
    ap.add_argument("--corpus", default=None, help="default ../shared/corpus/LANG-news.jsonl")
    ap.add_argument("--out", default=None, help="TSV to write (default eval/precision-LANG.tsv)")
    ap.add_argument("--commit", default=None, help="commit the binary was built from (default: HEAD)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("-n", type=int, default=SAMPLE_SIZE)
    ap.add_argument("--show", action="store_true", help="print each sampled claim's sentence")
    ap.add_argument("--kind", default=None,
                    help="sample only claims of this kind: a class's own precision, to decide "
                         "what that class is worth (not the headline figure)")
    args = ap.parse_args()
    args.corpus = args.corpus or default_corpus(args.lang)
    args.out = args.out or default_out(args.lang)

    claims, _, _ = run_extract(args.binary, args.corpus)
    bodies, dates = load_bodies(args.corpus)

    violations = []
    mismatched = 0
    for c in claims:
        body = bodies[c["article"]]
        if body[c["start"]:c["end"]] != c["text"]:
            mismatched += 1
        why = boundary_problem(body, c["start"], c["end"], args.lang)
        if why:
            violations.append((c, why))

    print("claims extracted: %d (from %d articles)" % (len(claims), len(bodies)))
    print("offsets not matching text: %d" % mismatched)
    print("word-boundary violations: %d" % len(violations))
    # Which side of the span is glued, and whether the span's own edge there is a
    # digit/sign (a number written against a word, e.g. 1436هـ or الماضي2500) or
    # a letter (a number word matched inside a longer word).
    kinds = {}
    for c, why in violations:
        body, s, e = bodies[c["article"]], c["start"], c["end"]
        if "starts" in why:
            k = "starts inside a word, span edge is a %s" % (
                "letter" if is_letter(body[s]) else "digit/sign")
            kinds[k] = kinds.get(k, 0) + 1
        if "ends" in why:
            k = "ends inside a word, span edge is a %s, next letter %s" % (
                "letter" if is_letter(body[e - 1]) else "digit/sign", body[e])
            kinds[k] = kinds.get(k, 0) + 1
    for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print("  %6d  %s" % (n, k))
    for c, why in violations:
        print("  %s %d-%d %s: %s" % (c["article"], c["start"], c["end"], c["text"], why))

    pool = [c for c in claims if c["kind"] == args.kind] if args.kind else claims
    sample = stable_sample(pool, args.seed, args.n)
    kept = read_verdicts(args.out)
    rows = []
    for c in sample:
        row = [c["article"], str(c["start"]), str(c["end"]), c["kind"],
               fmt(c["value"]), fmt(c["low"]), fmt(c["high"]), c["qualifier"],
               fmt(c["unit"])]
        verdict, note = kept.get(tuple(row), ("", ""))
        rows.append(row + [verdict, note])

    judged = [r for r in rows if r[9]]
    ok = sum(1 for r in rows if r[9] == "ok")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# isnad %s precision sample, judged by hand\n" % LANGUAGES[args.lang])
        f.write("# commit: %s\n" % (args.commit or git_head()))
        f.write("# corpus: ../shared/corpus/%s (%d articles)\n"
                % (os.path.basename(args.corpus), len(bodies)))
        f.write("# seed: %d (the n claims of smallest sha256(\"seed:article:start:end\"), n=%d)\n"
                % (args.seed, args.n))
        f.write("# total claims extracted: %d\n" % len(claims))
        if args.kind:
            f.write("# only kind %s: %d claims\n" % (args.kind, len(pool)))
        f.write("# word-boundary violations: %d\n" % len(violations))
        if len(judged) == len(rows):
            f.write("# precision: %d/%d = %.2f\n" % (ok, len(rows), ok / len(rows)))
        else:
            f.write("# precision: not yet judged (%d of %d rows have a verdict)\n"
                    % (len(judged), len(rows)))
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    print("wrote %s (%d rows, %d judged, %d ok)" % (args.out, len(rows), len(judged), ok))

    if args.show:
        for n, c in enumerate(sample, 1):
            print()
            print("#%d %s (published %s) %d-%d  kind=%s value=%s low=%s high=%s qualifier=%s unit=%s unit_text=%s speaker=%s"
                  % (n, c["article"], dates[c["article"]], c["start"], c["end"], c["kind"], fmt(c["value"]),
                     fmt(c["low"]), fmt(c["high"]), c["qualifier"], fmt(c["unit"]),
                     fmt(c.get("unit_text")), fmt(c.get("speaker"))))
            print("   " + sentence_context(c, bodies[c["article"]]))


if __name__ == "__main__":
    main()
