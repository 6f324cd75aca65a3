//! Concurrent writers: two and four `isnad import` processes at once into one database (new,
//! or holding articles already), on files that overlap (the same articles in several files,
//! and the same article id with other content in two files), while readers list the store.
//!
//! No process may fail (no `database is locked` reaching the user), readers never see half an
//! article, and the end state equals importing the same files one after the other: every
//! article, claim, earlier version and speaker, none lost and none twice.
//! `processes_importing_into_one_new_database_at_once` (import.rs) covers the race of
//! creating the file; these cover the writes that follow.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::generate::{self, Digest};
use crate::{Work, fixtures};

/// Commands that read the whole store, run in a loop while the imports write, with the exit
/// codes that are not a failure.
const READERS: &[(&[&str], &[i32])] = &[
    (&["articles", "--format", "jsonl"], &[0]),
    (&["claims", "--format", "jsonl"], &[0]),
    (&["speakers", "--format", "jsonl"], &[0]),
    // The cross-check: 1 says it found failing findings, not that it failed.
    (&["check", "--format", "json"], &[0, 1]),
];

const GENERATED: usize = 64;
const G: usize = GENERATED;
/// Ids imported with one content by one process and another content by another.
const TWICE: usize = 10;

struct Inputs {
    /// The files of each process, for 2 and for 4 processes.
    two: Vec<PathBuf>,
    four: Vec<PathBuf>,
    /// Imported before the processes start, in the "existing database" rounds.
    existing: Vec<PathBuf>,
}

fn inputs(w: &Work) -> Inputs {
    let generated = generate::articles(11, "c", GENERATED);
    let lines = |range: std::ops::Range<usize>, step: usize| -> Vec<String> {
        generated[range]
            .iter()
            .step_by(step)
            .map(|(_, l)| l.clone())
            .collect()
    };
    // Two contents per id that differ only in the title: both versions have the same
    // claims, so the end state's counts do not depend on which import came last.
    let mut rng = generate::Rng::new(12);
    let twice: Vec<(String, bool, String)> = (0..TWICE)
        .map(|i| {
            let english = i % 2 == 1;
            (
                format!("x-{i:02}"),
                english,
                generate::body(&mut rng, english),
            )
        })
        .collect();
    let variant = |range: std::ops::Range<usize>, second: bool| -> Vec<String> {
        twice[range]
            .iter()
            .map(|(id, english, body)| {
                let mut v: serde_json::Value =
                    serde_json::from_str(&generate::line(id, *english, body)).unwrap();
                if second {
                    v["title"] = format!("Returns {id} (corrected)").into();
                }
                v.to_string()
            })
            .collect()
    };
    let file = |name: &str, parts: Vec<Vec<String>>| -> PathBuf {
        w.write(name, generate::jsonl(parts.concat().iter()))
    };
    let half = TWICE / 2;
    Inputs {
        two: vec![
            file(
                "two-0.jsonl",
                vec![lines(0..G * 5 / 8, 1), variant(0..TWICE, false)],
            ),
            file(
                "two-1.jsonl",
                vec![variant(0..TWICE, true), lines(G * 3 / 8..G, 1)],
            ),
        ],
        four: vec![
            file(
                "four-0.jsonl",
                vec![lines(0..G / 2, 1), variant(0..half, false)],
            ),
            file(
                "four-1.jsonl",
                vec![variant(0..half, true), lines(G / 4..G * 3 / 4, 1)],
            ),
            file(
                "four-2.jsonl",
                vec![lines(G / 2..G, 1), variant(half..TWICE, false)],
            ),
            file(
                "four-3.jsonl",
                vec![lines(0..G, 2), variant(half..TWICE, true)],
            ),
        ],
        existing: vec![
            fixtures().join("articles"),
            file("existing.jsonl", vec![lines(G * 3 / 4..G, 1)]),
        ],
    }
}

/// Small batches: each import commits many times, between the other imports' commits.
fn import(w: &Work, db: &Path, files: &[PathBuf]) -> Command {
    let mut c = w.cmd();
    c.args(["--db", db.to_str().unwrap(), "import", "--batch", "4"])
        .args(files);
    c
}

/// Imports `files` into `db`, one process, which must succeed.
fn import_ok(w: &Work, db: &Path, files: &[PathBuf]) {
    let out = import(w, db, files).output().unwrap();
    assert!(out.status.success(), "{out:?}");
}

/// `[new, updated, unchanged, failed, claims]` from an import's summary line (the last).
fn summary(stdout: &str) -> [u64; 5] {
    let numbers: Vec<u64> = stdout
        .lines()
        .last()
        .unwrap_or_default()
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    numbers.try_into().unwrap_or_else(|_| panic!("{stdout}"))
}

/// Runs every reader once; returns the claim count of each article `articles` listed.
fn read_once(w: &Work, db: &Path) -> Option<BTreeMap<String, u64>> {
    let mut listed = None;
    for (args, codes) in READERS {
        let out = w
            .cmd()
            .args(["--db", db.to_str().unwrap()])
            .args(*args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code().unwrap();
        if code == 2 && stderr.contains("no database here") {
            return None; // Not created yet.
        }
        assert!(
            codes.contains(&code) && !stderr.contains("locked") && !stderr.contains("busy"),
            "isnad {}: exit {code}: {stderr}",
            args.join(" ")
        );
        if args[0] == "articles" {
            let text = String::from_utf8(out.stdout).unwrap();
            listed = Some(
                text.lines()
                    .map(|l| {
                        let v: serde_json::Value = serde_json::from_str(l).unwrap();
                        (
                            v["id"].as_str().unwrap().to_string(),
                            v["claims"].as_u64().unwrap(),
                        )
                    })
                    .collect(),
            );
        }
    }
    listed
}

/// The processes at once, readers looping meanwhile; returns their summaries.
fn at_once(w: &Work, db: &Path, files: &[PathBuf], expected: &Digest) -> Vec<[u64; 5]> {
    let claims: BTreeMap<&String, u64> = expected
        .articles
        .iter()
        .map(|(id, a)| (id, a.2.len() as u64))
        .collect();
    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let reader = scope.spawn(|| {
            let mut reads = 0;
            while !done.load(Ordering::Relaxed) {
                let Some(listed) = read_once(w, db) else {
                    continue;
                };
                for (id, n) in &listed {
                    assert_eq!(
                        claims.get(id),
                        Some(n),
                        "a reader saw article {id} with {n} claims"
                    );
                }
                reads += 1;
            }
            reads
        });
        let children: Vec<_> = files
            .iter()
            .map(|f| {
                import(w, db, std::slice::from_ref(f))
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outs: Vec<_> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        done.store(true, Ordering::Relaxed);
        let reads = reader.join().unwrap();
        assert!(reads > 0, "no reader finished while the imports ran");
        eprintln!(
            "{} imports at once, {reads} rounds of readers meanwhile",
            files.len()
        );
        outs.iter()
            .map(|out| {
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(out.status.success() && stderr.is_empty(), "{stderr}");
                summary(&String::from_utf8_lossy(&out.stdout))
            })
            .collect()
    })
}

/// The end state of a concurrent run equals `reference`; an id imported with two contents
/// holds one of them, with the other as its first version.
fn assert_same(got: &Digest, reference: &Digest) {
    let without_twice = |d: &Digest| {
        let mut d = Digest {
            articles: d.articles.clone(),
            versions: d.versions.clone(),
            speakers: d.speakers.clone(),
        };
        for a in d.articles.iter_mut().filter(|(id, _)| id.starts_with("x-")) {
            a.1.1.clear();
        }
        d.versions.iter_mut().for_each(|v| v.2.clear());
        d
    };
    assert_eq!(without_twice(got), without_twice(reference));
    for (id, a) in got.articles.iter().filter(|(id, _)| id.starts_with("x-")) {
        let first = got.versions.iter().find(|v| &v.0 == id).unwrap();
        let (r, r_first) = (
            &reference.articles[id].1,
            &reference.versions.iter().find(|v| &v.0 == id).unwrap().2,
        );
        let mut pair = [&a.1, &first.2];
        pair.sort();
        let mut expected = [r, r_first];
        expected.sort();
        assert_eq!(
            pair, expected,
            "{id}: the two contents, one of them current"
        );
    }
}

#[test]
fn two_and_four_processes_import_overlapping_files_while_readers_list() {
    let w = Work::new();
    // Every import applies it first, each in a transaction of its own.
    w.write("isnad-speakers.toml", generate::SPEAKERS);
    let inputs = inputs(&w);
    for existing in [false, true] {
        // Both sets of files hold the same articles and contents: one reference for both.
        let reference = w.path(&format!("reference-{existing}.db"));
        if existing {
            import_ok(&w, &reference, &inputs.existing);
        }
        for f in &inputs.four {
            import_ok(&w, &reference, std::slice::from_ref(f));
        }
        let expected = generate::digest(&reference);
        // The fixture articles, and generated articles the files hold too.
        let (fixture_articles, preloaded) = if existing { (7, G / 4) } else { (0, 0) };
        assert_eq!(
            expected.articles.len(),
            fixture_articles + GENERATED + TWICE
        );
        assert_eq!(expected.versions.len(), TWICE);
        for (n, files) in [(2, &inputs.two), (4, &inputs.four)] {
            let db = w.path(&format!("at-once-{n}-{existing}.db"));
            if existing {
                import_ok(&w, &db, &inputs.existing);
            }
            let summaries = at_once(&w, &db, files, &expected);
            let total = |i: usize| summaries.iter().map(|s| s[i]).sum::<u64>();
            let lines: u64 = files
                .iter()
                .map(|f| std::fs::read_to_string(f).unwrap().lines().count() as u64)
                .sum();
            let what = format!("{n} processes, existing database: {existing}");
            // Each article stored once, each id with two contents updated once.
            let new = (GENERATED + TWICE - preloaded) as u64;
            assert_eq!(
                (total(0), total(1), total(2), total(3)),
                (new, TWICE as u64, lines - new - TWICE as u64, 0),
                "{what}: new, updated, unchanged, failed"
            );
            let got = generate::digest(&db);
            assert_same(&got, &expected);
            let (a, c, s) = (got.articles.len(), got.claims(), got.speakers.len());
            eprintln!("{what}: {a} articles, {c} claims, {s} speakers, as in the reference");
        }
    }
}
