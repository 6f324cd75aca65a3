//! `isnad speakers`.

use std::path::Path;

use super::common::FormatArg;
use super::{Exit, Io};
use crate::error::Result;
use crate::model::Speaker;
use crate::report::Sink;
use crate::store::{Mode, Store};

/// List speakers with their claim counts and aliases.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: FormatArg,
}

pub fn run(args: Args, db: &Path, io: &mut Io<'_>) -> Result<Exit> {
    let store = Store::open(db, Mode::Existing)?;
    let mut sink: Sink<'_, Speaker> = Sink::new(args.format.into(), io.out, io.width);
    for s in store.speakers()? {
        sink.push(s)?;
    }
    sink.finish("no speakers")?;
    Ok(Exit::Success)
}
