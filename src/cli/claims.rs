//! `isnad claims`.

use std::path::Path;

use super::common::FormatArg;
use super::{Exit, Io};
use crate::error::Result;
use crate::model::{Claim, Kind};
use crate::report::Sink;
use crate::store::{ClaimFilter, Mode, Store};

/// List stored claims, by article and position.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the claims of this article id.
    #[arg(long)]
    article: Option<String>,
    /// Only the claims of this speaker (any name or alias; spelling variants match).
    #[arg(long)]
    speaker: Option<String>,
    /// Only claims of this kind.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<Kind>,
    /// Only claims about this unit (country, sortie, killed, usd …).
    #[arg(long)]
    unit: Option<String>,
    /// At most this many claims.
    #[arg(long)]
    limit: Option<u64>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: FormatArg,
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    s.parse()
}

pub fn run(args: Args, db: &Path, io: &mut Io<'_>) -> Result<Exit> {
    let store = Store::open(db, Mode::Read)?;
    let filter = ClaimFilter {
        article: args.article,
        speaker: args.speaker,
        kind: args.kind,
        unit: args.unit,
        limit: args.limit,
    };
    let mut sink: Sink<'_, Claim> = Sink::new(args.format.into(), io.out, io.width);
    store.claims(&filter, |c| sink.push(c))?;
    sink.finish("no claims")?;
    Ok(Exit::Success)
}
