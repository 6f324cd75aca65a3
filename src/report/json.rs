//! JSON (one pretty array) and JSON Lines (one compact object per line).

use std::io::Write;

use serde::Serialize;

use super::io;
use crate::error::Result;

pub fn line(out: &mut dyn Write, record: &impl Serialize) -> Result<()> {
    serde_json::to_writer(&mut *out, record).map_err(|e| io(e.into()))?;
    out.write_all(b"\n").map_err(io)
}

pub fn array<T: Serialize>(out: &mut dyn Write, records: &[T]) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, records).map_err(|e| io(e.into()))?;
    out.write_all(b"\n").map_err(io)
}
