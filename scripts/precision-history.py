#!/usr/bin/env python3
"""Print the history of the hand-judged precision samples as a Markdown table.

    python3 scripts/precision-history.py            # both languages
    python3 scripts/precision-history.py --lang ar  # one

Each eval/precision-*.tsv keeps only its latest judgment in its header (`# commit:` and
`# precision:`). The earlier ones are in git: this walks every committed version of each
file and lists the judgments in order. The first is the sample's fresh score (drawn and
judged before the fixes it led to, so an estimate of precision on unseen claims); the
later ones are re-judgments after fixes, when the sample had become a dev sample.

Needs a git checkout with history (not a shallow clone). Deterministic: samples are
ordered by language and by the commit that added them, judgments by commit order. The
first sample of each language (`precision-ar.tsv`, `precision-en.tsv`) was redrawn several
times under one name in the first sessions, so its later judgments are partly new draws.
"""

import argparse
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def git(*args):
    return subprocess.run(
        ["git", "-C", ROOT, *args], check=True, capture_output=True, text=True
    ).stdout


def header(text):
    """(seed, commit, ok, n) from a sample's header lines; ok is None when not judged."""
    seed = commit = ok = n = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# seed:"):
            seed = line.split(":", 1)[1].split()[0]
        elif line.startswith("# commit:"):
            commit = line.split(":", 1)[1].strip().split()[0][:7]
        elif line.startswith("# precision:"):
            m = re.search(r"(\d+)/(\d+)", line)
            if m:
                ok, n = int(m.group(1)), int(m.group(2))
    return seed, commit, ok, n


def judgments(path):
    """Every distinct (commit the claims were extracted at, ok, n) in the file's history."""
    rel = os.path.relpath(path, ROOT)
    out = []
    for rev in git("log", "--format=%H", "--reverse", "--", rel).split():
        try:
            text = git("show", "%s:%s" % (rev, rel))
        except subprocess.CalledProcessError:
            continue
        seed, commit, ok, n = header(text)
        if ok is None:
            continue
        if not out or out[-1][1:] != (commit, ok, n):
            out.append((seed, commit, ok, n))
    return out


def first_commit_time(path):
    """When the file first entered the history (samples are listed in the order drawn)."""
    rel = os.path.relpath(path, ROOT)
    times = git("log", "--format=%at", "--", rel).split()
    seed = re.search(r"(\d+)\.tsv$", rel)
    return (int(times[-1]) if times else 0, int(seed.group(1)) if seed else 0, rel)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["ar", "en"], help="one language only")
    ap.add_argument("--last", type=int, default=12,
                    help="mean of the first judgments of the last N samples (default 12)")
    args = ap.parse_args()
    langs = [args.lang] if args.lang else ["ar", "en"]
    for lang in langs:
        # Samples over all claims only: a class sample (`precision-ar-number1.tsv`, drawn
        # with --kind) measures one kind and says nothing about the headline figure.
        pattern = re.compile(r"precision-%s(-holdout\d*)?\.tsv$" % lang)
        files = sorted((p for p in glob.glob(os.path.join(ROOT, "eval", "precision-%s*.tsv" % lang))
                        if pattern.search(os.path.basename(p))),
                       key=first_commit_time)
        print("| %s sample | seed | first judged (commit) | later judgments (commit) |" % lang)
        print("| --- | --- | --- | --- |")
        fresh = []
        for path in files:
            js = judgments(path)
            if not js:
                continue
            seed = js[0][0]
            first = "%d/%d (%s)" % (js[0][2], js[0][3], js[0][1])
            later = ", ".join("%d/%d (%s)" % (ok, n, c) for _, c, ok, n in js[1:])
            print("| `%s` | %s | %s | %s |" % (os.path.basename(path), seed, first, later))
            fresh.append(100.0 * js[0][2] / js[0][3])
        if fresh:
            tail = fresh[-args.last:]
            print()
            print("%s: %d samples; first judgments of the last %d: mean %.1f, min %.0f, max %.0f"
                  % (lang, len(fresh), len(tail), sum(tail) / len(tail), min(tail), max(tail)))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
