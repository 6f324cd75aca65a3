//! A newsroom's own lexicon: entities and concepts that the built-in gazetteer
//! ([`crate::lang::entities`]) and concept table ([`super::concepts`]) do not know, in a TOML
//! file named in `isnad.toml` (`lexicons = ["lexicon.toml"]`) or given with `--lexicon`.
//!
//! ```toml
//! [[entity]]                 # a name, in any number of spellings per language
//! id = "abha_mosque"
//! ar = ["مسجد قوات الطوارئ", "مسجد الطوارئ"]
//! en = ["Emergency Forces mosque"]
//!
//! [[concept]]                # a content word: matched as the term `~id`
//! id = "toll"
//! ar = ["حصيلة"]
//! en = ["toll", "death toll"]
//! ```
//!
//! The forms are matched on the words around a claim's number (the eight on each side),
//! before the built-in tables and longest first: Arabic on their normalized keys (with or
//! without the article on the first word), English case-insensitively. An id may also be a
//! built-in one (`islamic_state`), to add a spelling.

use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::config::toml_error;
use crate::error::InputError;
use crate::lang::FastMap;
use crate::normalize;

/// The lexicon of this run, installed once by `isnad check` before matching.
static USER: OnceLock<Lexicon> = OnceLock::new();

/// Makes `lexicon` the one matching uses for the rest of the process (a second call is
/// ignored). Matching reads it in [`user`]; without one it uses the built-in tables only.
pub fn install(lexicon: Lexicon) {
    if !lexicon.is_empty() {
        let _ = USER.set(lexicon);
    }
}

/// The installed lexicon, if any.
pub fn user() -> Option<&'static Lexicon> {
    USER.get()
}

/// Entries by their first word: (the form's words, the term it stands for).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    forms: FastMap<String, Vec<(Vec<String>, String)>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    entity: Vec<RawEntry>,
    #[serde(default)]
    concept: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: String,
    #[serde(default)]
    ar: Vec<String>,
    #[serde(default)]
    en: Vec<String>,
}

/// The words of a form as window words are compared: Arabic keys, English lower case.
fn words_of(form: &str) -> Vec<String> {
    form.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| normalize::key(w).to_lowercase())
        .collect()
}

impl Lexicon {
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Reads lexicon files, in order.
    pub fn load(paths: &[impl AsRef<Path>]) -> Result<Lexicon, InputError> {
        let mut lex = Lexicon::default();
        for p in paths {
            let p = p.as_ref();
            let shown = p.display().to_string();
            let text = std::fs::read_to_string(p)
                .map_err(|e| InputError::new(&shown, format!("cannot read lexicon file: {e}")))?;
            lex.parse(&shown, &text)?;
        }
        Ok(lex)
    }

    /// Adds the entries of the text of a lexicon file.
    pub fn parse(&mut self, file: &str, text: &str) -> Result<(), InputError> {
        let raw: Raw = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
        let line = |needle: &str| {
            text.find(needle)
                .map_or(1, |i| text[..i].matches('\n').count() as u64 + 1)
        };
        for (entries, concept) in [(raw.entity, false), (raw.concept, true)] {
            for e in entries {
                let id = e.id.trim();
                let valid = !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if !valid {
                    return Err(InputError::at_line(
                        file,
                        line(&e.id),
                        format!("id '{}': use lower-case letters, digits and _", e.id),
                    ));
                }
                if e.ar.is_empty() && e.en.is_empty() {
                    return Err(InputError::at_line(
                        file,
                        line(&e.id),
                        format!("'{id}' has no forms: give ar = [...] or en = [...]"),
                    ));
                }
                let term = if concept {
                    format!("~{id}")
                } else {
                    id.to_string()
                };
                for form in e.ar.iter().chain(&e.en) {
                    let words = words_of(form);
                    let Some(first) = words.first() else {
                        return Err(InputError::at_line(
                            file,
                            line(form),
                            format!("an empty form of '{id}'"),
                        ));
                    };
                    let mut variants = vec![words.clone()];
                    // Arabic: the form also matches with the article on its first word, and
                    // with every word without its article, as stored subjects hold them.
                    if first.chars().any(crate::lang::is_arabic_letter) {
                        if !first.starts_with("ال") {
                            let mut w = words.clone();
                            w[0] = format!("ال{first}");
                            variants.push(w);
                        }
                        let bare: Vec<String> = words
                            .iter()
                            .map(|w| match w.strip_prefix("ال") {
                                Some(r) if r.chars().count() >= 2 => r.to_string(),
                                _ => w.clone(),
                            })
                            .collect();
                        if bare != words {
                            variants.push(bare);
                        }
                    }
                    for w in variants {
                        self.forms
                            .entry(w[0].clone())
                            .or_default()
                            .push((w, term.clone()));
                    }
                }
            }
        }
        for list in self.forms.values_mut() {
            // Longest first; among equals, the order of the file.
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Ok(())
    }

    /// The term of the longest form that starts `keys` (window words as normalized keys, in
    /// lower case), and how many words it takes. A word may carry a conjunction or
    /// preposition (`و`, `ف`, `ب`, `ل`) before the form.
    pub fn find(&self, keys: &[&str]) -> Option<(&str, usize)> {
        let first = *keys.first()?;
        let mut firsts = vec![first.to_string()];
        for p in ['و', 'ف', 'ب', 'ل'] {
            if let Some(rest) = first.strip_prefix(p)
                && rest.chars().count() >= 2
            {
                firsts.push(rest.to_string());
                if p == 'ل' || p == 'ب' {
                    // `للتحالف`, `بالتحالف`: the article after the preposition.
                    firsts.push(format!("ا{rest}"));
                }
            }
        }
        for f in &firsts {
            let Some(list) = self.forms.get(f) else {
                continue;
            };
            for (words, term) in list {
                let fits = words.len() <= keys.len()
                    && words[1..]
                        .iter()
                        .zip(&keys[1..])
                        .all(|(w, k)| w.as_str() == *k);
                if fits {
                    return Some((term, words.len()));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(text: &str) -> Lexicon {
        let mut l = Lexicon::default();
        l.parse("lexicon.toml", text).unwrap();
        l
    }

    fn keys(s: &str) -> Vec<String> {
        words_of(s)
    }

    #[test]
    fn forms_match_in_both_languages_longest_first() {
        let l = lex(r#"
[[entity]]
id = "sindyan_valley"
ar = ["وادي السنديان"]
en = ["Sindyan Valley", "Sindyan"]

[[concept]]
id = "toll"
ar = ["حصيلة"]
en = ["death toll"]
"#);
        let find = |s: &str| {
            let k = keys(s);
            let r: Vec<&str> = k.iter().map(String::as_str).collect();
            l.find(&r).map(|(t, n)| (t.to_string(), n))
        };
        assert_eq!(
            find("وادي السنديان أمس"),
            Some(("sindyan_valley".into(), 2))
        );
        assert_eq!(
            find("Sindyan Valley on"),
            Some(("sindyan_valley".into(), 2))
        );
        assert_eq!(find("Sindyan on"), Some(("sindyan_valley".into(), 1)));
        assert_eq!(find("والحصيلة"), Some(("~toll".into(), 1)));
        assert_eq!(find("الحصيلة النهائية"), Some(("~toll".into(), 1)));
        assert_eq!(find("death toll rose"), Some(("~toll".into(), 2)));
        assert_eq!(find("toll"), None);
    }

    #[test]
    fn bad_entries_name_their_line() {
        let mut l = Lexicon::default();
        let e = l
            .parse("x.toml", "[[entity]]\nid = \"Bad Id\"\nen = [\"x\"]\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.toml:2: id 'Bad Id': use lower-case letters, digits and _"
        );
        let e = l
            .parse("x.toml", "[[concept]]\nid = \"toll\"\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.toml:2: 'toll' has no forms: give ar = [...] or en = [...]"
        );
        let e = l.parse("x.toml", "[[entity]]\nname = 1\n").unwrap_err();
        assert!(e.to_string().starts_with("x.toml:"), "{e}");
    }
}
