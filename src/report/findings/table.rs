//! The table for people: each quantity with its claims side by side (speaker, outlet,
//! date), failing findings first, and a word diff of the two sentences with the claims'
//! words marked `⟦…⟧`.

use std::collections::BTreeMap;
use std::io::Write;

use super::{Context, io, summary};
use crate::check::{Finding, Report, diff};
use crate::error::Result;
use crate::report::table::{isolate, shorten};

const CONTEXT_CHARS: usize = 50;

pub fn write(report: &Report, out: &mut dyn Write, cx: &Context) -> Result<()> {
    writeln!(out, "isnad check: {}", summary(report)).map_err(io)?;
    if report.findings.is_empty() {
        return Ok(());
    }
    // Quantities in the order of their first finding; facts at the end.
    let mut order: Vec<Option<usize>> = Vec::new();
    let mut by_quantity: BTreeMap<Option<usize>, Vec<&Finding>> = BTreeMap::new();
    for f in &report.findings {
        if !order.contains(&f.quantity) {
            order.push(f.quantity);
        }
        by_quantity.entry(f.quantity).or_default().push(f);
    }
    for q in order {
        let findings = &by_quantity[&q];
        writeln!(out).map_err(io)?;
        match q {
            Some(q) => {
                let quantity = &report.quantities[q];
                writeln!(
                    out,
                    "── {} · {} · {} ({})",
                    quantity.kind,
                    quantity.unit,
                    isolate(&quantity.terms.join(" ")),
                    quantity.id
                )
                .map_err(io)?;
            }
            None => writeln!(out, "── house facts").map_err(io)?,
        }
        let mut claims: Vec<usize> = findings.iter().flat_map(|f| f.claims.clone()).collect();
        claims.sort_by_key(|&i| {
            let it = &report.items[i];
            (it.date.clone(), it.claim.article.clone(), it.claim.start)
        });
        claims.dedup();
        let number = |i: usize| claims.iter().position(|&c| c == i).unwrap_or(0) + 1;
        let rows: Vec<Vec<String>> = claims
            .iter()
            .map(|&i| {
                let it = &report.items[i];
                let c = &it.claim;
                vec![
                    format!("{}", number(i)),
                    c.article.clone(),
                    shorten(it.source.as_deref().unwrap_or(""), 24),
                    it.date.clone().unwrap_or_default(),
                    shorten(c.speaker.as_deref().unwrap_or("—"), 28),
                    shorten(&c.text, 36),
                    c.value.to_string(),
                ]
            })
            .collect();
        crate::report::table::write(
            out,
            &[
                "#", "article", "outlet", "date", "speaker", "claim", "value",
            ],
            &rows,
            cx.width,
        )?;
        for f in findings {
            let mark = if f.failing {
                "✗"
            } else if f.code.reported() {
                "~"
            } else {
                "·"
            };
            let pair: Vec<String> = f
                .claims
                .iter()
                .map(|&i| format!("#{}", number(i)))
                .collect();
            let known = match f.baseline {
                Some(crate::check::BaselineState::Known) => " (known)",
                _ => "",
            };
            writeln!(
                out,
                "  {mark} {} {} {}{known}: {}",
                f.code,
                f.verdict,
                pair.join(" vs "),
                isolate(&f.message)
            )
            .map_err(io)?;
            if let Some(fact) = &f.fact {
                writeln!(
                    out,
                    "      fact: {} = {} ({}:{})",
                    fact.name, fact.value, fact.file, fact.line
                )
                .map_err(io)?;
            }
            if let [a, b] = f.claims[..]
                && f.code.reported()
            {
                let (ca, cb) = (&report.items[a].claim, &report.items[b].claim);
                let (ma, mb) = (diff::mark(ca, CONTEXT_CHARS), diff::mark(cb, CONTEXT_CHARS));
                if ca.lang == cb.lang {
                    let d = diff::words(&ma, &mb);
                    writeln!(out, "      {}", isolate(&d)).map_err(io)?;
                } else {
                    // A word diff across two languages says nothing: show both sentences.
                    for (i, m) in [(a, &ma), (b, &mb)] {
                        writeln!(out, "      #{}: {}", number(i), isolate(m)).map_err(io)?;
                    }
                }
            }
        }
    }
    Ok(())
}
