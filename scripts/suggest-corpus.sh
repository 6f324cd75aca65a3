#!/bin/sh
# Measures `isnad speakers suggest` on the shared news corpus: imports the first N Arabic and
# N English articles into a scratch database and prints the suggested pairs, for a person to
# judge which are right (precision) at the default threshold and below it.
#
#   scripts/suggest-corpus.sh [N] [ISNAD]      (defaults: 2000, target/release/isnad)
#
# Reads ../shared/corpus at run time; copies nothing from it into the repository.
set -eu
n=${1:-2000}
isnad=${2:-target/release/isnad}
corpus=${CORPUS:-../shared/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
head -n "$n" "$corpus/ar-news.jsonl" > "$tmp/ar.jsonl"
head -n "$n" "$corpus/en-news.jsonl" > "$tmp/en.jsonl"
"$isnad" --db "$tmp/claims.db" import "$tmp/ar.jsonl" "$tmp/en.jsonl" >&2
echo "speakers (person/organization known across articles, by script):"
"$isnad" --db "$tmp/claims.db" speakers --format csv |
  awk -F, 'NR > 1 && $3 == "" && ($2 == "person" || $2 == "organization") {
             if ($1 ~ /[A-Za-z]/) l++; else a++ } END { print "  latin " l+0 ", arabic " a+0 }'
echo "suggested at the default threshold:"
"$isnad" --db "$tmp/claims.db" speakers suggest --format csv | tail -n +2
echo "between 0.7 and the default (what the threshold leaves out):"
"$isnad" --db "$tmp/claims.db" speakers suggest --format csv --min-score 0.7 | tail -n +2 |
  awk -F, '$1 < 0.8'
