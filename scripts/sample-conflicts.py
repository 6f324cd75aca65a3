#!/usr/bin/env python3
"""The conflict sample of eval/check-conflicts-ar.tsv.

Reads `isnad check --format json` over the whole Arabic corpus, keeps the conflicts
(conflict and speaker-conflict verdicts, house facts excluded) whose two articles share an
Arabic keyword group of ../shared/corpus/same-event-groups.jsonl, shuffles them with a
fixed seed and prints the first N with both sentences, for judging by hand. The TSV keeps
ids, offsets and verdicts only, never article text.

Usage (from the repository root, after importing ../shared/corpus/ar-news.jsonl):

    target/release/isnad --db /tmp/full.db check --format json > /tmp/check.json
    python3 scripts/sample-conflicts.py /tmp/check.json 40

Standard library only.
"""

import json
import os
import random
import sys

SEED = 20150806
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GROUPS = os.path.join(REPO, "..", "shared", "corpus", "same-event-groups.jsonl")


def main():
    path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40
    groups = {}
    with open(GROUPS, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            if g["basis"] == "keyword" and g["lang"] == "ar":
                for i in g["ids"]:
                    groups.setdefault(i, set()).add(g["group"])
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    sample = []
    for f in report["findings"]:
        if f["verdict"] not in ("conflict", "speaker-conflict") or f["code"] == "ISN005":
            continue
        a, b = f["claims"][0], f["claims"][-1]
        shared = groups.get(a["article"], set()) & groups.get(b["article"], set())
        if shared:
            sample.append((sorted(shared)[0], f))
    print(f"{len(sample)} conflicts in the groups", file=sys.stderr)
    random.Random(SEED).shuffle(sample)
    for i, (group, f) in enumerate(sample[:n]):
        a, b = f["claims"]
        print(f"{i}\t{f['id']}\t{f['code']}\t{group}")
        for c in (a, b):
            print(f"   {c['article']} {c['start']}-{c['end']} {c['date']} «{c['text']}»: {c['sentence'][:300]}")


if __name__ == "__main__":
    main()
