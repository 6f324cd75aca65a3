//! `isnad speakers`, `speakers show NAME`, `speakers suggest`, `speakers alias NAME ALIAS`,
//! `speakers merge A B`.

use std::path::Path;

use clap::Subcommand;

use super::common::FormatArg;
use super::{Exit, Io};
use crate::error::Result;
use crate::model::SpeakerPair;
use crate::model::{Claim, Speaker, SpeakerDetail, SpeakerName};
use crate::normalize::key;
use crate::registry::translit;
use crate::report::{self, Format, Sink, io as io_err};
use crate::store::{AliasOutcome, Mode, Store};

/// List speakers with their kind, claim count and aliases, by name. A speaker named in an
/// article only by a title, a bare surname or a description (`الوزير الأميركي`, `كيري`,
/// `مراقبون`) is that article's own, shown with its article; `show`, `alias` and `merge`
/// name it as NAME@ARTICLE.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Sub>,
    /// Output format (of the listing and of `show`).
    #[arg(long, value_enum, default_value_t, global = true)]
    format: FormatArg,
}

#[derive(Debug, Subcommand)]
enum Sub {
    /// Show one speaker: kind, every name (with who says so and how many claims use it),
    /// articles and claims. NAME is any of its names, in any spelling, or NAME@ARTICLE.
    Show {
        /// A name of the speaker.
        name: String,
    },
    /// Make ALIAS a name of the speaker NAME, in every article (`كيري` for `جون كيري`).
    /// Refused when ALIAS names another speaker already: merge them instead.
    Alias {
        /// A name of the speaker.
        name: String,
        /// The new name, as written.
        alias: String,
    },
    /// Suggest pairs of a Latin-script and an Arabic-script speaker that are probably one
    /// (`John Kerry` / `جون كيري`), by how alike the names sound: best first, each with the
    /// `speakers merge` that joins them. Changes nothing.
    Suggest {
        /// Lowest score shown, 0 to 1.
        #[arg(long, default_value_t = translit::THRESHOLD, value_name = "SCORE")]
        min_score: f32,
        /// At most this many pairs.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Fold speaker B into speaker A: B's claims and names become A's, and stay A's when
    /// articles are imported again.
    Merge {
        /// The speaker that stays.
        a: String,
        /// The speaker folded into A.
        b: String,
    },
}

pub fn run(args: Args, db: &Path, io: &mut Io<'_>) -> Result<Exit> {
    let format: Format = args.format.into();
    match args.command {
        None => {
            let store = Store::open(db, Mode::Read)?;
            let mut sink: Sink<'_, Speaker> = Sink::new(format, io.out, io.width);
            for s in store.speakers()? {
                sink.push(s)?;
            }
            sink.finish("no speakers")?;
        }
        Some(Sub::Show { name }) => {
            let store = Store::open(db, Mode::Read)?;
            show(&store.speaker(&name)?, format, io)?;
        }
        Some(Sub::Suggest { min_score, limit }) => {
            let store = Store::open(db, Mode::Read)?;
            let pairs = translit::suggest(&store.speakers()?, min_score);
            let mut sink: Sink<'_, SpeakerPair> = Sink::new(format, io.out, io.width);
            for p in pairs.into_iter().take(limit.unwrap_or(usize::MAX)) {
                sink.push(p)?;
            }
            sink.finish("no pairs to suggest")?;
        }
        Some(Sub::Alias { name, alias }) => {
            let mut store = Store::open(db, Mode::Existing)?;
            let line = match store.add_speaker_alias(&name, &alias)? {
                AliasOutcome::Added(s) => format!("'{alias}' is now a name of {s}"),
                AliasOutcome::Already(s) => format!("'{alias}' is a name of {s} already"),
            };
            writeln!(io.out, "{line}").map_err(io_err)?;
        }
        Some(Sub::Merge { a, b }) => {
            let mut store = Store::open(db, Mode::Existing)?;
            let m = store.merge_speakers(&a, &b)?;
            writeln!(
                io.out,
                "merged {} into {}: {} claims moved",
                m.from, m.into, m.claims
            )
            .map_err(io_err)?;
        }
    }
    Ok(Exit::Success)
}

fn show(d: &SpeakerDetail, format: Format, io: &mut Io<'_>) -> Result<()> {
    let width = io.width;
    let listed = Speaker {
        name: d.name.clone(),
        kind: d.kind,
        article: d.article.clone(),
        aliases: d
            .names
            .iter()
            .filter(|n| key(&n.name) != key(&d.name))
            .map(|n| n.name.clone())
            .collect(),
        claims: d.claims.len() as u64,
    };
    report::detail(format, io.out, d, listed, |out| {
        report::fields(
            out,
            &[
                ("speaker", d.name.clone()),
                ("kind", d.kind.to_string()),
                (
                    "article",
                    d.article
                        .clone()
                        .unwrap_or_else(|| "(known across articles)".into()),
                ),
                ("claims", d.claims.len().to_string()),
                ("articles", d.articles.len().to_string()),
            ],
        )?;
        writeln!(out).map_err(io_err)?;
        let mut names: Sink<'_, SpeakerName> = Sink::new(format, out, width);
        for n in &d.names {
            names.push(n.clone())?;
        }
        names.finish("no names")?;
        writeln!(out).map_err(io_err)?;
        let mut claims: Sink<'_, Claim> = Sink::new(format, out, width);
        for c in &d.claims {
            claims.push(c.clone())?;
        }
        claims.finish("no claims")
    })
}
