//! `isnad diff`.

use std::io::Write;
use std::ops::ControlFlow;
use std::path::Path;

use serde::Serialize;

use super::{Exit, Io};
use crate::check::diff::{self, Change};
use crate::error::{Error, Result};
use crate::extract::extract_article;
use crate::ingest;
use crate::model::{Article, Claim};
use crate::report::shorten;
use crate::store::{Mode, Store};

/// Claim-level diff of two articles, or of two versions of one: claims added, removed,
/// changed value, changed speaker, with word diffs of the sentences.
///
/// A and B are stored article ids, `ID@N` for version N of an article, or files. With B
/// left out, A's previous version is compared with its current one.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The old article: ID, ID@VERSION or a file.
    #[arg(value_name = "A")]
    a: String,
    /// The new article (default: A's current version, A being its previous one).
    #[arg(value_name = "B")]
    b: Option<String>,
    /// Also list the claims that did not change.
    #[arg(long)]
    all: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: DiffFormat,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    #[default]
    Table,
    Json,
}

pub fn run(args: Args, db: &Path, io: &mut Io<'_>) -> Result<Exit> {
    let store = || Store::open(db, Mode::Read);
    let (old, new) = match &args.b {
        Some(b) => (load(&args.a, &store)?, load(b, &store)?),
        None => {
            let s = store()?;
            let (current, version) = s
                .article_at(&args.a, None)?
                .ok_or_else(|| Error::Usage(format!("no article '{}'", args.a)))?;
            if version < 2 {
                return Err(Error::Usage(format!(
                    "article '{}' has one version only: name two articles (isnad diff A B)",
                    args.a
                )));
            }
            let (previous, _) = s.article_at(&args.a, Some(version - 1))?.ok_or_else(|| {
                Error::Usage(format!("no version {} of '{}'", version - 1, args.a))
            })?;
            (previous, current)
        }
    };
    let (oc, nc) = (claims_of(&old), claims_of(&new));
    let lines = diff::claims(&oc, &nc);
    match args.format {
        DiffFormat::Json => json(&old, &new, &oc, &nc, &lines, args.all, io.out)?,
        DiffFormat::Table => table(&old, &new, &oc, &nc, &lines, args.all, io)?,
    }
    Ok(Exit::Success)
}

/// An article named on the command line.
fn load(name: &str, store: &dyn Fn() -> Result<Store>) -> Result<Article> {
    let path = Path::new(name);
    if path.is_file() {
        let inputs = ingest::plan(&[path.to_path_buf()], &ingest::Defaults::default());
        let mut found: Option<std::result::Result<Article, crate::InputError>> = None;
        let _ = ingest::read(&inputs, &ingest::Defaults::default(), |item| {
            found = Some(item.result);
            ControlFlow::Break(())
        });
        return match found {
            Some(r) => Ok(r?),
            None => Err(Error::Usage(format!("{name}: no article in this file"))),
        };
    }
    let (id, version) = match name.rsplit_once('@') {
        Some((id, v)) if v.parse::<u32>().is_ok() => (id, v.parse().ok()),
        _ => (name, None),
    };
    store()?
        .article_at(id, version)?
        .map(|(a, _)| a)
        .ok_or_else(|| match version {
            Some(v) => Error::Usage(format!("no version {v} of article '{id}'")),
            None => Error::Usage(format!("no article '{id}' (and no such file)")),
        })
}

fn claims_of(a: &Article) -> Vec<Claim> {
    extract_article(a)
}

#[derive(Serialize)]
struct Side<'a> {
    id: &'a str,
    date: Option<String>,
    source: Option<&'a str>,
    claims: usize,
}

#[derive(Serialize)]
struct LineJson<'a> {
    change: &'a Change,
    old: Option<&'a Claim>,
    new: Option<&'a Claim>,
    sentence_diff: Option<&'a str>,
}

fn side(a: &Article, n: usize) -> Side<'_> {
    Side {
        id: &a.id,
        date: a.date.map(|d| d.to_string()),
        source: a.source.as_deref(),
        claims: n,
    }
}

fn json(
    old: &Article,
    new: &Article,
    oc: &[Claim],
    nc: &[Claim],
    lines: &[diff::Line],
    all: bool,
    out: &mut dyn Write,
) -> Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        old: Side<'a>,
        new: Side<'a>,
        changes: Vec<LineJson<'a>>,
    }
    let doc = Doc {
        old: side(old, oc.len()),
        new: side(new, nc.len()),
        changes: lines
            .iter()
            .filter(|l| all || l.change != Change::Unchanged)
            .map(|l| LineJson {
                change: &l.change,
                old: l.old.map(|i| &oc[i]),
                new: l.new.map(|j| &nc[j]),
                sentence_diff: l.sentence_diff.as_deref(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| crate::report::io(e.into()))?;
    writeln!(out).map_err(crate::report::io)
}

fn table(
    old: &Article,
    new: &Article,
    oc: &[Claim],
    nc: &[Claim],
    lines: &[diff::Line],
    all: bool,
    io: &mut Io<'_>,
) -> Result<()> {
    let count = |c: Change| lines.iter().filter(|l| l.change == c).count();
    writeln!(
        io.out,
        "{} ({} claims) → {} ({} claims): {} added, {} removed, {} changed value, {} changed speaker, {} unchanged",
        old.id,
        oc.len(),
        new.id,
        nc.len(),
        count(Change::Added),
        count(Change::Removed),
        count(Change::ChangedValue),
        count(Change::ChangedSpeaker),
        count(Change::Unchanged)
    )
    .map_err(crate::report::io)?;
    let shown: Vec<&diff::Line> = lines
        .iter()
        .filter(|l| all || l.change != Change::Unchanged)
        .collect();
    if shown.is_empty() {
        return Ok(());
    }
    let cell = |c: Option<&Claim>| {
        c.map(|c| format!("{} = {}", shorten(&c.text, 30), c.value))
            .unwrap_or_default()
    };
    let speaker = |c: Option<&Claim>| {
        c.and_then(|c| c.speaker.as_deref())
            .map(|s| shorten(s, 24))
            .unwrap_or_default()
    };
    let rows: Vec<Vec<String>> = shown
        .iter()
        .map(|l| {
            let (o, n) = (l.old.map(|i| &oc[i]), l.new.map(|j| &nc[j]));
            let kind = o.or(n).map(|c| c.kind.to_string()).unwrap_or_default();
            let change = serde_json::to_value(&l.change)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            vec![change, kind, cell(o), speaker(o), cell(n), speaker(n)]
        })
        .collect();
    crate::report::write_table(
        io.out,
        &["change", "kind", "old", "old speaker", "new", "new speaker"],
        &rows,
        io.width,
    )?;
    for l in shown {
        if let (Some(d), true) = (&l.sentence_diff, l.change != Change::Unchanged) {
            let c = &nc[l.new.expect("both sides")];
            writeln!(
                io.out,
                "{} {}: {}",
                c.kind,
                c.text,
                crate::report::isolate(d)
            )
            .map_err(crate::report::io)?;
        }
    }
    Ok(())
}
