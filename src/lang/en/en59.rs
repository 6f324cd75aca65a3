//! English days and months to come read as past ones (task en59).
//!
//! The date rules read a bare weekday as the most recent one and a bare month as the latest
//! one, unless a cue of the future stands near it. Some cues stand farther or are of other
//! kinds:
//!
//! - **The next event** ([`next_event`]): `at the next televised debate, in Iowa on
//!   Tuesday`, `the upcoming summit in November`: the day or month of an event still to
//!   come is the coming one.
//! - **A cue of the future far back** ([`far_cue`]): `Kim is due to hold a summit with …
//!   at the border truce village of Panmunjom on Friday`: a cue (`will`, `is due to`, `is
//!   expected to`) more words back than the date rules look, with no verb in the past and
//!   no clause mark between.
//! - **A goal** ([`goal`]): `their strategy to win back congressional majorities in
//!   November`: an infinitive of winning or keeping before a month is an aim still to reach.
//! - **A deadline at a month's end** ([`end_of`]): `they still have until the end of June`:
//!   like `until June`, the coming one unless told in the past.
//! - **`would` on a Sunday page** ([`would_ahead`]): `said Dunford would continue talks
//!   this week` in a Sunday paper: the week now ending has no day left for it.
//! - **A weekday anchored to another event** ([`anchored`]): `in a Sunday television
//!   interview days after the attack`: the day counts from the attack, not from the
//!   publication, so it is no date here.

use jiff::civil::{Date, Weekday};

use super::dates::{DateMatch, Grain};
use super::today::word;
use super::tokens::{Token, TokenKind};

/// A mark that ends the clause a look-around stays in.
fn clause_end(t: &Token<'_>) -> bool {
    matches!(
        t.kind,
        TokenKind::Punct('.' | ';' | '?' | '!' | ':' | '"' | '“' | '”' | '(' | ')' | '—')
    )
}

/// Nouns of events that `next` or `upcoming` may put ahead.
fn event_noun(w: &str) -> bool {
    matches!(
        w,
        "debate"
            | "debates"
            | "meeting"
            | "summit"
            | "session"
            | "round"
            | "vote"
            | "election"
            | "elections"
            | "hearing"
            | "talks"
            | "conference"
            | "primary"
            | "primaries"
            | "caucus"
            | "caucuses"
            | "rally"
            | "visit"
            | "trip"
            | "negotiations"
            | "game"
            | "match"
            | "race"
    )
}

/// `the next televised Democratic debate, in Iowa on Tuesday`, `the upcoming summit in
/// November`: `next`/`upcoming` and an event noun within three words after it, a few
/// words before the date at `first`, in its clause, with no verb in the past between the
/// noun and the date.
pub fn next_event(tokens: &[Token<'_>], first: usize) -> bool {
    let mut words = 0;
    let mut k = first;
    let mut noun = false;
    while k > 0 && words < 10 {
        k -= 1;
        let t = &tokens[k];
        if clause_end(t) {
            return false;
        }
        if !t.is_word() {
            continue;
        }
        words += 1;
        let w = word(tokens, k);
        if !noun && super::en53::told_past(tokens, k) {
            return false;
        }
        if event_noun(w) {
            noun = true;
        }
        if matches!(w, "next" | "upcoming") {
            return (k + 1..=k + 3).any(|j| j < first && event_noun(word(tokens, j)));
        }
    }
    false
}

/// A cue of the future (see [`super::en53`]'s `tense_at`) up to 30 words back from the
/// date at `first` in its clause (commas end it too), before any verb in the past.
pub fn far_cue(tokens: &[Token<'_>], first: usize) -> bool {
    let mut words = 0;
    let mut k = first;
    while k > 0 && words < 30 {
        k -= 1;
        let t = &tokens[k];
        if clause_end(t) || t.is_punct(',') {
            return false;
        }
        if !t.is_word() {
            continue;
        }
        words += 1;
        if matches!(word(tokens, k), "who" | "which" | "whose") {
            return false;
        }
        // (Not the weak modals: `a garbage can`, `must`, `should`; a perfect tells of
        // the past: `what we've seen Friday`.)
        let w = word(tokens, k);
        if matches!(
            w,
            "can" | "cannot" | "must" | "should" | "may" | "might" | "have" | "has" | "had"
        ) || w.ends_with("'ve")
            || w.ends_with("’ve")
        {
            return false;
        }
        if let Some(f) = super::en53::tense_at(tokens, k, false) {
            return f;
        }
    }
    false
}

/// `to win back majorities in November`, `bid to retake the House in November`: an
/// infinitive of winning or keeping within a few words before the month at `first`, in its
/// clause, not after a verb in the past (`tried to win … in May`).
pub fn goal(tokens: &[Token<'_>], first: usize) -> bool {
    let mut words = 0;
    let mut k = first;
    while k > 1 && words < 8 {
        k -= 1;
        let t = &tokens[k];
        if clause_end(t) || t.is_punct(',') {
            return false;
        }
        if !t.is_word() {
            continue;
        }
        words += 1;
        if super::en53::told_past(tokens, k) {
            return false;
        }
        let w = word(tokens, k);
        if matches!(
            w,
            "win" | "retake" | "regain" | "reclaim" | "flip" | "keep" | "hold" | "defend"
        ) && word(tokens, k - 1) == "to"
        {
            let before = k.checked_sub(2).map_or("", |p| word(tokens, p));
            return !before.is_empty()
                && !super::en53::told_past(tokens, k - 2)
                && !matches!(before, "tried" | "sought" | "failed" | "managed" | "able");
        }
    }
    false
}

/// `until the end of June`, `by the end of March`: when the month's preposition at `i`
/// (`of`) closes `<until|till|by|before> the end of`, the index of `the`, the date's first
/// token for the tense of its clause.
pub fn end_of(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if i < 3 || word(tokens, i) != "of" || word(tokens, i - 1) != "end" {
        return None;
    }
    (word(tokens, i - 2) == "the" && matches!(word(tokens, i - 3), "until" | "till"))
        .then_some(i - 2)
}

/// `said Dunford would continue negotiations … this week`: `would` before a bare verb a
/// few words before the date at `i`, in its clause, with no verb in the past between (not
/// `would have`).
pub fn would_ahead(tokens: &[Token<'_>], i: usize) -> bool {
    let mut words = 0;
    let mut k = i;
    while k > 0 && words < 10 {
        k -= 1;
        let t = &tokens[k];
        if clause_end(t) || t.is_punct(',') {
            return false;
        }
        if !t.is_word() {
            continue;
        }
        words += 1;
        let w = word(tokens, k);
        if w == "would" {
            let next = tokens.get(k + 1);
            return next.is_some_and(|n| n.is_word() && !n.capitalized())
                && !matches!(
                    word(tokens, k + 1),
                    "have" | "not" | "be" | "never" | "later" | "often" | "usually"
                );
        }
        if super::en53::told_past(tokens, k) {
            return false;
        }
    }
    false
}

/// Offsets from another event right after a weekday: `days after`, `two weeks before`,
/// `the day after`.
fn offset_at(tokens: &[Token<'_>], k: usize) -> bool {
    let w = word(tokens, k);
    let unit = matches!(w, "days" | "weeks" | "hours" | "day" | "week");
    unit && matches!(word(tokens, k + 1), "after" | "before")
}

/// `in a Sunday television interview days after the attack`: a weekday (ending at `last`)
/// whose phrase runs, with no comma, into an offset from another event within a few words.
pub fn anchored(tokens: &[Token<'_>], last: usize) -> bool {
    let mut words = 0;
    for k in last + 1..tokens.len() {
        let t = &tokens[k];
        if !t.is_word() {
            return false;
        }
        if offset_at(tokens, k) {
            return true;
        }
        words += 1;
        if words >= 5 || matches!(word(tokens, k), "and" | "or" | "but" | "that" | "when") {
            return false;
        }
        if super::en53::told_past(tokens, k) {
            return false;
        }
    }
    false
}

fn weekday_at(tokens: &[Token<'_>], d: &DateMatch) -> Option<Weekday> {
    if d.grain != Grain::Day || d.last - d.first > 3 {
        return None;
    }
    let wd = tokens.get(d.last).and_then(super::weekdays::weekday_of)?;
    (super::weekdays::bare(tokens, d.last) && d.date.weekday() == wd).then_some(wd)
}

/// `a Sunday television interview days after the attack`: a weekday after `a`, anchored
/// to another event (see [`anchored`]), is no date.
pub fn unanchored(tokens: &[Token<'_>], d: &DateMatch) -> bool {
    d.grain == Grain::Day
        && d.first == d.last
        && tokens
            .get(d.first)
            .and_then(super::weekdays::weekday_of)
            .is_some()
        && d.first > 0
        && word(tokens, d.first - 1) == "a"
        && anchored(tokens, d.last)
}

/// The date `d` read again for the cues of the module's notes: the coming day or month for
/// one read in the past that looks ahead; other dates as they are.
pub fn coming(tokens: &[Token<'_>], d: DateMatch, publication: Option<Date>) -> DateMatch {
    let Some(p) = publication else {
        return d;
    };
    if let Some(wd) = weekday_at(tokens, &d) {
        // (Not the day before the stamp: a plan for it was told the day before.)
        let back = (p - d.date).get_days();
        if !(2..=6).contains(&back) || !(next_event(tokens, d.first) || far_cue(tokens, d.first)) {
            return d;
        }
        let Ok(next) = p.nth_weekday(1, wd) else {
            return d;
        };
        return DateMatch {
            date: next,
            last_day: next,
            ..d
        };
    }
    let back = (i32::from(p.year()) * 12 + i32::from(p.month()))
        - (i32::from(d.date.year()) * 12 + i32::from(d.date.month()));
    if d.grain != Grain::Month
        || !(2..=11).contains(&back)
        || d.date.day() != 1
        || d.first == 0
        || !matches!(word(tokens, d.first - 1), "in" | "for")
        || !tokens.get(d.first).is_some_and(|t| t.capitalized())
    {
        return d;
    }
    if !(next_event(tokens, d.first) || goal(tokens, d.first)) {
        return d;
    }
    super::en53::a_year_later(d)
}

#[cfg(test)]
mod tests {
    use crate::lang::en::tokens::tokenize;

    fn week(text: &str) -> String {
        let tokens = tokenize(text, 0);
        let p = "2018-05-13".parse().ok();
        let i = tokens.iter().position(|t| t.lower == "this").unwrap();
        super::super::dates::parse_at(&tokens, i, p, false, None, None, &[])
            .unwrap()
            .iso()
    }

    #[test]
    fn would_this_week_in_a_sunday_paper() {
        assert_eq!(
            week("He said Dunford would continue talks with them this week."),
            "2018-05-14/2018-05-20"
        );
        // (`would have`: a past that did not come; a verb in the past between.)
        assert_eq!(
            week("He said Dunford would have met them this week."),
            "2018-05-07/2018-05-13"
        );
        assert_eq!(
            week("He said it would help that they met this week."),
            "2018-05-07/2018-05-13"
        );
    }
}
