//! English dates in narrative context (task en62).
//!
//! The date rules read a bare month as this month, the next one, or the latest before, and a
//! bare month-day as one of the next 90 days or the latest before. The tense of the clause
//! around the date corrects them:
//!
//! - **A past event in the next month** ([`past_month`]): `tweeting that he fired Flynn in
//!   February` in a January paper is last February, not the coming one: a verb in the past
//!   is the nearest tense cue before the month in its clause (or after it, when the month
//!   opens the sentence: `In February, Trump fired Flynn`).
//! - **A fronted day told in the past** ([`told_after`]): `On May 28, agents intercepted
//!   him`, `The next day, May 30, his sister walked to the police`: the verb of the clause
//!   after the fronted day is in the past, so the day is not one of the next weeks but the
//!   latest such day (or the story's, as `told_past` in `dates.rs` reads `was killed on July
//!   30`).
//! - **An election to come** ([`coming_election`]): `commit to holding elections on April
//!   5`, `set presidential elections for May 25`, `the winner of an April 5 election to
//!   succeed him`: a day attached to an election more than 90 days ahead, its clause
//!   looking ahead (an infinitive, a modal, a verb of setting a date) and not told in the
//!   past, is the coming one.
//! - **Days that are no dated day** ([`recurring`], [`feast_concept`]): `every July 14`,
//!   `each year on May 1`, `July 14 is a national holiday in France` (a day of every
//!   year), `there is no Christmas` (the feast as a thing).

use jiff::civil::Date;

use super::dates::{DateMatch, Grain};
use super::today::word;
use super::tokens::{Token, TokenKind};

/// Short titles whose full stop does not end a clause (`Mr. Nur's sister`).
fn title(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "gen"
            | "sen"
            | "rep"
            | "gov"
            | "st"
            | "lt"
            | "col"
            | "sgt"
            | "capt"
            | "prof"
            | "jr"
    )
}

/// A mark at `k` that ends the clause a look-around stays in (not the full stop of a
/// title).
fn clause_end(tokens: &[Token<'_>], k: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return true;
    };
    if t.is_punct('.') && k > 0 && title(word(tokens, k - 1)) {
        return false;
    }
    matches!(
        t.kind,
        TokenKind::Punct('.' | ';' | '?' | '!' | ':' | '"' | '“' | '”' | '(' | ')' | '—')
    )
}

/// What the words around a date tell of its time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Past,
    Future,
    /// An infinitive or a gerund after `to` (`to hold`, `commit to holding`): a plan.
    Plan,
    /// A modal that may look either way (`would`, `could`, `may`), or a clause word: no
    /// reading.
    Stop,
}

/// `to` at `k` before a verb in lower case (not a determiner: `went to the`).
fn infinitive(tokens: &[Token<'_>], k: usize) -> bool {
    word(tokens, k) == "to"
        && tokens.get(k + 1).is_some_and(|n| {
            n.is_word()
                && !n.capitalized()
                && !matches!(
                    n.lower.as_ref(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that"
                )
        })
}

/// The cue of the word at `k`, if any (see [`super::en53`]'s `tense_at`).
fn cue_at(tokens: &[Token<'_>], k: usize, back: bool) -> Option<Cue> {
    let w = word(tokens, k);
    if matches!(
        w,
        "would"
            | "wouldn't"
            | "wouldn’t"
            | "could"
            | "may"
            | "might"
            | "if"
            | "who"
            | "which"
            | "that"
            | "whose"
            | "when"
            | "before"
            | "until"
            | "after"
    ) && tokens.get(k).is_some_and(|t| !t.capitalized() || k == 0)
    {
        return Some(Cue::Stop);
    }
    if infinitive(tokens, k) {
        return Some(Cue::Plan);
    }
    super::en53::tense_at(tokens, k, back).map(|f| if f { Cue::Future } else { Cue::Past })
}

/// The first cue back from the token before `first`, in its clause (a comma ends it too),
/// within 12 words.
fn cue_back(tokens: &[Token<'_>], first: usize) -> Option<Cue> {
    let mut words = 0;
    let mut k = first;
    while k > 0 && words < 12 {
        k -= 1;
        if clause_end(tokens, k) || tokens.get(k).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        if !tokens.get(k).is_some_and(|t| t.is_word()) {
            continue;
        }
        words += 1;
        if let Some(c) = cue_at(tokens, k, true) {
            return Some(c);
        }
    }
    None
}

/// The first cue after `last` in its clause, within 12 words; commas (of appositions:
/// `Mr. Nur's older sister, Ifrah, walked`) do not end it.
fn cue_ahead(tokens: &[Token<'_>], last: usize) -> Option<Cue> {
    let mut words = 0;
    for k in last + 1..tokens.len() {
        if words >= 12 || clause_end(tokens, k) {
            return None;
        }
        if !tokens.get(k).is_some_and(|t| t.is_word()) {
            continue;
        }
        words += 1;
        if let Some(c) = cue_at(tokens, k, false) {
            return Some(c);
        }
    }
    None
}

/// Whether the date's span names no year nor a relative word (`last`, `next`, `this`,
/// `ago`, a weekday): a bare month or month-day that the window rule read.
fn bare(tokens: &[Token<'_>], d: &DateMatch) -> bool {
    let Some(span) = tokens.get(d.first..=d.last) else {
        return false;
    };
    !span.is_empty()
        && span.first().is_some_and(|t| t.capitalized())
        && !span.iter().any(|t| {
            (t.kind == TokenKind::Digits && t.text.len() >= 3)
                || matches!(
                    t.lower.as_ref(),
                    "last" | "next" | "this" | "ago" | "year" | "early" | "mid" | "late"
                )
                || super::dates::is_weekday(&t.lower)
        })
}

/// Whether `k` opens its sentence or a clause after a mark.
fn opens(tokens: &[Token<'_>], k: usize) -> bool {
    k == 0
        || tokens
            .get(k - 1)
            .is_some_and(|t| t.is_punct(',') || clause_end(tokens, k - 1))
}

/// Months between the publication's and `d`'s (positive: `d` is later).
fn months_ahead(p: Date, d: Date) -> i32 {
    (i32::from(d.year()) * 12 + i32::from(d.month()))
        - (i32::from(p.year()) * 12 + i32::from(p.month()))
}

/// `fired Flynn in February` in a January paper: the month read as the next one is last
/// year's when a verb in the past tells of it (see the module's notes).
pub fn past_month(tokens: &[Token<'_>], d: DateMatch, publication: Option<Date>) -> DateMatch {
    let Some(p) = publication else {
        return d;
    };
    if d.grain != Grain::Month
        || d.first != d.last
        || d.date.day() != 1
        || d.last_day != d.date.last_of_month()
        || months_ahead(p, d.date) != 1
        || d.first == 0
        || word(tokens, d.first - 1) != "in"
        || !bare(tokens, &d)
    {
        return d;
    }
    let prep = d.first - 1;
    // (`in June that year`: another year's.)
    if matches!(word(tokens, d.last + 1), "that" | "of") && word(tokens, d.last + 2) == "year" {
        return d;
    }
    // (A verb of planning before the month in its clause: `invited him to the White House
    // in November`.)
    let plan = (prep.saturating_sub(16)..prep)
        .rev()
        .take_while(|&k| !clause_end(tokens, k) && !tokens[k].is_punct(','))
        .any(|k| plan_verb(word(tokens, k)));
    if plan {
        return d;
    }
    let past = match cue_back(tokens, prep) {
        Some(c) => c == Cue::Past,
        None => opens(tokens, prep) && cue_ahead(tokens, d.last) == Some(Cue::Past),
    };
    if !past {
        return d;
    }
    let Ok(date) = Date::new(d.date.year() - 1, d.date.month(), 1) else {
        return d;
    };
    DateMatch {
        date,
        last_day: date.last_of_month(),
        ..d
    }
}

/// `On May 28, agents intercepted him`, `The next day, May 30, Mr. Nur's older sister,
/// Ifrah, walked`: the month-day from `i` to `dlast`, fronted (opening the sentence, after
/// `On` opening it, or after a comma) and followed by a comma, whose clause's verb after
/// it is in the past (see the module's notes).
///
/// Not a day in the week after the publication `p` (`… January 7. On January 9, four
/// hostages were killed` on a page updated after its date): a page's late update, not a
/// story of last year.
pub fn told_after(tokens: &[Token<'_>], i: usize, dlast: usize, p: Date) -> bool {
    if !tokens.get(dlast + 1).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    let (Some(m), Some(d)) = (tokens.get(i), tokens.get(dlast)) else {
        return false;
    };
    let (Some(m), Ok(d)) = (month_number(&m.lower), d.text.parse::<i8>()) else {
        return false;
    };
    let soon = (p.year()..=p.year() + 1)
        .filter_map(|y| Date::new(y, m, d).ok())
        .find(|c| *c > p)
        .is_some_and(|c| (c - p).get_days() <= 7);
    if soon {
        return false;
    }
    let fronted = i == 0
        || (i == 1 && word(tokens, 0) == "on")
        || tokens.get(i - 1).is_some_and(|t| t.is_punct(','));
    if !fronted || tokens.iter().any(|t| t.lower == "caption") {
        return false;
    }
    cue_ahead(tokens, dlast + 1) == Some(Cue::Past)
}

/// The month a full or abbreviated month name (lower case) names.
fn month_number(w: &str) -> Option<i8> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if w.len() < 3 || !w.is_char_boundary(3) {
        return None;
    }
    let m = NAMES.iter().position(|n| w.get(..3) == Some(*n))?;
    Some(m as i8 + 1)
}

/// Verbs in the past whose object may be an event still to come (`invited Erdogan to the
/// White House in November`, `agreed to meet in March`): no past for the month.
fn plan_verb(w: &str) -> bool {
    matches!(
        w,
        "invited"
            | "agreed"
            | "promised"
            | "pledged"
            | "vowed"
            | "threatened"
            | "decided"
            | "proposed"
            | "offered"
            | "urged"
            | "asked"
            | "ordered"
            | "announced"
            | "set"
            | "scheduled"
            | "postponed"
            | "delayed"
            | "moved"
    )
}

/// Nouns of a vote held on a day.
fn election_noun(w: &str) -> bool {
    matches!(
        w,
        "election" | "elections" | "vote" | "referendum" | "runoff" | "polls" | "ballot"
    )
}

/// Verbs in the past that set a vote's day ahead (`set elections for May 25`).
fn setting(w: &str) -> bool {
    matches!(
        w,
        "set" | "called" | "scheduled" | "announced" | "fixed" | "moved"
    )
}

/// `commit to holding elections on April 5`, `set presidential elections for May 25`,
/// `the winner of an April 5 election to succeed him`: a month-day read more than five
/// months back whose election lies three to six months ahead when its clause looks ahead
/// (see the module's notes).
pub fn coming_election(tokens: &[Token<'_>], d: DateMatch, publication: Option<Date>) -> DateMatch {
    let Some(p) = publication else {
        return d;
    };
    if d.grain != Grain::Day || d.date >= p || !bare(tokens, &d) || d.first < 2 {
        return d;
    }
    let Ok(next) = Date::new(d.date.year() + 1, d.date.month(), d.date.day()) else {
        return d;
    };
    let ahead = (next - p).get_days();
    if !(super::dates::AHEAD_DAYS..=180).contains(&i64::from(ahead)) {
        return d;
    }
    // `elections on April 5`, `presidential elections for May 25`.
    let after_noun = matches!(word(tokens, d.first - 1), "on" | "for")
        && election_noun(word(tokens, d.first - 2));
    // `an April 5 election`, `the May 25 presidential elections`.
    let noun_at = (d.last + 1..=d.last + 2).find(|&k| election_noun(word(tokens, k)));
    let attributive = noun_at.is_some_and(|n| {
        (d.last + 1..n).all(|k| matches!(word(tokens, k), "presidential" | "parliamentary"))
    }) && matches!(word(tokens, d.first - 1), "a" | "an" | "the");
    let looks_ahead = if after_noun {
        // Back over the noun and its adjectives to the verb.
        let mut k = d.first - 2;
        let mut words = 0;
        let mut found = None;
        while k > 0 && words < 12 {
            k -= 1;
            if clause_end(tokens, k) || tokens.get(k).is_some_and(|t| t.is_punct(',')) {
                break;
            }
            if !tokens.get(k).is_some_and(|t| t.is_word()) {
                continue;
            }
            words += 1;
            if setting(word(tokens, k)) && word(tokens, d.first - 1) == "for" {
                found = Some(Cue::Future);
                break;
            }
            if let Some(c) = cue_at(tokens, k, true) {
                found = Some(c);
                break;
            }
        }
        matches!(found, Some(Cue::Future | Cue::Plan))
    } else if let Some(n) = noun_at.filter(|_| attributive) {
        // `an April 5 election to succeed him`, `the April 5 election will`.
        infinitive(tokens, n + 1) || super::en53::tense_at(tokens, n + 1, false) == Some(true)
    } else {
        false
    };
    if !looks_ahead {
        return d;
    }
    DateMatch {
        date: next,
        last_day: next,
        ..d
    }
}

/// `every July 14`, `each year on May 1`, `annually on June 5`, `July 14 is a national
/// holiday`: a month-day that comes back every year, no dated day (see the module's notes).
pub fn recurring(tokens: &[Token<'_>], d: &DateMatch) -> bool {
    // (A month-day: `Today is a holiday for them` is one day.)
    let day = tokens
        .get(d.first..=d.last)
        .is_some_and(|s| s.iter().any(|t| t.kind == TokenKind::Digits));
    if d.grain != Grain::Day || !day || !bare(tokens, d) {
        return false;
    }
    let before = |n: usize| d.first.checked_sub(n).map_or("", |k| word(tokens, k));
    let every = matches!(before(1), "every" | "each")
        || (before(1) == "on"
            && (before(2) == "annually"
                || (before(2) == "year" && matches!(before(3), "each" | "every"))));
    // `July 14 is a national holiday`, `May 1 is a public holiday in`.
    let holiday = d.first == 0
        && word(tokens, d.last + 1) == "is"
        && matches!(word(tokens, d.last + 2), "a" | "an")
        && (d.last + 3..=d.last + 5).any(|k| matches!(word(tokens, k), "holiday" | "holidays"));
    every || holiday
}

/// `there is no Christmas`: the feast at `k` after `no` is the feast as a thing, no day.
pub fn feast_concept(tokens: &[Token<'_>], k: usize) -> bool {
    k > 0 && word(tokens, k - 1) == "no"
}
