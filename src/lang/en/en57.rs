//! English weekdays read in the wrong week (task en57):
//!
//! - **`this <weekday>` told in the past** ([`looks_back`]): `this Saturday` is read as
//!   the day of the publication's week, which for a weekday after the publication's is a
//!   day to come. Told in the past it is the one gone by: `The Pentagon promoted these
//!   efforts as recently as this Saturday` in a Monday paper, `North Korea tested its
//!   bomb just this Sunday` in a Friday one. `as recently as` always looks back; a verb in
//!   the past before it (the date parser's `governed`) looks back too.
//! - **`In this <weekday>, <date> file photo`** ([`before_date`]): the caption's `this`
//!   points at the photo, and its weekday belongs to the date after it (`Wednesday, May 1,
//!   2019`), not to the publication's week.
//! - **A present tense in a conditional clause** ([`conditional`]): `Even if a pact is
//!   reached Tuesday`, `once the deal is signed on Friday`, `unless they are approved
//!   Monday`: the present after `if`, `unless`, `once`, `until`, `whether`, `when` tells
//!   of a time to come, so the weekday is the coming one, not the one gone by.
//! - **The weekday after the stamp** ([`day_after`]): a bare weekday is read as the most
//!   recent one, so `Monday` in a Sunday paper is six days back. On en-news such a weekday
//!   is far more often the day after the stamp: pages stamped the day before the events
//!   they report (`brought his expertise to the briefing room Monday` in a page stamped
//!   Sunday), wire stories dated in one time zone and updated in another, plans told
//!   without a cue (`paratroopers are arriving in Poland on Wednesday` in a Tuesday
//!   paper). Of 234 such weekdays on en-news a judged sample of 31 had the next day right
//!   27 times and the day six back 4 times (stories told a week later: `Two bombs placed
//!   Monday near the finish line` in a Sunday paper). `weekdays::coming` did so only in
//!   articles stamped early by its count of weekdays; this does it for every bare one.
//! - **A range of weekdays across a weekend** ([`week_on`]): `from Saturday to Monday`
//!   has its second weekday in the week after the first, not six days before it.

use jiff::civil::Date;

use super::dates::{DateMatch, Grain};
use super::today::word;
use super::tokens::{Token, TokenKind};

/// The date a bare weekday at `d` names when it was read six days before the
/// publication, its weekday being the one after the publication's: the day after the
/// publication (see the module's notes). Other dates are returned as they are.
pub fn day_after(tokens: &[Token<'_>], d: DateMatch, publication: Option<Date>) -> DateMatch {
    let Some(reference) = publication else {
        return d;
    };
    if d.grain != Grain::Day || d.last - d.first > 3 || d.date != d.last_day {
        return d;
    }
    let Some(wd) = tokens.get(d.last).and_then(super::weekdays::weekday_of) else {
        return d;
    };
    // (`the Monday before Thanksgiving` names a day by another; `since he took office
    // on Monday` counts from a day gone by.)
    let since = (d.first.saturating_sub(8)..d.first).any(|k| word(tokens, k) == "since");
    if !super::weekdays::bare(tokens, d.last)
        || since
        || (d.first > 0 && word(tokens, d.first - 1) == "the")
        || d.date.weekday() != wd
        || reference.weekday().next() != wd
        || (reference - d.date).get_days() != 6
    {
        return d;
    }
    let Ok(next) = reference.tomorrow() else {
        return d;
    };
    DateMatch {
        date: next,
        last_day: next,
        ..d
    }
}

/// Whether the weekday ending at `wlast` is followed by a date (an optional comma, then a
/// figure or a month's name): `this Wednesday, May 1, 2019`, `this Wednesday May 1`.
pub fn before_date(tokens: &[Token<'_>], wlast: usize) -> bool {
    let mut j = wlast + 1;
    if tokens
        .get(j)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(',')))
    {
        j += 1;
    }
    tokens.get(j).is_some_and(|t| {
        t.kind == TokenKind::Digits
            || (t.capitalized() && super::dates::month_word(t.lower.as_ref()))
    })
}

/// Whether `as recently as` stands right before token `i` (the `this` of `this
/// Saturday`): the latest time something was so, which is past.
pub fn looks_back(tokens: &[Token<'_>], i: usize) -> bool {
    i >= 3
        && word(tokens, i - 1) == "as"
        && matches!(word(tokens, i - 2), "recently" | "lately")
        && word(tokens, i - 3) == "as"
}

/// Whether the weekday at `i` (or its `on` right before) closes a clause opened by a
/// conditional or temporal subordinator with a verb in the present between them: `if a
/// pact is reached Tuesday`, `once the bill is signed on Friday`, `when the plan is
/// announced on Monday`. At most eight words back, within the clause; a verb in the past
/// (`if it was reached Tuesday`, `when he said Monday`) or a modal makes it none.
pub fn conditional(tokens: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    if k > 0 && word(tokens, k - 1) == "on" {
        k -= 1;
    }
    let mut present = false;
    let mut words = 0;
    while k > 0 && words < 8 {
        k -= 1;
        let Some(t) = tokens.get(k) else {
            return false;
        };
        if matches!(t.kind, TokenKind::Punct(_)) {
            // (A clause ends at a mark; a glued hyphen or apostrophe stays inside.)
            if t.glued {
                continue;
            }
            return false;
        }
        words += 1;
        let w = t.lower.as_ref();
        match w {
            "is" | "are" | "gets" | "get" => present = true,
            "was" | "were" | "had" | "did" | "said" | "says" | "told" | "would" | "could"
            | "might" | "should" | "will" | "has" | "have" | "been" => return false,
            "if" | "unless" | "once" | "until" | "whether" | "when" => {
                // The subordinator opens its clause: the verb comes after a subject.
                return present && k + 2 < i;
            }
            _ => {}
        }
    }
    false
}

/// The days of the second date of a range `from <weekday> to <weekday>` (token spans `a`
/// and `b`, `a0` the first's day): a bare weekday read before the first runs on into the
/// next week (`from Saturday to Monday`). Others are returned as they are.
pub fn week_on(
    tokens: &[Token<'_>],
    a: (usize, usize),
    b: (usize, usize),
    a0: Date,
    (b0, b1): (Date, Date),
) -> (Date, Date) {
    let weekday = |(first, last): (usize, usize)| {
        first == last
            && tokens
                .get(last)
                .and_then(super::weekdays::weekday_of)
                .is_some()
    };
    if b0 != b1 || b0 >= a0 || (a0 - b0).get_days() >= 7 || !weekday(a) || !weekday(b) {
        return (b0, b1);
    }
    match b0.checked_add(jiff::Span::new().days(7)) {
        Ok(d) => (d, d),
        Err(_) => (b0, b1),
    }
}
