//! Cues of the future the date rules ask about, and the second year of a dash range.
//!
//! - A **modal before a bare weekday** (`strikes could begin early Tuesday`, `the talks
//!   would continue into Wednesday`, `Barr may skip a Thursday hearing`): what is told
//!   as possible or planned is to come, so the weekday is the coming one (not after a
//!   negation, `would not say Tuesday`, nor a perfect, `could have left Friday`).
//! - A **month a plan is set for** (`the vote is set for May`, `the trial is scheduled for
//!   March`): `for` before the month takes it as `in` does.
//! - **Words of a thing to come** that the tense rules do not know: `a deadline looming in
//!   January`, `the budget deadline looms in March`.
//! - The **second year of a dash range** in full (`1977-1994`, `2001–2005`).
//! - A **year cut to two figures after an apostrophe** (`April ’75`, `June of ‘13`).

use super::tokens::{Token, TokenKind};

/// How many words before a weekday a modal is looked for.
const MODAL_WORDS: usize = 6;

fn word<'a>(tokens: &'a [Token<'_>], k: usize) -> &'a str {
    tokens.get(k).map_or("", |t| t.lower.as_ref())
}

/// Words after a modal that turn it from what is to come: a negation (`would not say
/// Tuesday`: a refusal on that day), a perfect (`could have left Friday`).
fn modal_off(w: &str) -> bool {
    matches!(w, "not" | "never" | "have" | "'ve" | "’ve" | "n't" | "n’t")
}

/// Words between a modal and the weekday that end its reach: a verb of saying or a
/// clause of its own (`could help explain why Trump on Wednesday refused`).
fn modal_stop(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "announced"
            | "reported"
            | "that"
            | "why"
            | "who"
            | "which"
            | "when"
            | "where"
            | "after"
            | "before"
            | "because"
            | "since"
            | "as"
            | "while"
            | "if"
            | "and"
            | "but"
            | "earlier"
            | "ago"
    )
}

/// Whether a modal of what may or is to happen comes a few words before the weekday at
/// `i` (past `on`, `early`, `late`), in its clause: `could begin early Tuesday`, `would
/// continue into Wednesday`, `may skip a Thursday hearing`.
pub fn modal_before(tokens: &[Token<'_>], i: usize) -> bool {
    let mut words = 0;
    let mut k = i;
    while k > 0 && words < MODAL_WORDS {
        k -= 1;
        let t = &tokens[k];
        if !t.is_word() {
            // (`Trump's`, `re-election`: marks inside a word do not end the clause.)
            if t.glued && (t.is_punct('\'') || t.is_punct('’') || t.is_punct('-')) {
                continue;
            }
            return false;
        }
        words += 1;
        let w = t.lower.as_ref();
        // (Not `can`: `a garbage can earlier Saturday`.)
        if matches!(w, "could" | "would" | "may" | "might" | "should") {
            // (`May` in capitals is the month or a name.)
            let month = w == "may" && t.capitalized() && k > 0;
            return !month && !modal_off(word(tokens, k + 1));
        }
        if w.ends_with("n't") || w.ends_with("n’t") || modal_stop(w) {
            return false;
        }
        // A verb in the past between them dates the weekday (`could see what happened
        // Tuesday`); a participle after `be` does not (`would be announced Monday`).
        if super::dates::PAST_VERBS.contains(&w)
            || (super::dates::regular_past(w)
                && !matches!(word(tokens, k.wrapping_sub(1)), "be" | "been" | "being"))
        {
            return false;
        }
    }
    false
}

/// Words before `for` that set a plan for the month after it (`set for May`, `scheduled
/// for March`, `slated for June`, `planned for April`).
fn plan_word(w: &str) -> bool {
    matches!(
        w,
        "set" | "scheduled" | "slated" | "planned" | "penciled" | "pencilled" | "earmarked"
    )
}

/// `for` at `i` before a capitalized month, after a word that sets a plan: `Some(true)`
/// when the plan is told in the present (`is set for May`, `scheduled for March`: the
/// coming month), `Some(false)` when in the past (`was scheduled for March`: the nearest).
pub fn planned_for(tokens: &[Token<'_>], i: usize) -> Option<bool> {
    if word(tokens, i) != "for" || i == 0 || !plan_word(word(tokens, i - 1)) {
        return None;
    }
    if !tokens.get(i + 1).is_some_and(|t| t.capitalized()) {
        return None;
    }
    let past = (i.saturating_sub(4)..i - 1).any(|k| {
        matches!(
            word(tokens, k),
            "was" | "were" | "had" | "been" | "originally" | "initially" | "previously"
        )
    });
    Some(!past)
}

/// Words of a thing to come that put a date after them in the future: `looming in
/// January`, `looms in March` (not `forthcoming`: `announced a forthcoming law on
/// Thursday` dates the announcement).
pub fn future_word(w: &str) -> bool {
    matches!(w, "looming" | "looms" | "loom")
}

/// After a date bounded by `after`/`before`, a rite, a break or a time of the day that
/// the date names (`after Friday prayers`, `after Friday noon prayers`, `after Easter
/// recess`): the day's own, no bound. (`by Tuesday afternoon` stays a bound.)
pub fn rite_after(tokens: &[Token<'_>], last: usize) -> bool {
    let rite = |w: &str| {
        matches!(
            w,
            "prayers"
                | "prayer"
                | "recess"
                | "break"
                | "holiday"
                | "holidays"
                | "services"
                | "service"
                | "sermon"
                | "mass"
        )
    };
    let next = word(tokens, last + 1);
    rite(next)
        || (matches!(
            next,
            "noon" | "midday" | "afternoon" | "morning" | "evening" | "dawn" | "night"
        ) && rite(word(tokens, last + 2)))
}

/// The later year of a dash range whose second year is written in full (`1977-1994`,
/// `2001–2005`): a year after `a`, within a century of it.
pub fn full_year_end(a: i16, b: &Token<'_>) -> Option<i16> {
    if b.kind != TokenKind::Digits || b.text.len() != 4 {
        return None;
    }
    let b: i16 = b.text.parse().ok()?;
    (b > a && b - a <= 100 && b <= 2100).then_some(b)
}

/// Words after a dash of two four-figure numbers that make them clock times, not years
/// (`1100-1400 hours`, `0900-1700 GMT`).
pub fn clock_after(w: &str) -> bool {
    matches!(
        w,
        "hours" | "hrs" | "hr" | "h" | "gmt" | "utc" | "local" | "zulu" | "est" | "edt" | "cet"
    )
}

/// A year cut to two figures after an apostrophe at `k` (`April ’75`, `June of ‘13`):
/// the two figures and their token (not a figure running on: `’75s`, `'13-'14`).
pub fn apostrophe_year(tokens: &[Token<'_>], k: usize) -> Option<(i16, usize)> {
    let mark = tokens.get(k)?;
    if !matches!(mark.kind, TokenKind::Punct('\'' | '’' | '‘')) {
        return None;
    }
    let d = tokens.get(k + 1)?;
    if !d.glued || d.kind != TokenKind::Digits || d.text.len() != 2 {
        return None;
    }
    if tokens.get(k + 2).is_some_and(|n| {
        n.glued
            && !matches!(
                n.kind,
                TokenKind::Punct('.' | ',' | ';' | ':' | ')' | '’' | '\'' | '"' | '”')
            )
    }) {
        return None;
    }
    Some((d.text.parse().ok()?, k + 1))
}
