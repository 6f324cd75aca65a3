//! Dates bounded by a preposition and ranges of dates, read over the date claims of a
//! sentence once they are found.
//!
//! - A bound: `before 2014` (less than its first day), `after 2010`, `later than May` (more
//!   than its last day), `by June`, `until March`, `by the end of 2015`, `no later than`
//!   (at most its last day), `no earlier than` (at least its first day). The qualifier
//!   joins the claim and the span takes the words in; `low`/`high` hold the open bound as
//!   a number qualifier's do. `since 2012` stays the date it names: what it dates started
//!   then.
//! - A range: `between 2010 and 2012`, `from 2001 through 2005`, `from March to May 2014`:
//!   the two dates are one claim from the first day of one to the last day of the other,
//!   an interval value (`2010-01-01/2012-12-31`) as the Arabic pack and `2008-10` give. A
//!   first date without its year takes the second's (`from March to May 2014`).

use jiff::civil::Date;

use super::Ctx;
use super::tokens::TokenKind;
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// The first and last day of a date claim's value: `2014`, `2014-05`, `2014-05-03` or an
/// interval `a/b`.
fn days(v: &Value) -> Option<(Date, Date)> {
    let Value::Text(t) = v else { return None };
    let one = |s: &str| -> Option<(Date, Date)> {
        let parts: Vec<&str> = s.split('-').collect();
        let n = |p: &str| p.parse::<i16>().ok();
        match parts.as_slice() {
            [y] => Some((Date::new(n(y)?, 1, 1).ok()?, Date::new(n(y)?, 12, 31).ok()?)),
            [y, m] => {
                let d = Date::new(n(y)?, i8::try_from(n(m)?).ok()?, 1).ok()?;
                Some((d, d.last_of_month()))
            }
            [y, m, d] => {
                let d =
                    Date::new(n(y)?, i8::try_from(n(m)?).ok()?, i8::try_from(n(d)?).ok()?).ok()?;
                Some((d, d))
            }
            _ => None,
        }
    };
    match t.split_once('/') {
        Some((a, b)) => Some((one(a)?.0, one(b)?.1)),
        None => one(t),
    }
}

/// The token that starts at byte `b` (or ends there, with `end`).
fn token_at(ctx: &Ctx<'_, '_>, b: usize, end: bool) -> Option<usize> {
    let tokens = ctx.tokens;
    if end {
        let k = tokens.partition_point(|t| t.end < b);
        (tokens.get(k)?.end == b).then_some(k)
    } else {
        let k = tokens.partition_point(|t| t.start < b);
        (tokens.get(k)?.start == b).then_some(k)
    }
}

/// Whether the tokens of a claim name a year in figures (`May 2014`, `2014`).
fn has_year(ctx: &Ctx<'_, '_>, first: usize, last: usize) -> bool {
    ctx.tokens[first..=last]
        .iter()
        .any(|t| t.kind == TokenKind::Digits && t.text.len() == 4)
}

fn text(d: Date) -> Value {
    Value::Text(format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()))
}

/// Ranges and bounds over the claims `out[from..]` of the sentence of `ctx`.
pub(super) fn apply(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    ranges(ctx, out, from);
    for r in out[from..].iter_mut() {
        bound(ctx, r);
    }
}

/// `between 2010 and 2012`, `from 2001 to 2005`: two date claims that follow each other
/// become one.
fn ranges(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let word = |k: usize| ctx.tokens.get(k).map_or("", |t| t.lower.as_ref());
    let mut j = from;
    while j + 1 < out.len() {
        let (a, b) = (&out[j], &out[j + 1]);
        let merged = (|| {
            if a.kind != Kind::Date
                || b.kind != Kind::Date
                || a.qualifier != Qualifier::Exact
                || b.qualifier != Qualifier::Exact
            {
                return None;
            }
            let (af, al) = (
                token_at(ctx, a.byte_start, false)?,
                token_at(ctx, a.byte_end, true)?,
            );
            let (bf, bl) = (
                token_at(ctx, b.byte_start, false)?,
                token_at(ctx, b.byte_end, true)?,
            );
            if af == 0 || bf != al + 2 {
                return None;
            }
            let opener = word(af - 1);
            let joint = word(al + 1);
            let fits = match opener {
                "between" => joint == "and",
                "from" => matches!(joint, "to" | "through" | "until" | "till" | "thru"),
                _ => false,
            };
            if !fits {
                return None;
            }
            let (mut a0, mut a1) = days(&a.value)?;
            let (b0, b1) = days(&b.value)?;
            // (en57: `from Saturday to Monday` runs on into the next week.)
            let (b0, b1) = super::en57::week_on(ctx.tokens, (af, al), (bf, bl), a0, (b0, b1));
            // `from March to May 2014`: the first takes the second's year.
            if !has_year(ctx, af, al) && has_year(ctx, bf, bl) && a0.year() != b1.year() {
                let shift = |d: Date, y: i16| d.with().year(y).build().ok();
                let mut y = b1.year();
                let (mut s0, mut s1) = (shift(a0, y)?, shift(a1, y)?);
                if s0 > b0 {
                    y -= 1;
                    (s0, s1) = (shift(a0, y)?, shift(a1, y)?);
                }
                // (A month's last day in the other year: `Feb. 29`.)
                if a1 == a1.last_of_month() {
                    s1 = s1.last_of_month();
                }
                (a0, a1) = (s0, s1);
            }
            if a0 >= b0 || a1 > b1 {
                return None;
            }
            let mut r = a.clone();
            r.byte_start = ctx.tokens[af - 1].start;
            r.byte_end = b.byte_end;
            r.value = Value::Text(format!(
                "{}/{}",
                match text(a0) {
                    Value::Text(s) => s,
                    _ => String::new(),
                },
                match text(b1) {
                    Value::Text(s) => s,
                    _ => String::new(),
                }
            ));
            r.low = Some(text(a0));
            r.high = Some(text(b1));
            r.subject = ctx.subjects.subject(af, bl);
            Some(r)
        })();
        if let Some(r) = merged {
            out[j] = r;
            out.remove(j + 1);
        }
        j += 1;
    }
}

/// Words right before a date that bound it, longest first, and the qualifier they give.
const BOUNDS: &[(&[&str], Qualifier)] = &[
    (&["no", "later", "than"], Qualifier::AtMost),
    (&["not", "later", "than"], Qualifier::AtMost),
    (&["no", "earlier", "than"], Qualifier::AtLeast),
    (&["not", "earlier", "than"], Qualifier::AtLeast),
    (&["by", "the", "end", "of"], Qualifier::AtMost),
    (&["before", "the", "end", "of"], Qualifier::AtMost),
    (&["until", "the", "end", "of"], Qualifier::AtMost),
    (&["through", "the", "end", "of"], Qualifier::AtMost),
    (&["by", "end", "of"], Qualifier::AtMost),
    (&["later", "than"], Qualifier::MoreThan),
    (&["earlier", "than"], Qualifier::LessThan),
    (&["prior", "to"], Qualifier::LessThan),
    (&["up", "until"], Qualifier::AtMost),
    (&["before"], Qualifier::LessThan),
    (&["after"], Qualifier::MoreThan),
    (&["by"], Qualifier::AtMost),
    (&["until"], Qualifier::AtMost),
    (&["till"], Qualifier::AtMost),
];

/// Words before `before` or `after` that make a date of it, not a bound (`the day after
/// Christmas`, `two weeks before`, `the night before`), or a bound of the other way (`not
/// until 2015`: no earlier).
const NOT_BOUND: &[&str] = &[
    "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "hour",
    "hours", "minute", "minutes", "decade", "decades", "morning", "evening", "eve", "the", "not",
];

/// How many tokens before `until` [`UNTIL_NOT`] words are looked for.
const UNTIL_LOOK: usize = 8;

/// Words before `until` that make it the time something happens: a negation, a delay.
const UNTIL_NOT: &[&str] = &[
    "not",
    "never",
    "no",
    "nothing",
    "wait",
    "waits",
    "waited",
    "waiting",
    "postponed",
    "postpone",
    "postpones",
    "delayed",
    "delay",
    "delays",
    "deferred",
    "defer",
    "adjourned",
    "put",
    "pushed",
    "off",
];

/// Nouns a year or day before them modifies (`by 2015 standards`, `after the 2014
/// elections`): the date is the noun's, no bound.
const MODIFIED: &[&str] = &[
    "standards",
    "levels",
    "level",
    "elections",
    "election",
    "figures",
    "data",
    "deadline",
    "agreement",
    "accords",
    "accord",
    "law",
    "war",
    "attacks",
    "attack",
    "invasion",
    "revolution",
    "uprising",
    "crisis",
    "census",
    "budget",
    "season",
    "campaign",
    "race",
    "vote",
    "referendum",
    "summit",
    "olympics",
    "games",
    "talks",
    "deal",
    "treaty",
    "s",
    "hopeful",
    "hopefuls",
    "candidate",
    "candidates",
    "presidential",
];

/// The qualifier of the words before the date claim `r`, when they bound it.
fn bound(ctx: &Ctx<'_, '_>, r: &mut Recognized) {
    if r.kind != Kind::Date || r.qualifier != Qualifier::Exact {
        return;
    }
    let Some(first) = token_at(ctx, r.byte_start, false) else {
        return;
    };
    let Some((d0, d1)) = days(&r.value) else {
        return;
    };
    let word = |k: usize| ctx.tokens.get(k).map_or("", |t| t.lower.as_ref());
    let Some(&(words, q)) = BOUNDS.iter().find(|(ws, _)| {
        first >= ws.len()
            && ws
                .iter()
                .enumerate()
                .all(|(n, w)| word(first - ws.len() + n) == *w)
    }) else {
        return;
    };
    let at = first - words.len();
    // (`not until 2015`, `the day after Christmas`: see [`NOT_BOUND`].)
    if at > 0 && NOT_BOUND.contains(&word(at - 1)) && words.len() == 1 {
        return;
    }
    // `did not return until 2013`, `was postponed until August 17`, `could wait until June`:
    // what happens then, not a deadline.
    if matches!(word(first - 1), "until" | "till")
        && (at.saturating_sub(UNTIL_LOOK)..at).any(|k| {
            let w = word(k);
            w.ends_with("n't") || w.ends_with("n’t") || UNTIL_NOT.contains(&w)
        })
    {
        return;
    }
    // (`after Friday prayers`, `after Easter recess`: the day's own rite or break.)
    if matches!(words, ["after" | "before"])
        && super::cues::rite_after(ctx.tokens, token_at(ctx, r.byte_end, true).unwrap_or(first))
    {
        return;
    }
    // (`by 2015 standards`, `after 2014 elections`: a year that modifies a noun.)
    if ctx
        .tokens
        .get(token_at(ctx, r.byte_end, true).unwrap_or(first) + 1)
        .is_some_and(|t| {
            t.is_punct('\'')
                || t.is_punct('’')
                || (t.kind == TokenKind::Word && MODIFIED.contains(&t.lower.as_ref()))
        })
    {
        return;
    }
    r.byte_start = ctx.tokens[at].start;
    r.qualifier = q;
    let (low, high) = match q {
        Qualifier::LessThan => (None, Some(text(d0))),
        Qualifier::AtMost => (None, Some(text(d1))),
        Qualifier::MoreThan => (Some(text(d1)), None),
        _ => (Some(text(d0)), None),
    };
    r.low = low;
    r.high = high;
}
