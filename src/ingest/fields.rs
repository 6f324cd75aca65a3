//! Article fields as a file states them, checked and completed into an [`Article`].

use jiff::civil::Date;

use super::Defaults;
use crate::error::InputError;
use crate::lang;
use crate::model::{Article, Lang};

/// Fields as found in a file: all text, unchecked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub id: Option<String>,
    pub lang: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub body: String,
}

impl Fields {
    /// Checks the fields and fills what the file does not say: from the command line's
    /// `defaults`, the file stem (id), the script (language), and a `المصدر :` line (source).
    /// `line` is where the body starts in the file; errors name `name`, and `line` too when
    /// the article is one line of its file (JSONL).
    pub fn finish(
        self,
        defaults: &Defaults,
        name: &str,
        stem: Option<&str>,
        line: u64,
        one_line: bool,
    ) -> Result<Article, InputError> {
        let err = |message: String| InputError {
            path: name.to_string(),
            line: one_line.then_some(line),
            message,
        };
        if self.body.trim().is_empty() {
            return Err(err("empty body".into()));
        }
        let id = match nonempty(self.id).or_else(|| defaults.id.clone()) {
            Some(id) => id,
            None => match stem {
                Some(stem) => stem.to_string(),
                None => format!(
                    "stdin-{}",
                    &crate::hash::hex_sha256(self.body.as_bytes())[..12]
                ),
            },
        };
        if let Some(c) = id.chars().find(|c| c.is_control()) {
            return Err(err(format!(
                "id contains a control character (U+{:04X})",
                c as u32
            )));
        }
        let lang = match nonempty(self.lang) {
            Some(tag) => Lang::from_tag(&tag).ok_or_else(|| {
                err(format!(
                    "unknown language '{tag}' (expected one of: ar, en)"
                ))
            })?,
            None => match defaults.lang.or_else(|| lang::detect(&self.body)) {
                Some(l) => l,
                None => {
                    return Err(err(
                        "cannot tell the language: no Arabic or Latin letters (give --lang)".into(),
                    ));
                }
            },
        };
        let date = match nonempty(self.date) {
            Some(d) => Some(parse_date(&d).map_err(err)?),
            None => defaults.date,
        };
        let source = nonempty(self.source)
            .or_else(|| defaults.source.clone())
            .or_else(|| source_line(&self.body).map(str::to_string));
        Ok(Article {
            id,
            lang,
            date,
            source,
            title: nonempty(self.title).or_else(|| defaults.title.clone()),
            url: nonempty(self.url),
            body: self.body,
            origin: name.to_string(),
            line,
        })
    }
}

fn nonempty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// A calendar date written `YYYY-MM-DD`, in the years 0001 to 9999. Year 0000 is refused:
/// the Gregorian calendar has no year 0 (1 BC is followed by AD 1), and in exported data
/// `0000-…` stands for a missing date, not a publication date to resolve "yesterday" from.
pub fn parse_date(s: &str) -> Result<Date, String> {
    let bad = || format!("malformed date '{s}' (expected YYYY-MM-DD)");
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Result<i16, String> {
        let part = &s[r];
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if y == 0 {
        return Err(format!(
            "no such date '{s}' (there is no year 0000; years run from 0001 to 9999)"
        ));
    }
    Date::new(y, m as i8, d as i8).map_err(|_| format!("no such date '{s}'"))
}

/// The outlets named by a line such as `المصدر : وكالة الأناضول,الجزيرة` (the last such line).
pub fn source_line(body: &str) -> Option<&str> {
    body.lines().rev().find_map(|line| {
        let rest = line.trim().strip_prefix("المصدر")?;
        let rest = rest.trim_start().strip_prefix([':', '：'])?;
        let value = rest.trim();
        (!value.is_empty()).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(body: &str) -> Fields {
        Fields {
            body: body.into(),
            ..Fields::default()
        }
    }

    #[test]
    fn source_comes_from_the_masdar_line() {
        assert_eq!(
            source_line("نص الخبر\n\nالمصدر : وكالة الأناضول,الجزيرة\n"),
            Some("وكالة الأناضول,الجزيرة")
        );
        assert_eq!(source_line("المصدر: رويترز"), Some("رويترز"));
        assert_eq!(source_line("قال المصدر إن"), None);
        assert_eq!(source_line("المصدر :   "), None);
    }

    #[test]
    fn file_fields_win_over_defaults_and_detection_fills_the_rest() {
        let defaults = Defaults {
            lang: Some(Lang::En),
            source: Some("Flag Source".into()),
            date: Some(Date::new(2014, 12, 3).unwrap()),
            ..Defaults::default()
        };
        let mut f = fields("قال كيري إن 60 دولة\nالمصدر : الجزيرة");
        f.lang = Some("ar".into());
        let a = f.finish(&defaults, "x.md", Some("x"), 5, false).unwrap();
        assert_eq!((a.id.as_str(), a.lang, a.line), ("x", Lang::Ar, 5));
        assert_eq!(a.source.as_deref(), Some("Flag Source"));
        assert_eq!(a.date, Some(Date::new(2014, 12, 3).unwrap()));

        let a = fields("قال كيري إن 60 دولة\nالمصدر : الجزيرة")
            .finish(&Defaults::default(), "-", None, 1, false)
            .unwrap();
        assert_eq!(a.lang, Lang::Ar);
        assert_eq!(a.source.as_deref(), Some("الجزيرة"));
        assert!(a.id.starts_with("stdin-") && a.id.len() == 18, "{}", a.id);
    }

    #[test]
    fn bad_fields_are_errors_with_their_line() {
        let d = Defaults::default();
        let mut f = fields("text");
        f.lang = Some("fr".into());
        assert_eq!(
            f.finish(&d, "a.jsonl", None, 3, true)
                .unwrap_err()
                .to_string(),
            "a.jsonl:3: unknown language 'fr' (expected one of: ar, en)"
        );
        let mut f = fields("text");
        f.date = Some("3/12/2014".into());
        assert!(
            f.finish(&d, "a.jsonl", None, 4, true)
                .unwrap_err()
                .to_string()
                .ends_with("malformed date '3/12/2014' (expected YYYY-MM-DD)")
        );
        assert_eq!(
            fields("  \n ")
                .finish(&d, "e.txt", Some("e"), 1, false)
                .unwrap_err()
                .message,
            "empty body"
        );
        assert_eq!(
            fields("2014 12 03")
                .finish(&d, "n.txt", Some("n"), 1, false)
                .unwrap_err()
                .message,
            "cannot tell the language: no Arabic or Latin letters (give --lang)"
        );
    }

    #[test]
    fn dates_are_checked() {
        assert_eq!(
            parse_date("2014-12-03").unwrap(),
            Date::new(2014, 12, 3).unwrap()
        );
        assert!(
            parse_date("2014-02-30")
                .unwrap_err()
                .contains("no such date")
        );
        assert!(parse_date("2014-2-3").unwrap_err().contains("malformed"));
        assert!(parse_date("+014-12-03").unwrap_err().contains("malformed"));
        assert!(parse_date("２０１４-12-03").is_err());
        assert_eq!(
            parse_date("9999-12-31").unwrap(),
            Date::new(9999, 12, 31).unwrap()
        );
        assert!(parse_date("0001-01-01").is_ok());
        assert!(
            parse_date("0000-01-01")
                .unwrap_err()
                .contains("no year 0000")
        );
        assert!(parse_date("10000-01-01").unwrap_err().contains("malformed"));
    }
}
