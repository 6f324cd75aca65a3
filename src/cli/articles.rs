//! `isnad articles` and `isnad articles show ID`.

use std::path::Path;

use clap::Subcommand;

use super::common::FormatArg;
use super::{Exit, Io};
use crate::error::{Error, Result};
use crate::model::{ArticleRecord, Claim};
use crate::report::{self, ArticleDetail, Format, Sink, io as io_err};
use crate::store::{ClaimFilter, Mode, Store};

/// List stored articles (current versions), by id; `show ID` prints one with its text and
/// claims.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Sub>,
    /// Output format.
    #[arg(long, value_enum, default_value_t, global = true)]
    format: FormatArg,
}

#[derive(Debug, Subcommand)]
enum Sub {
    /// Show one article: its fields, text and claims.
    Show {
        /// The article id.
        id: String,
    },
}

pub fn run(args: Args, db: &Path, io: &mut Io<'_>) -> Result<Exit> {
    let store = Store::open(db, Mode::Read)?;
    match args.command {
        None => {
            let mut sink: Sink<'_, ArticleRecord> = Sink::new(args.format.into(), io.out, io.width);
            store.articles(|a| sink.push(a))?;
            sink.finish("no articles")?;
        }
        Some(Sub::Show { id }) => {
            let Some(article) = store.article(&id)? else {
                return Err(Error::Usage(format!("no article with id '{id}'")));
            };
            let mut claims = Vec::new();
            let filter = ClaimFilter {
                article: Some(id),
                ..ClaimFilter::default()
            };
            store.claims(&filter, |c| {
                claims.push(c);
                Ok(())
            })?;
            show(ArticleDetail { article, claims }, args.format.into(), io)?;
        }
    }
    Ok(Exit::Success)
}

fn show(detail: ArticleDetail, format: Format, io: &mut Io<'_>) -> Result<()> {
    let width = io.width;
    report::detail(format, io.out, &detail, detail.article.clone(), |out| {
        let a = &detail.article;
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        report::fields(
            out,
            &[
                ("id", a.id.clone()),
                ("version", a.version.to_string()),
                ("lang", a.lang.to_string()),
                ("date", opt(&a.date)),
                ("source", opt(&a.source)),
                ("title", opt(&a.title)),
                ("url", opt(&a.url)),
                ("origin", opt(&a.origin)),
                ("content hash", a.content_hash.clone()),
                ("imported at", a.imported_at.clone()),
            ],
        )?;
        writeln!(out, "\n{}\n", opt(&a.body).trim_end()).map_err(io_err)?;
        let mut sink: Sink<'_, Claim> = Sink::new(format, out, width);
        for c in &detail.claims {
            sink.push(c.clone())?;
        }
        sink.finish("no claims")
    })
}
