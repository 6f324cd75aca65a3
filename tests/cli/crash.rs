//! Crash during import: `isnad import` killed with SIGKILL at points drawn from a seeded RNG,
//! then the database checked against a reference import that was not killed.
//!
//! After every kill: SQLite finds the file sound (`integrity_check`, `foreign_key_check`, no
//! speaker without claims), and every article it lists is whole: the same version, content
//! hash and claims (with their speakers) as in the reference, or, for an article being
//! updated, exactly as it was before the import, with no half-written version. Then the
//! import is run again (and may be killed again); once a run finishes, the database equals
//! the reference: every article, version, claim and speaker, none twice.
//!
//! Kill points are drawn over the reference import's own duration, so they spread over the
//! whole import on a fast machine and a slow one; small batches (`--batch`) give the import
//! many commits to be killed between, during or after.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::Work;
use crate::generate::{self, Digest, Rng};

/// Articles in the generated input: a quarter to half a second of import for the debug
/// binary (more would make the 20 kills slow).
const ARTICLES: usize = 120;
const BATCH: &str = "6";

/// The state of every article must be `before`'s or `after`'s; earlier versions only those
/// `after` keeps for the articles that reached `after`'s state. Returns whether the state is
/// strictly between the two.
fn assert_whole(db: &Path, before: &Digest, after: &Digest, what: &str) -> bool {
    let d = generate::digest(db);
    let mut expected_versions = Vec::new();
    for (id, state) in &d.articles {
        let done = after.articles.get(id) == Some(state);
        let old = before.articles.get(id) == Some(state);
        assert!(
            done || old,
            "{what}: article {id} is neither as before nor as after the import: {state:?}"
        );
        if done && !old {
            expected_versions.extend(after.versions.iter().filter(|v| &v.0 == id).cloned());
        }
    }
    for id in before.articles.keys() {
        assert!(d.articles.contains_key(id), "{what}: article {id} was lost");
    }
    assert_eq!(d.versions, expected_versions, "{what}: earlier versions");
    d != *before && d != *after
}

/// Runs `isnad import` on `file` into `db` until it finishes, killing it at random points
/// (at most `kills` times, from a database in state `start` each time a run finishes) and
/// checking the database after each kill. Returns (kills, kills that left the database
/// strictly between `before` and `after`).
#[allow(clippy::too_many_arguments)] // one call per phase, every argument named there
fn kill_and_resume(
    w: &Work,
    rng: &mut Rng,
    start: Option<&Path>,
    file: &Path,
    before: &Digest,
    after: &Digest,
    duration: Duration,
    kills: usize,
) -> (usize, usize) {
    let db = w.path("killed.db");
    let reset = || {
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", db.display()));
        }
        if let Some(s) = start {
            std::fs::copy(s, &db).unwrap();
        }
    };
    reset();
    let (mut killed, mut between) = (0, 0);
    loop {
        let at = duration.mul_f64(rng.unit());
        let started = Instant::now();
        let mut child = w
            .cmd()
            .args(["--db", db.to_str().unwrap(), "import", "--batch", BATCH])
            .arg(file)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        while killed < kills && child.try_wait().unwrap().is_none() {
            if started.elapsed() >= at {
                // SAFETY: kill(2) on our own child, which try_wait has not reaped.
                unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGKILL) };
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let out = child.wait_with_output().unwrap();
        let what = format!("kill {} at {at:?}", killed + 1);
        if out.status.signal() == Some(libc::SIGKILL) {
            killed += 1;
            if assert_whole(&db, before, after, &what) {
                between += 1;
            }
            continue;
        }
        // The run finished (before the signal, or it was the last run).
        assert!(
            out.status.success(),
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            generate::digest(&db),
            *after,
            "a finished import equals the reference"
        );
        if killed >= kills {
            return (killed, between);
        }
        reset();
    }
}

/// Imports `file` into `db` without a kill; returns how long it took.
fn reference(w: &Work, db: &Path, file: &Path) -> Duration {
    let t = Instant::now();
    let run = w.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "--batch",
        BATCH,
        file.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.all());
    t.elapsed()
}

#[test]
fn killed_imports_leave_whole_articles_and_resume_to_the_reference() {
    let w = Work::new();
    w.write("isnad-speakers.toml", generate::SPEAKERS);
    let first = generate::articles(7, "a", ARTICLES);
    let a = w.write("a.jsonl", generate::jsonl(first.iter().map(|(_, l)| l)));
    // The same articles, every third one changed (other numbers, another speaker, and a
    // sentence more or less): an import of it updates them, keeping their first version.
    let mut rng = Rng::new(8);
    let changed: Vec<String> = first
        .iter()
        .enumerate()
        .map(|(i, (id, l))| {
            if i % 3 == 0 {
                generate::line(id, i % 2 == 0, &generate::body(&mut rng, i % 2 == 0))
            } else {
                l.clone()
            }
        })
        .collect();
    let b = w.write("b.jsonl", generate::jsonl(&changed));

    let ref_a = w.path("ref-a.db");
    let duration_a = reference(&w, &ref_a, &a);
    let ref_ab = w.path("ref-ab.db");
    std::fs::copy(&ref_a, &ref_ab).unwrap();
    let duration_b = reference(&w, &ref_ab, &b);
    let (empty, after_a, after_b) = (
        Digest::default(),
        generate::digest(&ref_a),
        generate::digest(&ref_ab),
    );
    assert_eq!(after_a.articles.len(), ARTICLES);
    assert!(after_a.claims() > 4 * ARTICLES, "{}", after_a.claims());
    assert!(after_a.speakers.len() > 20, "{:?}", after_a.speakers);
    assert_eq!(after_b.versions.len(), ARTICLES.div_ceil(3));
    assert_ne!(
        after_a.speakers, after_b.speakers,
        "updates drop and add speakers"
    );

    let mut rng = Rng::new(20141203);
    // Into a new database, and updating every third article of a full one.
    let (k1, b1) = kill_and_resume(&w, &mut rng, None, &a, &empty, &after_a, duration_a, 12);
    let (k2, b2) = kill_and_resume(
        &w,
        &mut rng,
        Some(&ref_a),
        &b,
        &after_a,
        &after_b,
        duration_b,
        8,
    );
    eprintln!(
        "crash: {k1} + {k2} kills, {b1} + {b2} of them mid-import; reference imports {duration_a:?} and {duration_b:?}"
    );
    assert_eq!((k1, k2), (12, 8));
    assert!(
        b1 + b2 >= 4,
        "too few kills landed mid-import ({b1} + {b2}) to show anything"
    );
}
