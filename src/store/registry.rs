//! The speaker registry in the database: which speaker a name means (`speaker_keys`), and
//! the corrections that join speakers — `isnad speakers alias`, `isnad speakers merge` and
//! speakers files. Each correction is one transaction, and each is kept as keys that the
//! importer consults, so importing an article again does not split what was joined.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::Store;
use super::read::parse_col;
use crate::error::{Error, Result};
use crate::model::{ArticleClaims, NameOrigin, Speaker, SpeakerDetail, SpeakerKind, SpeakerName};
use crate::normalize::key;
use crate::registry::file::Declared;

/// A row of `speakers`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Row {
    pub id: i64,
    pub name: String,
    pub kind: SpeakerKind,
    pub scope: Option<String>,
}

impl Row {
    fn handle(&self) -> String {
        Speaker::handle(&self.name, self.scope.as_deref())
    }
}

/// What `isnad speakers alias` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AliasOutcome {
    /// The alias now names the speaker (its handle).
    Added(String),
    /// It named the speaker already.
    Already(String),
}

/// What `isnad speakers merge` did: `from` (its handle before) was folded into `into`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub into: String,
    pub from: String,
    /// Claims that changed speaker.
    pub claims: u64,
}

/// What applying speakers files did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Declared speakers.
    pub speakers: usize,
    /// Stored speakers folded into declared ones.
    pub merged: usize,
    /// Names the files took over from corrections made by hand.
    pub warnings: Vec<String>,
}

// ---------------------------------------------------------------------------------------
// Steps shared by the importer and the corrections, on any connection or transaction.
// ---------------------------------------------------------------------------------------

/// Who `norm` means in `scope` (an article id, or `""` for everywhere), and who said so.
pub(super) fn key_owner(
    conn: &Connection,
    norm: &str,
    scope: &str,
) -> rusqlite::Result<Option<(i64, NameOrigin)>> {
    conn.prepare_cached(
        "SELECT speaker_id, origin FROM speaker_keys WHERE norm = ?1 AND scope = ?2",
    )?
    .query_row(params![norm, scope], |r| {
        Ok((r.get(0)?, parse_col(r, 1, |s| s.parse::<NameOrigin>())?))
    })
    .optional()
}

/// Makes `norm` mean speaker `id` in `scope`.
pub(super) fn set_key(
    conn: &Connection,
    norm: &str,
    scope: &str,
    id: i64,
    origin: NameOrigin,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO speaker_keys (norm, scope, speaker_id, origin) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (norm, scope) DO UPDATE SET speaker_id = excluded.speaker_id,
             origin = excluded.origin
         WHERE speaker_id IS NOT excluded.speaker_id OR origin IS NOT excluded.origin",
    )?
    .execute(params![norm, scope, id, origin.as_str()])
    .map(|_| ())
}

/// Records `alias` (as written) as a name of speaker `id`, unless one with its key is there.
pub(super) fn add_alias(conn: &Connection, id: i64, alias: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![id, alias, key(alias)])
    .map(|_| ())
}

/// Forgets `norm` as a name of speaker `id` (its key went to another speaker), unless it
/// is the canonical name, another key of it, or how one of its claims names it.
fn drop_alias(conn: &Connection, id: i64, norm: &str) -> rusqlite::Result<()> {
    let s = row(conn, id)?;
    let keyed: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM speaker_keys WHERE speaker_id = ?1 AND norm = ?2)",
        params![id, norm],
        |r| r.get(0),
    )?;
    let mentions: Vec<String> = conn
        .prepare_cached(
            "SELECT DISTINCT speaker_mention FROM claims
             WHERE speaker_id = ?1 AND speaker_mention IS NOT NULL",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if keyed || key(&s.name) == norm || mentions.iter().any(|m| key(m) == norm) {
        return Ok(());
    }
    conn.execute(
        "DELETE FROM speaker_aliases WHERE speaker_id = ?1 AND norm = ?2",
        params![id, norm],
    )
    .map(|_| ())
}

/// A new speaker; `scope` is the article of a speaker known there only.
pub(super) fn create(
    conn: &Connection,
    name: &str,
    kind: SpeakerKind,
    scope: Option<&str>,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO speakers (name, kind, scope) VALUES (?1, ?2, ?3) RETURNING id",
    )?
    .query_row(params![name, kind.as_str(), scope], |r| r.get(0))
}

fn row(conn: &Connection, id: i64) -> rusqlite::Result<Row> {
    conn.prepare_cached("SELECT id, name, kind, scope FROM speakers WHERE id = ?1")?
        .query_row([id], |r| {
            Ok(Row {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: parse_col(r, 2, |s| s.parse::<SpeakerKind>())?,
                scope: r.get(3)?,
            })
        })
}

/// Folds speaker `from` into `into`: its claims, its names, and its keys (those found in
/// articles become `origin`'s, so that the importer keeps them joined). Returns how many
/// claims moved.
fn merge(conn: &Connection, into: i64, from: i64, origin: NameOrigin) -> rusqlite::Result<u64> {
    let moved = conn.execute(
        "UPDATE claims SET speaker_id = ?1 WHERE speaker_id = ?2",
        params![into, from],
    )?;
    conn.execute(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm)
         SELECT ?1, alias, norm FROM speaker_aliases WHERE speaker_id = ?2 ORDER BY alias",
        params![into, from],
    )?;
    conn.execute(
        "UPDATE speaker_keys SET speaker_id = ?1,
             origin = CASE origin WHEN 'name' THEN ?3 ELSE origin END
         WHERE speaker_id = ?2",
        params![into, from, origin.as_str()],
    )?;
    conn.execute("DELETE FROM speakers WHERE id = ?1", [from])?;
    Ok(moved as u64)
}

/// Drops speakers that no claim names and nobody declared (left behind when an article
/// changed and its new version no longer quotes them).
pub(super) fn prune(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM speakers
         WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.speaker_id = speakers.id)
           AND NOT EXISTS (SELECT 1 FROM speaker_keys k
                           WHERE k.speaker_id = speakers.id AND k.origin <> 'name')",
        [],
    )
    .map(|_| ())
}

/// What a name given on the command line finds.
pub(super) enum Lookup {
    Found(Row),
    Missing,
    Ambiguous(Vec<Row>),
}

/// `NAME@ARTICLE`: the speaker that NAME means in ARTICLE — by its keys there, else by
/// how the article's claims name their speakers. `None` when that finds nobody.
pub(super) fn lookup_in_article(
    conn: &Connection,
    query: &str,
) -> rusqlite::Result<Option<Lookup>> {
    let Some((name, article)) = query.rsplit_once('@') else {
        return Ok(None);
    };
    let norm = key(name);
    if let Some((id, _)) = key_owner(conn, &norm, article)? {
        return Ok(Some(Lookup::Found(row(conn, id)?)));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT c.speaker_id, c.speaker_mention, s.name FROM claims c
         JOIN speakers s ON s.id = c.speaker_id WHERE c.article_id = ?1 ORDER BY c.speaker_id",
    )?;
    let mut ids: Vec<i64> = stmt
        .query_map([article], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .filter_map(|r| match r {
            Ok((id, mention, name)) => {
                (key(&name) == norm || mention.is_some_and(|m| key(&m) == norm)).then_some(Ok(id))
            }
            Err(e) => Some(Err(e)),
        })
        .collect::<rusqlite::Result<_>>()?;
    ids.dedup();
    rows_lookup(conn, ids).map(|l| match l {
        Lookup::Missing => None,
        found => Some(found),
    })
}

fn rows_lookup(conn: &Connection, ids: Vec<i64>) -> rusqlite::Result<Lookup> {
    let mut rows = ids
        .into_iter()
        .map(|id| row(conn, id))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.sort_by(|a, b| (&a.name, &a.scope, a.id).cmp(&(&b.name, &b.scope, b.id)));
    Ok(match rows.len() {
        0 => Lookup::Missing,
        1 => Lookup::Found(rows.remove(0)),
        _ => Lookup::Ambiguous(rows),
    })
}

/// The speaker a name given on the command line means: `NAME@ARTICLE`; else the speaker
/// NAME means everywhere (a full name, a declared alias); else the one speaker that has
/// NAME as a name anywhere (a title or surname in some article).
fn lookup(conn: &Connection, query: &str) -> rusqlite::Result<Lookup> {
    if let Some(found) = lookup_in_article(conn, query)? {
        return Ok(found);
    }
    let norm = key(query);
    if let Some((id, _)) = key_owner(conn, &norm, "")? {
        return Ok(Lookup::Found(row(conn, id)?));
    }
    let ids: Vec<i64> = conn
        .prepare_cached(
            "SELECT speaker_id FROM speaker_keys WHERE norm = ?1
             UNION SELECT speaker_id FROM speaker_aliases WHERE norm = ?1 ORDER BY 1",
        )?
        .query_map([&norm], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    rows_lookup(conn, ids)
}

/// [`lookup`], with a missing or ambiguous name as a usage error.
fn resolve(conn: &Connection, query: &str, path: &str) -> Result<Row> {
    match lookup(conn, query).map_err(|e| Error::db(path, e))? {
        Lookup::Found(row) => Ok(row),
        Lookup::Missing => Err(Error::Usage(format!(
            "no speaker is named '{query}' (`isnad speakers` lists them)"
        ))),
        Lookup::Ambiguous(rows) => {
            let names: Vec<String> = rows.iter().map(Row::handle).collect();
            Err(Error::Usage(format!(
                "'{query}' names {} speakers: {}; give one of these names (NAME@ARTICLE is \
                 the speaker NAME in that article)",
                rows.len(),
                names.join(", ")
            )))
        }
    }
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\\\""))
}

impl Store {
    /// One speaker in full, found by any of its names (spelling-insensitively) or as
    /// `NAME@ARTICLE`. An unknown or ambiguous name is a usage error.
    pub fn speaker(&self, query: &str) -> Result<SpeakerDetail> {
        let path = self.path.display().to_string();
        let s = resolve(&self.conn, query, &path)?;
        let claims = self.claims_of_speaker(s.id)?;
        let mut by_name: BTreeMap<String, u64> = BTreeMap::new();
        let mut by_article: BTreeMap<String, u64> = BTreeMap::new();
        for c in &claims {
            if let Some(m) = &c.speaker_mention {
                *by_name.entry(key(m)).or_default() += 1;
            }
            *by_article.entry(c.article.clone()).or_default() += 1;
        }
        let canonical = key(&s.name);
        let mut names: Vec<(bool, SpeakerName)> = self
            .conn
            .prepare(
                "SELECT a.alias, a.norm,
                        (SELECT k.origin FROM speaker_keys k
                         WHERE k.speaker_id = a.speaker_id AND k.norm = a.norm
                         ORDER BY k.scope <> '', k.scope LIMIT 1)
                 FROM speaker_aliases a WHERE a.speaker_id = ?1 ORDER BY a.alias",
            )
            .and_then(|mut stmt| {
                stmt.query_map([s.id], |r| {
                    let norm: String = r.get(1)?;
                    let origin = match r.get::<_, Option<String>>(2)? {
                        Some(_) => parse_col(r, 2, |o| o.parse::<NameOrigin>())?,
                        None => NameOrigin::Mention,
                    };
                    Ok((
                        norm != canonical,
                        SpeakerName {
                            name: r.get(0)?,
                            origin,
                            claims: by_name.get(&norm).copied().unwrap_or(0),
                        },
                    ))
                })?
                .collect::<rusqlite::Result<_>>()
            })
            .map_err(|e| self.err(e))?;
        names.sort_by_key(|a| a.0);
        Ok(SpeakerDetail {
            name: s.name,
            kind: s.kind,
            article: s.scope,
            names: names.into_iter().map(|(_, n)| n).collect(),
            articles: by_article
                .into_iter()
                .map(|(article, claims)| ArticleClaims { article, claims })
                .collect(),
            claims,
        })
    }

    /// Makes `alias` a name of the speaker `query` names, everywhere. An alias that names
    /// another speaker already is refused, with the merge that would join them.
    pub fn add_speaker_alias(&mut self, query: &str, alias: &str) -> Result<AliasOutcome> {
        let path = self.path.display().to_string();
        let norm = key(alias);
        if norm.is_empty() {
            return Err(Error::Usage("an alias cannot be empty".into()));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| Error::db(&path, e))?;
        let s = resolve(&tx, query, &path)?;
        let db = |e| Error::db(&path, e);
        let merge_hint = |other: &Row| {
            format!(
                "to make them one speaker: isnad speakers merge {} {}",
                quoted(&s.handle()),
                quoted(&other.handle())
            )
        };
        if let Some((owner, _)) = key_owner(&tx, &norm, "").map_err(db)? {
            if owner == s.id {
                return Ok(AliasOutcome::Already(s.handle()));
            }
            let other = row(&tx, owner).map_err(db)?;
            return Err(Error::Usage(format!(
                "'{alias}' is a name of '{}' already; {}",
                other.handle(),
                merge_hint(&other)
            )));
        }
        let scoped: Vec<i64> = tx
            .prepare(
                "SELECT DISTINCT speaker_id FROM speaker_keys
                 WHERE norm = ?1 AND scope <> '' AND speaker_id <> ?2 ORDER BY speaker_id",
            )
            .and_then(|mut stmt| {
                stmt.query_map(params![norm, s.id], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(db)?;
        if let Some(&first) = scoped.first() {
            let other = row(&tx, first).map_err(db)?;
            let more = match scoped.len() {
                1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            return Err(Error::Usage(format!(
                "'{alias}' is the speaker '{}' in article {}{more}; {}",
                other.handle(),
                other.scope.as_deref().unwrap_or_default(),
                merge_hint(&other)
            )));
        }
        set_key(&tx, &norm, "", s.id, NameOrigin::Manual).map_err(db)?;
        add_alias(&tx, s.id, alias.trim()).map_err(db)?;
        tx.commit().map_err(db)?;
        Ok(AliasOutcome::Added(s.handle()))
    }

    /// Folds the speaker `from` names into the one `into` names: its claims, names and
    /// keys, in one transaction; kept as keys so that re-imports do not split them again.
    pub fn merge_speakers(&mut self, into: &str, from: &str) -> Result<Merged> {
        let path = self.path.display().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| Error::db(&path, e))?;
        let a = resolve(&tx, into, &path)?;
        let b = resolve(&tx, from, &path)?;
        if a.id == b.id {
            return Err(Error::Usage(format!(
                "'{into}' and '{from}' are one speaker already ('{}')",
                a.handle()
            )));
        }
        if let (Some(article), None) = (&a.scope, &b.scope) {
            return Err(Error::Usage(format!(
                "'{}' is known across articles and '{}' only in article {article}: fold it \
                 the other way, isnad speakers merge {} {}",
                b.handle(),
                a.handle(),
                quoted(&b.handle()),
                quoted(&a.handle())
            )));
        }
        let claims = merge(&tx, a.id, b.id, NameOrigin::Manual).map_err(|e| Error::db(&path, e))?;
        tx.commit().map_err(|e| Error::db(&path, e))?;
        Ok(Merged {
            into: a.handle(),
            from: b.handle(),
            claims,
        })
    }

    /// Applies speakers files' declarations, in one transaction: each declared speaker
    /// exists with its canonical name (and kind, when declared), every declared name means
    /// it everywhere, and stored speakers known by those names are folded into it. A
    /// correction made by hand for one article stays; one made for everywhere gives way to
    /// the file, with a warning.
    pub fn apply_speakers(&mut self, declared: &[Declared]) -> Result<Applied> {
        let path = self.path.display().to_string();
        let db = |e| Error::db(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        let mut applied = Applied {
            speakers: declared.len(),
            ..Applied::default()
        };
        let mut targets = Vec::with_capacity(declared.len());
        for d in declared {
            let t = declared_target(&tx, d).map_err(db)?;
            targets.push(t);
        }
        for (d, &t) in declared.iter().zip(&targets) {
            for name in d.names() {
                let norm = key(name);
                let mut taken_from = None;
                match key_owner(&tx, &norm, "").map_err(db)? {
                    Some((s, _)) if s == t => {}
                    Some((s, NameOrigin::Manual)) => {
                        applied.warnings.push(format!(
                            "{}: '{name}' was given by hand to '{}'; the speakers file gives \
                             it to '{}'",
                            d.at(),
                            row(&tx, s).map_err(db)?.handle(),
                            d.name
                        ));
                        taken_from = Some(s);
                    }
                    Some((s, _)) if targets.contains(&s) => taken_from = Some(s),
                    Some((s, _)) => {
                        merge(&tx, t, s, NameOrigin::File).map_err(db)?;
                        applied.merged += 1;
                    }
                    None => {}
                }
                set_key(&tx, &norm, "", t, NameOrigin::File).map_err(db)?;
                add_alias(&tx, t, name).map_err(db)?;
                if let Some(s) = taken_from {
                    drop_alias(&tx, s, &norm).map_err(db)?;
                }
                // The speakers of single articles that this name stood for.
                let scoped: Vec<(i64, String, NameOrigin)> = tx
                    .prepare_cached(
                        "SELECT speaker_id, scope, origin FROM speaker_keys
                         WHERE norm = ?1 AND scope <> '' AND speaker_id <> ?2
                         ORDER BY scope",
                    )
                    .and_then(|mut stmt| {
                        stmt.query_map(params![norm, t], |r| {
                            Ok((r.get(0)?, r.get(1)?, parse_col(r, 2, |o| o.parse())?))
                        })?
                        .collect::<rusqlite::Result<_>>()
                    })
                    .map_err(db)?;
                for (s, scope, origin) in scoped {
                    if origin == NameOrigin::Manual {
                        continue;
                    }
                    if targets.contains(&s) {
                        set_key(&tx, &norm, &scope, t, NameOrigin::File).map_err(db)?;
                        drop_alias(&tx, s, &norm).map_err(db)?;
                    } else if row(&tx, s).optional().map_err(db)?.is_some() {
                        merge(&tx, t, s, NameOrigin::File).map_err(db)?;
                        applied.merged += 1;
                    }
                }
            }
        }
        tx.commit().map_err(db)?;
        Ok(applied)
    }
}

/// The stored speaker a declaration is about (the one its canonical name means
/// everywhere), created when there is none, and given the declared name and kind.
fn declared_target(conn: &Connection, d: &Declared) -> rusqlite::Result<i64> {
    let norm = key(&d.name);
    let id = match key_owner(conn, &norm, "")? {
        Some((id, _)) => id,
        None => {
            let mut kind = d.kind;
            for name in d.names() {
                if kind.is_some() {
                    break;
                }
                if let Some((id, _)) = key_owner(conn, &key(name), "")? {
                    kind = Some(row(conn, id)?.kind);
                }
            }
            create(conn, &d.name, kind.unwrap_or(SpeakerKind::Person), None)?
        }
    };
    conn.execute(
        "UPDATE speakers SET name = ?2, kind = coalesce(?3, kind), scope = NULL
         WHERE id = ?1 AND (name IS NOT ?2 OR kind IS NOT coalesce(?3, kind) OR scope IS NOT NULL)",
        params![id, d.name, d.kind.map(SpeakerKind::as_str)],
    )?;
    set_key(conn, &norm, "", id, NameOrigin::File)?;
    add_alias(conn, id, &d.name)?;
    Ok(id)
}
