//! End-to-end tests of the `isnad` binary: one test binary, one module per concern.
//! Every run pins the clock (`ISNAD_NOW`) and works in its own temporary folder.

mod bad_input;
mod check;
mod concurrent;
mod corpus;
#[cfg(unix)]
mod crash;
mod docs;
mod english;
mod extract;
mod generate;
mod golden;
mod hostile;
mod hostile_text;
mod import;
mod listings;
mod peers;
mod precision_eval;
mod schema;
mod speakers;
mod speakers_eval;

use std::path::{Path, PathBuf};

use std::io::Write;
use std::process::{Command, Stdio};

pub const NOW: &str = "2014-12-04T09:00:00Z";

/// The repository's `fixtures/` folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The read-only `shared/` folder beside the repository.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// A temporary working folder with a database path in it.
pub struct Work {
    pub dir: tempfile::TempDir,
}

impl Work {
    #[allow(clippy::new_without_default)] // a fresh folder per call, not a default value
    pub fn new() -> Work {
        Work {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("claims.db")
    }

    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// `isnad` in this folder, with a pinned clock and no inherited database setting.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_isnad"));
        c.current_dir(self.dir.path())
            .env("ISNAD_NOW", NOW)
            .env_remove("ISNAD_DB")
            .env("COLUMNS", "200");
        c
    }

    /// Runs `isnad args…` and returns (stdout, stderr, exit code).
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_stdin(args, "")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: impl Into<Vec<u8>>) -> Run {
        let mut child = self
            .cmd()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs");
        let input: Vec<u8> = stdin.into();
        let mut pipe = child.stdin.take().expect("stdin");
        // Write from a thread so a child that doesn't read stdin cannot block us.
        let writer = std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        });
        let out = child.wait_with_output().expect("runs");
        writer.join().expect("stdin writer");
        Run {
            stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
            stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
            code: out.status.code().expect("exit code"),
        }
    }

    /// Everything the database holds, as text: equal fingerprints mean nothing changed.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.db())
    }
}

pub fn fingerprint(db: &Path) -> String {
    if !db.exists() {
        return "<no database>".into();
    }
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut out = String::new();
    for (table, order) in [
        ("articles", "id"),
        ("article_versions", "article_id, version"),
        ("claims", "article_id, seq"),
        ("speakers", "id"),
        ("speaker_aliases", "speaker_id, norm"),
        ("speaker_keys", "norm, scope"),
    ] {
        let exists: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        if exists == 0 {
            out.push_str(&format!("[{table}: missing]\n"));
            continue;
        }
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        out.push_str(&format!("[{table}]\n"));
        while let Some(row) = rows.next().unwrap() {
            for i in 0..n {
                let v: rusqlite::types::Value = row.get(i).unwrap();
                out.push_str(&format!("{v:?}|"));
            }
            out.push('\n');
        }
    }
    out
}

#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// stdout, stderr and the exit status in one string, for snapshots.
    pub fn all(&self) -> String {
        format!(
            "{}[stderr]\n{}[exit status: {}]",
            self.stdout, self.stderr, self.code
        )
    }

    /// stdout read as JSON Lines.
    pub fn jsonl(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    }
}
