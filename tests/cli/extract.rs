//! `isnad extract`: claims without storing.

use crate::{Work, fixtures};

#[test]
fn extracts_from_stdin_without_a_database() {
    let w = Work::new();
    let run = w.run_stdin(
        &["extract", "--format", "jsonl", "--lang", "ar", "-"],
        "نفذت القوات ١٠٥٠ طلعة جوية، أي 85% من المجموع.",
    );
    assert_eq!(run.code, 0, "{}", run.all());
    let claims: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(claims.len(), 2);
    assert_eq!(
        (claims[0]["text"].as_str(), claims[0]["value"].as_i64()),
        (Some("١٠٥٠ طلعة جوية"), Some(1050))
    );
    assert_eq!(
        (claims[1]["kind"].as_str(), claims[1]["value"].as_i64()),
        (Some("percent"), Some(85))
    );
    assert!(claims[0]["article"].as_str().unwrap().starts_with("stdin-"));
    assert!(!w.db().exists(), "extract never writes a database");
}

#[test]
fn jsonl_input_tags_claims_with_article_ids() {
    let w = Work::new();
    let run = w.run(&[
        "extract",
        "--format",
        "jsonl",
        fixtures().join("good.jsonl").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.all());
    let ids: std::collections::BTreeSet<String> = run
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["article"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        ids.into_iter().collect::<Vec<_>>(),
        [
            "oasis-bookfair-2015-03-05-ar",
            "oasis-bookfair-2015-03-05-en",
            "oasis-bookfair-2015-03-06-ar"
        ]
    );
}

#[test]
fn extract_matches_what_import_stores() {
    let w = Work::new();
    let dir = fixtures().join("articles");
    let extracted = w
        .run(&["extract", "--format", "jsonl", dir.to_str().unwrap()])
        .stdout;
    w.run(&["import", dir.to_str().unwrap()]);
    let stored = w.run(&["claims", "--format", "jsonl"]).stdout;
    let mut a: Vec<&str> = extracted.lines().collect();
    let mut b: Vec<&str> = stored.lines().collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn extract_reports_bad_lines_and_goes_on() {
    let w = Work::new();
    let p = fixtures().join("bad/not-json.jsonl");
    let run = w.run(&["extract", "--format", "jsonl", p.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "error: {}:2: not valid JSON: EOF while parsing a value (column 16)\n",
            p.display()
        )
    );
    assert!(!run.stdout.is_empty(), "lines 1 and 3 still give claims");
}
