//! Rendering a check's findings: one [`Report`], five formats, one small file each.

mod github;
mod json;
mod junit;
mod sarif;
mod table;

use std::io::Write;

use crate::check::{Finding, Item, Report};
use crate::error::Result;

/// Output formats of `isnad check`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// For people: quantities with their claims side by side, conflicts first, word diffs.
    #[default]
    Table,
    /// The documented JSON schema (version 1).
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::`), capped, and a summary.
    Github,
    /// JUnit XML: one test case per finding.
    Junit,
    /// SARIF 2.1.0.
    Sarif,
}

/// What renderers need beyond the report.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Terminal width for tables.
    pub width: Option<u16>,
    /// At most this many GitHub annotations.
    pub max_annotations: usize,
    /// `YYYY-MM-DDTHH:MM:SS` for JUnit.
    pub timestamp: String,
}

pub fn render(format: Format, report: &Report, out: &mut dyn Write, cx: &Context) -> Result<()> {
    match format {
        Format::Table => table::write(report, out, cx),
        Format::Json => json::write(report, out),
        Format::Github => github::write(report, out, cx),
        Format::Junit => junit::write(report, out, cx),
        Format::Sarif => sarif::write(report, out),
    }
}

/// The claim a finding is reported at: a new article's claim, else the later one.
pub fn anchor<'r>(report: &'r Report, f: &Finding) -> &'r Item {
    let items: Vec<&Item> = f.claims.iter().map(|&i| &report.items[i]).collect();
    items
        .iter()
        .rev()
        .find(|i| i.new)
        .or(items.last())
        .copied()
        .expect("a finding has claims")
}

/// One line: the counts of failing and other findings.
pub fn summary(report: &Report) -> String {
    let failing = report.failing();
    let mut parts: Vec<String> = report
        .stats
        .by_code
        .iter()
        .map(|(code, n)| format!("{code} {n}"))
        .collect();
    if parts.is_empty() {
        parts.push("none".into());
    }
    let known = report
        .findings
        .iter()
        .filter(|f| f.baseline == Some(crate::check::BaselineState::Known))
        .count();
    let mut s = format!(
        "{} failing finding{} of {} ({}); {} claims, {} quantities",
        failing,
        if failing == 1 { "" } else { "s" },
        report.findings.len(),
        parts.join(", "),
        report.stats.claims,
        report.quantities.len()
    );
    if known > 0 {
        s.push_str(&format!("; {known} known from the baseline"));
    }
    if !report.gone.is_empty() {
        s.push_str(&format!(
            "; {} baseline finding{} gone ({})",
            report.gone.len(),
            if report.gone.len() == 1 { "" } else { "s" },
            report
                .gone
                .iter()
                .map(|g| g.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    s
}

fn io(e: std::io::Error) -> crate::error::Error {
    super::io(e)
}
