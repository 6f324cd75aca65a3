//! Extraction alone, on one core: MB/s and claims/s over the bodies of a real corpus.
//!
//!     cargo bench --bench extract                   # ../shared/corpus/ar-news.jsonl
//!     cargo bench --bench extract -- FILE.jsonl [RUNS]
//!
//! Bodies are read into memory first; each run extracts every body on this thread with the
//! body's language and date, as import does. The machine is shared: quote the median.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::Instant;

use isnad::model::Lang;

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    let corpus = args.next().map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/ar-news.jsonl")
    });
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let file = std::fs::File::open(&corpus).unwrap_or_else(|e| panic!("{}: {e}", corpus.display()));
    let mut docs = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.expect("line")).expect("json");
        let lang = match v["lang"].as_str() {
            Some("en") => Lang::En,
            _ => Lang::Ar,
        };
        let date = v["date"]
            .as_str()
            .and_then(|d| isnad::ingest::parse_date(d).ok());
        docs.push((v["body"].as_str().unwrap_or("").to_string(), lang, date));
    }
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    println!(
        "corpus {} ({} bodies, {:.1} MB), {runs} runs, one thread",
        corpus.display(),
        docs.len(),
        bytes as f64 / 1e6
    );
    let mut times = Vec::new();
    let mut claims = 0;
    for run in 0..runs {
        let start = Instant::now();
        claims = 0;
        for (body, lang, date) in &docs {
            claims += isnad::extract(body, *lang, *date).len();
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "run {run}: {secs:.2} s, {:.1} MB/s, {:.0} claims/s ({claims} claims)",
            bytes as f64 / 1e6 / secs,
            claims as f64 / secs
        );
        times.push(secs);
    }
    times.sort_by(f64::total_cmp);
    let med = times[times.len() / 2];
    println!(
        "median: {med:.2} s = {:.1} MB/s, {:.0} claims/s, {claims} claims",
        bytes as f64 / 1e6 / med,
        claims as f64 / med
    );
}
