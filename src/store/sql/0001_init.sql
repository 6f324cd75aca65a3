-- isnad schema, version 1. Migrations are append-only: never edit this file once released;
-- change the schema in a new numbered file.

-- One row per article id: its current version.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY NOT NULL,   -- front matter id, JSONL id, --id, or file stem
    version       INTEGER NOT NULL DEFAULT 1,  -- 1 on first import, +1 each time the content changes
    content_hash  TEXT NOT NULL,               -- sha256 of lang, date, source, title, url, body
    lang          TEXT NOT NULL CHECK (lang IN ('ar', 'en')),
    date          TEXT,                        -- publication date, YYYY-MM-DD
    source        TEXT,                        -- outlet(s)
    title         TEXT,
    url           TEXT,
    body          TEXT NOT NULL,               -- the text claims' offsets point into
    origin        TEXT,                        -- file it was imported from ('-' = stdin)
    origin_line   INTEGER,                     -- line of origin where the body starts
    imported_at   TEXT NOT NULL                -- RFC 3339, UTC
);

-- Earlier versions of articles whose content changed on re-import (for diffs).
CREATE TABLE article_versions (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    lang          TEXT NOT NULL,
    date          TEXT,
    source        TEXT,
    title         TEXT,
    url           TEXT,
    body          TEXT NOT NULL,
    origin        TEXT,
    origin_line   INTEGER,
    imported_at   TEXT NOT NULL,
    superseded_at TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- Who stands behind claims.
CREATE TABLE speakers (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,                -- canonical name, as written
    kind  TEXT NOT NULL DEFAULT 'person'
          CHECK (kind IN ('person', 'organization', 'document', 'group', 'outlet'))
);

-- Every way a speaker is named. `norm` is the matching key (Arabic spelling noise and
-- Latin case folded); `alias` keeps the text as written.
CREATE TABLE speaker_aliases (
    speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    norm        TEXT NOT NULL,
    PRIMARY KEY (speaker_id, norm)
);
CREATE INDEX speaker_aliases_norm ON speaker_aliases(norm);

-- The claims of each article's current version. Offsets count characters (Unicode scalar
-- values) in articles.body, as SQLite's substr() does.
CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,          -- order within the article, from 0
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,             -- substr(body, start + 1, end - start)
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN
                      ('count', 'number', 'ordinal', 'date', 'duration', 'percent', 'money')),
    value           NOT NULL,                  -- REAL, or TEXT for dates and durations (no affinity)
    low,                                       -- same type as value; NULL = unbounded
    high,
    qualifier       TEXT NOT NULL CHECK (qualifier IN
                      ('exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most',
                       'range', 'vague')),
    unit            TEXT,
    unit_text       TEXT,
    subject         TEXT,
    speaker_id      INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    speaker_mention TEXT,
    UNIQUE (article_id, seq)
);
CREATE INDEX claims_kind_unit ON claims(kind, unit);
CREATE INDEX claims_speaker ON claims(speaker_id);

-- Claims with their sentence, article and speaker: the table to query by hand.
CREATE VIEW claim_view AS
SELECT
    c.id                AS claim_id,
    c.article_id        AS article,
    c.start, c.end, c.text,
    substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
    c.kind, c.value, c.low, c.high, c.qualifier, c.unit, c.unit_text, c.subject,
    s.name              AS speaker,
    c.speaker_mention,
    a.lang, a.date, a.source, a.title, a.url
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN speakers s ON s.id = c.speaker_id;
