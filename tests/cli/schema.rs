//! Schema evolution: databases written by earlier isnads (`fixtures/schema/vN.db`, one per
//! schema version, made by `scripts/make-schema-fixtures.sh`) are upgraded in place by this
//! one without losing a row; a database from a newer isnad is refused and left as it was.

use std::path::{Path, PathBuf};

use isnad::store::SCHEMA_VERSION;
use rusqlite::Connection;
use rusqlite::types::Value;

use crate::{Work, fixtures};

fn fixture(version: i64) -> PathBuf {
    fixtures().join(format!("schema/v{version}.db"))
}

/// Every table of the file with its columns, by name.
fn tables(conn: &Connection) -> Vec<(String, Vec<String>)> {
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names
        .into_iter()
        .map(|t| {
            let c = columns(conn, &t);
            (t, c)
        })
        .collect()
}

fn columns(conn: &Connection, table: &str) -> Vec<String> {
    conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
        .unwrap()
        .query_map([table], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The rows of `table`, only `columns`, in a stable order.
fn rows(conn: &Connection, table: &str, columns: &[String]) -> Vec<Vec<Value>> {
    let list = columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let order = (1..=columns.len())
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = conn
        .prepare(&format!("SELECT {list} FROM \"{table}\" ORDER BY {order}"))
        .unwrap();
    stmt.query_map([], |r| (0..columns.len()).map(|i| r.get(i)).collect())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn pragma(conn: &Connection, name: &str) -> Vec<String> {
    conn.prepare(&format!("SELECT * FROM pragma_{name}"))
        .unwrap()
        .query_map([], |r| Ok(format!("{:?}", r.get::<_, Value>(0)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn user_version(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

/// A fixture must exist for every schema this isnad knows: adding a migration means adding
/// its fixture (`scripts/make-schema-fixtures.sh N`).
#[test]
fn there_is_a_fixture_database_for_every_schema_version() {
    for version in 1..=SCHEMA_VERSION {
        let path = fixture(version);
        assert!(
            path.exists(),
            "{} is missing: run scripts/make-schema-fixtures.sh {version}",
            path.display()
        );
        assert_eq!(user_version(&path), version, "{}", path.display());
        let size = std::fs::metadata(&path).unwrap().len();
        assert!(size < 500_000, "{}: {size} bytes", path.display());
    }
}

/// A listing opens each fixture, which upgrades it to the current schema: every table of the
/// old file keeps every row with the same values in the columns it had; SQLite finds the file
/// sound; importing the same articles again stores nothing.
#[test]
fn databases_of_every_earlier_schema_are_upgraded_without_losing_rows() {
    for version in 1..=SCHEMA_VERSION {
        let w = Work::new();
        std::fs::copy(fixture(version), w.db()).unwrap();
        let old = Connection::open(w.db()).unwrap();
        let before: Vec<(String, Vec<String>, Vec<Vec<Value>>)> = tables(&old)
            .into_iter()
            .map(|(t, columns)| {
                let r = rows(&old, &t, &columns);
                (t, columns, r)
            })
            .collect();
        drop(old);
        let articles = before.iter().find(|t| t.0 == "articles").unwrap().2.len();
        let claims = before.iter().find(|t| t.0 == "claims").unwrap().2.len();
        let versions = before.iter().find(|t| t.0 == "article_versions").unwrap();
        assert_eq!((articles, versions.2.len()), (10, 1), "v{version}");
        assert!(claims > 50, "v{version}: {claims} claims");
        let unchanged_file = w.fingerprint();

        let listed = w.run(&["articles", "--format", "jsonl"]);
        assert_eq!(listed.code, 0, "v{version}: {}", listed.all());
        assert_eq!(listed.stdout.lines().count(), articles);

        let new = Connection::open(w.db()).unwrap();
        let stamp: (i64, i64) = new
            .query_row(
                "SELECT (SELECT user_version FROM pragma_user_version),
                        (SELECT application_id FROM pragma_application_id)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(stamp, (SCHEMA_VERSION, isnad::store::APPLICATION_ID));
        assert_eq!(pragma(&new, "integrity_check"), ["Text(\"ok\")"]);
        assert_eq!(pragma(&new, "foreign_key_check"), Vec::<String>::new());
        let now = tables(&new);
        for (table, columns, old_rows) in &before {
            let (_, now_columns) = now
                .iter()
                .find(|(t, _)| t == table)
                .unwrap_or_else(|| panic!("v{version}: table {table} is gone"));
            for c in columns {
                assert!(now_columns.contains(c), "v{version}: {table}.{c} is gone");
            }
            assert_eq!(
                &rows(&new, table, columns),
                old_rows,
                "v{version}: the rows of {table}"
            );
        }
        drop(new);
        if version == SCHEMA_VERSION {
            assert_eq!(w.fingerprint(), unchanged_file, "nothing to upgrade");
        }

        let upgraded = w.fingerprint();
        let again = w.run(&[
            "import",
            fixtures().join("articles").to_str().unwrap(),
            fixtures().join("good.jsonl").to_str().unwrap(),
        ]);
        assert_eq!(
            again.stdout,
            format!("0 new, 0 updated, {articles} unchanged, 0 failed; 0 claims stored\n"),
            "v{version}: {}",
            again.all()
        );
        assert_eq!(
            w.fingerprint(),
            upgraded,
            "v{version}: the import stored nothing"
        );
    }
}

/// Version 1 knew every speaker by its canonical name everywhere: after the upgrade each
/// speaker is still found by that name, with its claims.
#[test]
fn version_1_speakers_keep_their_claims_and_are_found_by_name() {
    let w = Work::new();
    std::fs::copy(fixture(1), w.db()).unwrap();
    let old = Connection::open(w.db()).unwrap();
    let speakers: Vec<(String, i64)> = old
        .prepare(
            "SELECT s.name, count(c.id) FROM speakers s JOIN claims c ON c.speaker_id = s.id
             GROUP BY s.id ORDER BY s.name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    drop(old);
    assert!(speakers.len() >= 5, "{speakers:?}");
    for (name, claims) in &speakers {
        let run = w.run(&["claims", "--speaker", name, "--format", "jsonl"]);
        assert_eq!(run.code, 0, "{}", run.all());
        assert_eq!(run.stdout.lines().count() as i64, *claims, "{name}");
    }
}

/// A database stamped with a schema newer than this isnad's: every command refuses it with
/// the same message, and the file is left byte for byte as it was.
#[test]
fn a_newer_schema_is_refused_by_every_command_and_left_as_it_was() {
    let w = Work::new();
    std::fs::copy(fixture(SCHEMA_VERSION), w.db()).unwrap();
    Connection::open(w.db())
        .unwrap()
        .execute_batch(&format!("PRAGMA user_version = {}", SCHEMA_VERSION + 1))
        .unwrap();
    let bytes = std::fs::read(w.db()).unwrap();
    let message = format!(
        "error: claims.db: written by a newer isnad (schema version {}; this isnad knows up to {SCHEMA_VERSION}): upgrade isnad to use it\n",
        SCHEMA_VERSION + 1
    );
    let articles = fixtures().join("articles");
    for args in [
        vec!["articles"],
        vec!["articles", "show", "rafidain-2014-12-03-coalition"],
        vec!["claims"],
        vec!["speakers"],
        vec!["speakers", "alias", "John Kerry", "Kerry"],
        vec!["import", articles.to_str().unwrap()],
    ] {
        let run = w.run(&args);
        assert_eq!(
            (run.code, run.stderr.as_str()),
            (2, message.as_str()),
            "{args:?}"
        );
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(
            std::fs::read(w.db()).unwrap() == bytes,
            "{args:?} changed the file"
        );
    }
}

/// Processes that open a version 1 database at once (two imports, a listing, the check)
/// upgrade it once between them: none fails, and no row is lost or doubled.
#[test]
fn processes_opening_an_old_database_at_once_upgrade_it_once() {
    for round in 0..3 {
        let w = Work::new();
        std::fs::copy(fixture(1), w.db()).unwrap();
        let old = Connection::open(w.db()).unwrap();
        let claim_columns = columns(&old, "claims");
        let claims = rows(&old, "claims", &claim_columns);
        drop(old);
        let articles = fixtures().join("articles");
        let commands: [(&[&str], &[i32]); 4] = [
            (&["import", articles.to_str().unwrap()], &[0]),
            (&["articles"], &[0]),
            (&["import", articles.to_str().unwrap()], &[0]),
            (&["check"], &[0, 1]),
        ];
        let children: Vec<_> = commands
            .iter()
            .map(|(args, _)| {
                w.cmd()
                    .args(*args)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for (child, (args, codes)) in children.into_iter().zip(&commands) {
            let out = child.wait_with_output().unwrap();
            let code = out.status.code().unwrap();
            assert!(
                codes.contains(&code),
                "round {round}: isnad {args:?}: exit {code}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_eq!(user_version(&w.db()), SCHEMA_VERSION);
        let new = Connection::open(w.db()).unwrap();
        assert_eq!(
            rows(&new, "claims", &claim_columns),
            claims,
            "round {round}"
        );
    }
}
