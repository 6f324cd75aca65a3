//! The store: the only module that names rusqlite.
//!
//! One SQLite file (`claims.db`), in WAL mode with foreign keys on and a busy timeout so that
//! several processes can share it. The schema is built by numbered, append-only migrations
//! ([`MIGRATIONS`]) tracked by `PRAGMA user_version` and applied in one transaction; the file
//! is marked with `PRAGMA application_id` so that isnad never writes into a stranger's
//! database.

mod read;
mod registry;
mod write;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use read::{ArticleOrigin, CheckSelection, ClaimFilter, ClaimKey, StoredClaim};
pub use registry::{AliasOutcome, Applied, Merged};
pub use write::{Batch, HashReader, Outcome};

use crate::error::{Error, Result};

/// `isnd` in ASCII: marks a SQLite file as an isnad database.
pub const APPLICATION_ID: i64 = 0x6973_6E64;

/// The schema, one migration per version: `MIGRATIONS[n - 1]` takes a database from version
/// `n - 1` to `n`. Append only; never edit or remove one that has been released.
pub const MIGRATIONS: &[&str] = &[
    include_str!("sql/0001_init.sql"),
    include_str!("sql/0002_speaker_registry.sql"),
];

/// The schema version this isnad writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// Whether opening may create the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Create the database if it does not exist (import).
    Create,
    /// The database must exist (corrections: speakers alias, merge).
    Existing,
    /// The database must exist, and everything read comes from one snapshot, taken when the
    /// store opens and held until it is dropped (listings, check, diff): while imports
    /// commit, a reader never sees an article and claims of another version, nor half of
    /// what they wrote. Nothing may be written through it.
    Read,
}

impl Store {
    /// Opens (and if needed creates or upgrades) the database at `path`.
    pub fn open(path: &Path, mode: Mode) -> Result<Store> {
        let shown = path.display().to_string();
        check_header(path, mode)?;
        let flags = match mode {
            Mode::Create => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            Mode::Existing | Mode::Read => OpenFlags::SQLITE_OPEN_READ_WRITE,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| Error::db(&shown, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        store.migrate()?;
        if mode == Mode::Read {
            // A deferred transaction takes its snapshot at its first read; it ends when the
            // connection closes.
            store
                .conn
                .execute_batch("BEGIN DEFERRED")
                .and_then(|_| {
                    store
                        .conn
                        .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
                })
                .map_err(|e| store.err(e))?;
        }
        Ok(store)
    }

    /// A private in-memory database, for tests.
    pub fn in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().map_err(|e| Error::db(":memory:", e))?;
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::db(self.path.display(), e)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| self.err(e))?;
        // Switching to WAL needs an exclusive lock, and SQLite answers "database is locked"
        // at once, without the busy handler, when another process holds one (two imports
        // creating one new file together): retry until the busy timeout. A file already
        // in WAL mode needs no switch.
        let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
        let switch = |conn: &Connection| -> rusqlite::Result<String> {
            let current: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
            if current.eq_ignore_ascii_case("wal") {
                return Ok(current);
            }
            conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        };
        let mode: String = loop {
            match switch(&self.conn) {
                Ok(m) => break m,
                Err(rusqlite::Error::SqliteFailure(f, _))
                    if matches!(
                        f.code,
                        rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                    ) && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(e) => return Err(self.err(not_a_database(e))),
            }
        };
        if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
            return Err(self.err(format!(
                "cannot switch to WAL mode (journal mode is {mode})"
            )));
        }
        self.conn
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
            .map_err(|e| self.err(e))
    }

    /// Brings the schema up to [`SCHEMA_VERSION`] in one immediate transaction, so two
    /// processes opening a new file at once cannot both migrate it.
    ///
    /// Foreign keys are off while migrations run, as SQLite's procedure for rebuilding a
    /// table asks (with them on, dropping the old table would cascade into the rows that
    /// point at it); the pragma is a no-op inside a transaction, so it is set around it,
    /// and `foreign_key_check` must come back empty before the transaction commits.
    fn migrate(&mut self) -> Result<()> {
        let (version, app, foreign) = identity(&self.conn).map_err(|e| self.err(e))?;
        check_identity(version, app, foreign).map_err(|m| self.err(m))?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        self.conn
            .execute_batch("PRAGMA foreign_keys = OFF")
            .map_err(|e| self.err(e))?;
        let result = self.migrate_in_transaction();
        self.conn
            .execute_batch("PRAGMA foreign_keys = ON")
            .map_err(|e| self.err(e))?;
        result
    }

    /// Another process may have created or upgraded the file since [`Store::migrate`]
    /// looked: the stamps are read again under the write lock, and only the migrations
    /// still missing run.
    fn migrate_in_transaction(&mut self) -> Result<()> {
        let path = self.path.display().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| Error::db(&path, e))?;
        let (version, app, foreign) = identity(&tx).map_err(|e| Error::db(&path, e))?;
        check_identity(version, app, foreign).map_err(|m| Error::db(&path, m))?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)
                .map_err(|e| Error::db(&path, format!("migration {} failed: {e}", i + 1)))?;
        }
        let dangling: i64 = tx
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .map_err(|e| Error::db(&path, e))?;
        if dangling > 0 {
            return Err(Error::db(
                &path,
                format!("migration left {dangling} rows pointing at nothing; nothing was changed"),
            ));
        }
        tx.execute_batch(&format!(
            "PRAGMA user_version = {SCHEMA_VERSION}; PRAGMA application_id = {APPLICATION_ID};"
        ))
        .map_err(|e| Error::db(&path, e))?;
        tx.commit().map_err(|e| Error::db(&path, e))
    }

    fn versions(&self) -> Result<(i64, i64)> {
        let (version, app, _) = identity(&self.conn).map_err(|e| self.err(e))?;
        Ok((version, app))
    }

    /// The schema version stored in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.versions()?.0)
    }

    /// A read-only connection to the same file that answers [`HashReader::hash_of`], for
    /// a thread that wants to know what is stored without waiting for the writer. `None`
    /// for an in-memory store.
    pub fn hash_reader(&self) -> Option<HashReader> {
        HashReader::open(&self.path)
    }

    /// Starts a write transaction (taking the write lock now, waiting for other writers).
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        Batch::begin(self)
    }
}

/// The file's stamps: schema version, application id, and whether it holds tables. Read in
/// one statement, so from one snapshot: read one by one, a file that another process
/// migrated in between would look like version 0 with tables, a stranger's database.
fn identity(conn: &Connection) -> Result<(i64, i64, bool), String> {
    conn.query_row(
        "SELECT (SELECT user_version FROM pragma_user_version),
                (SELECT application_id FROM pragma_application_id),
                EXISTS (SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .map_err(not_a_database)
}

/// Decides from the file's stamps whether isnad may use it.
fn check_identity(version: i64, app: i64, foreign_tables: bool) -> Result<(), String> {
    if app != 0 && app != APPLICATION_ID {
        return Err(format!(
            "not an isnad database (application_id is {app:#x}); give another path with --db"
        ));
    }
    if app == 0 && version == 0 && foreign_tables {
        return Err(
            "not an isnad database (it holds other tables); give another path with --db".into(),
        );
    }
    if version > SCHEMA_VERSION {
        return Err(format!(
            "written by a newer isnad (schema version {version}; this isnad knows up to \
             {SCHEMA_VERSION}): upgrade isnad to use it"
        ));
    }
    Ok(())
}

/// Refuses files that are not SQLite before SQLite gets a chance to give a vaguer error.
fn check_header(path: &Path, mode: Mode) -> Result<()> {
    let shown = path.display().to_string();
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => match mode {
            Mode::Create => Ok(()),
            Mode::Existing | Mode::Read => Err(Error::db(
                shown,
                "no database here (import articles first, or give --db PATH)",
            )),
        },
        Err(e) => Err(Error::db(shown, e)),
        Ok(m) if m.is_dir() => Err(Error::db(shown, "is a directory, not a database file")),
        Ok(m) if m.len() == 0 => Ok(()),
        Ok(_) => {
            use std::io::Read;
            let mut head = [0u8; 16];
            let n = std::fs::File::open(path)
                .and_then(|mut f| f.read(&mut head))
                .map_err(|e| Error::db(&shown, e))?;
            if n < 16 || &head != b"SQLite format 3\0" {
                return Err(Error::db(shown, "not an SQLite database file"));
            }
            Ok(())
        }
    }
}

fn not_a_database(e: rusqlite::Error) -> String {
    let s = e.to_string();
    if s.contains("file is not a database") {
        "not an SQLite database file".to_string()
    } else {
        s
    }
}

/// Now, as stored in `imported_at`: UTC, second precision. `ISNAD_NOW` (RFC 3339) pins it,
/// for reproducible test snapshots.
pub fn now() -> String {
    if let Ok(pinned) = std::env::var("ISNAD_NOW")
        && let Ok(ts) = pinned.parse::<jiff::Timestamp>()
    {
        return ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    }
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_build_the_current_schema_on_an_empty_database() {
        let store = Store::in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let (_, app) = store.versions().unwrap();
        assert_eq!(app, APPLICATION_ID);
        let tables: Vec<String> = store
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            tables,
            [
                "article_versions",
                "articles",
                "claim_view",
                "claims",
                "speaker_aliases",
                "speaker_keys",
                "speakers"
            ]
        );
    }

    #[test]
    fn identity_rules() {
        assert!(check_identity(0, 0, false).is_ok());
        assert!(check_identity(1, APPLICATION_ID, true).is_ok());
        assert!(
            check_identity(0, 0, true)
                .unwrap_err()
                .contains("other tables")
        );
        assert!(
            check_identity(1, 42, true)
                .unwrap_err()
                .contains("application_id")
        );
        let newer = check_identity(SCHEMA_VERSION + 1, APPLICATION_ID, true).unwrap_err();
        assert!(newer.contains("newer isnad"), "{newer}");
    }

    #[test]
    fn reopening_is_a_no_op_and_files_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("claims.db");
        let missing = Store::open(&db, Mode::Existing).err().unwrap().to_string();
        assert!(missing.contains("no database here"), "{missing}");
        Store::open(&db, Mode::Create).unwrap();
        let again = Store::open(&db, Mode::Existing).unwrap();
        assert_eq!(again.schema_version().unwrap(), SCHEMA_VERSION);

        let text = dir.path().join("notes.db");
        std::fs::write(&text, "just some text, long enough").unwrap();
        let e = Store::open(&text, Mode::Create).err().unwrap().to_string();
        assert_eq!(
            e,
            format!("{}: not an SQLite database file", text.display())
        );
    }

    #[test]
    fn a_reader_sees_one_snapshot_while_a_writer_commits() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("claims.db");
        let mut writer = Store::open(&db, Mode::Create).unwrap();
        let a = article("a", "قتل 12 شخصا");
        put(&mut writer, &a, &crate::extract::extract_article(&a));
        let reader = Store::open(&db, Mode::Read).unwrap();
        let mut changed = article("a", "قتل 12 شخصا وأصيب 3");
        put(
            &mut writer,
            &changed,
            &crate::extract::extract_article(&changed),
        );
        changed.id = "b".into();
        put(&mut writer, &changed, &[]);
        // Written and committed by the other connection, not seen by the reader.
        assert_eq!(writer.article_count().unwrap(), 2);
        assert_eq!(
            (
                reader.article_count().unwrap(),
                reader.claim_count().unwrap()
            ),
            (1, 1)
        );
        assert_eq!(reader.article("a").unwrap().unwrap().version, 1);
        drop(reader);
        let fresh = Store::open(&db, Mode::Read).unwrap();
        assert_eq!(
            (fresh.article_count().unwrap(), fresh.claim_count().unwrap()),
            (2, 2)
        );
    }

    fn article(id: &str, body: &str) -> crate::model::Article {
        crate::model::Article {
            id: id.into(),
            lang: crate::model::Lang::Ar,
            date: None,
            source: None,
            title: None,
            url: None,
            body: body.into(),
            origin: "t".into(),
            line: 1,
        }
    }

    fn put(
        store: &mut Store,
        a: &crate::model::Article,
        claims: &[crate::model::Claim],
    ) -> Outcome {
        let mut batch = store.batch().unwrap();
        let outcome = batch.put(a, &crate::hash::content_hash(a), claims).unwrap();
        batch.commit().unwrap();
        outcome
    }

    fn speakers_of(store: &Store, filter: &ClaimFilter) -> Vec<(String, Option<String>)> {
        let mut out = Vec::new();
        store
            .claims(filter, |c| {
                out.push((c.text, c.speaker));
                Ok(())
            })
            .unwrap();
        out
    }

    #[test]
    fn claims_are_found_by_any_alias_of_their_speaker() {
        let mut store = Store::in_memory().unwrap();
        let a = article(
            "k1",
            "وأفاد الوزير الأميركي بأن القوات نفذت 1000 طلعة. وقال مراقبون إن 40 قتلوا.",
        );
        let mut claims = crate::extract::extract_article(&a);
        assert_eq!(claims.len(), 2);
        claims[0].speaker = Some("جون كيري".into());
        claims[0].speaker_mention = Some("الوزير الأميركي".into());
        claims[1].speaker = Some("مراقبون".into());
        assert_eq!(put(&mut store, &a, &claims), Outcome::New);

        for query in ["جون كيري", "جون  كيري", "الوزير الأمريكي", "الوزير الاميركي"]
        {
            let filter = ClaimFilter {
                speaker: Some(query.into()),
                ..ClaimFilter::default()
            };
            assert_eq!(
                speakers_of(&store, &filter),
                [("1000 طلعة".to_string(), Some("جون كيري".to_string()))],
                "{query}"
            );
        }
        let none = ClaimFilter {
            speaker: Some("كيربي".into()),
            ..ClaimFilter::default()
        };
        assert!(speakers_of(&store, &none).is_empty());

        let speakers = store.speakers().unwrap();
        assert_eq!(speakers.len(), 2);
        let kerry = speakers.iter().find(|s| s.name == "جون كيري").unwrap();
        assert_eq!(
            (kerry.claims, kerry.aliases.clone()),
            (1, vec!["الوزير الأميركي".to_string()])
        );
    }

    /// Stores `article` with one claim per (speaker, mention, kind); returns nothing.
    fn put_spoken(store: &mut Store, id: &str, spoken: &[(&str, &str, crate::model::SpeakerKind)]) {
        let body: Vec<String> = (0..spoken.len())
            .map(|i| format!("وقال المتحدث إن {} دولة شاركت.", 10 + i))
            .collect();
        let a = article(id, &body.join(" "));
        let mut claims = crate::extract::extract_article(&a);
        assert_eq!(claims.len(), spoken.len(), "{claims:?}");
        for (c, (name, mention, kind)) in claims.iter_mut().zip(spoken) {
            c.speaker = Some(name.to_string());
            c.speaker_mention = Some(mention.to_string());
            c.speaker_kind = Some(*kind);
        }
        put(store, &a, &claims);
    }

    fn listed(store: &Store) -> Vec<(String, Option<String>, u64)> {
        store
            .speakers()
            .unwrap()
            .into_iter()
            .map(|s| (s.name, s.article, s.claims))
            .collect()
    }

    #[test]
    fn full_names_merge_across_articles_titles_surnames_and_groups_do_not() {
        use crate::model::SpeakerKind::*;
        let mut store = Store::in_memory().unwrap();
        put_spoken(
            &mut store,
            "a1",
            &[
                ("جون كيري", "وزير الخارجية الأميركي جون كيري", Person),
                ("الوزير الأميركي", "الوزير الأميركي", Person),
                ("كيري", "كيري", Person),
                ("مراقبون", "مراقبون", Group),
            ],
        );
        put_spoken(
            &mut store,
            "a2",
            &[
                // The same full name in another spelling and with a diacritic.
                ("جونْ كيرى", "كيري", Person),
                ("الوزير الأمريكي", "الوزير الأمريكي", Person),
                ("كيري", "كيري", Person),
                ("مراقبون", "مراقبون", Group),
            ],
        );
        let s = |n: &str, a: Option<&str>, c: u64| (n.to_string(), a.map(String::from), c);
        assert_eq!(
            listed(&store),
            [
                s("الوزير الأمريكي", Some("a2"), 1),
                s("الوزير الأميركي", Some("a1"), 1),
                s("جون كيري", None, 2),
                s("كيري", Some("a1"), 1),
                s("كيري", Some("a2"), 1),
                s("مراقبون", Some("a1"), 1),
                s("مراقبون", Some("a2"), 1),
            ]
        );
        // A mention stored with Kerry in a1 does not pull a2's bare title to him either.
        let kerry = store.speaker("جون كيري").unwrap();
        assert!(
            kerry
                .names
                .iter()
                .any(|n| n.name == "وزير الخارجية الأميركي جون كيري")
        );
        assert_eq!(kerry.claims.len(), 2);
    }

    #[test]
    fn a_name_the_file_moves_to_another_speaker_decides_later_claims() {
        use crate::model::SpeakerKind::Organization;
        let declared = |name: &str, aliases: &[&str]| crate::registry::file::Declared {
            name: name.into(),
            kind: None,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            file: "s.toml".into(),
            line: 1,
        };
        let mut store = Store::in_memory().unwrap();
        store
            .apply_speakers(&[declared("Alpha", &["Xylo"]), declared("Beta", &[])])
            .unwrap();
        put_spoken(&mut store, "a1", &[("Xylo", "Xylo", Organization)]);
        let moved = store
            .apply_speakers(&[declared("Alpha", &[]), declared("Beta", &["Xylo"])])
            .unwrap();
        assert_eq!((moved.merged, moved.warnings.len()), (0, 0));
        put_spoken(&mut store, "a2", &[("Xylo", "Xylo", Organization)]);
        // Stored claims keep their speaker; the new one follows the file.
        assert_eq!(
            listed(&store),
            [
                ("Alpha".to_string(), None, 1),
                ("Beta".to_string(), None, 1)
            ]
        );
        assert_eq!(store.speaker("Xylo").unwrap().name, "Beta");
    }

    #[test]
    fn a_changed_article_drops_the_speakers_only_it_quoted() {
        use crate::model::SpeakerKind::*;
        let mut store = Store::in_memory().unwrap();
        put_spoken(
            &mut store,
            "a1",
            &[("مراقبون", "مراقبون", Group), ("جون كيري", "كيري", Person)],
        );
        put_spoken(&mut store, "a1", &[("جون كيري", "كيري", Person)]);
        assert_eq!(listed(&store), [("جون كيري".to_string(), None, 1)]);
    }

    #[test]
    fn version_1_databases_keep_their_speakers_claims_and_aliases() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA user_version = 1; PRAGMA application_id = {APPLICATION_ID};
             INSERT INTO articles (id, content_hash, lang, body, imported_at)
                 VALUES ('a', 'h', 'ar', 'قال كيري إن 12 دولة شاركت', 'now');
             INSERT INTO speakers (id, name, kind) VALUES (7, 'جون كيري', 'person');
             INSERT INTO speaker_aliases VALUES (7, 'جون كيري', 'جون كيري'), (7, 'كيري', 'كيري');
             INSERT INTO claims (article_id, seq, start, end, text, sentence_start,
                 sentence_end, kind, value, qualifier, speaker_id, speaker_mention)
                 VALUES ('a', 0, 12, 19, '12 دولة', 0, 26, 'count', 12, 'exact', 7, 'كيري');"
        ))
        .unwrap();
        let tx = conn.transaction().unwrap();
        tx.commit().unwrap();
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
        };
        store.configure().unwrap();
        store.migrate().unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let fk: i64 = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1, "foreign keys are back on after migrating");
        assert_eq!(listed(&store), [("جون كيري".to_string(), None, 1)]);
        let speaker: String = store
            .conn
            .query_row("SELECT speaker FROM claim_view", [], |r| r.get(0))
            .unwrap();
        assert_eq!(speaker, "جون كيري");
        // The canonical name became a key everywhere; the mention did not.
        let keys: Vec<(String, String, i64, String)> = store
            .conn
            .prepare("SELECT * FROM speaker_keys ORDER BY norm")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            keys,
            [("جون كيري".to_string(), String::new(), 7, "name".to_string())]
        );
        // New claims by that name join the old speaker.
        put_spoken(
            &mut store,
            "b",
            &[("جون كيري", "كيري", crate::model::SpeakerKind::Person)],
        );
        assert_eq!(listed(&store), [("جون كيري".to_string(), None, 2)]);
    }

    #[test]
    fn a_failed_batch_leaves_nothing_behind() {
        let mut store = Store::in_memory().unwrap();
        let a = article("a", "قتل 12 شخصا");
        {
            let mut batch = store.batch().unwrap();
            batch
                .put(&a, "h", &crate::extract::extract_article(&a))
                .unwrap();
            // Dropped without commit.
        }
        assert_eq!(
            (store.article_count().unwrap(), store.claim_count().unwrap()),
            (0, 0)
        );
        assert_eq!(put(&mut store, &a, &[]), Outcome::New);
        assert_eq!(put(&mut store, &a, &[]), Outcome::Unchanged);
        let mut changed = a.clone();
        changed.body = "قتل 13 شخصا".into();
        assert_eq!(put(&mut store, &changed, &[]), Outcome::Updated);
        assert_eq!(store.article("a").unwrap().unwrap().version, 2);
    }
}
