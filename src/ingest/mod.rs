//! Ingest: files, folders, stdin → [`Article`]s.
//!
//! Inputs are planned first ([`plan`]: which files, how big, in which format) and then read
//! one article at a time ([`read`]), so a 60 MB JSONL file streams line by line and memory
//! stays flat. Every problem with an input becomes an [`InputError`] item naming the file and
//! line; reading goes on with the next input unless the visitor says stop.

mod fields;
mod html;
mod jsonl;
mod markdown;
mod text;

use std::fs::{self, File};
use std::io::{self, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

pub use fields::{parse_date, source_line};
pub use html::{HtmlArticle, parse_html};

use crate::error::InputError;
use crate::model::{Article, Lang};
use fields::Fields;

/// The formats isnad reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Txt,
    Md,
    Jsonl,
    Html,
}

impl Format {
    pub const NAMES: &'static str = ".txt, .md, .jsonl, .html";

    /// The format a file name's extension stands for.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Txt),
            "md" | "markdown" => Some(Format::Md),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// Guesses the format of standard input from its first bytes.
    fn sniff(head: &[u8]) -> Format {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let rest = &head[start..];
        if rest.starts_with(b"---") && start == 0 {
            Format::Md
        } else if rest.starts_with(b"{") {
            Format::Jsonl
        } else if rest.starts_with(b"<") {
            Format::Html
        } else {
            Format::Txt
        }
    }
}

/// The default of `--max-article-bytes`: 16 MiB, 200 times the longest article of the shared
/// corpus (78 KB), so that only files that are not one news article are refused.
pub const MAX_ARTICLE_BYTES: u64 = 16 << 20;

/// What the command line says about articles whose files don't say it themselves.
#[derive(Clone, Debug)]
pub struct Defaults {
    pub id: Option<String>,
    pub lang: Option<Lang>,
    pub date: Option<Date>,
    pub source: Option<String>,
    pub title: Option<String>,
    /// The format of standard input and of files with no known extension.
    pub format: Option<Format>,
    /// The largest article read, in bytes: a whole file (or stdin) for one-article formats,
    /// a line for JSONL. Larger ones are refused with an error, without being held in memory.
    pub max_article_bytes: u64,
}

impl Default for Defaults {
    fn default() -> Defaults {
        Defaults {
            id: None,
            lang: None,
            date: None,
            source: None,
            title: None,
            format: None,
            max_article_bytes: MAX_ARTICLE_BYTES,
        }
    }
}

/// The error for an article over `--max-article-bytes`; `size` when known.
fn too_big(size: Option<u64>, max: u64) -> String {
    let size = size
        .map(|n| format!(" {},", human_bytes(n)))
        .unwrap_or_default();
    format!(
        "article is{size} over the limit of {} (raise it with --max-article-bytes)",
        human_bytes(max)
    )
}

/// `16 MiB`, `47.7 MiB`, `900 bytes`.
pub fn human_bytes(n: u64) -> String {
    for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] {
        if n >= 1 << shift {
            let v = n as f64 / (1u64 << shift) as f64;
            let s = format!("{v:.1}");
            return format!("{} {unit}", s.strip_suffix(".0").unwrap_or(&s));
        }
    }
    format!("{n} bytes")
}

/// Parses a size such as `16M`, `512k`, `1GiB` or `1000000` (suffixes are powers of 1024).
pub fn parse_bytes(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, suffix) = t.split_at(digits);
    let shift = match suffix.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("'{s}' is not a size (e.g. 16M, 512K, 1G)")),
    };
    let n: u64 = num
        .parse()
        .map_err(|_| format!("'{s}' is not a size (e.g. 16M, 512K, 1G)"))?;
    match n.checked_mul(1 << shift) {
        Some(0) => Err("the limit must be at least 1 byte".into()),
        Some(v) => Ok(v),
        None => Err(format!("'{s}' is too large")),
    }
}

/// One input to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File {
        path: PathBuf,
        size: u64,
        format: Format,
    },
    /// A path that cannot be read as asked; reading it reports this error.
    Bad(InputError),
}

/// Turns command-line paths into inputs: `-` is stdin, folders are walked recursively in
/// name order (keeping files with a known extension, skipping hidden entries).
pub fn plan(paths: &[PathBuf], defaults: &Defaults) -> Vec<Input> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        match fs::metadata(path) {
            Err(e) => out.push(Input::Bad(InputError::new(display(path), io_message(&e)))),
            Ok(m) if m.is_dir() => walk(path, &mut out),
            Ok(m) => {
                let format = Format::from_extension(path)
                    .or(defaults.format)
                    .or_else(|| path.extension().is_none().then_some(Format::Txt));
                out.push(match format {
                    Some(format) => Input::File {
                        path: path.clone(),
                        size: m.len(),
                        format,
                    },
                    None => Input::Bad(InputError::new(
                        display(path),
                        format!(
                            "unsupported file type (expected {}; or say which with --input-format)",
                            Format::NAMES
                        ),
                    )),
                });
            }
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>) {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            out.push(Input::Bad(InputError::new(display(dir), io_message(&e))));
            return;
        }
    };
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        if hidden {
            continue;
        }
        if meta.is_dir() {
            walk(&path, out);
        } else if let Some(format) = Format::from_extension(&path) {
            let size = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            out.push(Input::File { path, size, format });
        }
    }
}

/// Total size of the file inputs, for a progress bar.
pub fn total_bytes(inputs: &[Input]) -> u64 {
    inputs
        .iter()
        .map(|i| match i {
            Input::File { size, .. } => *size,
            _ => 0,
        })
        .sum()
}

/// One article read, or one input that failed, with the input bytes it accounts for.
#[derive(Debug)]
pub struct Item {
    pub result: Result<Article, InputError>,
    pub bytes: u64,
}

/// Reads every input, calling `visit` with each article or failure in input order.
/// Stops early when `visit` returns `Break`.
pub fn read(
    inputs: &[Input],
    defaults: &Defaults,
    mut visit: impl FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    for input in inputs {
        match input {
            Input::Bad(e) => visit(Item {
                result: Err(e.clone()),
                bytes: 0,
            })?,
            Input::Stdin => {
                let stdin = io::stdin();
                let mut reader = BufReader::with_capacity(1 << 16, stdin.lock());
                let format = match defaults.format {
                    Some(f) => f,
                    None => match io::BufRead::fill_buf(&mut reader) {
                        Ok(head) => Format::sniff(head),
                        Err(e) => {
                            visit(Item {
                                result: Err(InputError::new("-", io_message(&e))),
                                bytes: 0,
                            })?;
                            continue;
                        }
                    },
                };
                read_one(reader, "-", None, format, defaults, &mut visit)?;
            }
            Input::File { path, format, size } => {
                let name = display(path);
                let max = defaults.max_article_bytes;
                if *format != Format::Jsonl && *size > max {
                    visit(Item {
                        result: Err(InputError::new(name, too_big(Some(*size), max))),
                        bytes: *size,
                    })?;
                    continue;
                }
                match File::open(path) {
                    Ok(f) => {
                        let reader = BufReader::with_capacity(1 << 16, f);
                        let stem = path.file_stem().and_then(|s| s.to_str());
                        read_one(reader, &name, stem, *format, defaults, &mut visit)?;
                    }
                    Err(e) => visit(Item {
                        result: Err(InputError::new(name, io_message(&e))),
                        bytes: 0,
                    })?,
                }
            }
        }
    }
    ControlFlow::Continue(())
}

/// Reads `bytes` as one input of `format` named `name`, as [`read`] reads a file: the entry
/// point of the reader fuzz targets (`crate::fuzzing`).
pub fn read_bytes(
    bytes: &[u8],
    name: &str,
    format: Format,
    defaults: &Defaults,
    mut visit: impl FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    read_one(bytes, name, None, format, defaults, &mut visit)
}

fn read_one<R: io::BufRead>(
    reader: R,
    name: &str,
    stem: Option<&str>,
    format: Format,
    defaults: &Defaults,
    visit: &mut impl FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    if format == Format::Jsonl {
        return jsonl::read(reader, name, defaults, visit);
    }
    let mut bytes = Vec::new();
    // One byte more than the limit tells an article over it, without reading the rest.
    let max = defaults.max_article_bytes;
    if let Err(e) = reader.take(max.saturating_add(1)).read_to_end(&mut bytes) {
        return visit(Item {
            result: Err(InputError::new(name, io_message(&e))),
            bytes: bytes.len() as u64,
        });
    }
    let size = bytes.len() as u64;
    if size > max {
        return visit(Item {
            result: Err(InputError::new(name, too_big(None, max))),
            bytes: size,
        });
    }
    let result = text::decode(&bytes, name).and_then(|text| {
        let (fields, body_line) = match format {
            Format::Md => markdown::parse(text, name)?,
            Format::Html => (html_fields(text), 1),
            Format::Txt | Format::Jsonl => (
                Fields {
                    body: text.to_string(),
                    ..Fields::default()
                },
                1,
            ),
        };
        fields.finish(defaults, name, stem, body_line, false)
    });
    visit(Item {
        result,
        bytes: size,
    })
}

fn html_fields(text: &str) -> Fields {
    let page = parse_html(text);
    Fields {
        id: None,
        lang: page.lang,
        date: page.date,
        source: page.source,
        title: page.title,
        url: page.url,
        body: page.text,
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// An I/O error as a short sentence, without Rust's `(os error 2)` suffix.
fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_stdin_formats() {
        assert_eq!(Format::sniff(b"---\nid: x\n---\nbody"), Format::Md);
        assert_eq!(Format::sniff(b"\xEF\xBB\xBF---\nid: x"), Format::Md);
        assert_eq!(Format::sniff(b"  {\"id\":1}"), Format::Jsonl);
        assert_eq!(Format::sniff(b"\n<!doctype html>"), Format::Html);
        assert_eq!(Format::sniff("قال كيري".as_bytes()), Format::Txt);
        assert_eq!(Format::sniff(b""), Format::Txt);
    }

    #[test]
    fn sizes_parse_and_print() {
        assert_eq!(parse_bytes("16M"), Ok(16 << 20));
        assert_eq!(parse_bytes("512kib"), Ok(512 << 10));
        assert_eq!(parse_bytes("1 GB"), Ok(1 << 30));
        assert_eq!(parse_bytes("1000"), Ok(1000));
        assert!(parse_bytes("0").is_err());
        assert!(parse_bytes("16 furlongs").is_err());
        assert!(parse_bytes("-1").is_err());
        assert!(
            parse_bytes("99999999999999G")
                .unwrap_err()
                .contains("too large")
        );
        assert_eq!(human_bytes(16 << 20), "16 MiB");
        assert_eq!(human_bytes(50_000_000), "47.7 MiB");
        assert_eq!(human_bytes(1023), "1023 bytes");
    }

    #[test]
    fn formats_from_extensions() {
        assert_eq!(
            Format::from_extension(Path::new("a/b.MD")),
            Some(Format::Md)
        );
        assert_eq!(
            Format::from_extension(Path::new("x.ndjson")),
            Some(Format::Jsonl)
        );
        assert_eq!(
            Format::from_extension(Path::new("x.htm")),
            Some(Format::Html)
        );
        assert_eq!(Format::from_extension(Path::new("x.json")), None);
        assert_eq!(Format::from_extension(Path::new("README")), None);
    }

    #[test]
    fn plan_walks_folders_in_name_order_and_reports_missing_paths() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir_all(d.join("sub")).unwrap();
        fs::write(d.join("b.md"), "x").unwrap();
        fs::write(d.join("a.txt"), "x").unwrap();
        fs::write(d.join("sub/c.jsonl"), "x").unwrap();
        fs::write(d.join("notes.json"), "x").unwrap();
        fs::write(d.join(".hidden.txt"), "x").unwrap();
        let inputs = plan(&[d.to_path_buf(), d.join("nope.txt")], &Defaults::default());
        let names: Vec<String> = inputs
            .iter()
            .map(|i| match i {
                Input::File { path, .. } => path.strip_prefix(d).unwrap().display().to_string(),
                Input::Bad(e) => e.message.clone(),
                Input::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(
            names,
            ["a.txt", "b.md", "sub/c.jsonl", "no such file or directory"]
        );
        assert_eq!(total_bytes(&inputs), 3);
    }

    #[test]
    fn explicit_files_need_a_known_format() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.json");
        fs::write(&p, "{}").unwrap();
        let bad = plan(std::slice::from_ref(&p), &Defaults::default());
        assert!(matches!(&bad[0], Input::Bad(e) if e.message.contains("unsupported file type")));
        let ok = plan(
            &[p],
            &Defaults {
                format: Some(Format::Jsonl),
                ..Defaults::default()
            },
        );
        assert!(matches!(
            &ok[0],
            Input::File {
                format: Format::Jsonl,
                ..
            }
        ));
    }
}
