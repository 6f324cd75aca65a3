//! House facts: values a newsroom has verified, in a TOML file. A claim about the same
//! quantity whose value does not fit fails the check (code ISN005).
//!
//! ```toml
//! # the compact form, before any [[fact]]: "NAME = VALUE", VALUE a date, a duration
//! # (P4M) or a number with a unit ("62 country")
//! facts = [
//!   "US strikes in Iraq began = 2014-08-08",
//! ]
//!
//! [[fact]]
//! name = "Coalition member countries"
//! value = 62
//! kind = "count"        # optional: from the value
//! unit = "country"      # for counts and money
//! terms = ["coalition"] # optional: what a claim's subject must name (default: the name's)
//! ```
//!
//! A claim is about a fact when kind (and unit) agree and its subject names every entity
//! of the fact (`US` → `united_states`, `Iraq` → `iraq`, in either language), or, for a
//! fact that names no entity, at least half of its words.

use std::path::Path;

use serde::Deserialize;

use super::engine::{self, Prepared2};
use super::value::{Interval, interval};
use super::{Code, FactRef, Finding, Report, Verdict, claim_identity, finding_id};
use crate::config::toml_error;
use crate::error::InputError;
use crate::lang::entities;
use crate::model::{Kind, Qualifier, Value};
use crate::normalize;

/// One verified value.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub name: String,
    pub kind: Kind,
    pub unit: Option<String>,
    pub value: Value,
    pub interval: Interval,
    pub entities: Vec<String>,
    pub words: Vec<String>,
    pub file: String,
    pub line: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    facts: Vec<String>,
    #[serde(default)]
    fact: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    name: String,
    value: toml::Value,
    kind: Option<String>,
    unit: Option<String>,
    terms: Option<Vec<String>>,
}

/// Reads facts files.
pub fn load(paths: &[impl AsRef<Path>]) -> Result<Vec<Fact>, InputError> {
    let mut out = Vec::new();
    for p in paths {
        let p = p.as_ref();
        let shown = p.display().to_string();
        let text = std::fs::read_to_string(p)
            .map_err(|e| InputError::new(&shown, format!("cannot read facts file: {e}")))?;
        out.extend(parse(&shown, &text)?);
    }
    Ok(out)
}

/// Parses the text of a facts file.
pub fn parse(file: &str, text: &str) -> Result<Vec<Fact>, InputError> {
    let raw: Raw = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let mut out = Vec::new();
    for line in &raw.facts {
        let at = line_of(text, line);
        let err = |m: &str| InputError::at_line(file, at, format!("{m}: '{line}'"));
        let (name, value) = line
            .rsplit_once('=')
            .ok_or_else(|| err("expected NAME = VALUE"))?;
        let value = value.trim();
        let (value, unit) = match value.split_once(char::is_whitespace) {
            Some((v, u)) => (v, Some(u.trim().to_string())),
            None => (value, None),
        };
        let v = match value.parse::<f64>() {
            Ok(n) => Value::Number(n),
            Err(_) => Value::Text(value.to_string()),
        };
        out.push(fact(name.trim(), v, None, unit, None, file, at).map_err(|m| err(&m))?);
    }
    for f in &raw.fact {
        let at = line_of(text, &f.name);
        let v = match &f.value {
            toml::Value::Integer(n) => Value::Number(*n as f64),
            toml::Value::Float(n) => Value::Number(*n),
            toml::Value::String(s) => Value::Text(s.clone()),
            toml::Value::Datetime(d) => Value::Text(d.to_string()),
            _ => {
                return Err(InputError::at_line(
                    file,
                    at,
                    format!(
                        "fact '{}': value must be a number, date or duration",
                        f.name
                    ),
                ));
            }
        };
        let kind = f
            .kind
            .as_deref()
            .map(str::parse::<Kind>)
            .transpose()
            .map_err(|e| InputError::at_line(file, at, format!("fact '{}': kind: {e}", f.name)))?;
        out.push(
            fact(&f.name, v, kind, f.unit.clone(), f.terms.clone(), file, at)
                .map_err(|m| InputError::at_line(file, at, format!("fact '{}': {m}", f.name)))?,
        );
    }
    Ok(out)
}

fn fact(
    name: &str,
    value: Value,
    kind: Option<Kind>,
    unit: Option<String>,
    terms: Option<Vec<String>>,
    file: &str,
    line: u64,
) -> Result<Fact, String> {
    if name.is_empty() {
        return Err("a fact needs a name".into());
    }
    let kind = match (kind, &value) {
        (Some(k), _) => k,
        (None, Value::Text(t)) if t.starts_with('P') => Kind::Duration,
        (None, Value::Text(_)) => Kind::Date,
        (None, Value::Number(_)) if unit.as_deref() == Some("percent") => Kind::Percent,
        (None, Value::Number(_)) => Kind::Count,
    };
    let interval = interval(kind, &value, None, None, Qualifier::Exact, 0.0)
        .ok_or_else(|| format!("cannot read '{value}' as a {kind}"))?;
    if matches!(kind, Kind::Count | Kind::Money) && unit.is_none() {
        return Err(format!(
            "a {kind} fact needs a unit (\"NAME = 62 country\")"
        ));
    }
    let (entities, words) = name_terms(&terms.map(|t| t.join(" ")).unwrap_or(name.to_string()));
    Ok(Fact {
        name: name.to_string(),
        kind,
        unit,
        value,
        interval,
        entities,
        words,
        file: file.to_string(),
        line,
    })
}

/// Entity ids and content words of a fact's name, English or Arabic.
fn name_terms(name: &str) -> (Vec<String>, Vec<String>) {
    let raw: Vec<&str> = name.split_whitespace().collect();
    let keys: Vec<String> = raw.iter().map(|w| normalize::key(w)).collect();
    let (mut ents, mut words) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < raw.len() {
        if super::features::is_entity(raw[i]) {
            ents.push(raw[i].to_string());
            i += 1;
            continue;
        }
        let key_refs: Vec<&str> = keys[i..].iter().map(String::as_str).collect();
        let found = entities::find_en(&raw[i..]).or_else(|| entities::find_ar(&key_refs));
        if let Some(e) = found {
            ents.push(e.id.to_string());
            i += e.words;
            continue;
        }
        let t = super::features::term(&keys[i]);
        if t.chars().count() >= 3 && !matches!(t.as_str(), "the" | "and" | "for" | "with" | "from")
        {
            words.push(t);
        }
        i += 1;
    }
    ents.sort();
    ents.dedup();
    (ents, words)
}

fn line_of(text: &str, needle: &str) -> u64 {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u64 + 1)
        .unwrap_or(1)
}

/// Adds a finding for every claim that contradicts a fact (and, with `--all`, one for
/// every claim that agrees with it).
pub fn check(report: &mut Report, prep: &Prepared2, facts: &[Fact], options: &super::Options) {
    for (i, item) in report.items.iter().enumerate() {
        if options.only_new && !item.new {
            continue;
        }
        let c = &item.claim;
        let Some(iv) = prep.claims[i].interval else {
            continue;
        };
        for fact in facts {
            if fact.kind != c.kind || (fact.unit.is_some() && fact.unit != c.unit) {
                continue;
            }
            let terms: Vec<String> = engine::subject_terms(c.subject.as_deref()).collect();
            let about = if fact.entities.is_empty() {
                let hits = fact.words.iter().filter(|w| terms.contains(w)).count();
                !fact.words.is_empty() && hits * 2 >= fact.words.len()
            } else {
                fact.entities.iter().all(|e| terms.contains(e))
            };
            if !about {
                continue;
            }
            let fits = iv.overlaps(&fact.interval);
            if fits && !options.all {
                continue;
            }
            let code = if fits { Code::Agree } else { Code::Fact };
            let mut parts = vec![claim_identity(c), format!("fact:{}", fact.name)];
            report.findings.push(Finding {
                id: finding_id(code, &mut parts),
                code,
                verdict: if fits {
                    Verdict::Agree
                } else {
                    Verdict::Conflict
                },
                message: format!(
                    "{} «{}» {} the house fact '{}' = {}",
                    c.value,
                    c.text,
                    if fits { "agrees with" } else { "contradicts" },
                    fact.name,
                    fact.value
                ),
                quantity: None,
                similarity: None,
                claims: vec![i],
                fact: Some(FactRef {
                    name: fact.name.clone(),
                    value: fact.value.to_string(),
                    file: fact.file.clone(),
                    line: fact.line,
                }),
                failing: code.fails(options.fail_on),
                baseline: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_and_their_terms() {
        let facts = parse(
            "t.toml",
            "facts = [\"US strikes in Iraq began = 2014-08-08\"]\n\n[[fact]]\nname = \"التحالف الدولي\"\nvalue = 62\nunit = \"country\"\n",
        )
        .unwrap();
        assert_eq!(facts.len(), 2);
        assert_eq!(facts[0].kind, Kind::Date);
        assert_eq!(facts[0].entities, ["iraq", "united_states"]);
        assert_eq!(facts[0].line, 1);
        assert_eq!(facts[1].kind, Kind::Count);
        assert_eq!(facts[1].entities, ["coalition"]);
        assert_eq!(facts[1].line, 4);
    }

    #[test]
    fn bad_facts_name_file_and_line() {
        let e = parse("t.toml", "facts = [\"no value here\"]\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.toml:1: expected NAME = VALUE: 'no value here'"
        );
        let e = parse("t.toml", "\n[[fact]]\nname = \"x\"\nvalue = 3\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("t.toml:3: fact 'x': a count fact needs a unit"),
            "{e}"
        );
        let e = parse("t.toml", "[[fact]]\nname = \"x\"\nvalu = 3\n").unwrap_err();
        assert!(e.to_string().starts_with("t.toml:3:"), "{e}");
        let e = parse("t.toml", "facts = [\"d = 2014-13-45\"]\n").unwrap_err();
        assert!(
            e.to_string().contains("cannot read '2014-13-45' as a date"),
            "{e}"
        );
    }
}
