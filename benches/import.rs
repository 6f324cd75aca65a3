//! Import throughput on a real corpus: articles/s, MB/s and peak memory of `isnad import`.
//!
//!     cargo bench --bench import                      # ../shared/corpus/ar-news.jsonl
//!     cargo bench --bench import -- FILE.jsonl [RUNS]
//!
//! Each run imports the whole file into a fresh database with the release binary, then
//! imports it again (every article unchanged). Peak memory is the child's maximum resident
//! set size as the kernel reports it (wait4). The machine is shared: compare medians, and
//! compare ratios measured in one run.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

struct Sample {
    secs: f64,
    max_rss_kib: i64,
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    let corpus = args.next().map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/ar-news.jsonl")
    });
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let bytes = std::fs::metadata(&corpus)
        .unwrap_or_else(|e| panic!("{}: {e}", corpus.display()))
        .len();
    let articles = count_lines(&corpus);
    println!(
        "corpus {} ({articles} articles, {:.1} MB), {runs} runs",
        corpus.display(),
        bytes as f64 / 1e6
    );

    let (mut fresh, mut again) = (Vec::new(), Vec::new());
    for run in 0..runs {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("bench.db");
        let a = import(&db, &corpus);
        let b = import(&db, &corpus);
        let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
        println!(
            "run {run}: fresh {:.2} s ({:.0} articles/s, {:.1} MB/s, peak {:.1} MB) · re-import {:.2} s (peak {:.1} MB) · db {:.1} MB",
            a.secs,
            articles as f64 / a.secs,
            bytes as f64 / 1e6 / a.secs,
            a.max_rss_kib as f64 / 1024.0,
            b.secs,
            b.max_rss_kib as f64 / 1024.0,
            size as f64 / 1e6,
        );
        fresh.push(a);
        again.push(b);
    }
    let med = |v: &mut Vec<Sample>| -> (f64, f64) {
        v.sort_by(|x, y| x.secs.total_cmp(&y.secs));
        let secs = v[v.len() / 2].secs;
        let rss = v.iter().map(|s| s.max_rss_kib).max().unwrap_or(0) as f64 / 1024.0;
        (secs, rss)
    };
    let (fs, frss) = med(&mut fresh);
    let (rs, rrss) = med(&mut again);
    println!(
        "median fresh import: {fs:.2} s = {:.0} articles/s, {:.1} MB/s; max peak RSS {frss:.1} MB",
        articles as f64 / fs,
        bytes as f64 / 1e6 / fs
    );
    println!(
        "median re-import (all unchanged): {rs:.2} s = {:.0} articles/s; max peak RSS {rrss:.1} MB",
        articles as f64 / rs
    );
}

fn count_lines(path: &Path) -> u64 {
    use std::io::BufRead;
    let f = std::io::BufReader::new(std::fs::File::open(path).expect("corpus"));
    f.split(b'\n').count() as u64
}

#[allow(clippy::zombie_processes)] // reaped by wait4 below
fn import(db: &Path, corpus: &Path) -> Sample {
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .args(["--db"])
        .arg(db)
        .args(["import", "--quiet"])
        .arg(corpus)
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("isnad runs");
    let (status, max_rss_kib) = wait4(child.id() as i32);
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(status, 0, "isnad import failed");
    Sample { secs, max_rss_kib }
}

/// Waits for `pid` (a child spawned by [`import`], reaped here rather than by
/// `Child::wait`, which cannot report memory) and returns its exit status and maximum resident set size (KiB).
fn wait4(pid: i32) -> (i32, i64) {
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    (libc::WEXITSTATUS(status), usage.ru_maxrss)
}
