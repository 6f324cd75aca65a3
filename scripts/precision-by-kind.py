#!/usr/bin/env python3
"""Precision of one language's extractor estimated from class samples, kind by kind.

A class sample (`scripts/sample-claims.py --kind K`, saved as `eval/precision-LANG-K*.tsv`)
judges random claims of one kind. Weighting each kind's precision by its share of all claims
(both read from the samples' headers) gives a stratified estimate of the precision over all
claims. It has a smaller error than a plain sample of the same size when kinds differ in
precision, and it says which kinds the errors come from.

Only samples drawn at one commit are combined (the newest commit that has class samples,
or --commit). Prints a table per kind and the estimate with its 95% interval.

    python3 scripts/precision-by-kind.py [--lang ar] [--commit C]
"""

import argparse
import glob
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(path):
    """(commit, kind, pool, total, ok, judged) of one class sample, or None if not one."""
    head, rows = {}, []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                m = re.match(r"# commit: (\S+)", line)
                if m:
                    head["commit"] = m.group(1)
                m = re.match(r"# total claims extracted: (\d+)", line)
                if m:
                    head["total"] = int(m.group(1))
                m = re.match(r"# only kind (\S+): (\d+) claims", line)
                if m:
                    head["kind"], head["pool"] = m.group(1), int(m.group(2))
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    if "kind" not in head:
        return None
    judged = [r for r in rows if r.get("verdict") in ("ok", "wrong")]
    ok = sum(1 for r in judged if r["verdict"] == "ok")
    return head["commit"], head["kind"], head["pool"], head["total"], ok, len(judged)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="ar", choices=["ar", "en"])
    ap.add_argument("--commit", help="combine the class samples drawn at this commit")
    args = ap.parse_args()

    samples = []
    for path in sorted(glob.glob(os.path.join(ROOT, "eval", "precision-%s-*.tsv" % args.lang))):
        s = read(path)
        if s:
            samples.append((os.path.basename(path),) + s)
    if not samples:
        print("no class samples for %s in eval/" % args.lang, file=sys.stderr)
        return 1
    commit = args.commit or samples[-1][1]
    samples = [s for s in samples if s[1].startswith(commit) or commit.startswith(s[1])]
    if not samples:
        print("no class samples drawn at %s" % commit, file=sys.stderr)
        return 1

    kinds = {}
    total = samples[0][4]
    for name, _, kind, pool, tot, ok, n in samples:
        if tot != total:
            print("%s counts %d claims, others %d: not one run" % (name, tot, total),
                  file=sys.stderr)
            return 1
        k = kinds.setdefault(kind, {"pool": pool, "ok": 0, "n": 0, "files": []})
        k["ok"] += ok
        k["n"] += n
        k["files"].append(name)

    print("%s class samples drawn at %s (%d claims in all)" % (args.lang, commit, total))
    print()
    print("| kind | claims | share | judged | ok | precision | share of all errors |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    est, var, covered = 0.0, 0.0, 0.0
    lost = {}
    for kind, k in kinds.items():
        w = k["pool"] / total
        p = k["ok"] / k["n"] if k["n"] else 0.0
        est += w * p
        var += w * w * p * (1 - p) / k["n"] if k["n"] else 0.0
        covered += w
        lost[kind] = w * (1 - p)
    errors = sum(lost.values())
    for kind, k in sorted(kinds.items(), key=lambda kv: -kv[1]["pool"]):
        w = k["pool"] / total
        p = k["ok"] / k["n"]
        print("| %s | %d | %.1f%% | %d | %d | %.1f%% | %.0f%% |"
              % (kind, k["pool"], 100 * w, k["n"], k["ok"], 100 * p,
                 100 * lost[kind] / errors if errors else 0))
    print()
    if covered < 0.999:
        print("kinds without a class sample: %.1f%% of claims; no estimate" % (100 * (1 - covered)))
        return 0
    half = 1.96 * math.sqrt(var)
    print("stratified precision: %.1f%% (95%% interval %.1f–%.1f)"
          % (100 * est, 100 * (est - half), 100 * (est + half)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
