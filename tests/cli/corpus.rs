//! A small slice of the shared real-news corpus (the whole corpus is for benchmarks).

use std::io::{BufRead, BufReader, Write};

use crate::{Work, shared};

/// The first `n` lines of a corpus file, written to a temporary JSONL file.
fn slice(w: &Work, file: &str, n: usize) -> std::path::PathBuf {
    let src = shared().join("corpus").join(file);
    let reader = BufReader::new(std::fs::File::open(&src).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the shared corpus must be beside the repository)",
            src.display()
        )
    }));
    let path = w.path(file);
    let mut out = std::fs::File::create(&path).unwrap();
    for line in reader.lines().take(n) {
        writeln!(out, "{}", line.unwrap()).unwrap();
    }
    path
}

#[test]
fn arabic_slice_imports_once_and_offsets_point_into_bodies() {
    let w = Work::new();
    let p = slice(&w, "ar-news.jsonl", 150);
    let run = w.run(&["import", p.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout
            .starts_with("150 new, 0 updated, 0 unchanged, 0 failed;"),
        "{}",
        run.stdout
    );
    let again = w.run(&["import", p.to_str().unwrap()]);
    assert_eq!(
        again.stdout,
        "0 new, 0 updated, 150 unchanged, 0 failed; 0 claims stored\n"
    );

    // Every stored claim's text is the body's characters at its offsets (SQLite's substr
    // counts characters as isnad does).
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    let bad: i64 = conn.query_row(
        "SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE substr(a.body, c.start + 1, c.end - c.start) <> c.text
            OR instr(substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start), c.text) = 0",
        [], |r| r.get(0)).unwrap();
    assert_eq!(bad, 0);
    let claims: i64 = conn
        .query_row("SELECT count(*) FROM claim_view", [], |r| r.get(0))
        .unwrap();
    assert!(claims > 150, "real news is full of numbers: {claims}");
}

#[test]
fn english_slice_imports() {
    let w = Work::new();
    let p = slice(&w, "en-news.jsonl", 40);
    let run = w.run(&["import", p.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.starts_with("40 new,"), "{}", run.stdout);
    let listed = w.run(&["articles", "--format", "jsonl"]).stdout;
    assert!(listed.lines().all(|l| l.contains("\"lang\":\"en\"")));
}
