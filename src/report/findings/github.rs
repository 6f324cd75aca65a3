//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message` for
//! failing findings and `::notice` for the others, at most `max_annotations` of them,
//! then a summary line.

use std::io::Write;

use super::{Context, anchor, io, summary};
use crate::check::Report;
use crate::error::Result;

/// Escapes the message of a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property of a workflow command.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(report: &Report, out: &mut dyn Write, cx: &Context) -> Result<()> {
    let mut shown = 0usize;
    for f in &report.findings {
        if shown >= cx.max_annotations {
            break;
        }
        let level = if f.failing { "error" } else { "notice" };
        let at = anchor(report, f);
        let mut props = Vec::new();
        if let Some(loc) = &at.location {
            props.push(format!("file={}", property(&loc.file)));
            props.push(format!("line={}", loc.line));
            props.push(format!("col={}", loc.column));
        }
        props.push(format!(
            "title={}",
            property(&format!("{} {}", f.code, f.verdict))
        ));
        let others: Vec<String> = f
            .claims
            .iter()
            .map(|&i| &report.items[i])
            .filter(|i| !std::ptr::eq(*i, at))
            .map(|i| match &i.location {
                Some(l) => format!("{} ({}:{})", i.claim.article, l.file, l.line),
                None => i.claim.article.clone(),
            })
            .collect();
        let mut message = f.message.clone();
        if !others.is_empty() {
            message.push_str(&format!(" — see {}", others.join(", ")));
        }
        writeln!(out, "::{level} {}::{}", props.join(","), data(&message)).map_err(io)?;
        shown += 1;
    }
    let more = report.findings.len() - shown;
    let mut line = format!("isnad check: {}", summary(report));
    if more > 0 {
        line.push_str(&format!(
            "; {shown} annotations shown, {more} more (see --format table)"
        ));
    }
    writeln!(out, "{line}").map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("a%b\nc"), "a%25b%0Ac");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
