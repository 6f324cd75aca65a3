-- isnad schema, version 2: the speaker registry. Append-only like 0001.
--
-- A speaker named in an article only by a title, a bare surname or a description
-- (`الوزير الأميركي`, `كيري`, `مراقبون`) is kept apart per article: two articles'
-- `الوزير الأميركي` may be two people. So `speakers.name` is no longer unique, a speaker
-- may be scoped to one article, and who a name means moves to `speaker_keys`.
--
-- SQLite cannot drop a UNIQUE constraint, so `speakers` is rebuilt. Store::migrate runs
-- migrations with foreign keys off (with them on, dropping the old table would cascade
-- into the aliases and claims that point at it) and checks them before committing.

CREATE TABLE speakers_v2 (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,                      -- canonical name, as written
    kind   TEXT NOT NULL DEFAULT 'person'
           CHECK (kind IN ('person', 'organization', 'document', 'group', 'outlet')),
    scope  TEXT                                -- article id of a speaker known in that article
                                               -- only; NULL: known by name across articles
);
INSERT INTO speakers_v2 (id, name, kind) SELECT id, name, kind FROM speakers;
DROP VIEW claim_view;
DROP TABLE speakers;
ALTER TABLE speakers_v2 RENAME TO speakers;
CREATE INDEX speakers_name ON speakers(name);

-- Which speaker a name means: everywhere (scope '') or in one article (scope = article id).
-- The importer looks a claim's speaker up here (in its article first, then everywhere);
-- `origin` says who decided it: 'name' (found in an article), 'file' (a speakers file),
-- 'manual' (`isnad speakers alias` / `merge`). A title or bare surname gets no key
-- everywhere unless a file or a person declares one. Every key has an alias row too.
CREATE TABLE speaker_keys (
    norm        TEXT NOT NULL,                 -- matching key (normalize::key) of the name
    scope       TEXT NOT NULL DEFAULT '',
    speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    origin      TEXT NOT NULL CHECK (origin IN ('name', 'file', 'manual')),
    PRIMARY KEY (norm, scope)
) WITHOUT ROWID;
CREATE INDEX speaker_keys_speaker ON speaker_keys(speaker_id);

-- Version 1 knew every speaker by its canonical name everywhere.
INSERT OR IGNORE INTO speaker_keys (norm, scope, speaker_id, origin)
SELECT a.norm, '', s.id, 'name'
FROM speakers s JOIN speaker_aliases a ON a.speaker_id = s.id AND a.alias = s.name
ORDER BY s.id;

-- Unchanged from version 1; dropped above only while `speakers` was rebuilt.
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
