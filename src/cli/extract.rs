//! `isnad extract`.

use std::ops::ControlFlow;
use std::path::PathBuf;

use super::common::{FormatArg, InputArgs};
use super::{Exit, Io};
use crate::error::{Error, Result};
use crate::extract::extract_article;
use crate::ingest;
use crate::model::Claim;
use crate::report::Sink;

/// Extract claims without storing them. Reads what `import` reads (a .jsonl file gives the
/// claims of every article in it, each tagged with its article id) and prints the claims.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A file, a folder, or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: FormatArg,
}

pub fn run(args: Args, io: &mut Io<'_>) -> Result<Exit> {
    let defaults = args.input.defaults();
    let inputs = ingest::plan(&args.paths, &defaults);
    let mut sink: Sink<'_, Claim> = Sink::new(args.format.into(), io.out, io.width);
    let mut failed = 0u64;
    let mut failure: Option<Error> = None;
    let err = &mut *io.err;
    let _ = ingest::read(&inputs, &defaults, |item| {
        match item.result {
            Ok(article) => {
                for claim in extract_article(&article) {
                    if let Err(e) = sink.push(claim) {
                        failure = Some(e);
                        return ControlFlow::Break(());
                    }
                }
            }
            Err(e) => {
                failed += 1;
                let _ = writeln!(err, "error: {e}");
            }
        }
        ControlFlow::Continue(())
    });
    if let Some(e) = failure {
        return Err(e);
    }
    sink.finish("no claims found")?;
    Ok(if failed > 0 {
        Exit::Error
    } else {
        Exit::Success
    })
}
