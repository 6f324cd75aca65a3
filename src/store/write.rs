//! Writing: articles and their claims, in batches that commit or roll back whole.

use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::Store;
use super::registry::{add_alias, create, key_owner, prune, set_key};
use crate::error::{Error, Result};
use crate::model::{Article, Claim, NameOrigin, SpeakerKind, Value};
use crate::normalize;
use crate::registry::known_across_articles;

/// What storing one article did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    New,
    /// The id existed with other content: the old version was kept in `article_versions`.
    Updated,
    /// The id existed with the same content hash: nothing was written.
    Unchanged,
}

/// Looks up stored content hashes on its own read-only connection (WAL lets it read while
/// another connection writes).
pub struct HashReader {
    conn: rusqlite::Connection,
}

impl HashReader {
    pub(super) fn open(path: &std::path::Path) -> Option<HashReader> {
        if path.as_os_str() == ":memory:" {
            return None;
        }
        let flags =
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = rusqlite::Connection::open_with_flags(path, flags).ok()?;
        conn.busy_timeout(super::BUSY_TIMEOUT).ok()?;
        Some(HashReader { conn })
    }

    /// The content hash stored for article `id`, if any. Errors read as "not stored": the
    /// writer checks again before it writes.
    pub fn hash_of(&self, id: &str) -> Option<String> {
        self.conn
            .prepare_cached("SELECT content_hash FROM articles WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |r| r.get(0)).optional())
            .ok()
            .flatten()
    }
}

/// One write transaction. Dropping it without [`Batch::commit`] rolls everything back.
pub struct Batch<'s> {
    tx: rusqlite::Transaction<'s>,
    path: String,
    now: String,
    /// An article changed: speakers only its old version quoted may be left over.
    superseded: bool,
}

impl<'s> Batch<'s> {
    pub(super) fn begin(store: &'s mut Store) -> Result<Batch<'s>> {
        let path = store.path.display().to_string();
        let tx = store
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| Error::db(&path, e))?;
        Ok(Batch {
            tx,
            path,
            now: super::now(),
            superseded: false,
        })
    }

    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::db(&self.path, e)
    }

    /// Whether article `id` is stored with content hash `hash`.
    pub fn holds(&mut self, id: &str, hash: &str) -> Result<bool> {
        let current: Option<String> = self
            .tx
            .prepare_cached("SELECT content_hash FROM articles WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))?;
        Ok(current.as_deref() == Some(hash))
    }

    /// Stores `article` with `claims` unless an identical version is stored already.
    pub fn put(&mut self, article: &Article, hash: &str, claims: &[Claim]) -> Result<Outcome> {
        let current: Option<String> = self
            .tx
            .prepare_cached("SELECT content_hash FROM articles WHERE id = ?1")
            .and_then(|mut s| s.query_row([&article.id], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))?;
        let outcome = match current {
            Some(h) if h == hash => return Ok(Outcome::Unchanged),
            Some(_) => {
                self.supersede(&article.id)?;
                Outcome::Updated
            }
            None => Outcome::New,
        };
        let date = article.date.map(|d| d.to_string());
        self.tx
            .prepare_cached(
                "INSERT INTO articles (id, version, content_hash, lang, date, source, title, url,
                                       body, origin, origin_line, imported_at)
                 VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT (id) DO UPDATE SET
                   version = version + 1, content_hash = excluded.content_hash,
                   lang = excluded.lang, date = excluded.date, source = excluded.source,
                   title = excluded.title, url = excluded.url, body = excluded.body,
                   origin = excluded.origin, origin_line = excluded.origin_line,
                   imported_at = excluded.imported_at",
            )
            .and_then(|mut s| {
                s.execute(params![
                    article.id,
                    hash,
                    article.lang.code(),
                    date,
                    article.source,
                    article.title,
                    article.url,
                    article.body,
                    article.origin,
                    article.line as i64,
                    self.now,
                ])
            })
            .map_err(|e| self.err(e))?;
        for (seq, claim) in claims.iter().enumerate() {
            self.insert_claim(&article.id, seq, claim)?;
        }
        Ok(outcome)
    }

    /// Keeps the current version in `article_versions` and drops its claims.
    fn supersede(&mut self, id: &str) -> Result<()> {
        self.superseded = true;
        self.tx
            .prepare_cached(
                "INSERT INTO article_versions (article_id, version, content_hash, lang, date,
                     source, title, url, body, origin, origin_line, imported_at, superseded_at)
                 SELECT id, version, content_hash, lang, date, source, title, url, body, origin,
                        origin_line, imported_at, ?2
                 FROM articles WHERE id = ?1",
            )
            .and_then(|mut s| s.execute(params![id, self.now]))
            .and_then(|_| {
                self.tx
                    .prepare_cached("DELETE FROM claims WHERE article_id = ?1")?
                    .execute([id])
            })
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    fn insert_claim(&mut self, article: &str, seq: usize, c: &Claim) -> Result<()> {
        let speaker = match &c.speaker {
            Some(name) => Some(self.speaker_id(
                article,
                name,
                c.speaker_mention.as_deref(),
                c.speaker_kind.unwrap_or(SpeakerKind::Person),
            )?),
            None => None,
        };
        self.tx
            .prepare_cached(
                "INSERT INTO claims (article_id, seq, start, end, text, sentence_start,
                     sentence_end, kind, value, low, high, qualifier, unit, unit_text, subject,
                     speaker_id, speaker_mention)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    article,
                    seq as i64,
                    c.start as i64,
                    c.end as i64,
                    c.text,
                    c.sentence_start as i64,
                    c.sentence_end as i64,
                    c.kind.as_str(),
                    sql_value(&c.value),
                    c.low.as_ref().map(sql_value),
                    c.high.as_ref().map(sql_value),
                    c.qualifier.as_str(),
                    c.unit,
                    c.unit_text,
                    c.subject,
                    speaker,
                    c.speaker_mention,
                ])
            })
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// The id of the speaker that `name` (of `kind`, as extraction resolved it in
    /// `article`) means, created when there is none; `name` and `mention` become aliases.
    ///
    /// The key of `name` is looked up in the article first (a speaker known there only, or
    /// a correction made for it), then everywhere. A name that is only a title, a bare
    /// surname, a group or a document ([`known_across_articles`]) takes a key everywhere
    /// only from a speakers file or a correction; otherwise it is a speaker of its own
    /// article, so that two articles' `الوزير الأميركي` are never merged on their own.
    fn speaker_id(
        &mut self,
        article: &str,
        name: &str,
        mention: Option<&str>,
        kind: SpeakerKind,
    ) -> Result<i64> {
        let path = self.path.clone();
        let db = |e| Error::db(&path, e);
        let norm = normalize::key(name);
        let across = known_across_articles(name, kind);
        let found = match key_owner(&self.tx, &norm, article).map_err(db)? {
            Some((id, _)) => Some(id),
            None => key_owner(&self.tx, &norm, "")
                .map_err(db)?
                .filter(|&(_, origin)| across || origin != NameOrigin::Name)
                .map(|(id, _)| id),
        };
        let id = match found {
            Some(id) => id,
            None => {
                let scope = (!across).then_some(article);
                let id = create(&self.tx, name, kind, scope).map_err(db)?;
                set_key(&self.tx, &norm, scope.unwrap_or(""), id, NameOrigin::Name).map_err(db)?;
                id
            }
        };
        for alias in std::iter::once(name).chain(mention) {
            add_alias(&self.tx, id, alias).map_err(db)?;
        }
        Ok(id)
    }

    pub fn commit(self) -> Result<()> {
        let path = self.path;
        if self.superseded {
            prune(&self.tx).map_err(|e| Error::db(&path, e))?;
        }
        self.tx.commit().map_err(|e| Error::db(path, e))
    }
}

fn sql_value(v: &Value) -> rusqlite::types::Value {
    match v {
        Value::Number(n) => rusqlite::types::Value::Real(*n),
        Value::Text(t) => rusqlite::types::Value::Text(t.clone()),
    }
}
