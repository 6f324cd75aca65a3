//! School and university years (ar75, from hand judgements of Arabic dates): `العام
//! الدراسي` runs from September to June, across two calendar years, and the tool read
//! `هذا العام الدراسي` as the calendar year of the publication and `العام الدراسي
//! الماضي/المقبل/الحالي` not at all. Every look is a fixed few tokens around `العام`:
//! - `العام/السنة` + `الدراسي(ة)`/`الجامعي(ة)`/`الأكاديمي(ة)` + a word of last, this or next
//!   (`الماضي`, `المنصرم`, `السابق`, `الحالي`, `الجاري`, `المقبل`, `القادم`), and `هذا العام
//!   الدراسي` (`لهذا العام الدراسي الجديد`): a date claim of the school year's days, 1
//!   September to 30 June (`2015-09-01/2016-06-30`). A year written after it (`العام
//!   الدراسي الحالي 1436/1437هـ`) is left to the year readers;
//! - a bare `العام الماضي/المقبل/الحالي`, `هذا العام` with `العام/السنة` + a school word
//!   within [`WINDOW`] tokens of it in the same sentence (`… العام الماضي … طلاب العام
//!   الدراسي`): the school year too, with the span the year reader found. Only a school
//!   word after a year noun counts, not `الفصل الدراسي` or `التقويم الدراسي` alone.
//!
//! Which school year: the one running from September to June, and in July and August,
//! between two years, the one about to start is "this" and "next" one (articles in August
//! speak of the coming year as `العام الدراسي الحالي 1436/1437هـ`, `العام الدراسي المقبل`)
//! and the one just ended the "last" one.

use super::Ctx;
use super::dates;
use super::tokens::Token;
use crate::lang::Recognized;
use crate::model::{Kind, Value};
use jiff::civil::Date;

/// How many tokens either side of a bare `العام الماضي` a school year is looked for.
const WINDOW: usize = 12;

/// Keys of the words that make a year a school or university year.
const SCHOOL: &[&str] = &[
    "الدراسي",
    "الدراسيه",
    "الجامعي",
    "الجامعيه",
    "الاكاديمي",
    "الاكاديميه",
];

/// Keys of the words after a school year that say which: -1 last, 0 this, 1 next.
fn direction(key: &str) -> Option<i32> {
    match key {
        "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "الفائت" | "الفائته" | "السابق"
        | "السابقه" => Some(-1),
        "الحالي" | "الحاليه" | "الجاري" | "الجاريه" => Some(0),
        "المقبل" | "المقبله" | "القادم" | "القادمه" => Some(1),
        _ => None,
    }
}

/// `العام`/`السنة` with a proclitic (`للعام`, `والسنة`): the byte offset where the date's
/// text starts (after the proclitic; `للعام` keeps its second `ل`, the article's, as the
/// year reader does).
fn year_noun(t: &Token<'_>) -> Option<usize> {
    t.stems().find_map(|(p, s)| {
        let chars = match s {
            "العام" | "السنه" if matches!(p, "" | "و" | "ف" | "ب" | "ل" | "وب" | "ول" | "فب") => {
                p.chars().count()
            }
            "عام" | "سنه" if p.ends_with("لل") => p.chars().count() - 1,
            _ => return None,
        };
        Some(t.offset_after_key_chars(chars))
    })
}

/// `هذا` with a proclitic (`لهذا`, `وفي هذا` is two words): its start.
fn this(t: &Token<'_>) -> Option<usize> {
    t.stems()
        .find(|(p, s)| *s == "هذا" && matches!(*p, "" | "و" | "ف" | "ل" | "ول" | "ب" | "وب"))
        .map(|(p, _)| t.offset_after_key_chars(p.chars().count()))
}

fn school(t: Option<&Token<'_>>) -> bool {
    t.is_some_and(|t| SCHOOL.contains(&t.key.as_str()))
}

/// The first year of the school year `offset` years from the publication's (see the
/// module's doc).
fn first_year(publication: Date, offset: i32) -> i32 {
    let year = i32::from(publication.year());
    let month = publication.month();
    let current = if month >= 7 { year } else { year - 1 };
    // In the summer the next school year is the one about to start.
    if offset > 0 && matches!(month, 7 | 8) {
        current
    } else {
        current + offset
    }
}

/// The claim of the school year `offset` from the publication's, over `start..end`.
fn claim(
    ctx: &Ctx<'_, '_>,
    (first, last): (usize, usize),
    (start, end): (usize, usize),
    publication: Date,
    offset: i32,
) -> Option<(Recognized, usize)> {
    let y = first_year(publication, offset);
    let from = Date::new(i16::try_from(y).ok()?, 9, 1).ok()?;
    let to = Date::new(i16::try_from(y + 1).ok()?, 6, 30).ok()?;
    if !(crate::lang::storable_date(from) && crate::lang::storable_date(to)) {
        return None;
    }
    let mut r = Recognized::exact(
        ctx.index,
        start,
        end,
        Kind::Date,
        Value::Text(format!("{from}/{to}")),
    );
    r.low = Some(Value::Text(from.to_string()));
    r.high = Some(Value::Text(to.to_string()));
    r.subject = ctx.subject(first, last);
    Some((r, last + 1))
}

/// A school year starting at token `i` (see the module's doc), or `None`.
pub(super) fn school_year(
    ctx: &Ctx<'_, '_>,
    i: usize,
    publication: Option<Date>,
) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    // Every reading below starts at `العام`/`السنة`/`هذا` with a proclitic at most, and a
    // stem is the key's end: a cheap test spares the stems of every other token.
    let k = t.key.as_str();
    if !(k.ends_with("عام") || k.ends_with("سنه") || k.ends_with("هذا")) {
        return None;
    }
    let publication = publication?;
    let year_after = |k: usize| tokens.get(k).is_some_and(|t| t.number().is_some());
    // `العام الدراسي المقبل`.
    if let Some(start) = year_noun(t)
        && school(tokens.get(i + 1))
        && let Some(offset) = tokens.get(i + 2).and_then(|m| direction(&m.key))
    {
        if year_after(i + 3) {
            return None;
        }
        let end = tokens[i + 2].end;
        return claim(ctx, (i, i + 2), (start, end), publication, offset);
    }
    // `هذا العام الدراسي (الجديد)`.
    if let Some(start) = this(t)
        && tokens
            .get(i + 1)
            .is_some_and(|y| matches!(y.key.as_str(), "العام" | "السنه"))
        && school(tokens.get(i + 2))
    {
        if year_after(i + 3) {
            return None;
        }
        let last = match tokens.get(i + 3).map(|t| t.key.as_str()) {
            Some("الجديد" | "الجديده" | "الحالي" | "الحاليه" | "الجاري" | "الجاريه") => {
                i + 3
            }
            _ => i + 2,
        };
        return claim(ctx, (i, last), (start, tokens[last].end), publication, 0);
    }
    // A bare `العام الماضي`, `هذا العام` near a school year.
    if year_noun(t).is_none() && this(t).is_none() {
        return None;
    }
    let d = dates::parse_at(tokens, i, Some(publication))?;
    if d.grain != dates::Grain::Year || d.explicit || d.last != i + 1 {
        return None;
    }
    let offset = if this(t).is_some() {
        0
    } else {
        direction(&tokens[i + 1].key)?
    };
    if year_after(i + 2)
        || i.checked_sub(1)
            .is_some_and(|p| tokens[p].number().is_some())
    {
        return None;
    }
    let from = i.saturating_sub(WINDOW);
    let to = (i + 1 + WINDOW).min(tokens.len().saturating_sub(1));
    let near = (from..to)
        .filter(|&j| j != i)
        .any(|j| year_noun(&tokens[j]).is_some() && school(tokens.get(j + 1)));
    if !near {
        return None;
    }
    claim(
        ctx,
        (d.first, d.last),
        (d.start, d.end),
        publication,
        offset,
    )
}

/// The Hijri year `offset` years from the publication's: `شهر صفر من العام الماضي`,
/// `العاشر من محرم من العام الحالي`, `شعبان من العام المقبل`. A Hijri month's year is a
/// Hijri year: in Shawwal 1436 (August 2015) "this year's Muharram" is Muharram 1436
/// (October 2014), not the Muharram that falls in 2015 (1437, still to come).
pub(super) fn hijri_year(publication: Date, offset: i32) -> i32 {
    super::hijri::from_gregorian(publication).0 + offset
}

/// Keys of nouns before a month that make it a name, not a date of the publication's
/// year: a past event named by its month (`ثورة يناير`, `حرب أكتوبر 73`, `أحداث سبتمبر`,
/// `نصر أكتوبر`), and the wealth of Augustus (`ثروة أغسطس`). With a day the date reader
/// knows the event's year (`ثورة 25 يناير` is 2011-01-25, `أحداث 11 سبتمبر` 2001-09-11):
/// those stay.
const NAMED_BY_MONTH: &[&str] = &["ثوره", "حرب", "احداث", "نصر", "انتفاضه", "معركه", "ثروه"];

/// Whether the date `d`, a month without its year, follows a noun that makes it a name
/// ([`NAMED_BY_MONTH`]).
pub(super) fn named_after(tokens: &[Token<'_>], d: &dates::DateMatch) -> bool {
    if d.explicit || d.grain != dates::Grain::Month {
        return false;
    }
    // The other name of a month in brackets after a name (`حرب أكتوبر (تشرين الأول)`):
    // the noun before the first.
    let bracketed = d.first >= 3
        && dates::is_punct(tokens, d.first - 1, &['('])
        && tokens.get(d.first - 2).is_some_and(dates::is_month_name);
    let before = if bracketed { 3 } else { 1 };
    let Some(head) = d.first.checked_sub(before).and_then(|p| tokens.get(p)) else {
        return false;
    };
    // A month's name, not `الشهر الماضي`.
    let month_named = tokens
        .get(d.first..=d.last)
        .is_some_and(|ts| ts.iter().any(|t| dates::is_month_name(t)));
    month_named
        && head
            .stems()
            .any(|(p, s)| NAMED_BY_MONTH.contains(&s) && matches!(p, "" | "و" | "ل" | "ب"))
}

/// Keys of the words after `قبل` that make a weekday the one before last.
const PAST: &[&str] = &[
    "الماضي",
    "الماضيه",
    "المنصرم",
    "المنصرمه",
    "الفائت",
    "الفائته",
];

/// `السبت قبل الماضي`, `يوم الجمعة قبل الماضي`: the weekday of the week before the last
/// one (a week before `السبت الماضي`), where the date reader stopped at the weekday and read
/// the last one, or the day of publication. `d` is the date the reader found at the
/// weekday; the claim takes in `قبل الماضي`.
pub(super) fn before_last(
    ctx: &Ctx<'_, '_>,
    d: &dates::DateMatch,
    publication: Option<Date>,
) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    if d.grain != dates::Grain::Day || d.explicit {
        return None;
    }
    let weekday = dates::weekday_at(tokens, d.last)?;
    let (qabl, past) = (tokens.get(d.last + 1)?, tokens.get(d.last + 2)?);
    if qabl.key != "قبل" || !PAST.contains(&past.key.as_str()) {
        return None;
    }
    let publication = publication?;
    // The last such weekday strictly before the publication, then a week before it.
    let mut day = publication;
    for _ in 0..7 {
        day = day.yesterday().ok()?;
        if day.weekday() == weekday {
            break;
        }
    }
    let day = day.checked_sub(jiff::Span::new().days(7)).ok()?;
    if day.weekday() != weekday || !crate::lang::storable_date(day) {
        return None;
    }
    let last = d.last + 2;
    let value = Value::Text(day.to_string());
    let mut r = Recognized::exact(ctx.index, d.start, tokens[last].end, Kind::Date, value);
    r.subject = ctx.subject(d.first, last);
    Some((r, last + 1))
}
