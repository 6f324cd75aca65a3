//! SARIF 2.1.0: one run, a rule per code, a result per finding located at its claim, the
//! other claim as a related location, the finding id as a partial fingerprint.

use std::io::Write;

use serde_json::{Value, json};

use super::{anchor, io};
use crate::check::{Code, Item, Report};
use crate::error::Result;

fn location(item: &Item, id: Option<usize>) -> Value {
    let c = &item.claim;
    let mut loc = json!({
        "message": { "text": format!("{} «{}» in {}", c.value, c.text, c.article) },
    });
    if let Some(l) = &item.location {
        loc["physicalLocation"] = json!({
            "artifactLocation": { "uri": l.file.replace('\\', "/") },
            "region": {
                "startLine": l.line,
                "startColumn": l.column,
                "endColumn": l.column + (c.end - c.start) as u64,
            }
        });
    }
    if let Some(id) = id {
        loc["id"] = json!(id);
    }
    loc
}

pub fn write(report: &Report, out: &mut dyn Write) -> Result<()> {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|c| {
            json!({
                "id": c.as_str(),
                "name": c.name(),
                "shortDescription": { "text": c.description() },
                "defaultConfiguration": {
                    "level": if c.fails(crate::config::FailOn::Conflict) { "error" } else { "note" }
                },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let at = anchor(report, f);
            let related: Vec<Value> = f
                .claims
                .iter()
                .map(|&i| &report.items[i])
                .filter(|i| !std::ptr::eq(*i, at))
                .enumerate()
                .map(|(n, i)| location(i, Some(n)))
                .collect();
            let mut r = json!({
                "ruleId": f.code.as_str(),
                "ruleIndex": Code::ALL.iter().position(|c| *c == f.code).unwrap_or(0),
                "level": if f.failing { "error" } else { "note" },
                "message": { "text": f.message },
                "locations": [location(at, None)],
                "partialFingerprints": { "isnadFinding/v1": f.id },
                "properties": { "verdict": f.verdict.as_str() },
            });
            if !related.is_empty() {
                r["relatedLocations"] = json!(related);
            }
            if let Some(b) = f.baseline {
                r["baselineState"] = json!(match b {
                    crate::check::BaselineState::Known => "unchanged",
                    crate::check::BaselineState::New => "new",
                });
            }
            r
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "isnad",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://example.org/isnad",
                    "rules": rules,
                }
            },
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| io(e.into()))?;
    out.write_all(b"\n").map_err(io)
}
