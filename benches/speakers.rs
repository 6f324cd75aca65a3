//! Scores isnad's speakers on the hand-judged sample `eval/speakers-ar.tsv` (issue 4).
//!
//!     cargo bench --bench speakers
//!
//! Prints the score overall, for rows that name a speaker and rows in the outlet's voice,
//! per outlet, the rows that are right in a shorter or longer form of the name, then every
//! miss: article, offsets, the claim's text, the expected speaker,
//! what isnad gives (and the mention as written) and the judge's note. The rules are the doc
//! comment of `speakers/score.rs`; `tests/cli/speakers_eval.rs` holds the score at its floor.

#[path = "speakers/score.rs"]
mod score;

use std::path::Path;

use score::{Tally, Verdict};

fn row(name: &str, t: &Tally) {
    println!(
        "{name:<22} {:>4} {:>4} {:>6.1}%   (short {}, long {}, lost {})",
        t.scored,
        t.right,
        t.percent(),
        t.short,
        t.long,
        t.lost
    );
}

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let s = score::score(repo).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "speaker accuracy on {} ({} rows scored, {} excluded; target {}%)\n",
        score::TSV,
        s.total.scored,
        s.excluded,
        score::TARGET
    );
    println!("{:<22} {:>4} {:>4} {:>7}", "", "rows", "right", "score");
    row("all", &s.total);
    row("  names a speaker", &s.speakers);
    row("  outlet's voice", &s.outlet_voice);
    row("  held-out round", &s.held_out);
    println!();
    for (outlet, t) in &s.by_outlet {
        row(outlet, t);
    }
    println!("\nright in a shorter or longer form:");
    for c in s
        .cases
        .iter()
        .filter(|c| matches!(c.verdict, Verdict::Short | Verdict::Long))
    {
        println!(
            "  {:?} {} {}..{}: expected {}, got {}",
            c.verdict,
            c.row.article,
            c.row.start,
            c.row.end,
            c.row.expected.join(" | "),
            c.got.as_deref().unwrap_or("")
        );
    }
    let misses: Vec<_> = s.cases.iter().filter(|c| !c.verdict.right()).collect();
    println!("\n{} misses:", misses.len());
    for c in misses {
        let want = if c.row.outlet_voice() {
            "(outlet)".to_string()
        } else {
            c.row.expected.join(" | ")
        };
        let got = match (&c.got, c.verdict) {
            (_, Verdict::Lost) => "(no claim at these offsets)".to_string(),
            (None, _) => "(outlet)".to_string(),
            (Some(g), _) => match &c.mention {
                Some(m) if m != g => format!("{g}  [as {m}]"),
                _ => g.clone(),
            },
        };
        let span = match c.got_span {
            Some((a, b)) if (a, b) != (c.row.start, c.row.end) => format!(" (now {a}..{b})"),
            _ => String::new(),
        };
        println!(
            "- {} {}..{}{span} «{}» ({}, {}, line {})\n    expected: {want}\n    got:      {got}\n    note:     {}",
            c.row.article,
            c.row.start,
            c.row.end,
            c.got_text,
            c.row.outlet,
            c.row.group,
            c.row.line,
            c.row.note
        );
    }
}
