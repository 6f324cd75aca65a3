//! `isnad check`.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::common::InputArgs;
use super::{Exit, Io};
use crate::check::engine::TermCounter;
use crate::check::{self, Frequencies, Item, Location, Options, SpeakerKey, baseline, facts};
use crate::config::{Config, FailOn};
use crate::error::{Error, Result};
use crate::extract::extract_article;
use crate::ingest;
use crate::lang::FastSet;
use crate::model::{Article, SpeakerKind};
use crate::normalize;
use crate::report::findings::{self, Context, Format};
use crate::store::{CheckSelection, Mode, Store};

/// Cross-check claims about the same quantity: everything stored, or the articles at PATH…
/// against the store (without storing them unless --save). Exit code 0 when nothing fails,
/// 1 when a finding fails (see --fail-on), 2 on errors.
///
/// Settings come from `isnad.toml` in the working folder (thresholds, tolerances,
/// cumulative units, facts and speakers files).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles to check against the store (files, folders, or - for stdin).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: CheckFormat,
    /// Which findings fail the check (default: `fail_on` in isnad.toml, else conflict).
    #[arg(long, value_enum, value_name = "LEVEL")]
    fail_on: Option<FailOnArg>,
    /// Also list agreeing and compatible pairs.
    #[arg(long)]
    all: bool,
    /// Findings recorded in FILE don't fail; new ones do; gone ones are reported.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record today's findings in FILE (a baseline).
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// The settings file (default: ./isnad.toml when it exists).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// A house-facts file (TOML), in addition to those of isnad.toml; repeatable.
    #[arg(long, value_name = "FILE")]
    facts: Vec<PathBuf>,
    /// A lexicon file (TOML) of the newsroom's own entities and concepts, in addition to
    /// those of isnad.toml; repeatable.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Store the checked articles too (import them after the check).
    #[arg(long)]
    save: bool,
    /// At most this many annotations in the github format.
    #[arg(long, value_name = "N", default_value_t = 50)]
    max_annotations: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    #[default]
    Table,
    Json,
    Github,
    Junit,
    Sarif,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FailOnArg {
    Conflict,
    SpeakerConflict,
    Any,
    Never,
}

pub fn run(args: Args, db: &Path, io: &mut Io<'_>) -> Result<Exit> {
    let config = match &args.config {
        Some(p) => Config::load(p)?,
        None => Config::discover(Path::new("."))?,
    };
    let mut lexicon_files = config.lexicons.clone();
    lexicon_files.extend(args.lexicon.iter().cloned());
    check::lexicon::install(check::lexicon::Lexicon::load(&lexicon_files)?);
    let mut fact_files = config.facts.clone();
    fact_files.extend(args.facts.iter().cloned());
    let facts = facts::load(&fact_files)?;
    let declared = crate::registry::file::load(&config.speakers)?;
    let baseline = args.baseline.as_deref().map(baseline::read).transpose()?;
    let fail_on = match args.fail_on {
        Some(FailOnArg::Conflict) => FailOn::Conflict,
        Some(FailOnArg::SpeakerConflict) => FailOn::SpeakerConflict,
        Some(FailOnArg::Any) => FailOn::Any,
        Some(FailOnArg::Never) => FailOn::Never,
        None => config.check.fail_on,
    };
    let options = Options {
        settings: config.check.clone(),
        all: args.all,
        only_new: !args.paths.is_empty(),
        fail_on,
    };
    let store = Store::open(db, Mode::Read)?;
    // Declared names → canonical name, for new articles' speakers.
    let mut canonical: HashMap<String, String> = HashMap::new();
    for d in &declared {
        for n in d.names() {
            canonical.insert(normalize::key(n), d.name.clone());
        }
    }
    let (items, freq, articles) = if args.paths.is_empty() {
        let mut items = Vec::new();
        let mut freq = Frequencies::default();
        store.check_claims(CheckSelection::All, |s| {
            let item = stored_item(s);
            freq.add(item.claim.subject.as_deref(), item.speaker.as_ref());
            items.push(item);
            Ok(())
        })?;
        (items, freq, HashMap::new())
    } else {
        against_store(&args, &store, &canonical, config.check.max_days_apart, io)?
    };
    let mut report = check::run(items, &freq, &facts, &options);
    locate(&mut report, &store, &articles)?;
    if let Some(b) = &baseline {
        baseline::apply(&mut report, b);
    }
    if let Some(path) = &args.write_baseline {
        let text = baseline::write(&baseline::entries(&report));
        std::fs::write(path, text).map_err(|e| Error::Io {
            context: format!("writing {}", path.display()),
            source: e,
        })?;
    }
    let cx = Context {
        width: io.width,
        max_annotations: args.max_annotations,
        timestamp: crate::store::now().trim_end_matches('Z').to_string(),
    };
    let format = match args.format {
        CheckFormat::Table => Format::Table,
        CheckFormat::Json => Format::Json,
        CheckFormat::Github => Format::Github,
        CheckFormat::Junit => Format::Junit,
        CheckFormat::Sarif => Format::Sarif,
    };
    findings::render(format, &report, io.out, &cx)?;
    io.out.flush().map_err(crate::report::io)?;
    let failing = report.failing() > 0;
    drop(store);
    if args.save && save(&args, &config, db, io)? {
        return Ok(Exit::Error);
    }
    Ok(if failing {
        Exit::Failing
    } else {
        Exit::Success
    })
}

fn stored_item(s: crate::store::StoredClaim) -> Item {
    Item {
        claim: s.claim,
        speaker: s.speaker_id.map(SpeakerKey::Stored),
        date: s.date,
        source: s.source,
        new: false,
        location: None,
    }
}

/// Imports the checked articles (`--save`), with the speakers files of isnad.toml (or those
/// found beside them); whether an input failed.
fn save(args: &Args, config: &Config, db: &Path, io: &mut Io<'_>) -> Result<bool> {
    let defaults = args.input.defaults();
    let inputs = ingest::plan(&args.paths, &defaults);
    let files = if config.speakers.is_empty() {
        crate::registry::file::discover(&args.paths)
    } else {
        config.speakers.clone()
    };
    let declared = crate::registry::file::load(&files)?;
    let mut store = Store::open(db, Mode::Create)?;
    if !files.is_empty() {
        store.apply_speakers(&declared)?;
    }
    let err = &mut *io.err;
    let summary = crate::import::run(
        &mut store,
        &inputs,
        &defaults,
        &crate::import::Options::default(),
        &crate::import::Quiet,
        |e| {
            let _ = writeln!(err, "error: {e}");
        },
    )?;
    writeln!(io.err, "saved: {summary}").map_err(crate::report::io)?;
    Ok(summary.failed > 0)
}

/// Terms in more stored claims of the kind than this do not make an article a candidate.
const CANDIDATE_DF: u32 = 1000;

/// The new articles' claims, and the stored claims of the articles they may be checked
/// against; document frequencies over the whole store.
fn against_store(
    args: &Args,
    store: &Store,
    canonical: &HashMap<String, String>,
    max_days_apart: u32,
    io: &mut Io<'_>,
) -> Result<(Vec<Item>, Frequencies, HashMap<String, Article>)> {
    let defaults = args.input.defaults();
    let inputs = ingest::plan(&args.paths, &defaults);
    let mut articles: Vec<Article> = Vec::new();
    let mut failure: Option<Error> = None;
    let _ = ingest::read(&inputs, &defaults, |item| match item.result {
        Ok(a) => {
            articles.push(a);
            ControlFlow::Continue(())
        }
        Err(e) => {
            failure = Some(Error::Input(e));
            ControlFlow::Break(())
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    let new_ids: FastSet<String> = articles.iter().map(|a| a.id.clone()).collect();
    let mut items = Vec::new();
    for a in &articles {
        for mut claim in extract_article(a) {
            let speaker = match &claim.speaker {
                Some(name) => {
                    let name = canonical
                        .get(&normalize::key(name))
                        .cloned()
                        .unwrap_or_else(|| name.clone());
                    let kind = claim.speaker_kind.unwrap_or(SpeakerKind::Person);
                    let key = match store.resolve_speaker(&a.id, &name, kind)? {
                        Some(id) => SpeakerKey::Stored(id),
                        None if crate::registry::known_across_articles(&name, kind) => {
                            SpeakerKey::New(normalize::key(&name))
                        }
                        None => SpeakerKey::New(format!("{}@{}", normalize::key(&name), a.id)),
                    };
                    claim.speaker = Some(name);
                    Some(key)
                }
                None => None,
            };
            items.push(Item {
                claim,
                speaker,
                date: a.date.map(|d| d.to_string()),
                source: a.source.clone(),
                new: true,
                location: None,
            });
        }
    }
    // Frequencies over the store (less the articles being replaced) and the new claims.
    let clock = std::time::Instant::now();
    let timing = std::env::var_os("ISNAD_TIMING").is_some();
    // The terms of each new claim (subject, words around it, speaker), by kind.
    let mut claim_terms: Vec<(String, Vec<String>)> = Vec::new();
    let mut by_kind: HashMap<String, BTreeSet<String>> = HashMap::new();
    for it in &items {
        let c = &it.claim;
        let span = (
            c.start.saturating_sub(c.sentence_start),
            c.end.saturating_sub(c.sentence_start),
        );
        let ctx = check::features::Context::new(&c.sentence, span);
        let terms: Vec<String> = check::engine::subject_terms(c.subject.as_deref())
            .chain(ctx.window_terms().into_iter().map(|(t, _)| t))
            .chain(it.speaker.as_ref().map(SpeakerKey::term))
            .collect();
        by_kind
            .entry(c.kind.to_string())
            .or_default()
            .extend(terms.iter().cloned());
        claim_terms.push((c.kind.to_string(), terms));
    }
    // Stored articles too far in time from every new one can't pair with its claims (the
    // matching pairs dated articles at most max_days_apart apart): not candidates. A new
    // article without a date may pair with any.
    let day = |d: Option<&str>| d.and_then(check::value::date_bounds).map(|(d, _)| d);
    let new_days: Option<Vec<f64>> = articles
        .iter()
        .map(|a| day(a.date.map(|d| d.to_string()).as_deref()))
        .collect();
    let far: FastSet<String> = match &new_days {
        Some(days) => store
            .article_dates()?
            .into_iter()
            .filter(|(_, d)| {
                day(d.as_deref()).is_some_and(|d| {
                    days.iter()
                        .all(|n| (n - d).abs() > f64::from(max_days_apart))
                })
            })
            .map(|(id, _)| id)
            .collect(),
        None => FastSet::default(),
    };
    // One pass over the store: frequencies, and which stored claims share a term with a
    // new claim of their kind. Terms are counted by id ([`TermCounter`]); which kinds'
    // new claims have a term is worked out once per term, as a bit per kind.
    let kinds: Vec<&String> = by_kind.keys().collect();
    let kind_bit = |k: &[u8]| kinds.iter().position(|x| x.as_bytes() == k);
    // Stored speakers that new claims of a kind name (`@ID` terms), by kind bit.
    let wanted_speakers: HashSet<(usize, i64)> = by_kind
        .iter()
        .flat_map(|(k, set)| {
            let bit = kind_bit(k.as_bytes()).unwrap_or(0);
            set.iter()
                .filter_map(|t| t.strip_prefix('@')?.parse::<i64>().ok())
                .map(move |id| (bit, id))
        })
        .collect();
    let mut counter = TermCounter::default();
    let mut member: Vec<u32> = Vec::new();
    let mut hits: Vec<(i64, String, Vec<String>)> = Vec::new();
    // Rows come article by article: what an article is (new, far, other) is worked out
    // when the article changes.
    #[derive(Clone, Copy, PartialEq)]
    enum Stored {
        New,
        Far,
        Other,
    }
    let mut last: (Vec<u8>, Stored) = (Vec::new(), Stored::Other);
    let mut ids: Vec<u32> = Vec::new();
    store.claim_keys(|k| {
        if k.article != last.0.as_slice() {
            let id = String::from_utf8_lossy(k.article);
            let what = if new_ids.contains(id.as_ref()) {
                Stored::New
            } else if far.contains(id.as_ref()) {
                Stored::Far
            } else {
                Stored::Other
            };
            last = (k.article.to_vec(), what);
        }
        if last.1 == Stored::New {
            return;
        }
        ids.clear();
        ids.extend_from_slice(counter.add(k.subject, k.speaker_id));
        if last.1 == Stored::Far {
            return;
        }
        let Some(bit) = kind_bit(k.kind) else {
            return;
        };
        for id in member.len() as u32..counter.len() as u32 {
            let name = counter.name(id);
            let mask = kinds
                .iter()
                .enumerate()
                .filter(|(_, kind)| by_kind[kind.as_str()].contains(name))
                .fold(0u32, |m, (i, _)| m | (1 << i));
            member.push(mask);
        }
        let mut shared: Vec<String> = ids
            .iter()
            .filter(|&&id| member[id as usize] & (1 << bit) != 0)
            .map(|&id| counter.name(id).to_string())
            .collect();
        if let Some(s) = k
            .speaker_id
            .filter(|&s| wanted_speakers.contains(&(bit, s)))
        {
            shared.push(SpeakerKey::Stored(s).term());
        }
        if !shared.is_empty() {
            hits.push((k.id, kinds[bit].clone(), shared));
        }
    })?;
    let mut freq = counter.finish();
    // Candidates: stored claims that share one of the rarer terms of a new claim of their
    // kind (its eight rarest that some stored claim has, as the matching probes them). Only
    // they can pair with a new claim; the other claims of their articles are not read.
    let df = |t: &str| freq.terms.get(t).copied().unwrap_or(0);
    let mut wanted: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (kind, terms) in claim_terms {
        let mut terms: Vec<String> = terms
            .into_iter()
            .filter(|t| (1..=CANDIDATE_DF).contains(&df(t)))
            .collect();
        terms.sort_by_key(|t| (df(t), t.clone()));
        terms.dedup();
        wanted
            .entry(kind)
            .or_default()
            .extend(terms.into_iter().take(8));
    }
    for it in &items {
        freq.add(it.claim.subject.as_deref(), it.speaker.as_ref());
    }
    let mut candidates: BTreeSet<i64> = BTreeSet::new();
    for (id, kind, shared) in &hits {
        if wanted
            .get(kind)
            .is_some_and(|w| shared.iter().any(|t| w.contains(t)))
        {
            candidates.insert(*id);
        }
    }
    if timing {
        eprintln!(
            "timing: store keys, frequencies and {} candidate claims {:.3}s",
            candidates.len(),
            clock.elapsed().as_secs_f64()
        );
    }
    let list: Vec<i64> = candidates.into_iter().collect();
    for chunk in list.chunks(500) {
        store.check_claims(CheckSelection::Ids(chunk), |s| {
            items.push(stored_item(s));
            Ok(())
        })?;
    }
    let _ = io;
    Ok((
        items,
        freq,
        articles.into_iter().map(|a| (a.id.clone(), a)).collect(),
    ))
}

/// File, line and column of the claims that findings show.
fn locate(report: &mut check::Report, store: &Store, new: &HashMap<String, Article>) -> Result<()> {
    let mut wanted: BTreeSet<usize> = BTreeSet::new();
    for f in &report.findings {
        wanted.extend(f.claims.iter().copied());
    }
    let mut cache: HashMap<String, Option<(String, Option<String>, u64)>> = HashMap::new();
    for i in wanted {
        let item = &report.items[i];
        let article = item.claim.article.clone();
        let origin = match cache.get(&article) {
            Some(o) => o.clone(),
            None => {
                let o = if item.new {
                    new.get(&article)
                        .map(|a| (a.body.clone(), Some(a.origin.clone()), a.line))
                } else {
                    store
                        .article_origin(&article, None)?
                        .map(|o| (o.body, o.origin, o.line))
                };
                cache.insert(article.clone(), o.clone());
                o
            }
        };
        if let Some((body, Some(file), line)) = origin {
            report.items[i].location = Some(position(&body, &file, line, item.claim.start));
        }
    }
    Ok(())
}

/// Line and column (1-based) of char `offset` in `body`, which starts on `first_line` of
/// `file`; a JSON Lines article is one line, column 1.
fn position(body: &str, file: &str, first_line: u64, offset: usize) -> Location {
    if file.ends_with(".jsonl") || file == "-" {
        return Location {
            file: file.to_string(),
            line: first_line,
            column: 1,
        };
    }
    let (mut line, mut column) = (first_line, 1u64);
    for c in body.chars().take(offset) {
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    Location {
        file: file.to_string(),
        line,
        column,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_chars() {
        let l = position("ab\nكيري 62", "a.md", 9, 8);
        assert_eq!((l.line, l.column), (10, 6));
        let l = position("x\ny", "feed.jsonl", 4, 2);
        assert_eq!((l.line, l.column), (4, 1));
    }
}
