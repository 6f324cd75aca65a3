//! Rendering: one record model, one small file per output format.
//!
//! Listings are sequences of records (claims, articles, speakers). Each record type says
//! which columns a table shows and which a CSV file has; JSON and JSON Lines serialize the
//! record itself, with the field names of DESIGN.md's claim table.

mod csv;
pub mod findings;
mod json;
mod records;
mod table;

use std::io::Write;

use serde::Serialize;

pub use records::ArticleDetail;

use crate::error::{Error, Result};

/// Output formats of the listings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    /// For people: aligned columns, long texts shortened, right-to-left text isolated.
    #[default]
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// RFC 4180 CSV with a header row.
    Csv,
}

/// A record that can be listed.
pub trait Record: Serialize {
    /// Column names of the table view.
    const TABLE: &'static [&'static str];
    /// Column names of the CSV view (every scalar field).
    const CSV: &'static [&'static str];
    fn table_row(&self) -> Vec<String>;
    fn csv_row(&self) -> Vec<String>;
}

/// Writes records one at a time in `format`. Table and JSON are written on [`Sink::finish`];
/// JSON Lines and CSV stream.
pub struct Sink<'w, R: Record> {
    format: Format,
    out: &'w mut dyn Write,
    held: Vec<R>,
    csv: Option<csv::Writer>,
    width: Option<u16>,
}

impl<'w, R: Record> Sink<'w, R> {
    /// `width` is the terminal width for tables (`None` when not a terminal: no wrapping).
    pub fn new(format: Format, out: &'w mut dyn Write, width: Option<u16>) -> Sink<'w, R> {
        Sink {
            format,
            out,
            held: Vec::new(),
            csv: (format == Format::Csv).then(|| csv::Writer::new(R::CSV)),
            width,
        }
    }

    pub fn push(&mut self, record: R) -> Result<()> {
        match self.format {
            Format::Table | Format::Json => self.held.push(record),
            Format::Jsonl => json::line(&mut self.out, &record)?,
            Format::Csv => {
                let w = self.csv.as_mut().expect("csv writer");
                w.row(&mut self.out, &record.csv_row())?;
            }
        }
        Ok(())
    }

    /// Writes what is held and flushes. `empty` is shown by tables with no rows.
    pub fn finish(mut self, empty: &str) -> Result<()> {
        match self.format {
            Format::Table => {
                if self.held.is_empty() {
                    writeln!(self.out, "{empty}").map_err(io)?;
                } else {
                    let rows: Vec<Vec<String>> = self.held.iter().map(R::table_row).collect();
                    table::write(&mut self.out, R::TABLE, &rows, self.width)?;
                }
            }
            Format::Json => json::array(&mut self.out, &self.held)?,
            Format::Csv => {
                let w = self.csv.as_mut().expect("csv writer");
                w.finish(&mut self.out)?;
            }
            Format::Jsonl => {}
        }
        self.out.flush().map_err(io)
    }
}

/// Writes one record shown in full (`articles show`, `speakers show`): JSON pretty or on
/// one line, the CSV row it has in its listing, or for a table whatever `table` writes.
pub fn detail<D: Serialize, R: Record>(
    format: Format,
    out: &mut dyn Write,
    detail: &D,
    listed: R,
    table: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, detail).map_err(|e| io(e.into()))?;
            writeln!(out).map_err(io)
        }
        Format::Jsonl => json::line(out, detail),
        Format::Csv => {
            let mut sink: Sink<'_, R> = Sink::new(format, out, None);
            sink.push(listed)?;
            sink.finish("")
        }
        Format::Table => table(out),
    }
}

/// `name: value` lines, names right-aligned in 13 columns, values isolated (the top of a
/// detail).
pub fn fields(out: &mut dyn Write, fields: &[(&str, String)]) -> Result<()> {
    for (name, value) in fields {
        writeln!(out, "{name:>13}: {}", isolate(value)).map_err(io)?;
    }
    Ok(())
}

pub(crate) fn io(e: std::io::Error) -> Error {
    Error::Io {
        context: "writing output".into(),
        source: e,
    }
}

pub use table::{isolate, shorten, write as write_table};
