//! English dates read wrong (task en53):
//!
//! - **A month to come read as past** ([`coming_month`]): a month without a year is read,
//!   by the past bias of news, as the latest one (`in October` in a July paper is last
//!   October, `in March` in a December one this year's). When its clause is told in the
//!   present or the future it is the coming one: `In March, Israel will hold its third
//!   election`, `Once the work is finished in October, Eustream will provide`, `by the time
//!   new elections are held in October, the crisis will have`, `whoever wins in November
//!   will`, `Should he win in November`, `we're not going to cut it off in December`, `the
//!   upcoming vote in November`, `a summit to be hosted in November`. The nearest verb
//!   before the month in its clause decides (a verb in the past keeps the past: `sparked
//!   controversy in December`); with none, a cue of the future after it counts only when the
//!   month opens the sentence or a clause that a subordinator opens (`When he speaks
//!   before Congress in March, Netanyahu is expected to`), not after a noun (`After the
//!   attacks in November, France will …` keeps last November).
//! - **A feast naming a kind of thing** ([`feast_kind`]): `the Christmas season`, `a
//!   Christmas party`, `the Christmas-themed show`, `Merry Christmas`: no date.
//! - **A weekday before an ordinal that ranks a noun** ([`weekday_alone`]): `Panetta said
//!   Thursday the first rule is …`: the weekday alone is the date, not the 1st of a month
//!   that falls on a Thursday (`Tuesday the 19th`, `Sunday the first of June` stay).

use jiff::civil::Date;

use super::dates::{DateMatch, Grain, PAST_VERBS, regular_past};
use super::today::word;
use super::tokens::{Token, TokenKind};

/// Nouns after a feast's name that make it a kind of thing or a time around it, not its
/// day (beside `dates.rs`'s list of things: `market`, `tree`, …).
fn feast_noun(w: &str) -> bool {
    matches!(
        w,
        "season"
            | "seasons"
            | "show"
            | "shows"
            | "special"
            | "specials"
            | "message"
            | "messages"
            | "greeting"
            | "greetings"
            | "wish"
            | "wishes"
            | "week"
            | "period"
            | "break"
            | "recess"
            | "rush"
            | "truce"
            | "ceasefire"
            | "holidays"
            | "vacation"
            | "story"
            | "stories"
    )
}

/// Whether the feast named from `k` to `last` names a kind of thing or a time around it
/// (see the module's notes): `the Christmas season`, `a Christmas-themed show`, `Merry
/// Christmas`.
pub fn feast_kind(tokens: &[Token<'_>], k: usize, last: usize) -> bool {
    let after = word(tokens, last + 1);
    let themed = tokens
        .get(last + 1)
        .is_some_and(|t| t.glued && t.is_punct('-'))
        && matches!(word(tokens, last + 2), "themed" | "style" | "related");
    let greeting = k > 0 && matches!(word(tokens, k - 1), "merry" | "happy");
    // (A Christmas party is held in the weeks before the day; a New Year's Eve party on it.)
    let party = k == last && word(tokens, k) == "christmas" && matches!(after, "party" | "parties");
    feast_noun(after) || themed || greeting || party
}

/// Ordinal words that may follow `Weekday the` (`Thursday the first`).
fn ordinal_word(w: &str) -> bool {
    matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "last"
            | "next"
    )
}

/// The end (one past the weekday) to read the date `d` at instead when it is `[on]
/// Weekday the <ordinal word>` and a word in lower case other than `of` follows: the
/// ordinal ranks that noun (`said Thursday the first rule is`), no day of the month.
pub fn weekday_alone(tokens: &[Token<'_>], d: &DateMatch) -> Option<usize> {
    if d.grain != Grain::Day || d.last < 2 {
        return None;
    }
    let o = d.last;
    if !ordinal_word(word(tokens, o)) || word(tokens, o - 1) != "the" {
        return None;
    }
    let wd = o - 2;
    if wd < d.first || !super::dates::is_weekday(word(tokens, wd)) {
        return None;
    }
    let next = tokens.get(o + 1)?;
    let noun = next.is_word()
        && !next.capitalized()
        && !matches!(next.lower.as_ref(), "of" | "and" | "or" | "to" | "through");
    noun.then_some(wd + 1)
}

/// Words that open a clause whose verb may be in the present for a time to come (`when
/// he speaks in March, …`, `once the work is finished in October, …`).
fn subordinator(tokens: &[Token<'_>], k: usize) -> bool {
    match word(tokens, k) {
        "when" | "once" | "if" | "unless" | "whoever" | "whenever" | "until" | "till" => true,
        // `by the time`
        "time" => k >= 2 && word(tokens, k - 1) == "the" && word(tokens, k - 2) == "by",
        _ => false,
    }
}

/// A mark that ends the clause a look-around stays in.
fn clause_end(t: &Token<'_>) -> bool {
    matches!(
        t.kind,
        TokenKind::Punct('.' | ';' | '?' | '!' | ':' | '"' | '“' | '”' | '(' | ')' | '—')
    )
}

fn copula(w: &str) -> bool {
    matches!(w, "is" | "are" | "am" | "'s" | "’s" | "'re" | "’re" | "be")
}

fn was(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "had" | "been" | "wasn't" | "wasn’t" | "weren't" | "weren’t"
    )
}

/// What the word at `k` tells of the time of its clause: `Some(true)` the future (`will`,
/// `is expected`, `going to`, `plans to`, `must`), `Some(false)` the past (`said`,
/// `announced`, `was`, `had`, `would`), `None` nothing. `back`: seen looking back from the
/// month (a noun's `upcoming`, `planned` and `to be` count only then).
pub(super) fn tense_at(tokens: &[Token<'_>], k: usize, back: bool) -> Option<bool> {
    let t = tokens.get(k)?;
    if !t.is_word() {
        return None;
    }
    let w = t.lower.as_ref();
    let prev = k.checked_sub(1).map_or("", |p| word(tokens, p));
    let next = word(tokens, k + 1);
    if matches!(
        w,
        "will" | "shall" | "won't" | "won’t" | "must" | "should" | "can" | "cannot"
    ) || w.ends_with("'ll")
        || w.ends_with("’ll")
    {
        return Some(true);
    }
    if matches!(
        w,
        "would" | "wouldn't" | "wouldn’t" | "did" | "didn't" | "didn’t"
    ) || was(w)
    {
        return Some(false);
    }
    // `is expected to`, `are scheduled for`, `is set to`, `'re going to` (`was expected
    // to`: past).
    if matches!(
        w,
        "expected" | "scheduled" | "set" | "due" | "slated" | "poised" | "going" | "likely"
    ) && matches!(next, "to" | "for")
    {
        // (`he's going to`, `they're expected to`.)
        let contracted = ["'s", "’s", "'re", "’re"]
            .iter()
            .any(|c| prev.len() > c.len() && prev.ends_with(c));
        if copula(prev) || contracted || prev == "not" {
            return Some(true);
        }
        if was(prev) {
            return Some(false);
        }
    }
    if matches!(w, "plans" | "plan" | "intends" | "hopes" | "aims") && next == "to" {
        return (!was(prev)).then_some(true);
    }
    if copula(w) && next == "to" && w != "be" {
        return Some(true);
    }
    if back {
        let determiner = matches!(
            prev,
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "this"
        ) || prev.ends_with("'s")
            || prev.ends_with("’s");
        if w == "upcoming" || (determiner && matches!(w, "planned" | "scheduled")) {
            return Some(true);
        }
        // `a summit to be hosted in November`, `is supposed to be delivered in October`;
        // not `believed to be in August`, `alleged to be responsible for … in April`.
        if w == "be" && prev == "to" {
            let head = k.checked_sub(2).map_or("", |q| word(tokens, q));
            let told = k.checked_sub(3).map_or("", |q| word(tokens, q));
            let noun = !head.is_empty()
                && !regular_past(head)
                && !PAST_VERBS.contains(&head)
                && !matches!(
                    head,
                    "alleged" | "supposed" | "seem" | "seems" | "appear" | "appears" | "known"
                )
                && !was(head);
            if noun || (head == "supposed" && copula(told)) {
                return Some(true);
            }
        }
    }
    if matches!(w, "says" | "tells") || (t.capitalized() && k > 0) {
        return None;
    }
    // A verb in the past, not a participle after a copula (`is finished`, `are held`) or a
    // determiner (`the armed men`).
    if (PAST_VERBS.contains(&w) || regular_past(w))
        && !copula(prev)
        && !matches!(
            prev,
            "being"
                | "a"
                | "an"
                | "the"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "this"
                | "these"
                | "those"
                | "newly"
                | "get"
                | "gets"
                | "to"
        )
    {
        return Some(false);
    }
    None
}

/// Whether the word at `k` is a verb in the past or another mark of it (see [`tense_at`]).
pub(super) fn told_past(tokens: &[Token<'_>], k: usize) -> bool {
    tense_at(tokens, k, false) == Some(false)
}

/// Whether the clause of the month from `first` to `last` looks ahead (see the module's
/// notes).
fn ahead(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let mut sub = false;
    let mut opener = true;
    let mut k = first;
    let mut words = 0;
    while k > 0 && words < 12 {
        k -= 1;
        let t = &tokens[k];
        // (Not across a comma either: `should be reinstated, following his relief in
        // April`.)
        if clause_end(t) || t.is_punct(',') {
            break;
        }
        if !t.is_word() {
            continue;
        }
        words += 1;
        if let Some(f) = tense_at(tokens, k, true) {
            return f;
        }
        // (The month's clause starts at its subordinator: `…, but whoever wins in
        // November will`.)
        if subordinator(tokens, k) {
            sub = true;
            break;
        }
        // (Words before the month's preposition: it does not open the sentence.)
        if k + 1 < first {
            opener = false;
        }
    }
    if !(sub || opener) {
        return false;
    }
    let mut words = 0;
    for (j, t) in tokens.iter().enumerate().skip(last + 1) {
        if clause_end(t) || words >= 10 {
            break;
        }
        if !t.is_word() {
            continue;
        }
        words += 1;
        if matches!(t.lower.as_ref(), "that" | "which" | "who" | "since") {
            break;
        }
        if let Some(f) = tense_at(tokens, j, false) {
            return f;
        }
    }
    false
}

/// The month `d` a year later when it was read in the year before the publication's but
/// its clause looks ahead (see the module's notes); other dates as they are.
pub fn coming_month(tokens: &[Token<'_>], d: DateMatch, publication: Option<Date>) -> DateMatch {
    let Some(p) = publication else {
        return d;
    };
    // Months back from the publication's: two to eleven (the month before may well be
    // the past a story tells of; one read in the publication's year ahead is no concern).
    let back = (i32::from(p.year()) * 12 + i32::from(p.month()))
        - (i32::from(d.date.year()) * 12 + i32::from(d.date.month()));
    if d.grain != Grain::Month || !(2..=11).contains(&back) || d.date.day() != 1 {
        return d;
    }
    let span = tokens.get(d.first..=d.last).unwrap_or(&[]);
    let marked = span.iter().any(|t| {
        t.kind == TokenKind::Digits
            || matches!(
                t.lower.as_ref(),
                "last" | "past" | "previous" | "ago" | "year" | "since" | "from" | "this"
            )
    });
    let before = d.first.checked_sub(1).map_or("", |p| word(tokens, p));
    if span.is_empty() || marked || matches!(before, "since" | "from" | "last") {
        return d;
    }
    if !ahead(tokens, d.first, d.last) {
        return d;
    }
    a_year_later(d)
}

/// The month `d` a year later: the coming one where past bias had read the last (a
/// year past the calendar's last keeps `d`).
pub fn a_year_later(d: DateMatch) -> DateMatch {
    let Ok(date) = Date::new(d.date.year() + 1, d.date.month(), 1) else {
        return d;
    };
    DateMatch {
        date,
        last_day: date.last_of_month(),
        ..d
    }
}
