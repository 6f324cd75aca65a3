//! Entry points of the fuzz targets in `fuzz/` (run with `cargo fuzz`) and of the tests that
//! replay their seeds and regressions, so both call the same code.
//!
//! Each takes arbitrary bytes. It must never panic or hang; it panics itself when a result
//! breaks an invariant of the output, so that the fuzzer reports a wrong result as a crash.
//! Not part of the command-line tool's behaviour.

use std::ops::ControlFlow;

use jiff::civil::Date;

use crate::ingest::{self, Defaults, Format};
use crate::model::{Claim, Kind, Lang, Value};

/// The publication date of an extraction input whose first line gives none.
pub const DEFAULT_PUBLICATION: Date = jiff::civil::date(2014, 12, 3);

/// Splits an extraction input into its publication date and its text: a first line
/// `YYYY-MM-DD` is the date, a first line `-` means no date, anything else is text
/// published on [`DEFAULT_PUBLICATION`]. Invalid UTF-8 is replaced, so every input is text.
pub fn split_input(data: &[u8]) -> (Option<Date>, String) {
    let text = String::from_utf8_lossy(data);
    if let Some((first, rest)) = text.split_once('\n') {
        if first == "-" {
            return (None, rest.to_string());
        }
        if let Ok(date) = ingest::parse_date(first) {
            return (Some(date), rest.to_string());
        }
    }
    (Some(DEFAULT_PUBLICATION), text.into_owned())
}

/// Fuzz target `extract_ar` / `extract_en`: extraction of one text in `lang`.
pub fn extract(data: &[u8], lang: Lang) {
    let (date, text) = split_input(data);
    let claims = crate::extract(&text, lang, date);
    if let Err(e) = check_claims(&text, &claims) {
        panic!("{e}\nclaims: {claims:#?}");
    }
}

/// Fuzz target `dates`: the `YYYY-MM-DD` parser of front matter, JSONL and `--date` on the
/// first line, and, when it reads a date, extraction of the rest in both languages as
/// published that day (relative dates resolve against it, up to year 0 and year 9999).
pub fn dates(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
    match ingest::parse_date(first) {
        Err(message) => assert!(message.contains(first), "{message}"),
        Ok(date) => {
            assert_eq!(iso_day(date), first, "parse_date reads back");
            for lang in Lang::ALL {
                let claims = crate::extract(rest, lang, Some(date));
                if let Err(e) = check_claims(rest, &claims) {
                    panic!("{lang}, published {first}: {e}\nclaims: {claims:#?}");
                }
            }
        }
    }
}

/// Fuzz targets `read_md`, `read_jsonl`, `read_html`: one input file in `format`.
/// Articles must have a body and a usable id, errors must name the input.
pub fn read(data: &[u8], format: Format) {
    let mut last_line = 0;
    let flow = ingest::read_bytes(data, "fuzz.in", format, &Defaults::default(), |item| {
        match item.result {
            Ok(a) => {
                assert!(!a.body.trim().is_empty(), "empty body: {a:?}");
                assert!(!a.id.trim().is_empty(), "empty id: {a:?}");
                assert!(!a.id.chars().any(char::is_control), "control id: {a:?}");
                assert!(a.line > last_line || format != Format::Jsonl, "{a:?}");
                last_line = a.line;
            }
            Err(e) => {
                assert_eq!(e.path, "fuzz.in");
                assert!(!e.message.is_empty(), "{e:?}");
                if let Some(line) = e.line {
                    assert!(line >= 1, "{e:?}");
                }
            }
        }
        assert!(item.bytes <= data.len() as u64);
        ControlFlow::Continue(())
    });
    assert!(flow.is_continue());
}

/// The invariants every extraction keeps, whatever the text: spans are in order, inside the
/// text and their sentence, on char boundaries, and `text` is the slice they name; numbers
/// are finite and `low <= value <= high`; dates are ISO dates of years 0000 to 9999.
pub fn check_claims(text: &str, claims: &[Claim]) -> Result<(), String> {
    // Byte offset of every char offset, and of the end.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let chars = bytes.len() - 1;
    let slice = |start: usize, end: usize| &text[bytes[start]..bytes[end]];
    let mut last_end = 0;
    for (i, c) in claims.iter().enumerate() {
        let fail = |what: &str| Err(format!("claim {i} ({:?}): {what}", c.text));
        if !(c.start < c.end && c.end <= chars) {
            return fail(&format!("span {}..{} of {chars} chars", c.start, c.end));
        }
        if c.start < last_end {
            return fail("overlaps the claim before");
        }
        last_end = c.end;
        if slice(c.start, c.end) != c.text {
            return fail(&format!(
                "text is not the slice {:?}",
                slice(c.start, c.end)
            ));
        }
        if !(c.sentence_start <= c.start && c.end <= c.sentence_end && c.sentence_end <= chars) {
            return fail("span outside its sentence");
        }
        if slice(c.sentence_start, c.sentence_end) != &*c.sentence {
            return fail("sentence is not its slice");
        }
        check_values(c).or_else(|e| fail(&e))?;
    }
    Ok(())
}

fn check_values(c: &Claim) -> Result<(), String> {
    let value = magnitude(c.kind, &c.value)?;
    let low = c
        .low
        .as_ref()
        .map(|v| magnitude(c.kind, v))
        .transpose()?
        .flatten();
    let high = c
        .high
        .as_ref()
        .map(|v| magnitude(c.kind, v))
        .transpose()?
        .flatten();
    for (name, v) in [("value", value), ("low", low), ("high", high)] {
        if v.is_some_and(|v| !v.is_finite()) {
            return Err(format!("{name} is not finite: {c:?}"));
        }
    }
    if let (Some(v), Some(l)) = (value, low)
        && l > v
    {
        return Err(format!("low {l} > value {v}"));
    }
    if let (Some(v), Some(h)) = (value, high)
        && v > h
    {
        return Err(format!("value {v} > high {h}"));
    }
    Ok(())
}

/// The number a value stands for, to compare `low`, `value` and `high`: the number itself,
/// the amount of a duration (`P4M` → 4), `None` for a date, which must be a valid ISO date.
fn magnitude(kind: Kind, value: &Value) -> Result<Option<f64>, String> {
    match (kind, value) {
        (Kind::Date, Value::Text(t)) => {
            if t.split('/').all(iso_date) && t.split('/').count() <= 2 {
                Ok(None)
            } else {
                Err(format!("date {t:?} is not ISO 8601"))
            }
        }
        (Kind::Duration, Value::Text(t)) => {
            let amount = t
                .strip_prefix("PT")
                .or_else(|| t.strip_prefix('P'))
                .and_then(|r| r.get(..r.len().checked_sub(1)?))
                .filter(|_| t.ends_with(['Y', 'M', 'W', 'D', 'H', 'S']));
            // A compound duration (`PT1M53.48S`, `P2Y6M`) compares in days.
            match amount.map(str::parse::<f64>) {
                Some(Ok(n)) => Ok(Some(n)),
                _ => match crate::check::value::duration_days(t) {
                    Some(d) => Ok(Some(d)),
                    None => Err(format!("duration {t:?} is not ISO 8601")),
                },
            }
        }
        (Kind::Date | Kind::Duration, Value::Number(_)) => Err(format!("{kind} is a number")),
        (_, Value::Number(n)) => Ok(Some(*n)),
        (_, Value::Text(t)) => Err(format!("{kind} is text {t:?}")),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real day, year 0000 to 9999.
fn iso_date(s: &str) -> bool {
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = s.split('-').collect();
    match parts[..] {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0)),
        // Any day of the proleptic Gregorian calendar, year 0000 included: ISO 8601 has
        // it, though a publication date of year 0000 is refused as metadata.
        [y, _, _] => digits(y, 4) && s.parse::<Date>().is_ok(),
        _ => false,
    }
}

fn iso_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

#[cfg(test)]
mod tests;
