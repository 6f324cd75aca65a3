//! Arguments shared by several subcommands.

use clap::ValueEnum;

use crate::ingest::{self, Defaults};
use crate::model::Lang;
use crate::report::Format;

/// `--format` of the listings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    #[default]
    Table,
    Json,
    Jsonl,
    Csv,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
        }
    }
}

/// `--input-format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Txt,
    Md,
    Jsonl,
    Html,
}

/// What `import` and `extract` read, and the metadata flags that fill what files don't say.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Language of articles that don't state it (default: detected from the script).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Publication date (YYYY-MM-DD) of articles that don't state it.
    #[arg(long, value_parser = parse_date, value_name = "YYYY-MM-DD")]
    pub date: Option<jiff::civil::Date>,
    /// Outlet of articles that don't state it.
    #[arg(long)]
    pub source: Option<String>,
    /// Title of articles that don't state it.
    #[arg(long)]
    pub title: Option<String>,
    /// Id of a single article read from a file or stdin (default: front matter id, the file
    /// name without extension, or `stdin-` and a hash of the text).
    #[arg(long)]
    pub id: Option<String>,
    /// Format of stdin and of files without a known extension (default: from the
    /// extension; stdin is recognized from its first bytes).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormatArg>,
    /// Largest article read: a .txt, .md or .html file (or stdin), or one JSONL line. Larger
    /// ones are refused with an error naming them (suffixes K, M, G are powers of 1024).
    #[arg(long, value_parser = ingest::parse_bytes, value_name = "BYTES", default_value = "16M")]
    pub max_article_bytes: u64,
}

impl InputArgs {
    pub fn defaults(&self) -> Defaults {
        Defaults {
            id: self.id.clone(),
            lang: self.lang,
            date: self.date,
            source: self.source.clone(),
            title: self.title.clone(),
            format: self.input_format.map(|f| match f {
                InputFormatArg::Txt => ingest::Format::Txt,
                InputFormatArg::Md => ingest::Format::Md,
                InputFormatArg::Jsonl => ingest::Format::Jsonl,
                InputFormatArg::Html => ingest::Format::Html,
            }),
            max_article_bytes: self.max_article_bytes,
        }
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    ingest::parse_date(s)
}
