//! Bad input: a one-line error naming the file (and line), exit code 2, and the database
//! exactly as it was before the failing batch.

use crate::{Work, fixtures};

/// Imports the good JSONL fixture, then runs `args` and checks that it fails with exactly
/// `stderr`, exit code 2, and leaves the database unchanged.
fn fails_cleanly(w: &Work, args: &[&str], stderr: &str) {
    let seeded = w.run(&["import", fixtures().join("good.jsonl").to_str().unwrap()]);
    assert_eq!(seeded.code, 0, "{}", seeded.all());
    let before = w.fingerprint();
    let run = w.run(args);
    assert_eq!(run.code, 2, "{}", run.all());
    assert_eq!(run.stderr, stderr);
    assert_eq!(run.stderr.lines().count(), 1, "one line: {}", run.stderr);
    assert_eq!(w.fingerprint(), before, "the database must be unchanged");
}

#[test]
fn path_that_does_not_exist() {
    let w = Work::new();
    fails_cleanly(
        &w,
        &["import", "nowhere/a.md"],
        "error: nowhere/a.md: no such file or directory\n",
    );
}

#[test]
fn binary_file() {
    let w = Work::new();
    let p = w.write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    fails_cleanly(
        &w,
        &["import", p.to_str().unwrap()],
        &format!(
            "error: {}: binary file (contains NUL bytes), not text\n",
            p.display()
        ),
    );
}

#[test]
fn invalid_utf8() {
    let w = Work::new();
    let mut bytes = "---\nid: latin1\n---\nسطر أول\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"caf\xE9 au lait\n");
    let p = w.write("latin1.md", bytes);
    fails_cleanly(
        &w,
        &["import", p.to_str().unwrap()],
        &format!(
            "error: {}:5: invalid UTF-8 (byte 0xE9 at column 4); isnad reads UTF-8 text only\n",
            p.display()
        ),
    );
}

#[test]
fn empty_file() {
    let w = Work::new();
    let p = w.write("empty.md", "");
    fails_cleanly(
        &w,
        &["import", p.to_str().unwrap()],
        &format!("error: {}: empty file\n", p.display()),
    );
    let p = w.write("blank.md", "---\nid: b\n---\n\n  \n");
    fails_cleanly(
        &w,
        &["import", p.to_str().unwrap()],
        &format!("error: {}: empty body\n", p.display()),
    );
}

#[test]
fn jsonl_line_that_is_not_json() {
    let w = Work::new();
    let p = fixtures().join("bad/not-json.jsonl");
    // Lines 1 and 3 are good: they are imported, line 2 is reported.
    w.run(&["import", fixtures().join("good.jsonl").to_str().unwrap()]);
    let run = w.run(&["import", p.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "error: {}:2: not valid JSON: EOF while parsing a value (column 16)\n",
            p.display()
        )
    );
    assert!(
        run.stdout
            .starts_with("2 new, 0 updated, 0 unchanged, 1 failed;"),
        "{}",
        run.stdout
    );
    // With --strict nothing of the batch is stored.
    let w = Work::new();
    fails_cleanly(
        &w,
        &["import", "--strict", p.to_str().unwrap()],
        &format!(
            "error: {}:2: not valid JSON: EOF while parsing a value (column 16)\n",
            p.display()
        ),
    );
}

#[test]
fn jsonl_line_without_body() {
    let w = Work::new();
    let p = fixtures().join("bad/missing-body.jsonl");
    fails_cleanly(
        &w,
        &["import", "--strict", p.to_str().unwrap()],
        &format!("error: {}:2: missing field 'body'\n", p.display()),
    );
}

#[test]
fn unknown_lang_and_malformed_date_flags() {
    let good = fixtures().join("good.jsonl");
    let w2 = Work::new();
    w2.run(&["import", good.to_str().unwrap()]);
    let before = w2.fingerprint();
    let run = w2.run(&["import", "--lang", "fr", good.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("error: invalid value 'fr' for '--lang <LANG>': unknown language 'fr' (expected one of: ar, en)"), "{}", run.stderr);
    let run = w2.run(&["import", "--date", "03/12/2014", good.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("error: invalid value '03/12/2014' for '--date <YYYY-MM-DD>': malformed date '03/12/2014' (expected YYYY-MM-DD)"), "{}", run.stderr);
    let run = w2.run(&["import", "--date", "2014-02-30", good.to_str().unwrap()]);
    assert!(
        run.stderr.contains("no such date '2014-02-30'"),
        "{}",
        run.stderr
    );
    assert_eq!(w2.fingerprint(), before);
}

#[test]
fn bad_front_matter_names_its_line() {
    let w = Work::new();
    let p = w.write("a.md", "---\nid: a\nlang: fr\n---\nbody");
    fails_cleanly(
        &w,
        &["import", p.to_str().unwrap()],
        &format!(
            "error: {}:3: unknown language 'fr' (expected one of: ar, en)\n",
            p.display()
        ),
    );
}

#[test]
fn database_file_that_is_not_sqlite() {
    let w = Work::new();
    let db = w.write("claims.db", "this is a text file, not a database at all");
    let good = fixtures().join("good.jsonl");
    let run = w.run(&["import", good.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: claims.db: not an SQLite database file\n"
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        b"this is a text file, not a database at all"
    );
    assert_eq!(
        w.run(&["claims"]).stderr,
        "error: claims.db: not an SQLite database file\n"
    );
}

#[test]
fn someone_elses_sqlite_database() {
    let w = Work::new();
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    conn.execute_batch("CREATE TABLE orders (id INTEGER PRIMARY KEY);")
        .unwrap();
    drop(conn);
    let run = w.run(&["import", fixtures().join("good.jsonl").to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: claims.db: not an isnad database (it holds other tables); give another path with --db\n"
    );
}

#[test]
fn database_from_a_newer_isnad() {
    let w = Work::new();
    w.run(&["import", fixtures().join("good.jsonl").to_str().unwrap()]);
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    conn.execute_batch("PRAGMA user_version = 99;").unwrap();
    drop(conn);
    let before = w.fingerprint();
    for args in [
        vec!["claims"],
        vec!["import", fixtures().join("articles").to_str().unwrap()],
    ] {
        let run = w.run(&args);
        assert_eq!(run.code, 2);
        assert_eq!(
            run.stderr,
            format!(
                "error: claims.db: written by a newer isnad (schema version 99; this isnad knows up to {}): upgrade isnad to use it\n",
                isnad::store::SCHEMA_VERSION
            )
        );
    }
    assert_eq!(w.fingerprint(), before);
}

#[test]
fn listing_without_a_database() {
    let w = Work::new();
    let run = w.run(&["claims"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: claims.db: no database here (import articles first, or give --db PATH)\n"
    );
    assert!(!w.db().exists());
}

#[test]
fn folder_with_one_bad_file_imports_the_good_ones() {
    let w = Work::new();
    w.write("in/a.md", "---\nid: a\n---\nقتل 12 شخصا.");
    w.write("in/b.txt", b"\xFF\xFE bad");
    w.write("in/sub/c.md", "---\nid: c\n---\nKilled 3 people.");
    let run = w.run(&["import", "in"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stdout,
        "2 new, 0 updated, 0 unchanged, 1 failed; 2 claims stored\n"
    );
    assert_eq!(
        run.stderr,
        "error: in/b.txt:1: invalid UTF-8 (byte 0xFF at column 1); isnad reads UTF-8 text only\n"
    );
    assert_eq!(
        w.run(&["articles", "--format", "jsonl"])
            .stdout
            .lines()
            .count(),
        2
    );

    // --strict: the first failure stops the import and the batch in progress is rolled back.
    let w = Work::new();
    w.write("in/a.md", "---\nid: a\n---\nقتل 12 شخصا.");
    w.write("in/b.txt", b"\xFF\xFE bad");
    let run = w.run(&["import", "--strict", "in"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: in/b.txt:1: invalid UTF-8 (byte 0xFF at column 1); isnad reads UTF-8 text only\n"
    );
    assert_eq!(w.run(&["articles", "--format", "jsonl"]).stdout, "");
}

#[test]
fn unsupported_file_type_and_unknown_article() {
    let w = Work::new();
    let p = w.write("data.json", "[]");
    fails_cleanly(
        &w,
        &["import", p.to_str().unwrap()],
        &format!(
            "error: {}: unsupported file type (expected .txt, .md, .jsonl, .html; or say which with --input-format)\n",
            p.display()
        ),
    );
    let run = w.run(&["articles", "show", "no-such-id"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (2, "error: no article with id 'no-such-id'\n")
    );
}
