//! Years a date without one takes from its context rather than from the publication date.
//!
//! - A day and month (or a month) without a year after a past year written a few words
//!   before it in the same sentence (`in 2014 … in September`), when the year dates an
//!   event (`in 2014`, `during 2014`) and not a duration's start (`since 2014`), an end
//!   (`until 2014`, `by 2014`) or a comparison's term (`than in 2014`), and nothing
//!   between moves the story to the present (`today`, `now`, `recently`, `this year`), nor
//!   is the publication's year written in the sentence: the date is read in that year
//!   instead of the past bias. Only a few words apart and in one clause (no comma
//!   between): `a reporter captured in 2012, was beheaded … on Aug. 19` is 2014's.
//! - Dated headings in sequence: a line that is only a date without a year (`July 19`)
//!   after a line that is only a full date (`June 20, 2016`), or one read by it, at most
//!   [`HEADING_BYTES`] before, takes its year when it falls on or after it in that year.
//!
//! Every scan is bounded: [`WINDOW`] tokens, a few bytes around a heading.

use jiff::civil::Date;

use super::lex;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// How far back (in tokens) a year can set the context of a date.
const WINDOW: usize = 8;

/// How far (in tokens) either side of a date the publication's year is looked for.
const NEAR_SENTENCE: usize = 48;

/// How far after a dated heading the next heading takes its year.
pub(super) const HEADING_BYTES: usize = 4096;

/// The date of the last heading of a sequence, and the byte after it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Heading {
    date: Date,
    end: usize,
}

/// A date claim's days, when its value is a day, a month or a range of them in one year:
/// (the dates of its value's parts, the year).
fn one_year(v: &Value) -> Option<i16> {
    let Value::Text(t) = v else { return None };
    let mut year = None;
    for part in t.split('/') {
        let y = part.get(..4)?.parse::<i16>().ok()?;
        if !matches!(part.len(), 7 | 10) || part.as_bytes().get(4) != Some(&b'-') {
            return None;
        }
        if year.is_some_and(|x| x != y) {
            return None;
        }
        year = Some(y);
    }
    year
}

/// The value `v` moved to the year `y` (each part's year replaced); none when a day does
/// not exist in it (February 29).
fn in_year(v: &Value, y: i16) -> Option<Value> {
    let Value::Text(t) = v else { return None };
    let mut out = String::with_capacity(t.len());
    for (k, part) in t.split('/').enumerate() {
        if k > 0 {
            out.push('/');
        }
        let moved = format!("{y:04}{}", part.get(4..)?);
        if moved.len() == 10 {
            moved.parse::<Date>().ok()?;
        }
        out.push_str(&moved);
    }
    Some(Value::Text(out))
}

fn last_day(v: &Value) -> Option<Date> {
    let Value::Text(t) = v else { return None };
    let part = t.rsplit('/').next()?;
    if part.len() == 7 {
        format!("{part}-01")
            .parse::<Date>()
            .ok()?
            .last_of_month()
            .into()
    } else {
        part.parse().ok()
    }
}

fn first_day(v: &Value) -> Option<Date> {
    let Value::Text(t) = v else { return None };
    let part = t.split('/').next()?;
    if part.len() == 7 {
        format!("{part}-01").parse().ok()
    } else {
        part.parse().ok()
    }
}

/// Moves the claim `r` (value, low, high) to the year `y`: false when it cannot be.
fn move_to(r: &mut Recognized, y: i16) -> bool {
    let Some(value) = in_year(&r.value, y) else {
        return false;
    };
    let low = match &r.low {
        Some(l) => match in_year(l, y) {
            Some(v) => Some(v),
            None => return false,
        },
        None => None,
    };
    let high = match &r.high {
        Some(h) => match in_year(h, y) {
            Some(v) => Some(v),
            None => return false,
        },
        None => None,
    };
    (r.value, r.low, r.high) = (value, low, high);
    true
}

/// Whether the span names a four-digit year.
fn names_year(span: &str) -> bool {
    span.split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4)
}

/// Whether the span `start..end` is a line alone (spaces and a closing `:` or `.` aside).
fn alone_on_line(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let before = b[start.saturating_sub(8)..start]
        .iter()
        .rev()
        .take_while(|&&c| c != b'\n')
        .all(|&c| c == b' ' || c == b'\t' || c == b'\r');
    let line_start = start == 0 || b[start.saturating_sub(8)..start].contains(&b'\n');
    let after_end = (end + 8).min(b.len());
    let after = b[end..after_end]
        .iter()
        .take_while(|&&c| c != b'\n')
        .all(|&c| matches!(c, b' ' | b'\t' | b'\r' | b':' | b'.'));
    let line_end = end == b.len() || b[end..after_end].contains(&b'\n');
    before && line_start && after && line_end
}

/// Whether a span starts with a month's name (`July 19`, `Sept. 14`, `Mid-October`).
fn starts_with_month(span: &str) -> bool {
    let first = span
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| !w.is_empty() && !w.eq_ignore_ascii_case("mid"))
        .unwrap_or("");
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    first.len() >= 3
        && MONTHS
            .iter()
            .any(|m| first.get(..3).is_some_and(|f| f.eq_ignore_ascii_case(m)))
}

/// Dated headings in sequence: reads the date claim `r` as a heading after `prev`, and
/// moves it to the year of the sequence when it falls later in that year. `prev` is the
/// state of the sequence, updated.
pub(super) fn heading(
    text: &str,
    r: &mut Recognized,
    prev: &mut Option<Heading>,
    publication: Option<Date>,
) {
    if r.kind != Kind::Date
        || r.byte_end > text.len()
        || r.byte_start >= r.byte_end
        || !alone_on_line(text, r.byte_start, r.byte_end)
    {
        return;
    }
    let Some(span) = text.get(r.byte_start..r.byte_end) else {
        return;
    };
    let (Some(year), Some(first)) = (one_year(&r.value), first_day(&r.value)) else {
        *prev = None;
        return;
    };
    if names_year(span) {
        *prev = Some(Heading {
            date: first,
            end: r.byte_end,
        });
        return;
    }
    let Some(p) = prev.take() else {
        return;
    };
    if r.byte_start.saturating_sub(p.end) > HEADING_BYTES || !starts_with_month(span) {
        return;
    }
    let y = p.date.year();
    let Some(moved) = in_year(&r.value, y) else {
        return;
    };
    let (Some(day), Some(last)) = (first_day(&moved), last_day(&moved)) else {
        return;
    };
    if last < p.date || publication.is_some_and(|pd| last > pd) {
        return;
    }
    if y != year && !move_to(r, y) {
        return;
    }
    *prev = Some(Heading {
        date: day,
        end: r.byte_end,
    });
}

fn word<'a>(tokens: &'a [Token<'_>], k: usize) -> &'a str {
    tokens
        .get(k)
        .filter(|t| t.kind == TokenKind::Word)
        .map_or("", |t| t.lower.as_ref())
}

/// Words shortly before a year that make it a duration's start, an end or a comparison's
/// term, not the time of the events told after it.
const NOT_CONTEXT_BEFORE: &[&str] = &[
    "since", "until", "till", "by", "before", "after", "through", "than", "compared", "between",
    "from", "to", "end", "fiscal", "season",
];

/// Words between a year and a date that move the story to the present or to another time.
const PRESENT_BETWEEN: &[&str] = &[
    "today",
    "now",
    "recently",
    "currently",
    "lately",
    "this",
    "last",
    "next",
    "ago",
    "later",
    "since",
    "until",
    "till",
    "but",
    "while",
    "whereas",
    "yet",
    "compared",
    "than",
    "year",
    "years",
    "month",
    "months",
    "will",
    "would",
    "says",
    "say",
    "tonight",
    "yesterday",
    "tomorrow",
    "week",
    "weeks",
    "again",
    "subsequently",
    "after",
    "before",
    "then",
    "following",
];

/// Words just before the date that give it its own direction or year.
const DIRECTED: &[&str] = &[
    "last",
    "next",
    "this",
    "past",
    "coming",
    "previous",
    "following",
    "same",
    "that",
    "until",
    "till",
    "by",
    "since",
    "before",
    "after",
];

/// The past year a yearless date at token `i` takes from the same sentence (see the
/// module's documentation).
fn context_year(tokens: &[Token<'_>], i: usize, publication: Date) -> Option<i16> {
    let py = publication.year();
    // The publication's year written in the sentence (a few clauses either side): it
    // moves between the years.
    if tokens[i.saturating_sub(NEAR_SENTENCE)..(i + NEAR_SENTENCE).min(tokens.len())]
        .iter()
        .any(|t| t.kind == TokenKind::Digits && t.text.parse::<i16>().ok() == Some(py))
    {
        return None;
    }
    if DIRECTED.contains(&word(tokens, i.wrapping_sub(1))) {
        return None;
    }
    let lo = i.saturating_sub(WINDOW);
    let mut j = i;
    while j > lo {
        j -= 1;
        let t = &tokens[j];
        match t.kind {
            TokenKind::Word => {
                if PRESENT_BETWEEN.contains(&t.lower.as_ref()) {
                    return None;
                }
                continue;
            }
            TokenKind::Punct(c) => {
                if matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '(' | ')') {
                    return None;
                }
                continue;
            }
            TokenKind::Digits => {}
        }
        let y = t.text.parse::<i16>().ok().filter(|_| t.text.len() == 4)?;
        if !(py - 30..py).contains(&y) {
            return None;
        }
        // A list or span of years: `in 2006, 2009 and …`, `2013-2014`, `2013 and 2014`.
        let next = tokens.get(j + 1);
        if next.is_some_and(|n| matches!(n.kind, TokenKind::Punct('-' | '–' | '/')))
            || matches!(word(tokens, j + 1), "and" | "or" | "to")
            || (matches!(next.map(|n| n.kind), Some(TokenKind::Punct(',')))
                && tokens
                    .get(j + 2)
                    .is_some_and(|n| n.kind == TokenKind::Digits))
            || matches!(word(tokens, j.wrapping_sub(1)), "and" | "or")
            || tokens
                .get(j.wrapping_sub(1))
                .is_some_and(|n| matches!(n.kind, TokenKind::Punct(',' | '-' | '–')))
        {
            return None;
        }
        // The year dates an event: `in 2014`, `during 2014`.
        if !matches!(word(tokens, j.wrapping_sub(1)), "in" | "during") {
            return None;
        }
        if (j.saturating_sub(6)..j).any(|k| NOT_CONTEXT_BEFORE.contains(&word(tokens, k))) {
            return None;
        }
        return Some(y);
    }
    None
}

/// `in 2014 … in September`: moves the yearless date claim `r` of the sentence `tokens`
/// to the year written before it (see the module's documentation).
pub(super) fn same_sentence(
    text: &str,
    tokens: &[Token<'_>],
    r: &mut Recognized,
    publication: Option<Date>,
) {
    let Some(publication) = publication else {
        return;
    };
    if r.kind != Kind::Date || r.value.as_number().is_some() {
        return;
    }
    let Some(span) = text.get(r.byte_start..r.byte_end) else {
        return;
    };
    if names_year(span) {
        return;
    }
    let Some(year) = one_year(&r.value) else {
        return;
    };
    let Ok(i) = tokens.binary_search_by_key(&r.byte_start, |t| t.start) else {
        return;
    };
    if tokens[i].lex & lex::MONTH == 0 {
        return;
    }
    // `September 11 of this year`, `May of that year`: the date's own year follows.
    let after = tokens.partition_point(|t| t.start < r.byte_end);
    if matches!(word(tokens, after), "of" | "this" | "last" | "next") {
        return;
    }
    let Some(y) = context_year(tokens, i, publication) else {
        return;
    };
    // Only a date the past bias read near the publication (not `Sept. 11` the attacks).
    if y == year || !(publication.year() - 1..=publication.year() + 1).contains(&year) {
        return;
    }
    let Some(day) = in_year(&r.value, y).as_ref().and_then(first_day) else {
        return;
    };
    if day < publication {
        move_to(r, y);
    }
}

/// How many tokens either side of a bare `9/11` a word of the Benghazi attack is looked for.
const BENGHAZI_WINDOW: usize = 3;

/// `the 9/11 Benghazi attack`, `Benghazi 9/11`, `the deadly 9/11 consulate attack`, `the
/// attack on the U.S. consulate on 9/11`: a bare `9/11` (tokens `first..=last`) with
/// `Benghazi` or `consulate` a few tokens beside it names the 2012 attack, not the 2001
/// ones; not `the anniversary of 9/11`, `in Benghazi on the 9/11 anniversary` (the day
/// of 2001 remembered), nor `9/11 attacks` (the 2001 ones).
pub(super) fn benghazi_beside(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let lo = first.saturating_sub(BENGHAZI_WINDOW);
    let hi = (last + 1 + BENGHAZI_WINDOW).min(tokens.len());
    let is = |k: usize, ws: &[&str]| ws.contains(&word(tokens, k));
    let near = (lo..first)
        .chain(last + 1..hi)
        .any(|k| is(k, &["benghazi", "consulate"]));
    near && !(lo..hi).any(|k| is(k, &["anniversary", "anniversaries", "attacks"]))
}

/// Whether token `k` is a year of four digits (1900 to 2100).
fn four_digit_year(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.kind == TokenKind::Digits
            && t.text.len() == 4
            && t.text
                .parse::<u16>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
    })
}

/// `fiscal 2019`, `fiscal year 2019`, `FY2019`, `FY 2019`, `the 2019 fiscal year`, `fiscal
/// years 2013 through 2016`, `FY2019-20`: a fiscal year at token `i` (its first year), and
/// the token after it and the years joined to it.
///
/// A fiscal year is not the calendar year of the same number: the U.S. government's
/// fiscal 2019 ran from October 2018 to September 2019, Britain's from April 2019 (or
/// 2018), a company's from whenever its books open. The claim model has no note field
/// and no kind for it (see DESIGN.md: a date's value is a calendar day, month or year),
/// and a guessed span of days would conflict with other outlets' calendar dates of the
/// same events, so a fiscal year is no claim at all, as `2014-15` (a season or a fiscal
/// year) is none: its figures are not read as a date, nor as a number.
pub(super) fn fiscal_year(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !four_digit_year(tokens, i) {
        return None;
    }
    let prev = |n: usize| i.checked_sub(n).map_or("", |k| word(tokens, k));
    let fiscal_before = prev(1) == "fiscal"
        || (matches!(prev(1), "year" | "years") && prev(2) == "fiscal")
        || prev(1) == "fy";
    let fiscal_after =
        word(tokens, i + 1) == "fiscal" && matches!(word(tokens, i + 2), "year" | "years");
    if !(fiscal_before || fiscal_after) {
        return None;
    }
    let mut next = if fiscal_after { i + 3 } else { i + 1 };
    let glued = |k: usize| tokens.get(k).is_some_and(|t| t.glued);
    if fiscal_before {
        // `FY2019-20`, `fiscal 2019-2020`: the year's end joined to it.
        if tokens.get(next).is_some_and(|t| t.is_punct('-'))
            && glued(next)
            && glued(next + 1)
            && tokens
                .get(next + 1)
                .is_some_and(|t| t.kind == TokenKind::Digits && matches!(t.text.len(), 2 | 4))
        {
            next += 2;
        } else if matches!(word(tokens, next), "through" | "to" | "and" | "or" | "thru")
            && four_digit_year(tokens, next + 1)
            && !tokens
                .get(next + 2)
                .is_some_and(|t| t.glued && matches!(t.kind, TokenKind::Digits | TokenKind::Word))
        {
            // `fiscal years 2013 through 2016`, `from fiscal 2015 to 2017`.
            next += 2;
        }
    }
    Some(next)
}
