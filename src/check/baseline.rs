//! Baselines: today's findings recorded in a file, so that a check fails only on new ones.
//!
//! The file is JSON: `{"version": 1, "findings": [{"id", "code", "claims": [...]}]}`,
//! entries sorted by id. `claims` (article and words of each claim) are there for people
//! reading the file; the id alone matches.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{BaselineState, Report};
use crate::error::InputError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub code: String,
    #[serde(default)]
    pub claims: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// The entries of a report's findings (agreeing and compatible pairs are never recorded).
pub fn entries(report: &Report) -> Vec<Entry> {
    let mut out: Vec<Entry> = report
        .findings
        .iter()
        .filter(|f| f.code.reported())
        .map(|f| Entry {
            id: f.id.clone(),
            code: f.code.as_str().to_string(),
            claims: f
                .claims
                .iter()
                .map(|&i| {
                    let c = &report.items[i].claim;
                    format!("{}: {}", c.article, c.text)
                })
                .chain(f.fact.iter().map(|x| format!("fact: {}", x.name)))
                .collect(),
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out.dedup_by(|a, b| a.id == b.id);
    out
}

/// The text of a baseline file.
pub fn write(entries: &[Entry]) -> String {
    let file = File {
        version: 1,
        findings: entries.to_vec(),
    };
    let mut s = serde_json::to_string_pretty(&file).expect("serializable");
    s.push('\n');
    s
}

/// Reads a baseline file; errors name the file and line.
pub fn read(path: &Path) -> Result<Vec<Entry>, InputError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| InputError::new(&shown, format!("cannot read baseline: {e}")))?;
    parse(&shown, &text)
}

pub fn parse(file: &str, text: &str) -> Result<Vec<Entry>, InputError> {
    let f: File = serde_json::from_str(text).map_err(|e| {
        InputError::at_line(file, e.line().max(1) as u64, format!("not a baseline: {e}"))
    })?;
    if f.version != 1 {
        return Err(InputError::new(
            file,
            format!("baseline version {} is not known (expected 1)", f.version),
        ));
    }
    Ok(f.findings)
}

/// Marks findings known or new; known ones no longer fail. Returns the entries that no
/// finding matched (gone: the file can be pruned).
pub fn apply(report: &mut Report, baseline: &[Entry]) {
    let known: BTreeSet<&str> = baseline.iter().map(|e| e.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    for f in &mut report.findings {
        if known.contains(f.id.as_str()) {
            f.baseline = Some(BaselineState::Known);
            f.failing = false;
            seen.insert(f.id.clone());
        } else if f.code.reported() {
            f.baseline = Some(BaselineState::New);
        }
    }
    report.gone = baseline
        .iter()
        .filter(|e| !seen.contains(&e.id))
        .cloned()
        .collect();
    // Failing findings first again.
    report
        .findings
        .sort_by_key(|f| (!f.failing, f.verdict, f.code));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let e = vec![Entry {
            id: "f-1".into(),
            code: "ISN001".into(),
            claims: vec!["a: 12".into()],
        }];
        assert_eq!(parse("b.json", &write(&e)).unwrap(), e);
        let err = parse("b.json", "{\n  \"version\": 1,\n  \"findings\": [1]\n}").unwrap_err();
        assert!(
            err.to_string().starts_with("b.json:3: not a baseline"),
            "{err}"
        );
        let err = parse("b.json", "{\"version\": 2, \"findings\": []}").unwrap_err();
        assert!(err.to_string().contains("version 2"), "{err}");
    }
}
