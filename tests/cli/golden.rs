//! Golden tests: each fixture article → its claims, one snapshot per article
//! (`tests/cli/snapshots/`). When extraction improves, review the changes with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test` and read the diff).

use crate::{Work, fixtures};

#[test]
fn fixture_articles_give_their_claims() {
    let w = Work::new();
    let mut paths: Vec<_> = std::fs::read_dir(fixtures().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 6);
    for path in paths {
        let run = w.run(&["extract", "--format", "jsonl", path.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.all());
        let mut lines = Vec::new();
        for line in run.stdout.lines() {
            let c: serde_json::Value = serde_json::from_str(line).unwrap();
            lines.push(format!(
                "{}..{} {} {} [{}..{}] {} {} «{}»",
                c["start"],
                c["end"],
                c["kind"].as_str().unwrap(),
                c["value"],
                c["low"],
                c["high"],
                c["qualifier"].as_str().unwrap(),
                c["unit"].as_str().unwrap_or("-"),
                c["text"].as_str().unwrap()
            ));
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        insta::assert_snapshot!(name, lines.join("\n"));
    }
}
