//! `isnad import`.

use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::common::InputArgs;
use super::{Exit, Io};
use crate::error::{Error, Result};
use crate::import::{self, Options, Progress};
use crate::ingest::{self, Format, Input};
use crate::registry;
use crate::store::{Mode, Store};

/// Import articles into the database: .txt, .md (optional front matter), .jsonl (one
/// article per line) and .html files, folders of them (recursively), or `-` for stdin.
///
/// Importing is idempotent: an article whose content is unchanged is skipped, a changed one
/// becomes a new version (the old one is kept). A file that fails is reported and the others
/// are imported (exit code 2 at the end); with --strict the first failure stops the import
/// and rolls back the batch in progress.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders, or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
    /// Stop at the first bad input; nothing of the batch in progress is stored.
    #[arg(long)]
    strict: bool,
    /// Articles per transaction: a failure or a kill loses at most the batch in progress, and
    /// other processes writing into the same database get their turn between two batches.
    #[arg(long, value_name = "N", default_value_t = import::DEFAULT_BATCH,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    batch: usize,
    /// Don't draw a progress bar.
    #[arg(long, short)]
    quiet: bool,
    /// A speakers file (TOML) to apply before importing; repeat for several. Without it,
    /// every `isnad-speakers.toml` in the working directory, in an imported folder or in
    /// the folder holding an imported file or folder is applied.
    #[arg(long, value_name = "FILE")]
    speakers: Vec<PathBuf>,
}

pub fn run(args: Args, db: &Path, io: &mut Io<'_>) -> Result<Exit> {
    let defaults = args.input.defaults();
    let inputs = ingest::plan(&args.paths, &defaults);
    if defaults.id.is_some() && !single_article(&inputs) {
        return Err(Error::Usage(
            "--id names one article: give a single .txt, .md or .html file, or -".into(),
        ));
    }
    // A bad speakers file stops the import before the database is touched.
    let speaker_files = if args.speakers.is_empty() {
        registry::file::discover(&args.paths)
    } else {
        args.speakers.clone()
    };
    let declared = registry::file::load(&speaker_files)?;
    let mut store = Store::open(db, Mode::Create)?;
    if !speaker_files.is_empty() {
        let applied = store.apply_speakers(&declared)?;
        for w in &applied.warnings {
            writeln!(io.err, "warning: {w}").map_err(crate::report::io)?;
        }
        let files: Vec<String> = speaker_files
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        writeln!(
            io.out,
            "speakers: {} declared in {}; {} stored speakers merged into them",
            applied.speakers,
            files.join(", "),
            applied.merged
        )
        .map_err(crate::report::io)?;
    }
    let bar = ProgressBar::with_draw_target(
        Some(ingest::total_bytes(&inputs)),
        if io.err_is_terminal && !args.quiet {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {bytes}/{total_bytes} {wide_bar} {binary_bytes_per_sec} eta {eta}",
        )
        .expect("valid template"),
    );
    let options = Options {
        strict: args.strict,
        batch_articles: args.batch,
        ..Options::default()
    };
    let err = &mut *io.err;
    let result = import::run(&mut store, &inputs, &defaults, &options, &Bar(&bar), |e| {
        bar.suspend(|| {
            let _ = writeln!(err, "error: {e}");
        })
    });
    bar.finish_and_clear();
    let summary = result?;
    writeln!(io.out, "{summary}").map_err(crate::report::io)?;
    Ok(if summary.failed > 0 {
        Exit::Error
    } else {
        Exit::Success
    })
}

fn single_article(inputs: &[Input]) -> bool {
    match inputs {
        [Input::Stdin] => true,
        [Input::File { format, .. }] => *format != Format::Jsonl,
        _ => false,
    }
}

struct Bar<'a>(&'a ProgressBar);

impl Progress for Bar<'_> {
    fn advance(&self, bytes: u64) {
        self.0.inc(bytes);
    }
}
