//! More counted nouns of English figures: the noun after an aside (`thousands, if not
//! millions, of people`), compound nouns written with a hyphen (`man-hours`,
//! `kilowatt-hours`), money told with words between `of` and the currency (`billions of
//! taxpayer dollars`), and a change `by` a fraction `to` a new value (`slashed by
//! three-quarters to 6,000 rupees`), which is no range.
//!
//! Every look is bounded to a few tokens around the figure.

use super::numbers::{self, Num};
use super::qualifiers;
use super::tokens::{Token, TokenKind};
use super::units::{self, UnitKind, UnitMatch};
use crate::model::Qualifier;

/// Words that stand for a vague count (`thousands`, `dozens`) as the last word of one.
fn vague_word(t: &Token<'_>) -> bool {
    t.is_word()
        && matches!(
            t.lower.as_ref(),
            "dozens"
                | "scores"
                | "hundreds"
                | "thousands"
                | "millions"
                | "billions"
                | "trillions"
                | "tens"
        )
}

/// The closing mark of an aside opened by `open`.
fn closer(open: char) -> char {
    if open == '(' { ')' } else { open }
}

/// An opening mark of an aside at `k`: a comma, a dash (a spaced hyphen too) or a bracket.
fn opener(tokens: &[Token<'_>], k: usize) -> Option<char> {
    let t = tokens.get(k)?;
    match t.kind {
        TokenKind::Punct(c @ (',' | '—' | '–' | '(')) => Some(c),
        TokenKind::Punct('-') if !t.glued => Some('-'),
        _ => None,
    }
}

/// How far an aside may run, in tokens.
const ASIDE: usize = 8;

/// `thousands, if not millions, of people`, `hundreds — perhaps thousands — of homes`,
/// `dozens (or more) of soldiers`: right after a vague number (`j` the token after it), an
/// aside that ends with a larger one (or is a bound) and closes right before `of`. The `of` token, and the
/// bound when the aside is one (`or more`).
pub fn aside_of(tokens: &[Token<'_>], n: &Num, j: usize) -> Option<(usize, Option<Qualifier>)> {
    if !n.vague || j != n.last + 1 {
        return None;
    }
    let of = |k: usize| {
        tokens.get(k).is_some_and(|t| t.is("of"))
            && tokens.get(k + 1).is_some_and(|t| t.is_word() && !t.glued)
    };
    // `thousands if not millions of people`: no marks around the larger number.
    if tokens.get(j).is_some_and(|t| t.is("if"))
        && tokens.get(j + 1).is_some_and(|t| t.is("not"))
        && let Some(m) = numbers::parse_at(tokens, j + 2).filter(|m| m.vague)
        && of(m.last + 1)
    {
        return Some((m.last + 1, None));
    }
    if let Some(open) = opener(tokens, j) {
        // The outer number: the aside from `j`, its close right before `of`.
        let close = closer(open);
        let Some(end) = (j + 2..=j + 1 + ASIDE).find(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| !t.is_word() && t.kind != TokenKind::Digits)
        }) else {
            return inner(tokens, n, j);
        };
        if !tokens[end].is_punct(close)
            || (close == '-' && tokens[end].glued)
            || !of(end + 1)
            || !(j + 1..end)
                .all(|k| tokens[k].is_word() && (!tokens[k].glued || (k == j + 1 && open == '(')))
        {
            // (The inner number: the aside closes right after it.)
            return inner(tokens, n, j);
        }
        // (A larger vague number inside, or a bound alone: `(or more)`.)
        let bound = qualifiers::after(tokens, j + 1)
            .filter(|q| q.last + 1 == end)
            .map(|q| q.qualifier);
        let larger = (j + 1..end)
            .any(|k| numbers::parse_at(tokens, k).is_some_and(|m| m.vague && m.last + 1 == end));
        return (bound.is_some() || larger).then_some((end + 1, bound));
    }
    inner(tokens, n, j)
}

/// `millions` in `thousands, if not millions, of people`: a vague number that an aside
/// ends with, opened after another vague number a few words before; the `of` token.
fn inner(tokens: &[Token<'_>], n: &Num, j: usize) -> Option<(usize, Option<Qualifier>)> {
    let c = match tokens.get(j)?.kind {
        TokenKind::Punct(c @ (',' | '—' | '–' | ')' | '-')) => c,
        _ => return None,
    };
    if !tokens.get(j + 1).is_some_and(|t| t.is("of"))
        || !tokens.get(j + 2).is_some_and(|t| t.is_word() && !t.glued)
        || (c == '-' && tokens[j].glued)
    {
        return None;
    }
    let open = if c == ')' { '(' } else { c };
    let o = (n.first.saturating_sub(ASIDE)..n.first)
        .rev()
        .find(|&k| !tokens[k].is_word())?;
    (o > 0
        && o < n.first
        && tokens[o].is_punct(open)
        && (open != '-' || !tokens[o].glued)
        && vague_word(&tokens[o - 1])
        && (o + 1..n.first)
            .all(|k| tokens[k].is_word() && (!tokens[k].glued || (k == o + 1 && open == '('))))
    .then_some((j + 1, None))
}

/// The first halves of compound nouns of measure written with a hyphen.
fn measure_first(w: &str) -> bool {
    matches!(
        w,
        "man"
            | "person"
            | "worker"
            | "staff"
            | "patient"
            | "passenger"
            | "vehicle"
            | "seat"
            | "bed"
            | "troop"
            | "kilowatt"
            | "megawatt"
            | "gigawatt"
            | "terawatt"
            | "watt"
            | "ampere"
            | "amp"
            | "light"
    )
}

/// `man-hours`, `person-days`, `kilowatt-hours`, `light-years`: a compound noun of measure
/// at `j` (its halves joined by a hyphen, the second a span of time); its key (`man-hour`)
/// and its last token.
pub fn hyphen_measure(tokens: &[Token<'_>], j: usize) -> Option<(String, usize)> {
    let a = tokens.get(j).filter(|t| t.is_word() && !t.glued)?;
    if !measure_first(a.lower.as_ref())
        || !tokens
            .get(j + 1)
            .is_some_and(|t| t.glued && t.is_punct('-'))
    {
        return None;
    }
    let b = tokens.get(j + 2).filter(|t| t.glued && t.is_word())?;
    if tokens
        .get(j + 3)
        .is_some_and(|t| t.glued && !matches!(t.kind, TokenKind::Punct('.' | ',' | ';' | ':')))
    {
        return None;
    }
    let one = match b.lower.as_ref() {
        "hour" | "hours" => "hour",
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "month" | "months" => "month",
        "year" | "years" => "year",
        "mile" | "miles" => "mile",
        "kilometer" | "kilometers" | "kilometre" | "kilometres" => "kilometer",
        "night" | "nights" => "night",
        _ => return None,
    };
    Some((format!("{}-{one}", a.lower), j + 2))
}

/// `dollars` in `billions of taxpayer dollars`, `millions of U.S. taxpayers' dollars`,
/// `billions of fully approved dollars`: a head noun at `at` that is a currency, or a
/// possessive before one; the currency and its token.
pub fn money_head(tokens: &[Token<'_>], at: usize) -> Option<(UnitMatch, usize)> {
    let money = |k: usize| {
        units::lookup(tokens, k).filter(|u| u.kind == UnitKind::Money && u.noun_from == 0)
    };
    if let Some(u) = money(at) {
        return Some((u, at));
    }
    // (`taxpayers' dollars`: the owner's apostrophe, then the currency.)
    let t = tokens.get(at)?;
    if t.is_word()
        && t.lower.ends_with('s')
        && tokens
            .get(at + 1)
            .is_some_and(|a| a.glued && (a.is_punct('\'') || a.is_punct('’')))
        && tokens.get(at + 2).is_some_and(|d| !d.glued)
    {
        return money(at + 2).map(|u| (u, at + 2));
    }
    None
}

/// `slashed by three-quarters to 6,000 rupees`, `cut by half to`: a fraction after `by`
/// is how much a value changed, and the figure after `to` the value it came to; no range.
pub fn change_by_fraction(tokens: &[Token<'_>], n: &Num) -> bool {
    n.in_words
        && !n.vague
        && n.value > 0.0
        && n.value < 1.0
        && n.first > 0
        && tokens[n.first - 1].is("by")
}
