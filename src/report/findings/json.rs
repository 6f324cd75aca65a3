//! JSON, schema version 1 (documented in the README, "JSON output of `isnad check`").

use std::io::Write;

use serde::Serialize;

use super::io;
use crate::check::{BaselineState, FactRef, Item, Location, Report, baseline};
use crate::error::Result;
use crate::model::{Kind, Lang, Qualifier, Value};

#[derive(Serialize)]
struct Doc<'r> {
    version: u32,
    summary: Summary<'r>,
    findings: Vec<FindingJson<'r>>,
}

#[derive(Serialize)]
struct Summary<'r> {
    claims: u64,
    findings: usize,
    failing: usize,
    by_code: &'r std::collections::BTreeMap<String, u64>,
    baseline_gone: &'r [baseline::Entry],
}

#[derive(Serialize)]
struct FindingJson<'r> {
    id: &'r str,
    verdict: &'r str,
    code: &'r str,
    rule: &'r str,
    failing: bool,
    baseline: Option<BaselineState>,
    message: &'r str,
    similarity: Option<f64>,
    quantity: Option<&'r crate::check::Quantity>,
    fact: Option<&'r FactRef>,
    claims: Vec<ClaimJson<'r>>,
}

#[derive(Serialize)]
pub(super) struct ClaimJson<'r> {
    article: &'r str,
    source: Option<&'r str>,
    date: Option<&'r str>,
    lang: Lang,
    file: Option<&'r str>,
    line: Option<u64>,
    column: Option<u64>,
    start: usize,
    end: usize,
    text: &'r str,
    sentence: &'r str,
    kind: Kind,
    value: &'r Value,
    low: Option<&'r Value>,
    high: Option<&'r Value>,
    qualifier: Qualifier,
    unit: Option<&'r str>,
    speaker: Option<&'r str>,
    speaker_mention: Option<&'r str>,
}

pub(super) fn claim(item: &Item) -> ClaimJson<'_> {
    let c = &item.claim;
    let loc: Option<&Location> = item.location.as_ref();
    ClaimJson {
        article: &c.article,
        source: item.source.as_deref(),
        date: item.date.as_deref(),
        lang: c.lang,
        file: loc.map(|l| l.file.as_str()),
        line: loc.map(|l| l.line),
        column: loc.map(|l| l.column),
        start: c.start,
        end: c.end,
        text: &c.text,
        sentence: &c.sentence,
        kind: c.kind,
        value: &c.value,
        low: c.low.as_ref(),
        high: c.high.as_ref(),
        qualifier: c.qualifier,
        unit: c.unit.as_deref(),
        speaker: c.speaker.as_deref(),
        speaker_mention: c.speaker_mention.as_deref(),
    }
}

pub fn write(report: &Report, out: &mut dyn Write) -> Result<()> {
    let doc = Doc {
        version: 1,
        summary: Summary {
            claims: report.stats.claims,
            findings: report.findings.len(),
            failing: report.failing(),
            by_code: &report.stats.by_code,
            baseline_gone: &report.gone,
        },
        findings: report
            .findings
            .iter()
            .map(|f| FindingJson {
                id: &f.id,
                verdict: f.verdict.as_str(),
                code: f.code.as_str(),
                rule: f.code.name(),
                failing: f.failing,
                baseline: f.baseline,
                message: &f.message,
                similarity: f.similarity,
                quantity: f.quantity.map(|q| &report.quantities[q]),
                fact: f.fact.as_ref(),
                claims: f.claims.iter().map(|&i| claim(&report.items[i])).collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| io(e.into()))?;
    out.write_all(b"\n").map_err(io)
}
