//! Import: ingest → extract → store, streaming.
//!
//! A reader thread reads articles one at a time and extracts their claims while the calling
//! thread gathers them into batches and writes each batch to SQLite in one transaction, so
//! reading, extraction and writing overlap. Memory holds at most a batch being gathered and
//! the channel: 64 articles, and no more than [`IN_FLIGHT_BYTES`] of input unless a single
//! article is larger. A failure (or a kill) leaves the database as it was before the batch
//! in progress, and re-running the import skips what was stored (by content hash). The
//! write lock is taken only once a batch is ready, so concurrent imports into one database
//! interleave their batches instead of one waiting for the other's whole import.

use std::ops::ControlFlow;
use std::sync::{Condvar, Mutex, mpsc};

use crate::error::{Error, InputError, Result};
use crate::extract;
use crate::hash::content_hash;
use crate::ingest::{self, Defaults, Input};
use crate::model::{Article, Claim};
use crate::store::{HashReader, Outcome, Store};

/// Articles per transaction unless told otherwise.
pub const DEFAULT_BATCH: usize = 500;

#[derive(Clone, Debug)]
pub struct Options {
    /// Stop at the first input that fails, rolling back the batch in progress.
    pub strict: bool,
    /// Articles per transaction (at least 1).
    pub batch_articles: usize,
    /// Input bytes per transaction (whichever limit comes first); batches are held in
    /// memory while they are gathered.
    pub batch_bytes: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            strict: false,
            batch_articles: DEFAULT_BATCH,
            batch_bytes: 4 << 20,
        }
    }
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub new: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failed: u64,
    /// Claims written (of new and updated articles).
    pub claims: u64,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} new, {} updated, {} unchanged, {} failed; {} claims stored",
            self.new, self.updated, self.unchanged, self.failed, self.claims
        )
    }
}

/// Hears about progress; the CLI draws a bar with it, tests ignore it.
pub trait Progress: Sync {
    fn advance(&self, _bytes: u64) {}
}

/// No progress reporting.
pub struct Quiet;
impl Progress for Quiet {}

/// An article ready to store, with everything computed off the writer's thread.
struct Prepared {
    article: Article,
    hash: String,
    /// `None` when the store already held this content when it was read: extraction is
    /// skipped, and the writer extracts only if the article changed in between.
    claims: Option<Vec<Claim>>,
}

type Message = (std::result::Result<Prepared, InputError>, u64);

/// Input bytes read but not yet written, above which the reader waits for the writer (a
/// file of large articles would otherwise fill the channel with 64 of them).
pub const IN_FLIGHT_BYTES: u64 = 16 << 20;

/// The input bytes between the reader and the writer.
#[derive(Default)]
struct InFlight {
    /// (bytes in flight, whether the writer has stopped)
    state: Mutex<(u64, bool)>,
    changed: Condvar,
}

impl InFlight {
    /// Waits until `n` more bytes fit (or nothing is in flight), then counts them. False
    /// when the writer has stopped.
    fn reserve(&self, n: u64) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while s.0 > 0 && s.0 + n > IN_FLIGHT_BYTES && !s.1 {
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.0 += n;
        !s.1
    }

    fn release(&self, n: u64) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.0 = s.0.saturating_sub(n);
        self.changed.notify_all();
    }

    fn stop(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.changed.notify_all();
    }
}

/// Tells the reader that the writer has stopped, however it stops.
struct StopOnDrop<'a>(&'a InFlight);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.stop();
    }
}

/// Imports `inputs` into `store`. Each failed input is passed to `on_error` and counted;
/// with `strict`, the first one drops the batch being gathered (nothing of it is written)
/// and is returned as the error.
pub fn run(
    store: &mut Store,
    inputs: &[Input],
    defaults: &Defaults,
    options: &Options,
    progress: &dyn Progress,
    mut on_error: impl FnMut(&InputError),
) -> Result<Summary> {
    let (tx, rx) = mpsc::sync_channel::<Message>(64);
    // A second, read-only connection lets the reader skip extracting unchanged articles.
    let hashes = store.hash_reader();
    let in_flight = InFlight::default();
    std::thread::scope(|scope| {
        let flight = &in_flight;
        scope.spawn(move || read_and_extract(inputs, defaults, hashes, tx, flight));
        let stop = StopOnDrop(&in_flight);
        let result = write_all(store, rx, options, progress, &in_flight, &mut on_error);
        drop(stop);
        // Dropping the receiver (inside write_all) stops the reader at its next send.
        result
    })
}

fn read_and_extract(
    inputs: &[Input],
    defaults: &Defaults,
    hashes: Option<HashReader>,
    tx: mpsc::SyncSender<Message>,
    in_flight: &InFlight,
) {
    let _ = ingest::read(inputs, defaults, |item| {
        let prepared = item.result.map(|article| {
            let hash = content_hash(&article);
            let stored = hashes.as_ref().and_then(|h| h.hash_of(&article.id));
            let claims = (stored.as_deref() != Some(hash.as_str()))
                .then(|| extract::extract_article(&article));
            Prepared {
                hash,
                claims,
                article,
            }
        });
        if !in_flight.reserve(item.bytes) {
            return ControlFlow::Break(());
        }
        match tx.send((prepared, item.bytes)) {
            Ok(()) => ControlFlow::Continue(()),
            Err(_) => ControlFlow::Break(()),
        }
    });
}

fn write_all(
    store: &mut Store,
    rx: mpsc::Receiver<Message>,
    options: &Options,
    progress: &dyn Progress,
    in_flight: &InFlight,
    on_error: &mut impl FnMut(&InputError),
) -> Result<Summary> {
    let mut summary = Summary::default();
    let mut rx = rx.into_iter();
    let mut ready: Vec<Prepared> = Vec::new();
    loop {
        // Gather a batch before taking the write lock, so that the lock is held while rows
        // are written, not while articles are read and extracted: other processes writing
        // into the same database get their turn between two batches.
        let (mut bytes, mut more) = (0u64, false);
        for (result, n) in rx.by_ref() {
            progress.advance(n);
            in_flight.release(n);
            bytes += n;
            match result {
                Ok(p) => ready.push(p),
                Err(e) => {
                    if options.strict {
                        // Nothing of the batch in progress was written.
                        return Err(Error::Input(e));
                    }
                    on_error(&e);
                    summary.failed += 1;
                }
            }
            if ready.len() >= options.batch_articles || bytes >= options.batch_bytes {
                more = true;
                break;
            }
        }
        if !ready.is_empty() {
            write_batch(store, ready.drain(..), &mut summary)?;
        }
        if !more {
            return Ok(summary);
        }
    }
}

/// Writes `articles` in one transaction and adds what it did to `summary` once it committed.
fn write_batch(
    store: &mut Store,
    articles: impl Iterator<Item = Prepared>,
    summary: &mut Summary,
) -> Result<()> {
    let mut batch = store.batch()?;
    let mut pending = Summary::default();
    for p in articles {
        let claims = match p.claims {
            Some(c) => c,
            None if batch.holds(&p.article.id, &p.hash)? => {
                pending.unchanged += 1;
                continue;
            }
            None => extract::extract_article(&p.article),
        };
        match batch.put(&p.article, &p.hash, &claims)? {
            Outcome::New => pending.new += 1,
            Outcome::Updated => pending.updated += 1,
            Outcome::Unchanged => {
                pending.unchanged += 1;
                continue;
            }
        }
        pending.claims += claims.len() as u64;
    }
    batch.commit()?;
    summary.new += pending.new;
    summary.updated += pending.updated;
    summary.unchanged += pending.unchanged;
    summary.claims += pending.claims;
    Ok(())
}
