#!/usr/bin/env bash
# Builds fixtures/schema/vN.db: one small database per schema version, written by the isnad
# of the last commit that had that schema, for the upgrade tests (tests/cli/schema.rs).
#
#     scripts/make-schema-fixtures.sh          # every version
#     scripts/make-schema-fixtures.sh 1        # only v1.db
#
# Schema N is the one src/store/sql/000N_*.sql completes. Its last commit is the parent of
# the commit that added migration N+1; for the newest migration, HEAD. Each of those commits
# is checked out in a temporary git worktree and built (debug, one shared target folder
# under target/), then it imports into vN.db, with the clock pinned:
#   1. fixtures/articles/rafidain-… with one number changed (the same article id),
#   2. fixtures/articles and fixtures/good.jsonl,
# so the file holds 10 articles, one of them at version 2 with version 1 kept, their claims
# and speakers. The database is then vacuumed (sqlite3). Needs git, cargo and sqlite3; a
# fixture for a released schema never changes once committed: run this for the newest
# version only, when a migration is added.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

now=2014-12-04T09:00:00Z
migrations=(src/store/sql/0*.sql)
newest=${#migrations[@]}
wanted=("$@")
if [ ${#wanted[@]} -eq 0 ]; then
    wanted=($(seq 1 "$newest"))
fi

work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" 2>/dev/null || true; rm -rf "$work"' EXIT
export CARGO_TARGET_DIR=$PWD/target/schema-fixtures

# The input: the fixtures of this checkout, and an earlier text of one article.
changed=$work/changed/rafidain-2014-12-03-coalition.md
mkdir -p "$(dirname "$changed")"
sed 's/62 دولة/60 دولة/' fixtures/articles/rafidain-2014-12-03-coalition.md > "$changed"
cmp -s "$changed" fixtures/articles/rafidain-2014-12-03-coalition.md &&
    { echo "the earlier text did not change" >&2; exit 1; }

mkdir -p fixtures/schema
for n in "${wanted[@]}"; do
    if [ "$n" -lt 1 ] || [ "$n" -gt "$newest" ]; then
        echo "no schema version $n (1..$newest)" >&2
        exit 2
    fi
    if [ "$n" -eq "$newest" ]; then
        commit=$(git rev-parse HEAD)
    else
        next=$(printf 'src/store/sql/%04d_' $((n + 1)))
        added=$(git log --diff-filter=A --format=%H -- "$next"*.sql | tail -1)
        commit=$(git rev-parse "$added^")
    fi
    echo "== schema $n: $(git log -1 --format='%h %s' "$commit")"
    git worktree remove --force "$work/tree" 2>/dev/null || true
    git worktree add --quiet --detach "$work/tree" "$commit"
    (cd "$work/tree" && cargo build --locked --quiet --bin isnad)
    db=fixtures/schema/v$n.db
    rm -f "$db" "$db-wal" "$db-shm"
    bin=$CARGO_TARGET_DIR/debug/isnad abs=$PWD/$db
    isnad() { env -u ISNAD_DB ISNAD_NOW=$now "$bin" --db "$abs" "$@"; }
    (cd "$(dirname "$changed")" && isnad import "$(basename "$changed")" >/dev/null)
    isnad import fixtures/articles fixtures/good.jsonl
    version=$(sqlite3 "$db" 'PRAGMA user_version')
    if [ "$version" != "$n" ]; then
        echo "$db: user_version is $version, expected $n" >&2
        exit 1
    fi
    sqlite3 "$db" 'VACUUM'
    echo "$db: $(sqlite3 "$db" 'SELECT count(*) FROM articles') articles," \
        "$(sqlite3 "$db" 'SELECT count(*) FROM article_versions') earlier versions," \
        "$(sqlite3 "$db" 'SELECT count(*) FROM claims') claims," \
        "$(sqlite3 "$db" 'SELECT count(*) FROM speakers') speakers," \
        "$(stat -c %s "$db") bytes"
done
