//! CSV with a header row, quoted as RFC 4180 wants (the `csv` crate does the quoting).

use std::io::Write;

use super::io;
use crate::error::Result;

pub struct Writer {
    header: &'static [&'static str],
    wrote_header: bool,
}

impl Writer {
    pub fn new(header: &'static [&'static str]) -> Writer {
        Writer {
            header,
            wrote_header: false,
        }
    }

    pub fn row(&mut self, out: &mut dyn Write, cells: &[String]) -> Result<()> {
        let mut w = csv::WriterBuilder::new().from_writer(&mut *out);
        if !self.wrote_header {
            w.write_record(self.header).map_err(csv_err)?;
            self.wrote_header = true;
        }
        w.write_record(cells).map_err(csv_err)?;
        w.flush().map_err(io)
    }

    /// Writes the header if no row was written, so an empty listing is still valid CSV.
    pub fn finish(&mut self, out: &mut dyn Write) -> Result<()> {
        if !self.wrote_header {
            let mut w = csv::WriterBuilder::new().from_writer(&mut *out);
            w.write_record(self.header).map_err(csv_err)?;
            w.flush().map_err(io)?;
            self.wrote_header = true;
        }
        Ok(())
    }
}

fn csv_err(e: csv::Error) -> crate::error::Error {
    io(std::io::Error::other(e.to_string()))
}
