//! The speakers file: TOML that declares which names are one speaker, across scripts and
//! spellings, committed next to a newsroom's articles and applied on every import.
//!
//! ```toml
//! # The full form: a canonical name, a kind (optional), other names.
//! [[speaker]]
//! name = "John Kerry"
//! kind = "person"
//! aliases = ["جون كيري", "كيري", "Kerry"]
//!
//! # The compact form: one speaker per string, canonical name first.
//! same = [
//!   "Haider al-Abadi = حيدر العبادي = العبادي",
//! ]
//! ```
//!
//! Names are matched by their key ([`crate::normalize::key`]), so `الأمريكي`/`الأميركي`,
//! hamza, ta marbuta and diacritics need not be listed twice. A name may belong to one
//! speaker only; every error names the file and line.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error::InputError;
use crate::model::SpeakerKind;
use crate::normalize::key;

/// The name under which a speakers file is picked up without `--speakers`.
pub const FILE_NAME: &str = "isnad-speakers.toml";

/// One speaker as a file declares it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declared {
    /// Canonical name, as written.
    pub name: String,
    /// `None` when the file does not say (always so in the compact form): an existing
    /// speaker keeps its kind, a new one is a person.
    pub kind: Option<SpeakerKind>,
    /// The other names, as written, one per key, without the canonical name's key.
    pub aliases: Vec<String>,
    /// Where it is declared, for messages.
    pub file: String,
    pub line: u64,
}

impl Declared {
    /// The canonical name and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// `FILE:LINE`.
    pub fn at(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    speaker: Vec<RawSpeaker>,
    #[serde(default)]
    same: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpeaker {
    name: Spanned<String>,
    #[serde(default)]
    kind: Option<Spanned<String>>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
}

/// The speakers files that apply to an import of `paths` when none is named: a file called
/// [`FILE_NAME`] in the working directory, in each imported folder, and in the folder that
/// holds each imported file or folder; each once, in that order.
pub fn discover(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = vec![PathBuf::from(".")];
    for p in paths.iter().filter(|p| p.as_os_str() != "-") {
        if p.is_dir() {
            folders.push(p.clone());
        }
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty());
        folders.push(parent.map_or_else(|| PathBuf::from("."), Path::to_path_buf));
    }
    let mut seen = Vec::new();
    let mut found = Vec::new();
    for folder in folders {
        let candidate = folder.join(FILE_NAME);
        let Ok(real) = candidate.canonicalize() else {
            continue;
        };
        if real.is_file() && !seen.contains(&real) {
            seen.push(real);
            // `./isnad-speakers.toml` is shown as `isnad-speakers.toml`.
            found.push(
                candidate
                    .strip_prefix(".")
                    .map_or(candidate.clone(), Path::to_path_buf),
            );
        }
    }
    found
}

/// Reads and checks the speakers files `paths`: every declaration, in file order, or the
/// first problem, which names its file and line.
pub fn load(paths: &[PathBuf]) -> Result<Vec<Declared>, InputError> {
    let mut all = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| InputError::new(&shown, e.to_string()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| InputError::new(&shown, "not UTF-8 text: a speakers file is TOML"))?;
        all.extend(parse(&shown, &text)?);
    }
    check_names(&all)?;
    Ok(all)
}

/// The declarations of one speakers file, named `file` in messages.
pub fn parse(file: &str, text: &str) -> Result<Vec<Declared>, InputError> {
    let line_of = |offset: usize| -> u64 {
        text.get(..offset)
            .map_or(1, |head| head.matches('\n').count() as u64 + 1)
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let mut message = e.message().trim().replace('\n', " ");
        if message.starts_with("unknown field `same`") {
            message.push_str(" (`same = [...]` goes before the first [[speaker]])");
        }
        match e.span() {
            Some(span) => InputError::at_line(file, line_of(span.start), message),
            None => InputError::new(file, message),
        }
    })?;
    let error =
        |span: std::ops::Range<usize>, m: String| InputError::at_line(file, line_of(span.start), m);
    let checked = |s: &Spanned<String>| -> Result<String, InputError> {
        let name = s.get_ref().trim();
        if key(name).is_empty() {
            return Err(error(s.span(), "a speaker's name is empty".into()));
        }
        Ok(name.to_string())
    };
    let mut out = Vec::new();
    for s in &raw.speaker {
        let kind = match &s.kind {
            None => None,
            Some(k) => Some(
                k.get_ref()
                    .parse::<SpeakerKind>()
                    .map_err(|m| error(k.span(), format!("kind: {m}")))?,
            ),
        };
        let mut d = Declared {
            name: checked(&s.name)?,
            kind,
            aliases: Vec::new(),
            file: file.to_string(),
            line: line_of(s.name.span().start),
        };
        for a in &s.aliases {
            d.aliases.push(checked(a)?);
        }
        out.push(dedup(d));
    }
    for line in &raw.same {
        let parts: Vec<&str> = line.get_ref().split('=').map(str::trim).collect();
        if parts.iter().any(|p| key(p).is_empty()) {
            return Err(error(
                line.span(),
                format!(
                    "'{}': expected names separated by '=', such as \"John Kerry = جون كيري = كيري\"",
                    line.get_ref()
                ),
            ));
        }
        out.push(dedup(Declared {
            name: parts[0].to_string(),
            kind: None,
            aliases: parts[1..].iter().map(|p| p.to_string()).collect(),
            file: file.to_string(),
            line: line_of(line.span().start),
        }));
    }
    out.sort_by_key(|d| d.line);
    Ok(out)
}

/// Drops aliases that match the canonical name or an earlier alias.
fn dedup(mut d: Declared) -> Declared {
    let mut seen = vec![key(&d.name)];
    d.aliases.retain(|a| {
        let k = key(a);
        let new = !seen.contains(&k);
        seen.push(k);
        new
    });
    d
}

/// A name (by key) may be declared for one speaker only, and a speaker once.
fn check_names(all: &[Declared]) -> Result<(), InputError> {
    let mut owner: HashMap<String, usize> = HashMap::new();
    for (i, d) in all.iter().enumerate() {
        for name in d.names() {
            if let Some(&j) = owner.get(&key(name)) {
                let first = &all[j];
                let what = if key(name) == key(&first.name) && key(name) == key(&d.name) {
                    format!("'{}' is declared twice (first at {})", d.name, first.at())
                } else {
                    format!(
                        "'{name}' cannot be a name of both '{}' and '{}' (declared at {}); \
                         one name, one speaker",
                        d.name,
                        first.name,
                        first.at()
                    )
                };
                return Err(InputError::at_line(&d.file, d.line, what));
            }
            owner.insert(key(name), i);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Vec<(String, Option<SpeakerKind>, Vec<String>, u64)> {
        let all = parse("s.toml", text).unwrap();
        check_names(&all).unwrap();
        all.into_iter()
            .map(|d| (d.name, d.kind, d.aliases, d.line))
            .collect()
    }

    fn err(text: &str) -> String {
        parse("s.toml", text)
            .and_then(|all| check_names(&all).map(|()| all))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn both_forms_give_names_kinds_and_lines() {
        let text = "# newsroom speakers\n\
            [[speaker]]\n\
            name = \"John Kerry\"\n\
            aliases = [\"جون كيري\", \"كيري\", \"KERRY\", \"كيرى\"]\n\
            \n\
            [[speaker]]\n\
            name = \"Pentagon\"\n\
            kind = \"organization\"\n\
            aliases = [\"البنتاغون\", \"وزارة الدفاع الأميركية\"]\n";
        let compact = "same = [\n  \"Haider al-Abadi = حيدر العبادي = العبادي\",\n  \"Didier Reynders\",\n]\n";
        assert_eq!(
            ok(&format!("{compact}{text}")),
            [
                (
                    "Haider al-Abadi".to_string(),
                    None,
                    vec!["حيدر العبادي".to_string(), "العبادي".to_string()],
                    2
                ),
                ("Didier Reynders".to_string(), None, vec![], 3),
                (
                    "John Kerry".to_string(),
                    None,
                    // `كيرى` is `كيري` by key: listed once.
                    vec![
                        "جون كيري".to_string(),
                        "كيري".to_string(),
                        "KERRY".to_string()
                    ],
                    7
                ),
                (
                    "Pentagon".to_string(),
                    Some(SpeakerKind::Organization),
                    vec!["البنتاغون".to_string(), "وزارة الدفاع الأميركية".to_string()],
                    11
                ),
            ]
        );
        assert_eq!(ok(""), []);
    }

    #[test]
    fn bad_files_name_the_line() {
        assert_eq!(
            err("[[speaker]]\nname = \"John Kerry\"\naliases = [\"كيري\"\n"),
            "s.toml:3: unclosed array, expected `]`"
        );
        assert_eq!(
            err("[[speaker]]\nname = \"A\"\nkind = \"pundit\"\n"),
            "s.toml:3: kind: unknown value 'pundit' (expected one of: person, organization, document, group, outlet)"
        );
        assert!(
            err("[[speaker]]\nname = \"A\"\nalias = [\"B\"]\n")
                .starts_with("s.toml:3: unknown field `alias`"),
            "{}",
            err("[[speaker]]\nname = \"A\"\nalias = [\"B\"]\n")
        );
        assert_eq!(
            err("[[speaker]]\naliases = [\"B\"]\n"),
            "s.toml:1: missing field `name`"
        );
        assert_eq!(
            err("[[speaker]]\nname = \"  \"\n"),
            "s.toml:2: a speaker's name is empty"
        );
        assert_eq!(
            err("same = [\"John Kerry = = كيري\"]\n"),
            "s.toml:1: 'John Kerry = = كيري': expected names separated by '=', such as \"John Kerry = جون كيري = كيري\""
        );
        assert_eq!(
            err("same = [\n\"John Kerry = كيري\",\n\"Kerry Kennedy = كيرى\",\n]\n"),
            "s.toml:3: 'كيرى' cannot be a name of both 'Kerry Kennedy' and 'John Kerry' (declared at s.toml:2); one name, one speaker"
        );
        assert_eq!(
            err("same = [\"John Kerry\"]\n[[speaker]]\nname = \"john  kerry\"\n"),
            "s.toml:3: 'john  kerry' is declared twice (first at s.toml:1)"
        );
        assert_eq!(
            err("same = 3\n"),
            "s.toml:1: invalid type: integer `3`, expected a sequence"
        );
        assert!(
            err("[[speaker]]\nname = \"A\"\nsame = [\"B = C\"]\n")
                .ends_with("(`same = [...]` goes before the first [[speaker]])")
        );
    }
}
