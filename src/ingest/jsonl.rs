//! JSON Lines: one article per line, `{"id", "source", "lang", "date", "title", "url", "body"}`
//! (the format of the shared corpus). Read line by line with one reused buffer, so memory
//! does not grow with the file; a line longer than `--max-article-bytes` is skipped (and
//! reported) without being held in memory, so neither does it grow with a line.

use std::io::BufRead;
use std::ops::ControlFlow;

use serde::Deserialize;

use super::fields::Fields;
use super::text::{looks_binary, utf8_error};
use super::{Defaults, Item, io_message, too_big};
use crate::error::InputError;

#[derive(Deserialize)]
struct Line {
    /// Ids are strings, but a numeric id (`"id": 17`) is common enough in exports to accept.
    id: Option<serde_json::Value>,
    source: Option<String>,
    lang: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    body: Option<String>,
}

pub fn read<R: BufRead>(
    mut reader: R,
    name: &str,
    defaults: &Defaults,
    visit: &mut impl FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    match reader.fill_buf() {
        Ok([]) => {
            return visit(Item {
                result: Err(InputError::new(name, "empty file")),
                bytes: 0,
            });
        }
        Ok(head) if looks_binary(head) => {
            return visit(Item {
                result: Err(InputError::new(
                    name,
                    "binary file (contains NUL bytes), not text",
                )),
                bytes: 0,
            });
        }
        _ => {}
    }
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    let mut articles = 0u64;
    loop {
        buf.clear();
        let max = defaults.max_article_bytes;
        let n = match read_line_within(&mut reader, &mut buf, max) {
            Ok(0) => break,
            // Not all kept, or kept but longer than the limit without its line break.
            Ok(n) if n > buf.len() as u64 || trim_line_end(&buf).len() as u64 > max => {
                line_no += 1;
                articles += 1;
                visit(Item {
                    result: Err(InputError::at_line(name, line_no, too_big(Some(n), max))),
                    bytes: n,
                })?;
                continue;
            }
            Ok(n) => n,
            Err(e) => {
                return visit(Item {
                    result: Err(InputError::at_line(name, line_no + 1, io_message(&e))),
                    bytes: 0,
                });
            }
        };
        line_no += 1;
        let raw = trim_line_end(&buf);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = parse_line(raw, name, line_no)
            .and_then(|fields| fields.finish(defaults, name, None, line_no, true));
        articles += 1;
        visit(Item { result, bytes: n })?;
    }
    if articles == 0 {
        return visit(Item {
            result: Err(InputError::new(name, "empty file (no JSON lines)")),
            bytes: 0,
        });
    }
    ControlFlow::Continue(())
}

/// Reads one line (through its `\n`) into `buf` like `read_until`, but keeps at most
/// `max + 2` bytes of it (the line, `\r\n`); the rest is read and dropped. Returns the
/// length of the whole line.
fn read_line_within<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    max: u64,
) -> std::io::Result<u64> {
    let keep = max.saturating_add(2);
    let mut total = 0u64;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(total);
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let room = keep
            .saturating_sub(buf.len() as u64)
            .min(chunk.len() as u64) as usize;
        buf.extend_from_slice(&chunk[..room]);
        let used = chunk.len();
        total += used as u64;
        reader.consume(used);
        if done {
            return Ok(total);
        }
    }
}

fn trim_line_end(buf: &[u8]) -> &[u8] {
    let buf = buf.strip_suffix(b"\n").unwrap_or(buf);
    buf.strip_suffix(b"\r").unwrap_or(buf)
}

fn parse_line(raw: &[u8], name: &str, line_no: u64) -> Result<Fields, InputError> {
    let raw = if line_no == 1 {
        raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw)
    } else {
        raw
    };
    let text = std::str::from_utf8(raw).map_err(|e| utf8_error(raw, e, name, line_no - 1))?;
    let err = |m: String| InputError::at_line(name, line_no, m);
    if !text.trim_start().starts_with('{') {
        return Err(err(
            "not a JSON object (each line must be one article object)".into(),
        ));
    }
    let line: Line = serde_json::from_str(text).map_err(|e| {
        let msg = e.to_string();
        let msg = strip_position(&msg);
        // serde_json's own position says "line 1" (the line is parsed alone): keep the column.
        let column = e.column();
        err(if msg == "number out of range" {
            format!("number too large to read (column {column}); write it as a string")
        } else if e.is_data() {
            format!("wrong JSON field type: {msg} (column {column})")
        } else {
            format!("not valid JSON: {msg} (column {column})")
        })
    })?;
    let body = line
        .body
        .ok_or_else(|| err("missing field 'body'".into()))?;
    let id = match line.id {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(n)) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        Some(serde_json::Value::Number(n)) => {
            return Err(err(format!(
                "field 'id' must be a string or a whole number, not {n} (write long ids as strings)"
            )));
        }
        None | Some(serde_json::Value::Null) => return Err(err("missing field 'id'".into())),
        Some(other) => {
            let what = match other {
                serde_json::Value::Bool(_) => "true or false",
                serde_json::Value::Array(_) => "an array",
                _ => "an object",
            };
            return Err(err(format!(
                "field 'id' must be a string or a whole number, not {what}"
            )));
        }
    };
    Ok(Fields {
        id,
        lang: line.lang,
        date: line.date,
        source: line.source,
        title: line.title,
        url: line.url,
        body,
    })
}

fn strip_position(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &[u8]) -> Vec<Result<String, String>> {
        let mut out = Vec::new();
        let _ = read(input, "t.jsonl", &Defaults::default(), &mut |item: Item| {
            out.push(
                item.result
                    .map(|a| format!("{}@{}", a.id, a.line))
                    .map_err(|e| e.to_string()),
            );
            ControlFlow::Continue(())
        });
        out
    }

    #[test]
    fn reads_lines_and_reports_bad_ones_by_line() {
        let input = concat!(
            "{\"id\":\"a\",\"lang\":\"ar\",\"date\":\"2015-08-01\",\"body\":\"قتل 12 شخصا\"}\n",
            "\n",
            "{\"id\": \"broken\",\n",
            "{\"id\":\"c\",\"source\":null,\"lang\":\"en\",\"date\":null,\"title\":null,\"url\":null}\n",
            "{\"id\":7,\"body\":\"Seven said 7\"}\r\n",
            "[1,2]\n",
            "{\"id\":18446744073709551615,\"body\":\"x\"}\n",
            "{\"id\":99999999999999999999999999,\"body\":\"x\"}\n",
            "{\"id\":1.5,\"body\":\"x\"}\n",
            "{\"id\":[1],\"body\":\"x\"}\n",
        );
        assert_eq!(
            read_all(input.as_bytes()),
            [
                Ok("a@1".to_string()),
                Err("t.jsonl:3: not valid JSON: EOF while parsing a value (column 16)".to_string()),
                Err("t.jsonl:4: missing field 'body'".to_string()),
                Ok("7@5".to_string()),
                Err(
                    "t.jsonl:6: not a JSON object (each line must be one article object)"
                        .to_string()
                ),
                Ok("18446744073709551615@7".to_string()),
                Err("t.jsonl:8: field 'id' must be a string or a whole number, not 1e+26 (write long ids as strings)".to_string()),
                Err("t.jsonl:9: field 'id' must be a string or a whole number, not 1.5 (write long ids as strings)".to_string()),
                Err("t.jsonl:10: field 'id' must be a string or a whole number, not an array".to_string()),
            ]
        );
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let mut input = b"{\"id\":\"a\",\"body\":\"ok text\"}\n{\"id\":\"b\",\"body\":\"".to_vec();
        input.extend_from_slice(b"\xC3\x28\"}\n");
        let got = read_all(&input);
        assert_eq!(got[0], Ok("a@1".to_string()));
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .starts_with("t.jsonl:2: invalid UTF-8"),
            "{got:?}"
        );
    }

    #[test]
    fn lines_over_the_limit_are_reported_and_skipped() {
        let long = format!("{{\"id\":\"big\",\"body\":\"{}\"}}", "x ".repeat(100));
        let input = format!(
            "{{\"id\":\"a\",\"body\":\"Aa 1\"}}\r\n{long}\n{{\"id\":\"c\",\"body\":\"Cc 3\"}}"
        );
        let defaults = Defaults {
            max_article_bytes: 64,
            ..Defaults::default()
        };
        let mut out = Vec::new();
        let _ = read(input.as_bytes(), "t.jsonl", &defaults, &mut |item: Item| {
            out.push((
                item.result.map(|a| a.id).map_err(|e| e.to_string()),
                item.bytes,
            ));
            ControlFlow::Continue(())
        });
        assert_eq!(
            out,
            [
                (Ok("a".to_string()), 26),
                (
                    Err("t.jsonl:2: article is 223 bytes, over the limit of 64 bytes (raise it with --max-article-bytes)".to_string()),
                    223
                ),
                (Ok("c".to_string()), 24),
            ]
        );
        // A line exactly at the limit is read, with or without its line break.
        let exact = "{\"id\":\"e\",\"body\":\"Ee 5\"}";
        let defaults = Defaults {
            max_article_bytes: exact.len() as u64,
            ..Defaults::default()
        };
        for input in [format!("{exact}\r\n{exact}"), format!("{exact}\n")] {
            let mut ok = 0;
            let _ = read(input.as_bytes(), "t.jsonl", &defaults, &mut |item: Item| {
                ok += usize::from(item.result.is_ok());
                ControlFlow::Continue(())
            });
            assert!(ok >= 1, "{input:?}");
        }
    }

    #[test]
    fn empty_and_binary_files() {
        assert_eq!(read_all(b""), [Err("t.jsonl: empty file".to_string())]);
        assert_eq!(
            read_all(b"\n\n"),
            [Err("t.jsonl: empty file (no JSON lines)".to_string())]
        );
        assert_eq!(
            read_all(b"\x00\x01\x02"),
            [Err(
                "t.jsonl: binary file (contains NUL bytes), not text".to_string()
            )]
        );
    }
}
