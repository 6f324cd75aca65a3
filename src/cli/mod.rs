//! The command line: clap derive, one file per subcommand. Nothing below this module knows
//! about clap or prints; subcommands turn their arguments into library options and calls.

mod articles;
mod check;
mod claims;
mod common;
mod diff;
mod extract;
mod import;
mod speakers;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::error::Error;

/// What a run ends with; the process exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// 0: done (for `check`: nothing failing).
    Success = 0,
    /// 1: `check` found failing findings.
    Failing = 1,
    /// 2: usage, input or runtime error.
    Error = 2,
}

/// isnad checks the numbers in the news: it pulls every quantitative and dated claim out of
/// articles (Arabic and English), with who made it, stores them in SQLite, lists them, and
/// cross-checks claims about the same quantity.
#[derive(Debug, Parser)]
#[command(name = "isnad", version, max_term_width = 100)]
pub struct Cli {
    /// The claims database (created by `import` when missing).
    #[arg(
        long,
        global = true,
        env = "ISNAD_DB",
        default_value = "claims.db",
        value_name = "PATH"
    )]
    db: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Import(import::Args),
    Extract(extract::Args),
    Articles(articles::Args),
    Claims(claims::Args),
    Speakers(speakers::Args),
    Check(check::Args),
    Diff(diff::Args),
}

/// Where a command writes, and what it knows about the terminal.
pub struct Io<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    /// Terminal width when stdout is a terminal (tables wrap to it), else `None`.
    pub width: Option<u16>,
    /// Whether stderr is a terminal (progress bars are drawn only then).
    pub err_is_terminal: bool,
}

impl<'a> Io<'a> {
    /// The process's own stdout and stderr.
    pub fn std(out: &'a mut dyn Write, err: &'a mut dyn Write) -> Io<'a> {
        let width = std::io::stdout()
            .is_terminal()
            .then(|| comfy_table::Table::new().width())
            .flatten();
        Io {
            out,
            err,
            width,
            err_is_terminal: std::io::stderr().is_terminal(),
        }
    }
}

/// Runs isnad with `args` (including the program name) and returns the exit code. Callable
/// any number of times in one process: it keeps no global state.
pub fn run(args: impl IntoIterator<Item = OsString>, io: &mut Io<'_>) -> Exit {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let rendered = e.render().to_string();
            let sink: &mut dyn Write = if code == 0 { io.out } else { io.err };
            let _ = write!(sink, "{rendered}");
            return if code == 0 {
                Exit::Success
            } else {
                Exit::Error
            };
        }
    };
    let result = match cli.command {
        Command::Import(args) => import::run(args, &cli.db, io),
        Command::Extract(args) => extract::run(args, io),
        Command::Articles(args) => articles::run(args, &cli.db, io),
        Command::Claims(args) => claims::run(args, &cli.db, io),
        Command::Speakers(args) => speakers::run(args, &cli.db, io),
        Command::Check(args) => check::run(args, &cli.db, io),
        Command::Diff(args) => diff::run(args, &cli.db, io),
    };
    match result {
        Ok(exit) => exit,
        // The reader went away (`isnad claims | head`): not an error, like ripgrep.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            Exit::Success
        }
        Err(e) => {
            report(io, &e);
            Exit::Error
        }
    }
}

/// Prints an error as one line on stderr.
pub fn report(io: &mut Io<'_>, e: &Error) {
    let _ = writeln!(io.err, "error: {e}");
}
