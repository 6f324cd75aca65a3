//! JUnit XML after the Apache Ant schema (`tests/schemas/JUnit.xsd`): one `<testsuite>`,
//! one `<testcase>` per finding, a `<failure>` for each failing one.

use std::io::Write;

use super::{Context, anchor, io};
use crate::check::Report;
use crate::error::Result;

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            '\u{FFFE}' | '\u{FFFF}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub fn write(report: &Report, out: &mut dyn Write, cx: &Context) -> Result<()> {
    let failures = report.failing();
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>").map_err(io)?;
    writeln!(
        out,
        "<testsuite name=\"isnad check\" timestamp=\"{}\" hostname=\"localhost\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\" time=\"0\">",
        escape(&cx.timestamp),
        report.findings.len(),
        failures
    )
    .map_err(io)?;
    writeln!(out, "  <properties>").map_err(io)?;
    writeln!(
        out,
        "    <property name=\"claims\" value=\"{}\"/>",
        report.stats.claims
    )
    .map_err(io)?;
    writeln!(out, "  </properties>").map_err(io)?;
    for f in &report.findings {
        let at = anchor(report, f);
        let classname = match f.quantity {
            Some(q) => format!("isnad.{}", report.quantities[q].unit.replace(':', ".")),
            None => "isnad.facts".to_string(),
        };
        let name = format!("{} {} {}", f.code, f.verdict, f.id);
        if f.failing {
            writeln!(
                out,
                "  <testcase name=\"{}\" classname=\"{}\" time=\"0\">",
                escape(&name),
                escape(&classname)
            )
            .map_err(io)?;
            let mut details = String::new();
            for &i in &f.claims {
                let it = &report.items[i];
                let loc = it
                    .location
                    .as_ref()
                    .map(|l| format!("{}:{}:{}", l.file, l.line, l.column))
                    .unwrap_or_else(|| it.claim.article.clone());
                details.push_str(&format!(
                    "{loc}: {} — {}\n",
                    it.claim.text, it.claim.sentence
                ));
            }
            writeln!(
                out,
                "    <failure message=\"{}\" type=\"{}\">{}</failure>",
                escape(&f.message),
                f.code,
                escape(&details)
            )
            .map_err(io)?;
            writeln!(out, "  </testcase>").map_err(io)?;
        } else {
            writeln!(
                out,
                "  <testcase name=\"{}\" classname=\"{}\" time=\"0\"/>",
                escape(&name),
                escape(&classname)
            )
            .map_err(io)?;
        }
        let _ = at;
    }
    writeln!(
        out,
        "  <system-out>{}</system-out>",
        escape(&super::summary(report))
    )
    .map_err(io)?;
    writeln!(out, "  <system-err></system-err>").map_err(io)?;
    writeln!(out, "</testsuite>").map_err(io)
}
