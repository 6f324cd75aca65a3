//! Scores the language packs against the peer test suites (Duckling, Recognizers-Text).
//!
//!     cargo bench --bench peers                      # ../shared/eval/peers/
//!     cargo bench --bench peers -- DIR               # another copy of the suites
//!     cargo bench --bench peers -- --failures        # every failure, not the first 30
//!
//! Prints one row per file (cases scored, passed, passed counting the differences listed in
//! `peers/news-semantics.tsv`, and the target), then each file's failures: the text,
//! what the peer expects and what we produce. The comparison rules are the doc comment of
//! `peers/rules.rs`; `tests/cli/peers.rs` holds the scores at their floors.

#[path = "peers/rules.rs"]
mod rules;

use std::path::{Path, PathBuf};

use rules::{Listed, SUITES, Score, Verdict};

const SHOWN: usize = 30;

fn main() {
    let mut all_failures = false;
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--bench" => {}
            "--failures" => all_failures = true,
            a if !a.starts_with('-') && dir.is_none() => dir = Some(PathBuf::from(a)),
            a => {
                eprintln!("usage: cargo bench --bench peers -- [DIR] [--failures] (not {a})");
                std::process::exit(2);
            }
        }
    }
    let dir = dir.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(rules::PEERS_DIR));
    let listed = rules::parse_listed(rules::NEWS_SEMANTICS_TSV)
        .unwrap_or_else(|e| panic!("news-semantics.tsv: {e}"));

    let mut scores = Vec::new();
    for suite in SUITES {
        let path = dir.join(format!("{}.jsonl", suite.file));
        let jsonl =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        scores.push(rules::score(suite, &jsonl, &listed).unwrap_or_else(|e| panic!("{e}")));
    }

    let shown = dir.canonicalize().unwrap_or_else(|_| dir.clone());
    println!("peer suites in {}\n", shown.display());
    table(&scores);
    for s in &scores {
        failures(s, &listed, all_failures);
    }
    listed_report(&scores, &listed);
}

fn table(scores: &[Score]) {
    println!(
        "{:<31} {:<30} {:>5} {:>6} {:>6} {:>7} {:>6} {:>6}  {:>7}",
        "file", "rule", "cases", "passed", "%", "+listed", "%", "target", "skipped"
    );
    for s in scores {
        let skipped = s.cases.len() - s.scored;
        let mark = if s.percent_listed() + 1e-9 < s.suite.target {
            "  below target"
        } else {
            ""
        };
        println!(
            "{:<31} {:<30} {:>5} {:>6} {:>6.1} {:>7} {:>6.1} {:>5}%  {:>7}{mark}",
            s.suite.file,
            s.suite.rule.name(),
            s.scored,
            s.passed,
            s.percent(),
            s.passed_listed,
            s.percent_listed(),
            s.suite.target,
            skipped,
        );
    }
}

fn failures(s: &Score, listed: &[Listed], all: bool) {
    let failed: Vec<_> = s
        .cases
        .iter()
        .filter(|c| c.outcome.verdict == Verdict::Fail && !c.differs_as_listed(listed))
        .collect();
    if failed.is_empty() {
        return;
    }
    let shown = if all {
        failed.len()
    } else {
        SHOWN.min(failed.len())
    };
    print!("\n── {}: {} failures", s.suite.file, failed.len());
    if shown < failed.len() {
        print!(" (first {shown}; --failures for all)");
    }
    println!();
    for c in &failed[..shown] {
        println!("  line {:<4} {}", c.line, c.text.trim());
        println!("      expected  {}", c.outcome.expected);
        println!("      got       {}", c.outcome.got);
        if !c.outcome.other.is_empty() {
            println!("      other     {}", c.outcome.other);
        }
        println!("      values    {} → {}", c.outcome.theirs, c.outcome.ours);
    }
}

fn listed_report(scores: &[Score], listed: &[Listed]) {
    if listed.is_empty() {
        println!("\nnews-semantics.tsv lists no differences.");
        return;
    }
    println!("\n── listed differences (news-semantics.tsv)");
    for s in scores {
        let rows: Vec<(usize, &Listed)> = listed
            .iter()
            .enumerate()
            .filter(|(_, l)| l.file == s.suite.file)
            .collect();
        if rows.is_empty() {
            continue;
        }
        println!("  {}:", s.suite.file);
        for (i, l) in rows {
            let case = s.cases.iter().find(|c| c.listed == Some(i));
            let status = match case {
                None => "STALE: no case with this text and expected value".to_string(),
                Some(c) if c.outcome.verdict == Verdict::Pass => {
                    "STALE: now passes, drop the row".to_string()
                }
                Some(c) if c.differs_as_listed(listed) => "differs as listed".to_string(),
                Some(c) => format!("STALE: we now produce {}", c.outcome.ours),
            };
            println!("    {}", l.text);
            println!("      theirs    {}", l.theirs);
            println!("      ours      {}", l.ours);
            println!("      why       {}", l.reason);
            println!("      status    {status}");
        }
    }
}
