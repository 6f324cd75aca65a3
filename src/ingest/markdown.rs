//! Markdown with optional front matter: `key: value` lines between two `---` lines.

use super::fields::{Fields, parse_date};
use crate::error::InputError;
use crate::model::Lang;

/// Splits front matter from the body. Returns the fields and the line the body starts on.
/// Unknown keys (`tags`, `author` …) are allowed and ignored; known ones are checked here so
/// that an error can name the line it is on.
pub fn parse(text: &str, name: &str) -> Result<(Fields, u64), InputError> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Ok((
            Fields {
                body: text.to_string(),
                ..Fields::default()
            },
            1,
        ));
    }
    if !text[first.len()..].lines().any(|l| l.trim() == "---") {
        return Err(never_closed(name));
    }
    let mut fields = Fields::default();
    let mut offset = first.len();
    let mut line_no = 1u64;
    for line in lines {
        line_no += 1;
        offset += line.len();
        let content = line.trim();
        if content == "---" {
            let body = text[offset..].trim_start_matches(['\n', '\r']);
            let skipped = text[offset..].len() - body.len();
            let blank_lines = text[offset..offset + skipped].matches('\n').count() as u64;
            fields.body = body.to_string();
            return Ok((fields, line_no + 1 + blank_lines));
        }
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let err = |m: String| InputError::at_line(name, line_no, m);
        let Some((key, value)) = content.split_once(':') else {
            return Err(err(format!(
                "front matter line is not 'key: value': {content}"
            )));
        };
        let value = unquote(value.trim()).to_string();
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "id" => &mut fields.id,
            "title" => &mut fields.title,
            "source" => &mut fields.source,
            "url" => &mut fields.url,
            "date" => {
                parse_date(&value).map_err(err)?;
                &mut fields.date
            }
            "lang" => {
                if Lang::from_tag(&value).is_none() {
                    return Err(err(format!(
                        "unknown language '{value}' (expected one of: ar, en)"
                    )));
                }
                &mut fields.lang
            }
            _ => continue,
        };
        *slot = Some(value);
    }
    Err(never_closed(name))
}

fn never_closed(name: &str) -> InputError {
    InputError::at_line(name, 1, "front matter opened with '---' is never closed")
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_front_matter_and_body_line() {
        let text = "---\nid: a-1\ntitle: \"التحالف: نتائج\"\n# comment\nlang: ar\ndate: 2014-12-03\nauthor: x\n---\n\nأعلنت 60 دولة\n";
        let (f, line) = parse(text, "a.md").unwrap();
        assert_eq!(f.id.as_deref(), Some("a-1"));
        assert_eq!(f.title.as_deref(), Some("التحالف: نتائج"));
        assert_eq!(f.lang.as_deref(), Some("ar"));
        assert_eq!(f.date.as_deref(), Some("2014-12-03"));
        assert_eq!(f.body, "أعلنت 60 دولة\n");
        assert_eq!(line, 10);
    }

    #[test]
    fn no_front_matter_means_all_body() {
        let (f, line) = parse("# عنوان\nنص", "b.md").unwrap();
        assert_eq!(f.body, "# عنوان\nنص");
        assert_eq!((f.id, line), (None, 1));
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("---\nid: x\ndate: 03/12/2014\n---\nbody", "c.md").unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.md:3: malformed date '03/12/2014' (expected YYYY-MM-DD)"
        );
        let e = parse("---\nlang: fr\n---\nbody", "c.md").unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.md:2: unknown language 'fr' (expected one of: ar, en)"
        );
        let e = parse("---\njust words\n---\n", "c.md").unwrap_err();
        assert_eq!(e.line, Some(2));
        let e = parse("---\nid: x\nbody", "c.md").unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.md:1: front matter opened with '---' is never closed"
        );
    }
}
