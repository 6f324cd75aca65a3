//! Tables for people, readable with Arabic in them.
//!
//! Each cell that holds right-to-left text is wrapped in Unicode directional isolates
//! (FSI … PDI), so a terminal's bidi algorithm reorders the text inside the cell and never
//! drags the borders or neighbouring cells along with it. Isolates have zero display width,
//! so column widths stay right.

use std::io::Write;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

use super::io;
use crate::error::Result;

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

pub fn write(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    width: Option<u16>,
) -> Result<()> {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    match width {
        Some(w) => {
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(w);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table.set_header(header.iter().copied());
    for row in rows {
        table.add_row(row.iter().map(|c| isolate(c)));
    }
    writeln!(out, "{table}").map_err(io)
}

/// Zero-width joiner: see [`isolate`].
const ZWJ: char = '\u{200D}';

/// Wraps `s` in directional isolates when it contains right-to-left letters.
///
/// It also puts a zero-width joiner between lam and alef. `unicode-width` (and so
/// comfy-table) counts the lam-alef pair as one column, as a shaping renderer would draw it,
/// but terminals draw one cell per letter; the joiner makes the count two, matching the
/// terminal, and changes nothing visible. Tables only: data formats keep the text as is.
pub fn isolate(s: &str) -> String {
    if !s.chars().any(is_rtl) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    out.push(FSI);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == 'ل'
            && chars
                .peek()
                .is_some_and(|&n| matches!(n, 'ا' | 'أ' | 'إ' | 'آ' | 'ٱ'))
        {
            out.push(ZWJ);
        }
    }
    out.push(PDI);
    out
}

fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// At most `max` chars of `s` on one line, ending in `…` when cut.
pub fn shorten(s: &str, max: usize) -> String {
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= max {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_cells_are_isolated_and_widths_ignore_isolates() {
        assert_eq!(
            isolate("أكثر من ستين دولة"),
            "\u{2068}أكثر من ستين دولة\u{2069}"
        );
        assert_eq!(isolate("62 countries"), "62 countries");
        let mut out = Vec::new();
        let rows = vec![
            vec!["ar".to_string(), "أكثر من ستين".to_string()],
            vec!["ar".to_string(), "الأسلحة لا تصل".to_string()],
            vec!["en".to_string(), "more than 60".to_string()],
        ];
        write(&mut out, &["lang", "text"], &rows, None).unwrap();
        let s = String::from_utf8(out).unwrap();
        let widths: Vec<usize> = s
            .lines()
            .map(|l| {
                l.chars()
                    .filter(|&c| c != FSI && c != PDI && c != ZWJ)
                    .count()
            })
            .collect();
        assert!(widths.iter().all(|&w| w == widths[0]), "{s}");
        assert!(s.contains("\u{2068}أكثر من ستين\u{2069}"));
        assert!(s.contains("\u{2068}ال\u{200D}أسلحة ل\u{200D}ا تصل\u{2069}"));
    }

    #[test]
    fn shorten_cuts_on_chars() {
        assert_eq!(shorten("قال كيري إن", 20), "قال كيري إن");
        assert_eq!(shorten("قال كيري إن التحالف", 8), "قال كير…");
        assert_eq!(shorten("a\nb", 8), "a b");
    }
}
