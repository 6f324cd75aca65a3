//! Reading: listings of articles, claims and speakers, in a stable order.

use std::collections::HashMap;

use rusqlite::types::ValueRef;
use rusqlite::{OptionalExtension, Row, params_from_iter};

use super::{Store, registry};
use crate::error::Result;
use crate::model::{
    Article, ArticleRecord, Claim, Kind, Lang, Qualifier, Speaker, SpeakerKind, Value,
};
use crate::normalize;

/// Which claims to list. Empty fields don't filter.
#[derive(Clone, Debug, Default)]
pub struct ClaimFilter {
    pub article: Option<String>,
    /// Any name or alias of a speaker, matched spelling-insensitively.
    pub speaker: Option<String>,
    pub kind: Option<Kind>,
    pub unit: Option<String>,
    pub limit: Option<u64>,
}

const ARTICLE_COLUMNS: &str = "a.id, a.version, a.lang, a.date, a.source, a.title, a.url,
    a.content_hash, length(a.body), (SELECT count(*) FROM claims c WHERE c.article_id = a.id),
    a.origin, a.imported_at";

// SQLite's length() and substr() stop at a NUL character, which a JSONL body may hold
// (`\u0000`): such a body is read whole and measured here (the last column of an article
// record), and its claims' sentences are cut out here rather than by substr() (see
// `query_claims`). instr() sees past a NUL.
const NUL_BODY: &str = "CASE WHEN instr(a.body, char(0)) > 0 THEN a.body END";

impl Store {
    /// Every stored article (current versions), by id.
    pub fn articles(&self, mut each: impl FnMut(ArticleRecord) -> Result<()>) -> Result<()> {
        let sql =
            format!("SELECT {ARTICLE_COLUMNS}, NULL, {NUL_BODY} FROM articles a ORDER BY a.id");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            each(article_record(row).map_err(|e| self.err(e))?)?;
        }
        Ok(())
    }

    /// One article with its body, or `None` if no article has that id.
    pub fn article(&self, id: &str) -> Result<Option<ArticleRecord>> {
        let sql =
            format!("SELECT {ARTICLE_COLUMNS}, a.body, {NUL_BODY} FROM articles a WHERE a.id = ?1");
        self.conn
            .query_row(&sql, [id], article_record)
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn article_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    pub fn claim_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM claims", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// The claims that pass `filter`, by article id and position.
    pub fn claims(
        &self,
        filter: &ClaimFilter,
        each: impl FnMut(Claim) -> Result<()>,
    ) -> Result<()> {
        let mut conditions = String::new();
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut push = |sql: &str, value: rusqlite::types::Value| {
            args.push(value);
            conditions.push_str(&sql.replace("?N", &format!("?{}", args.len())));
        };
        if let Some(article) = &filter.article {
            push(" AND c.article_id = ?N", article.clone().into());
        }
        if let Some(speaker) = &filter.speaker {
            let in_article =
                match registry::lookup_in_article(&self.conn, speaker).map_err(|e| self.err(e))? {
                    Some(registry::Lookup::Found(row)) => Some(row.id),
                    _ => None,
                };
            match in_article {
                Some(id) => push(" AND c.speaker_id = ?N", id.into()),
                None => push(
                    " AND c.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE norm = ?N
                                          UNION SELECT speaker_id FROM speaker_keys WHERE norm = ?N)",
                    normalize::key(speaker).into(),
                ),
            }
        }
        if let Some(kind) = filter.kind {
            push(" AND c.kind = ?N", kind.as_str().to_string().into());
        }
        if let Some(unit) = &filter.unit {
            push(" AND c.unit = ?N", unit.clone().into());
        }
        self.query_claims(&conditions, &args, filter.limit, each)
    }

    /// Every claim of speaker `id`, by article id and position.
    pub(super) fn claims_of_speaker(&self, id: i64) -> Result<Vec<Claim>> {
        let mut out = Vec::new();
        self.query_claims(" AND c.speaker_id = ?1", &[id.into()], None, |c| {
            out.push(c);
            Ok(())
        })?;
        Ok(out)
    }

    fn query_claims(
        &self,
        conditions: &str,
        args: &[rusqlite::types::Value],
        limit: Option<u64>,
        mut each: impl FnMut(Claim) -> Result<()>,
    ) -> Result<()> {
        let mut sql = format!(
            "SELECT c.article_id, c.start, c.end, c.text,
                    {SENTENCE},
                    c.sentence_start, c.sentence_end, c.kind, c.value, c.low, c.high,
                    c.qualifier, c.unit, c.unit_text, c.subject, s.name, c.speaker_mention,
                    a.lang
             FROM claims c
             JOIN articles a ON a.id = c.article_id
             LEFT JOIN speakers s ON s.id = c.speaker_id
             WHERE 1",
        );
        sql.push_str(conditions);
        sql.push_str(" ORDER BY c.article_id, c.start, c.seq");
        if let Some(limit) = limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt
            .query(params_from_iter(args.iter()))
            .map_err(|e| self.err(e))?;
        let mut nul = NulBodies::default();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let mut c = claim(row).map_err(|e| self.err(e))?;
            self.sentence_past_nul(row, &mut c, &mut nul)?;
            each(c)?;
        }
        Ok(())
    }

    /// When column 4 of `row` (the sentence cut out by SQLite) is NULL because the body
    /// holds a NUL character ([`SENTENCE`]), cuts the claim's sentence out here.
    fn sentence_past_nul(&self, row: &Row<'_>, c: &mut Claim, nul: &mut NulBodies) -> Result<()> {
        if row.get_ref(4).map_err(|e| self.err(e))? != ValueRef::Null {
            return Ok(());
        }
        if nul.0.as_ref().is_none_or(|(id, _, _)| *id != c.article) {
            let text: String = self
                .conn
                .query_row(
                    "SELECT body FROM articles WHERE id = ?1",
                    [&c.article],
                    |r| r.get(0),
                )
                .map_err(|e| self.err(e))?;
            nul.0 = Some((c.article.clone(), text, CharSlicer::default()));
        }
        if let Some((_, text, slicer)) = &mut nul.0 {
            c.sentence = slicer.slice(text, c.sentence_start, c.sentence_end).into();
        }
        Ok(())
    }

    /// Every speaker with its aliases (other than its canonical name) and claim count, by
    /// name; speakers known across articles before those of one article, then by article.
    pub fn speakers(&self) -> Result<Vec<Speaker>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT s.id, s.name, s.kind, s.scope,
                        (SELECT count(*) FROM claims c WHERE c.speaker_id = s.id)
                 FROM speakers s ORDER BY s.name, s.scope IS NOT NULL, s.scope, s.id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    parse_col(r, 2, |s| s.parse::<SpeakerKind>())?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, i64>(4)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        let mut aliases = self
            .conn
            .prepare("SELECT alias, norm FROM speaker_aliases WHERE speaker_id = ?1 ORDER BY alias")
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, name, kind, article, claims) in rows {
            let canonical = normalize::key(&name);
            let list = aliases
                .query_map([id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })
                .map_err(|e| self.err(e))?
                .filter_map(|r| match r {
                    Ok((alias, norm)) => (norm != canonical).then_some(Ok(alias)),
                    Err(e) => Some(Err(e)),
                })
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| self.err(e))?;
            out.push(Speaker {
                name,
                kind,
                article,
                aliases: list,
                claims: claims as u64,
            });
        }
        Ok(out)
    }
}

/// A claim's sentence cut out by SQLite, or NULL when the body holds a NUL character
/// (SQLite's substr() stops there; the sentence is then cut out in Rust).
const SENTENCE: &str = "CASE WHEN instr(a.body, char(0)) > 0 THEN NULL
         ELSE substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) END";

/// The body of the last article whose sentences are cut out in Rust, and a cursor in it.
#[derive(Default)]
struct NulBodies(Option<(String, String, CharSlicer)>);

/// Cuts char ranges out of a text in one pass when asked in increasing order; a range
/// before the last one restarts from the beginning.
#[derive(Default)]
struct CharSlicer {
    byte: usize,
    chars: usize,
}

impl CharSlicer {
    fn byte_of(&mut self, text: &str, char: usize) -> usize {
        if char < self.chars {
            *self = CharSlicer::default();
        }
        let rest = &text[self.byte..];
        let skip = char - self.chars;
        let offset = rest.char_indices().nth(skip).map_or(rest.len(), |(i, _)| i);
        self.byte += offset;
        self.chars = if offset == rest.len() {
            self.chars + rest.chars().count()
        } else {
            char
        };
        self.byte
    }

    fn slice<'t>(&mut self, text: &'t str, start: usize, end: usize) -> &'t str {
        let a = self.byte_of(text, start);
        let b = self.byte_of(text, end.max(start));
        &text[a..b]
    }
}

fn article_record(r: &Row<'_>) -> rusqlite::Result<ArticleRecord> {
    Ok(ArticleRecord {
        id: r.get(0)?,
        version: r.get(1)?,
        lang: parse_col(r, 2, |s| s.parse::<Lang>())?,
        date: r.get(3)?,
        source: r.get(4)?,
        title: r.get(5)?,
        url: r.get(6)?,
        content_hash: r.get(7)?,
        chars: match r.get_ref(13)? {
            ValueRef::Text(body) => String::from_utf8_lossy(body).chars().count() as u64,
            _ => r.get::<_, i64>(8)? as u64,
        },
        claims: r.get::<_, i64>(9)? as u64,
        origin: r.get(10)?,
        imported_at: r.get(11)?,
        body: r.get(12)?,
    })
}

fn claim(r: &Row<'_>) -> rusqlite::Result<Claim> {
    Ok(Claim {
        article: r.get(0)?,
        start: r.get::<_, i64>(1)? as usize,
        end: r.get::<_, i64>(2)? as usize,
        text: r.get(3)?,
        sentence: r.get::<_, Option<String>>(4)?.unwrap_or_default().into(),
        sentence_start: r.get::<_, i64>(5)? as usize,
        sentence_end: r.get::<_, i64>(6)? as usize,
        kind: parse_col(r, 7, |s| s.parse::<Kind>())?,
        value: value(r, 8)?.ok_or(rusqlite::Error::InvalidColumnType(
            8,
            "value".into(),
            rusqlite::types::Type::Null,
        ))?,
        low: value(r, 9)?,
        high: value(r, 10)?,
        qualifier: parse_col(r, 11, |s| s.parse::<Qualifier>())?,
        unit: r.get(12)?,
        unit_text: r.get(13)?,
        subject: r.get(14)?,
        speaker: r.get(15)?,
        speaker_mention: r.get(16)?,
        speaker_kind: None,
        lang: parse_col(r, 17, |s| s.parse::<Lang>())?,
    })
}

pub(super) fn parse_col<T>(
    r: &Row<'_>,
    i: usize,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> rusqlite::Result<T> {
    let s: String = r.get(i)?;
    parse(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

fn value(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<Value>> {
    Ok(match r.get_ref(i)? {
        ValueRef::Null => None,
        ValueRef::Integer(n) => Some(Value::Number(n as f64)),
        ValueRef::Real(f) => Some(Value::Number(f)),
        ValueRef::Text(t) => Some(Value::Text(String::from_utf8_lossy(t).into_owned())),
        ValueRef::Blob(_) => {
            return Err(rusqlite::Error::InvalidColumnType(
                i,
                "value".into(),
                rusqlite::types::Type::Blob,
            ));
        }
    })
}

/// A stored claim with what checking needs about its article and speaker.
#[derive(Clone, Debug)]
pub struct StoredClaim {
    pub id: i64,
    pub claim: Claim,
    pub speaker_id: Option<i64>,
    pub date: Option<String>,
    pub source: Option<String>,
}

/// The parts of a stored claim that document frequencies and candidate search need.
#[derive(Clone, Debug)]
pub struct ClaimKey<'a> {
    pub id: i64,
    /// The article id, kind and subject as stored (UTF-8 bytes, not checked here).
    pub article: &'a [u8],
    pub kind: &'a [u8],
    pub subject: Option<&'a [u8]>,
    pub speaker_id: Option<i64>,
}

/// Which stored claims [`Store::check_claims`] reads.
#[derive(Clone, Copy, Debug)]
pub enum CheckSelection<'a> {
    All,
    /// The claims of these articles.
    Articles(&'a [String]),
    /// These claims (by id).
    Ids(&'a [i64]),
}

/// Where an article came from: its file and the line its body starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleOrigin {
    pub body: String,
    pub origin: Option<String>,
    pub line: u64,
}

impl Store {
    /// Every stored claim (or those of `articles`) with its sentence, article date, outlet
    /// and speaker id, by article id and position.
    pub fn check_claims(
        &self,
        filter: CheckSelection<'_>,
        mut each: impl FnMut(StoredClaim) -> Result<()>,
    ) -> Result<()> {
        let mut sql = format!(
            "SELECT c.article_id, c.start, c.end, c.text,
                    {SENTENCE},
                    c.sentence_start, c.sentence_end, c.kind, c.value, c.low, c.high,
                    c.qualifier, c.unit, c.unit_text, c.subject, s.name, c.speaker_mention,
                    a.lang, c.id, c.speaker_id, a.date, a.source
             FROM claims c
             JOIN articles a ON a.id = c.article_id
             LEFT JOIN speakers s ON s.id = c.speaker_id",
        );
        let marks = |n: usize| -> String {
            let m: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
            m.join(",")
        };
        let args: Vec<rusqlite::types::Value> = match filter {
            CheckSelection::Articles(list) => {
                sql.push_str(&format!(" WHERE c.article_id IN ({})", marks(list.len())));
                list.iter().map(|a| a.clone().into()).collect()
            }
            CheckSelection::Ids(list) => {
                sql.push_str(&format!(" WHERE c.id IN ({})", marks(list.len())));
                list.iter().map(|&i| i.into()).collect()
            }
            CheckSelection::All => Vec::new(),
        };
        sql.push_str(" ORDER BY c.article_id, c.start, c.seq");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt
            .query(params_from_iter(args.iter()))
            .map_err(|e| self.err(e))?;
        let mut nul = NulBodies::default();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let mut c = claim(row).map_err(|e| self.err(e))?;
            self.sentence_past_nul(row, &mut c, &mut nul)?;
            let get = || -> rusqlite::Result<StoredClaim> {
                Ok(StoredClaim {
                    claim: c,
                    id: row.get(18)?,
                    speaker_id: row.get(19)?,
                    date: row.get(20)?,
                    source: row.get(21)?,
                })
            };
            let stored = get().map_err(|e| self.err(e))?;
            each(stored)?;
        }
        Ok(())
    }

    /// Id, article, kind, subject and speaker of every stored claim (no article bodies
    /// read), as borrowed text: the whole-store pass of `isnad check PATH` reads 100,000s
    /// of rows, and copying every field would cost as much as the rest of the pass.
    pub fn claim_keys(&self, mut each: impl FnMut(ClaimKey<'_>)) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, article_id, kind, subject, speaker_id FROM claims")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        fn text<'r>(r: &'r Row<'_>, i: usize) -> rusqlite::Result<Option<&'r [u8]>> {
            match r.get_ref(i)? {
                ValueRef::Text(t) => Ok(Some(t)),
                ValueRef::Null => Ok(None),
                other => Err(rusqlite::Error::InvalidColumnType(
                    i,
                    format!("claims column {i}"),
                    other.data_type(),
                )),
            }
        }
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let key = (|| -> rusqlite::Result<ClaimKey<'_>> {
                Ok(ClaimKey {
                    id: r.get(0)?,
                    article: text(r, 1)?.unwrap_or_default(),
                    kind: text(r, 2)?.unwrap_or_default(),
                    subject: text(r, 3)?,
                    speaker_id: r.get(4)?,
                })
            })()
            .map_err(|e| self.err(e))?;
            each(key);
        }
        Ok(())
    }

    /// The publication date of every stored article (`None` when it has none).
    pub fn article_dates(&self) -> Result<HashMap<String, Option<String>>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, date FROM articles")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// The stored speaker that `name` (of `kind`, found in `article`) would be filed under
    /// on import, without creating one: the name's key in the article, else everywhere
    /// (a bare title or surname only by a speakers file or a correction).
    pub fn resolve_speaker(
        &self,
        article: &str,
        name: &str,
        kind: SpeakerKind,
    ) -> Result<Option<i64>> {
        let norm = normalize::key(name);
        if let Some((id, _)) =
            registry::key_owner(&self.conn, &norm, article).map_err(|e| self.err(e))?
        {
            return Ok(Some(id));
        }
        let across = crate::registry::known_across_articles(name, kind);
        Ok(registry::key_owner(&self.conn, &norm, "")
            .map_err(|e| self.err(e))?
            .filter(|&(_, origin)| across || origin != crate::model::NameOrigin::Name)
            .map(|(id, _)| id))
    }

    /// The body, file and first body line of article `id` (version `version`, or the
    /// current one).
    pub fn article_origin(&self, id: &str, version: Option<u32>) -> Result<Option<ArticleOrigin>> {
        let row = |r: &Row<'_>| {
            Ok(ArticleOrigin {
                body: r.get(0)?,
                origin: r.get(1)?,
                line: r.get::<_, Option<i64>>(2)?.unwrap_or(1).max(1) as u64,
            })
        };
        let current = self
            .conn
            .query_row(
                "SELECT body, origin, origin_line, version FROM articles WHERE id = ?1",
                [id],
                |r| Ok((row(r)?, r.get::<_, u32>(3)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        match (current, version) {
            (Some((o, _)), None) => Ok(Some(o)),
            (Some((o, v)), Some(want)) if v == want => Ok(Some(o)),
            (_, Some(want)) => self
                .conn
                .query_row(
                    "SELECT body, origin, origin_line FROM article_versions
                     WHERE article_id = ?1 AND version = ?2",
                    rusqlite::params![id, want],
                    row,
                )
                .optional()
                .map_err(|e| self.err(e)),
            (None, None) => Ok(None),
        }
    }

    /// Article `id` as it was at `version` (or now): what extraction needs.
    pub fn article_at(&self, id: &str, version: Option<u32>) -> Result<Option<(Article, u32)>> {
        let read = |r: &Row<'_>| -> rusqlite::Result<(Article, u32)> {
            let date: Option<String> = r.get(2)?;
            Ok((
                Article {
                    id: id.to_string(),
                    lang: parse_col(r, 0, |s| s.parse::<Lang>())?,
                    body: r.get(1)?,
                    date: date.and_then(|d| d.parse().ok()),
                    source: r.get(3)?,
                    title: r.get(4)?,
                    url: r.get(5)?,
                    origin: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                    line: r.get::<_, Option<i64>>(7)?.unwrap_or(1).max(1) as u64,
                },
                r.get(8)?,
            ))
        };
        let current = self
            .conn
            .query_row(
                "SELECT lang, body, date, source, title, url, origin, origin_line, version
                 FROM articles WHERE id = ?1",
                [id],
                read,
            )
            .optional()
            .map_err(|e| self.err(e))?;
        match (current, version) {
            (Some(a), None) => Ok(Some(a)),
            (Some(a), Some(v)) if a.1 == v => Ok(Some(a)),
            (_, Some(v)) => self
                .conn
                .query_row(
                    "SELECT lang, body, date, source, title, url, origin, origin_line, version
                     FROM article_versions WHERE article_id = ?1 AND version = ?2",
                    rusqlite::params![id, v],
                    read,
                )
                .optional()
                .map_err(|e| self.err(e)),
            (None, None) => Ok(None),
        }
    }
}
