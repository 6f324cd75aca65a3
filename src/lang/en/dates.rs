//! Dates in English news, resolved against the article's publication date with the same
//! decisions as the Arabic reader (`src/lang/ar/dates.rs`, "Resolution").
//!
//! What is read:
//! - a month and a day, either order, with an optional weekday and year: `Aug. 8`,
//!   `August 8th`, `Sept. 22`, `8 August 2014`, `September 23, 2014`, `the 15th of
//!   February`, `4th of July`, `march third 2015`, `Monday, Feb 18`, `Jul 18, Fri`, `Feb13`,
//!   `14april 2015`;
//! - a month with a year (`August 2014`), or alone after a preposition or a modifier (`in
//!   August`, `last March`); a third of a month (`early`, `mid-`, `late` August: days 1–10,
//!   11–20, 21 to the end, as the Arabic reader counts them);
//! - numeric dates, month first as American news writes them: `10/31/1974`, `3/3/15`,
//!   `10-31-74`, `10.31.1974`, ISO `2015-03-03`, `31/Oct/1974`; a month and day `2/15` only
//!   with a publication date;
//! - `today`, `tonight`, `yesterday`, `tomorrow`, `last night`, `the day before yesterday`,
//!   `the day after tomorrow`;
//! - weekdays: `on Wednesday` (the most recent, the publication day included), `last
//!   Tuesday`, `next Monday` (in the next week), `this Monday` and `Monday of this week` (in
//!   the publication's week), `Wednesday of next week`, `Friday after next`, `Tuesday the
//!   19th`; weeks run Monday to Sunday, as in English calendars and Duckling;
//! - `last`/`this`/`next` `week`, `month`, `year`; `earlier this month`, `later this year`;
//! - `three weeks ago`, `a week ago`, `2 Thursdays ago` (days), `three months ago` (the
//!   month), `two years ago` (the year); `three weeks from now`, `a week hence`, `3 years
//!   from today` (the day);
//! - `the first Monday of March`, `last Sunday of March 2014`, `third Tuesday of
//!   September 2014`, `first Monday of last month`, `third day of October`, `last day of
//!   October 2015`, `20th of next month`, `on the 15th`;
//! - holidays of the news calendars: Christmas, New Year, Easter and the feasts that hang on
//!   it (Western and Orthodox), Thanksgiving, Martin Luther King Day, Memorial, Labor and
//!   Veterans Day, Halloween, the Islamic feasts by the Umm al-Qura calendar (Ramadan, Eid
//!   al-Fitr, Eid al-Adha, the Islamic New Year, Ashura, the Mawlid, Laylat al-Qadr, Isra and
//!   Mi'raj), the single-day Hebrew feasts by their day (Yom Kippur, Purim, Tisha B'Av …,
//!   `lunisolar.rs`), the Chinese New Year, the Hindu, Sikh and Buddhist feasts of the
//!   lunisolar and solar calendars, computed from the sun and moon (Diwali, Holi, Dussehra,
//!   Makar Sankranti and Pongal, Onam, Buddha Purnima, Guru Ravidas Jayanti …, `hindu.rs`),
//!   and a few fixed days (Valentine's, St Patrick's, King's Day, Boss's Day);
//! - a day counted from a day: `three days after Easter`, `two weeks before Nov. 20`, `a
//!   year from Christmas`, `ten years after 9/11`.
//!
//! # Resolution
//!
//! As in Arabic news: a day and month without a year is the coming one when it falls within
//! [`AHEAD_DAYS`] (90) days after the publication, otherwise the most recent one on or
//! before it; a month alone is the publication's month, the next one, or the most recent
//! one before; a bare weekday is the most recent such day. `last`/`past`/`previous` force a
//! date strictly before, `next`/`coming` strictly after. A weekday written with a date
//! chooses between readings (`Fri, Jul 18` in 2013 is 18 July 2014).
//!
//! Not read: times of day, ranges of dates, `in three years` (a duration as often as a
//! date), the Hebrew feasts of several days (Passover, Hanukkah), seasons, decades.

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::hindu::{self, HinduFeast};
use super::lunisolar::{self, HebrewFeast};
use super::numbers;
use super::tokens::{Token, TokenKind};
use crate::lang::{FastMap, storable_date};

// The Umm al-Qura calendar of the Arabic pack, for the Islamic feasts. (It belongs in
// `src/lang/`, shared by both packs; until the Arabic pack moves it there, this file reads
// it where it stands.)
#[allow(dead_code, clippy::duplicate_mod)]
#[path = "../ar/hijri.rs"]
mod hijri;

/// Whether a token can start a date at all, asked before the parser.
pub(super) mod gate;
pub use gate::Gate;

/// A day and month without a year is the coming one up to this many days ahead.
pub const AHEAD_DAYS: i64 = 90;

/// A bare day in a story told in an earlier year is read in it from this many days before
/// the story's date to [`STORY_AFTER`] days after it.
const STORY_BEFORE: i64 = 31;
const STORY_AFTER: i64 = 92;

/// How much of the calendar a date names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grain {
    Day,
    /// Seven days, Monday to Sunday.
    Week,
    Month,
    Year,
    /// Days that are no calendar unit (`mid-August`).
    Span,
}

/// A date found at a token position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Token indices, inclusive.
    pub first: usize,
    pub last: usize,
    /// The first day it names, and the last.
    pub date: Date,
    pub last_day: Date,
    pub grain: Grain,
}

impl DateMatch {
    /// The ISO value: a day, a month, a year, or an interval of days.
    pub fn iso(&self) -> String {
        let d = self.date;
        match self.grain {
            Grain::Day => iso_day(d),
            Grain::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Grain::Year => format!("{:04}", d.year()),
            Grain::Week | Grain::Span => format!("{}/{}", iso_day(d), iso_day(self.last_day)),
        }
    }
}

fn iso_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];
const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];
/// Whether `lower` is the name of a day of the week, in lower case.
pub(crate) fn is_weekday(lower: &str) -> bool {
    weekday_named(lower).is_some()
}
/// The day of the week whose full name is `lower` (lower case).
pub(super) fn weekday_named(lower: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| *n == lower).map(|&(_, w)| w)
}
const WEEKDAY_ABBREVIATIONS: &[(&str, Weekday)] = &[
    ("Mon", Weekday::Monday),
    ("Tue", Weekday::Tuesday),
    ("Tues", Weekday::Tuesday),
    ("Wed", Weekday::Wednesday),
    ("Thu", Weekday::Thursday),
    ("Thur", Weekday::Thursday),
    ("Thurs", Weekday::Thursday),
    ("Fri", Weekday::Friday),
    ("Sat", Weekday::Saturday),
    ("Sun", Weekday::Sunday),
];

/// The weekdays' names and abbreviations in lower case, for [`super::lex::WEEKDAY`]: the
/// words [`Parser::weekday`] can read (made once, when the lexicon is built).
pub(super) fn weekday_words() -> Vec<&'static str> {
    WEEKDAYS
        .iter()
        .map(|(w, _)| *w)
        .chain(
            WEEKDAY_ABBREVIATIONS
                .iter()
                .map(|(a, _)| &*Box::leak(a.to_ascii_lowercase().into_boxed_str())),
        )
        .collect()
}

/// A function word of the stop list that can still be what a figure counts (`the second
/// day`, `20 percent`): after a day of the month it makes the figure no date.
pub fn is_measure(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "percent"
            | "per"
            | "cent"
            | "anniversary"
    )
}

/// Whether the word `t` could be what a figure before it counts or ranks: no function word
/// of the stop list, or a measure (`day`, `percent`).
pub(super) fn noun_after(t: &Token<'_>) -> bool {
    t.is_word() && (!super::subject::is_stopword(t.lower.as_ref()) || is_measure(t.lower.as_ref()))
}

/// Whether a lower-case word is a month's name or abbreviation (`march`, `sept`).
/// A month's or a weekday's full name (lower case): no person's name, no thing's name.
pub(super) fn month_or_weekday(w: &str) -> bool {
    MONTHS.contains(&w) || weekday_named(w).is_some()
}

pub(super) fn month_word(w: &str) -> bool {
    MONTHS.contains(&w) || MONTH_ABBREVIATIONS.iter().any(|(a, _)| *a == w)
}

/// Words that can start a date (lower case).
pub fn start_words() -> impl Iterator<Item = &'static str> {
    MONTHS
        .iter()
        .copied()
        .chain(MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w))
        .chain(WEEKDAYS.iter().map(|(w, _)| *w))
        .chain(WEEKDAY_ABBREVIATIONS.iter().map(|(w, _)| *w))
        .chain(["mon", "tue", "tues", "thu", "thur", "thurs", "fri"])
        .chain(
            HOLIDAYS
                .iter()
                .map(|(names, _)| names.split([' ', '|']).next().unwrap_or("")),
        )
        .chain(
            HOLIDAYS
                .iter()
                .flat_map(|(names, _)| names.split('|').filter_map(|n| n.split(' ').next())),
        )
        .chain([
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "tomorrows",
            "the",
            "last",
            "next",
            "this",
            "past",
            "coming",
            "previous",
            "on",
            "early",
            "mid",
            "late",
            "earlier",
            "later",
            "a",
            "an",
            "in",
            "since",
            "until",
            "by",
            "during",
            "from",
            "through",
            "of",
            "before",
            "after",
        ])
}

/// Direction a modifier gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    /// The window rule (no modifier).
    Near,
    /// Strictly before the publication.
    Past,
    /// Strictly after.
    Future,
    /// The publication's week, month or year.
    This,
}

struct Parser<'a, 't> {
    tokens: &'a [Token<'t>],
    reference: Date,
    /// Whether the reference is a publication date (a bare `2/15` is a date only then; in
    /// an undated text it is a fraction).
    dated: bool,
    /// Whether the article tells of its publication day in the past (`the crowds went on
    /// Monday` in a Monday paper): it was written that day, not the day before.
    same_day: bool,
    /// A day named with its weekday in this or one of the two sentences before
    /// (`Tuesday, September 17` heading a gallery's caption), when it lies in another year
    /// than a bare day would be read in or after the publication: a bare `September 15` or
    /// `Tuesday` next to it is read by it.
    anchor: Option<Date>,
    /// The days of a date of a story told in an earlier year than the publication's (`On
    /// July 4, 2009, …` a few sentences before): a bare `August 18` near them is read in
    /// their year (the reference date of a narrative, see `mod.rs`).
    narrative: Option<(Date, Date)>,
    /// The sentence before: `after Sept. 11` is the 2001 attacks when it tells of them
    /// (see [`sept11_cue`]).
    previous: &'a [Token<'t>],
}

/// The attack on the U.S. consulate in Benghazi.
const BENGHAZI: Date = Date::constant(2012, 9, 11);

/// Which September 11 a sentence's words tell of: `Some(true)` the 2001 attacks (`a
/// decade`, `years after`, `War on Terror`, `al Qaeda`, `Twin Towers`, `World Trade
/// Center`, `Pentagon`, `hijackers`, `2001`), `Some(false)` the 2012 Benghazi attack
/// (`Benghazi`, `Stevens`, `consulate`, `2012`; it wins over the other), `None` neither.
fn sept11_cue(tokens: &[Token<'_>]) -> Option<bool> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map_or("", |t| t.lower.as_ref())
    };
    let mut attacks = false;
    for (k, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Digits if t.text == "2012" => return Some(false),
            TokenKind::Digits => attacks |= t.text == "2001",
            TokenKind::Word => match t.lower.as_ref() {
                "benghazi" | "stevens" | "consulate" => return Some(false),
                "decade" | "decades" | "pentagon" | "qaeda" | "qaida" => attacks = true,
                "years" => attacks |= word(k + 1) == "after",
                "war" => {
                    attacks |= word(k + 1) == "on" && word(k + 2).starts_with("terror");
                }
                "twin" => attacks |= word(k + 1) == "towers",
                "world" => attacks |= word(k + 1) == "trade" && word(k + 2) == "center",
                w => attacks |= w.starts_with("hijack"),
            },
            TokenKind::Punct(_) => {}
        }
    }
    attacks.then_some(true)
}

/// The date at token `i`, resolved against `publication`. Without a publication date only
/// dates that name their year resolve.
pub fn parse_at(
    tokens: &[Token<'_>],
    i: usize,
    publication: Option<Date>,
    same_day: bool,
    anchor: Option<Date>,
    narrative: Option<(Date, Date)>,
    previous: &[Token<'_>],
) -> Option<DateMatch> {
    let reference = publication.unwrap_or(Date::constant(2000, 1, 1));
    let p = Parser {
        tokens,
        reference,
        dated: publication.is_some(),
        same_day,
        anchor,
        narrative,
        previous,
    };
    let (m, needs_reference) = p.read(i)?;
    let storable = storable_date(m.date) && storable_date(m.last_day);
    (storable && (publication.is_some() || !needs_reference)).then(|| p.day_range(m))
}

/// The last token of a date at `i` that needs a publication date to resolve (`Sept. 22`,
/// `on Wednesday`), for a text without one: its words are no numbers either.
pub fn extent_at(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = Parser::undated(tokens);
    // (Nor the last day of its range: `Sept. 2-3`.)
    p.read(i)
        .and_then(|(m, needs)| needs.then_some(m.last))
        .map(|last| p.dash_day_after(last).unwrap_or(last))
}

/// The day a sentence names as `<weekday>, <month> <day>` without a year, when its
/// weekday puts it in another year than a bare `<month> <day>` would be read in, or after
/// the publication (a photo gallery updated later): see `Parser::anchor`.
pub fn anchor_in(tokens: &[Token<'_>], publication: Option<Date>) -> Option<Date> {
    let reference = publication?;
    let p = Parser {
        tokens,
        reference,
        dated: true,
        same_day: false,
        anchor: None,
        narrative: None,
        previous: &[],
    };
    let mut found = None;
    for (k, t) in tokens.iter().enumerate() {
        // What `weekday` asks first, without its call for each token (few are day names).
        if t.lex & super::lex::WEEKDAY == 0 {
            continue;
        }
        let Some((wd, wlast)) = p.weekday(k) else {
            continue;
        };
        let j = if p.punct(wlast + 1, ',') {
            wlast + 2
        } else {
            wlast + 1
        };
        let Some((m, mlast, _)) = p.month(j) else {
            continue;
        };
        let Some((d, dlast)) = p.day_of_month(mlast + 1) else {
            continue;
        };
        if p.year_after(dlast, false).is_some() {
            continue;
        }
        if let (Some(a), Some(n)) = (
            p.resolve_md(m, d, Dir::Near, Some(wd)),
            p.resolve_md(m, d, Dir::Near, None),
        ) && (a.year() != n.year() || days_between(reference, a) > 7)
        {
            found = Some(a);
        }
    }
    found
}

/// Whether an article (its sentences' tokens) tells of its publication day in the past:
/// `said Monday`, `went up on Monday` in a Monday paper. Such an article was written on
/// the day it is dated, so a plan for the day before is the next week's (`he will be
/// buried Sunday` in it is six days ahead).
pub fn written_on_publication_day(sentences: &[&[Token<'_>]], publication: Option<Date>) -> bool {
    let Some(reference) = publication else {
        return false;
    };
    let Some((name, _)) = WEEKDAYS.iter().find(|(_, w)| *w == reference.weekday()) else {
        return false;
    };
    sentences.iter().any(|tokens| {
        let p = Parser {
            tokens,
            reference,
            dated: true,
            same_day: false,
            anchor: None,
            narrative: None,
            previous: &[],
        };
        (1..tokens.len()).any(|k| {
            tokens[k].capitalized() && tokens[k].lower == *name && {
                let v = if p.word(k - 1) == "on" {
                    k.checked_sub(2)
                } else {
                    Some(k - 1)
                };
                v.is_some_and(|v| p.past_verb(v))
            }
        })
    })
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

fn days_between(a: Date, b: Date) -> i64 {
    b.since(a).map_or(0, |s| i64::from(s.get_days()))
}

fn monday_of(d: Date) -> Date {
    let back = i64::from(d.weekday().to_monday_zero_offset());
    add_days(d, -back).unwrap_or(d)
}

fn month_first(year: i16, month: u8) -> Option<Date> {
    Date::new(year, i8::try_from(month).ok()?, 1).ok()
}

fn day(year: i16, month: u8, d: u8) -> Option<Date> {
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(d).ok()?).ok()
}

fn two_digit_year(yy: i16, reference: Date) -> i16 {
    let pivot = (reference.year() % 100 + 10) % 100;
    let century = reference.year() - reference.year() % 100;
    if yy <= pivot {
        century + yy
    } else {
        century - 100 + yy
    }
}

impl<'a, 't> Parser<'a, 't> {
    /// A parser for a text without a publication date: only its readers of names, which
    /// read the tokens alone, are asked.
    fn undated(tokens: &'a [Token<'t>]) -> Self {
        Parser {
            tokens,
            reference: Date::constant(2000, 1, 1),
            dated: false,
            same_day: false,
            anchor: None,
            narrative: None,
            previous: &[],
        }
    }
}

impl<'t> Parser<'_, 't> {
    fn t(&self, k: usize) -> Option<&Token<'t>> {
        self.tokens.get(k)
    }

    fn word(&self, k: usize) -> &str {
        self.t(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map_or("", |t| t.lower.as_ref())
    }

    fn punct(&self, k: usize, c: char) -> bool {
        self.t(k).is_some_and(|t| t.is_punct(c))
    }

    fn glued(&self, k: usize) -> bool {
        self.t(k).is_some_and(|t| t.glued)
    }

    fn digits(&self, k: usize) -> Option<&'t str> {
        self.t(k)
            .filter(|t| t.kind == TokenKind::Digits)
            .map(|t| t.text)
    }

    /// Whether token `k` goes on with the figures before it (a glued word, digits, or a
    /// separator before more digits): then they are no date.
    fn runs_on(&self, k: usize) -> bool {
        let Some(t) = self.t(k).filter(|t| t.glued) else {
            return false;
        };
        match t.kind {
            TokenKind::Word | TokenKind::Digits => true,
            TokenKind::Punct('/' | '-' | '.' | ',' | ':') => self
                .t(k + 1)
                .is_some_and(|n| n.glued && n.kind == TokenKind::Digits),
            TokenKind::Punct(_) => false,
        }
    }

    /// A month name at `k`: the month, its last token (a full stop after an abbreviation
    /// included) and whether it can stand alone (full names in capitals but `March` and
    /// `May`, and abbreviations with their full stop).
    fn month(&self, k: usize) -> Option<(u8, usize, bool)> {
        let t = self.t(k).filter(|t| t.kind == TokenKind::Word)?;
        let w = t.lower.as_ref();
        if let Some(m) = MONTHS.iter().position(|n| *n == w) {
            let strong = t.capitalized() && !matches!(w, "march" | "may");
            return (!self.hyphenated_name(k)).then_some((m as u8 + 1, k, strong));
        }
        let &(_, m) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| *a == w)?;
        if self.hyphenated_name(k) {
            return None;
        }
        if self.punct(k + 1, '.') && self.glued(k + 1) {
            Some((m, k + 1, t.capitalized()))
        } else {
            Some((m, k, false))
        }
    }

    /// `Mar-a-Lago`: a capitalized word at `k` opening a name of words joined by hyphens, a
    /// small word in lower case and a capitalized one (not `mid-March`, `March-to-April`).
    fn hyphenated_name(&self, k: usize) -> bool {
        let glued_word = |n: usize| self.glued(n) && self.t(n).is_some_and(|t| t.is_word());
        self.t(k).is_some_and(|t| t.capitalized())
            && self.punct(k + 1, '-')
            && self.glued(k + 1)
            && glued_word(k + 2)
            && self.t(k + 2).is_some_and(|t| !t.capitalized())
            && self.punct(k + 3, '-')
            && self.glued(k + 3)
            && glued_word(k + 4)
            && self.t(k + 4).is_some_and(|t| t.capitalized())
            && self.month(k + 4).is_none()
    }

    /// A weekday at `k`: full names (`Wednesday`, `wednesday`), or a capitalized
    /// abbreviation (`Wed.`, `Thu`); the weekday and last token.
    fn weekday(&self, k: usize) -> Option<(Weekday, usize)> {
        let t = self.t(k).filter(|t| t.kind == TokenKind::Word)?;
        // Every name and abbreviation below is in the lexicon in lower case: most words are
        // turned away by its bit, before the lists are read (`anchor_in` tests the bit
        // itself before calling this for every token of a sentence).
        if t.lex & super::lex::WEEKDAY == 0 {
            return None;
        }
        if let Some(&(_, wd)) = WEEKDAYS.iter().find(|(n, _)| *n == t.lower) {
            return Some((wd, k));
        }
        // Capitalized; in lower case too where the word is no other word (`thu`, `fri`, not
        // `sat`, `sun`, `wed`).
        let &(_, wd) = WEEKDAY_ABBREVIATIONS.iter().find(|(a, _)| {
            *a == t.text
                || (t.lower.eq_ignore_ascii_case(a) && !matches!(*a, "Sat" | "Sun" | "Wed"))
        })?;
        // `Sat`, `Sun`, `Wed` are words too (`under the Sun`, `The Sun`): a day only with a
        // period (`Sun.`) or a date beside (`Sun, 14 Apr`, `Wed Jan 2`), never after `the`.
        let word_too = matches!(t.text, "Sat" | "Sun" | "Wed");
        if word_too && k > 0 && matches!(self.word(k - 1), "the" | "of" | "a") {
            return None;
        }
        if self.punct(k + 1, '.') && self.glued(k + 1) {
            Some((wd, k + 1))
        } else if word_too {
            let n = if self.punct(k + 1, ',') { k + 2 } else { k + 1 };
            (self.month(n).is_some() || self.day_of_month(n).is_some()).then_some((wd, k))
        } else {
            Some((wd, k))
        }
    }

    /// A day of the month at `k`: `8`, `8th`, `twenty-third`; value and last token.
    fn day_of_month(&self, k: usize) -> Option<(u8, usize)> {
        let t = self.t(k)?;
        if t.kind == TokenKind::Digits {
            if t.text.len() > 2 {
                return None;
            }
            let d: u8 = t.text.parse().ok()?;
            if !(1..=31).contains(&d) {
                return None;
            }
            let mut last = k;
            if let Some(s) = self
                .t(k + 1)
                .filter(|s| s.glued && s.kind == TokenKind::Word)
            {
                if matches!(s.lower.as_ref(), "st" | "nd" | "rd" | "th") {
                    last = k + 1;
                } else {
                    return None;
                }
            }
            if self
                .t(last + 1)
                .is_some_and(|n| n.glued && n.kind == TokenKind::Digits)
            {
                return None;
            }
            return Some((d, last));
        }
        let o = numbers::ordinal_at(self.tokens, k)?;
        (o.value.fract() == 0.0 && (1.0..=31.0).contains(&o.value))
            .then_some((o.value as u8, o.last))
    }

    /// A year at `k`: four digits, or a number in words from 1900 to 2100 (`two thousand
    /// ten`).
    fn year(&self, k: usize) -> Option<(i16, usize)> {
        // `April ’75`, `June of ‘13`.
        if let Some((yy, last)) = super::cues::apostrophe_year(self.tokens, k) {
            return Some((two_digit_year(yy, self.reference), last));
        }
        let t = self.t(k)?;
        if t.kind == TokenKind::Digits {
            if t.text.len() != 4 || self.runs_on(k + 1) {
                return None;
            }
            let y: i16 = t.text.parse().ok()?;
            return (1000..=2999).contains(&y).then_some((y, k));
        }
        if t.kind != TokenKind::Word || !numbers::is_number_word(t) {
            return None;
        }
        let n = numbers::parse_at(self.tokens, k)?;
        (n.in_words && n.value.fract() == 0.0 && (1900.0..=2100.0).contains(&n.value))
            .then_some((n.value as i16, n.last))
    }

    /// After a month ending at `mlast`: `of this year`, `of last year`, `of next year` (the
    /// year and its last token: `year`), or `and March of this year`, `to November of last
    /// year` (the year and the month's own last token).
    fn of_relative_year(&self, mlast: usize) -> Option<(i16, usize)> {
        if let Some(found) = self.year_of_relative(mlast + 1) {
            return Some(found);
        }
        if matches!(
            self.word(mlast + 1),
            "and" | "to" | "through" | "or" | "until"
        ) && let Some((_, m2last, _)) = self.month(mlast + 2)
            && let Some((y, _)) = self.year_of_relative(m2last + 1)
        {
            return Some((y, mlast));
        }
        None
    }

    /// A year after a month and a comma: `July, 1944`, `In January, 2012,` (the year and its
    /// last token); not a round figure before a word, a count (`In March, 2000 people`).
    fn comma_year(&self, mlast: usize) -> Option<(i16, usize)> {
        if !self.punct(mlast + 1, ',') {
            return None;
        }
        let (y, ylast) = self.year(mlast + 2)?;
        if self
            .t(mlast + 2)
            .is_some_and(|t| t.kind != TokenKind::Digits)
            || (y % 100 == 0 && self.t(ylast + 1).is_some_and(|t| t.is_word()))
        {
            return None;
        }
        Some((y, ylast))
    }

    /// `Feb, 28, 2020`, `Saturday, May, 27, 2017` in a caption: a day after a stray comma
    /// behind the capitalized month at `i` (ending at `mlast`), when a comma and a
    /// four-digit year follow it (the day and its last token).
    fn stray_comma_day(&self, i: usize, mlast: usize) -> Option<(u8, usize)> {
        if !self.punct(mlast + 1, ',') || !self.t(i).is_some_and(|t| t.capitalized()) {
            return None;
        }
        let (d, dlast) = self.day_of_month(mlast + 2)?;
        (self.digits(mlast + 2).is_some()
            && self.punct(dlast + 1, ',')
            && self.digits(dlast + 2).is_some_and(|y| y.len() == 4)
            && self.year(dlast + 2).is_some())
        .then_some((d, dlast))
    }

    /// `last year`, `this year`, `next year` right after a day and month (`on Nov. 13 last
    /// year`, `14 July last year`): the year and its last token (not `last year's`, nor
    /// `last year-round`).
    fn relative_year_after(&self, last: usize) -> Option<(i16, usize)> {
        let shift = match self.word(last + 1) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        if self.t(last + 2).is_none_or(|t| t.text != "year")
            || self.t(last + 3).is_some_and(|t| {
                t.glued && (t.is_punct('-') || t.is_word() || t.text.starts_with(['\'', '’']))
            })
        {
            return None;
        }
        Some((self.reference.year() + shift, last + 2))
    }

    /// `of this year`, `of last year`, `of next year` at `k`: the year and last token.
    fn year_of_relative(&self, k: usize) -> Option<(i16, usize)> {
        if self.word(k) != "of" || self.word(k + 2) != "year" {
            return None;
        }
        let shift = match self.word(k + 1) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            // `since September 2017 or … since November of that year`: the year the
            // sentence named last before it.
            "that" => {
                return (0..k).rev().find_map(|x| {
                    self.t(x)
                        .filter(|t| t.kind == TokenKind::Digits && t.text.len() == 4)
                        .and_then(|_| self.year(x))
                        .map(|(y, _)| (y, k + 2))
                });
            }
            _ => return None,
        };
        Some((self.reference.year() + shift, k + 2))
    }

    /// A year after a day and month, written after a comma or not: `, 2014`, ` 2014`, and
    /// two digits after a month name (`14th April 15`).
    fn year_after(&self, last: usize, two_digits: bool) -> Option<(i16, usize)> {
        let k = if self.punct(last + 1, ',') {
            last + 2
        } else {
            last + 1
        };
        if let Some(y) = self.year(k) {
            return Some(y);
        }
        // `September 11, 2012.102`: a footnote's number glued to the year (the footnote is
        // no claim either).
        if k == last + 2
            && let Some(y) = self
                .digits(k)
                .filter(|d| d.len() == 4)
                .and_then(|d| d.parse::<i16>().ok())
                .filter(|y| (1900..=2100).contains(y))
            && self.punct(k + 1, '.')
            && self.t(k + 1).is_some_and(|t| t.glued)
            && self.digits(k + 2).is_some_and(|d| d.len() <= 3)
            && self.t(k + 2).is_some_and(|t| t.glued)
            && !self.t(k + 3).is_some_and(|t| t.glued)
        {
            return Some((y, k));
        }
        if two_digits
            && k == last + 1
            && let Some(d) = self.digits(k)
            && d.len() == 2
            && !self
                .t(k + 1)
                .is_some_and(|n| n.is_word() || n.kind == TokenKind::Digits)
        {
            let yy: i16 = d.parse().ok()?;
            return Some((two_digit_year(yy, self.reference), k));
        }
        None
    }

    /// Reads the date at `i`: the match and whether it needs the publication date.
    fn read(&self, i: usize) -> Option<(DateMatch, bool)> {
        if let Some(found) = self.named(i) {
            return Some(found);
        }
        let t = self.t(i)?;
        match t.kind {
            TokenKind::Digits => self
                .numeric(i)
                .or_else(|| self.day_first(i))
                .or_else(|| self.ago(i)),
            TokenKind::Word => self.at_word(i),
            TokenKind::Punct(_) => None,
        }
    }

    fn day_match(first: usize, last: usize, d: Date) -> DateMatch {
        DateMatch {
            first,
            last,
            date: d,
            last_day: d,
            grain: Grain::Day,
        }
    }

    fn month_match(first: usize, last: usize, d: Date) -> DateMatch {
        DateMatch {
            first,
            last,
            date: d,
            last_day: d.last_of_month(),
            grain: Grain::Month,
        }
    }

    fn at_word(&self, i: usize) -> Option<(DateMatch, bool)> {
        let w = self.word(i);
        let r = self.reference;
        let rel = |first: usize, last: usize, n: i64| {
            add_days(r, n).map(|d| (Self::day_match(first, last, d), true))
        };
        match w {
            // `USA Today`, the `Today` show: a name inside a sentence.
            "today" if i > 0 && self.t(i).is_some_and(|t| t.capitalized()) => return None,
            // `Sign up today to receive …`: a web page's call, not a date.
            "today" if i > 0 && matches!(self.word(i - 1), "up" | "subscribe" | "now") => {
                return None;
            }
            // `the leaders of tomorrow`, `the wars of today.`: the future or the present
            // as a time of things, not a day.
            "today" | "tomorrow"
                if i >= 3
                    && self.word(i - 1) == "of"
                    && self.word(i - 2).len() > 3
                    && self.word(i - 2).ends_with('s')
                    && self.word(i - 3) == "the"
                    && self
                        .t(i + 1)
                        .is_none_or(|t| matches!(t.kind, TokenKind::Punct(_))) =>
            {
                return None;
            }
            // `tonight, tomorrow and on Election Day`, `today, tomorrow, 10 years from now`:
            // day words listed with a comma between them are a figure of speech; so is
            // `today or tomorrow` (any time now: `whether war breaks out today or
            // tomorrow`; not `today and tomorrow`, two days of a plan).
            "today" | "tonight" | "tomorrow"
                if (i >= 2
                    && (self.punct(i - 1, ',') || self.word(i - 1) == "or")
                    && matches!(self.word(i - 2), "today" | "tonight" | "tomorrow"))
                    || ((self.punct(i + 1, ',') || self.word(i + 1) == "or")
                        && matches!(self.word(i + 2), "today" | "tonight" | "tomorrow")) =>
            {
                return None;
            }
            // `still occurs today`, `is still used today`, `exists today`, `may sound
            // foolish today`: the present in general, not the day (not `still fighting
            // today`, an action of the day).
            "today" if self.generic_today(i) => return None,
            "today" | "tonight" | "tomorrow" if self.hypothetical_day(i) => return None,
            "today" | "tonight" => return rel(i, i, 0),
            "yesterday" => return rel(i, i, -1),
            "tomorrow" | "tomorrows" => return rel(i, i, 1),
            "the" if self.word(i + 1) == "day" => {
                return match (self.word(i + 2), self.word(i + 3)) {
                    ("before", "yesterday") => rel(i, i + 3, -2),
                    ("after", "tomorrow") => rel(i, i + 3, 2),
                    _ => None,
                };
            }
            "last" if self.word(i + 1) == "night" => return rel(i, i + 1, -1),
            "this" if matches!(self.word(i + 1), "morning" | "afternoon" | "evening") => {
                return rel(i, i + 1, 0);
            }
            _ => {}
        }
        if let Some(found) = self.holiday(i, Dir::Near) {
            return Some(found);
        }
        match w {
            "last" => {
                return self
                    .nth_weekday(i, i)
                    .or_else(|| self.modified(i, Dir::Past));
            }
            "past" | "previous" => return self.modified(i, Dir::Past),
            "next" | "coming" => return self.modified(i, Dir::Future),
            "this" => return self.modified(i, Dir::This),
            "on" => {
                // `on Wednesday` (the span takes `on`), `on the 15th`, `On 24th`.
                if let Some((m, needs)) = self.weekday_phrase(i + 1) {
                    let first = if m.first == i + 1 { i } else { m.first };
                    return Some((DateMatch { first, ..m }, needs));
                }
                let k = if self.word(i + 1) == "the" {
                    i + 2
                } else {
                    i + 1
                };
                return self.day_alone(i, k);
            }
            // `wait until the 24th, which`, `done by the 15th.`: a day alone after a
            // deadline's preposition, with nothing it could rank after it (not `by the 50th
            // Space Wing`, `since the 14th century`).
            "until" | "till" | "by" if self.word(i + 1) == "the" => {
                if let Some(found) = self.day_alone(i, i + 2) {
                    return Some(found);
                }
            }
            "early" | "mid" | "late" => return self.part_of_month(i),
            "earlier" | "later" if self.word(i + 1) == "this" => {
                let (m, needs) = self.period(i + 2, Dir::This)?;
                return Some((DateMatch { first: i, ..m }, needs));
            }
            "the" => return self.after_the(i),
            "a" | "an" => return self.ago(i),
            _ => {}
        }
        if numbers::is_number_word(self.t(i)?) {
            if let Some(found) = self.nth_weekday(i, i) {
                return Some(found);
            }
            return self.day_first(i).or_else(|| self.ago(i));
        }
        // `from 23-26 May`: a range of days (the span leaves the preposition out; `between
        // 23 and 26 May` is read at its first day).
        if w == "from"
            && self.digits(i + 1).is_some()
            && let Some(found) = self
                .day_first(i + 1)
                .filter(|(m, _)| m.grain == Grain::Span)
        {
            return Some(found);
        }
        if matches!(
            w,
            "in" | "since"
                | "until"
                | "by"
                | "during"
                | "from"
                | "through"
                | "of"
                | "before"
                | "after"
        ) {
            // A month alone after a preposition: `in August`.
            let (m, last, _) = self.month(i + 1)?;
            // (`in August 2014`, `in October of 2013`: the month and year read from the month.)
            if self.day_of_month(last + 1).is_some()
                || self.year_after(last, false).is_some()
                || (self.word(last + 1) == "of" && self.year(last + 2).is_some())
                || self.of_relative_year(last).is_some()
                || (matches!(self.word(last + 1), "last" | "this" | "next")
                    && self.t(i + 1).is_some_and(|t| t.capitalized())
                    && self.t(last + 2).is_some_and(|t| t.text == "year")
                    && !self.t(last + 3).is_some_and(|t| t.glued && t.is_punct('-')))
            {
                return None;
            }
            // `by May`, `until June`, `before November` inside a sentence set a deadline
            // (`By March, experts had …` opening one tells a story).
            let opens = i == 0
                || self
                    .t(i - 1)
                    .is_some_and(|t| matches!(t.kind, TokenKind::Punct('"' | '“' | '(' | '—')));
            let deadline = (matches!(w, "by" | "until" | "till" | "before")
                || super::en59::end_of(self.tokens, i).is_some_and(|k| self.ahead(k)))
                && !opens
                && self.word(last + 1) != "of";
            let dir = if deadline || self.ahead(i) || self.election_ahead(i) {
                Dir::Future
            } else {
                Dir::Near
            };
            // (`in November` a few sentences after `on Oct. 28, 2011,`: the story's year.)
            let story = (dir == Dir::Near && w != "since")
                .then(|| self.month_in_story(m))
                .flatten();
            let d = story.map_or_else(|| self.resolve_ahead(m, dir), Some)?;
            return Some((Self::month_match(i + 1, last, d), true));
        }
        if let Some(found) = self.weekday_phrase(i) {
            return Some(found);
        }
        self.month_first(i)
    }

    /// A day of the month alone at `k` after the preposition at `i` (`on the 15th`, `On
    /// 24th`, `until the 24th`): the day in the publication's month, or in the next one when
    /// the clause looks ahead and the day is past. Only a punctuation mark, a function word
    /// or the end may follow.
    fn day_alone(&self, i: usize, k: usize) -> Option<(DateMatch, bool)> {
        // A day alone needs its ordinal form: `On 24th`, `on the first`; not `on 11
        // different episodes`.
        // Nor an ordinal before the noun it ranks: `on the first anniversary of`, `on the
        // second day`, `on 23rd Street`, `on the second and final day` (a word that is no
        // function word in lower case).
        let noun = |n: usize| {
            self.t(n).is_some_and(|t| {
                t.is_word() && (noun_after(t) || !t.text.chars().all(|c| c.is_ascii_lowercase()))
            })
        };
        let before_noun = |last: usize| {
            noun(last + 1)
                || (matches!(self.word(last + 1), "and" | "or")
                    && noun(last + 2)
                    && self.t(last + 2).is_some_and(|t| !t.capitalized()))
        };
        let (d, last) = self.day_of_month(k)?;
        if self.month(last + 1).is_some()
            || self.word(last + 1) == "of"
            || before_noun(last)
            || !self
                .t(k)
                .is_some_and(|t| t.kind == TokenKind::Word || last > k)
        {
            return None;
        }
        let r = self.reference;
        let ahead = self.ahead(i + 1);
        let date = match self.day_in_near_month(d) {
            Some(date) if date >= r || !ahead => date,
            _ if ahead => {
                let next = r.first_of_month().checked_add(1.month()).ok()?;
                day(next.year(), next.month() as u8, d)?
            }
            _ => return None,
        };
        Some((Self::day_match(i, last, date), true))
    }

    /// A date used as the name of an event: `9/11` and `the September 11 attacks` are 11
    /// September 2001 whatever the publication date.
    fn named(&self, i: usize) -> Option<(DateMatch, bool)> {
        let sept11 = Date::constant(2001, 9, 11);
        if self.digits(i) == Some("9")
            && self.punct(i + 1, '/')
            && self.glued(i + 1)
            && self.digits(i + 2) == Some("11")
            && self.glued(i + 2)
            && !self.runs_on(i + 3)
        {
            // `it occurred on 9/11`, `the attack on 9/11` after words of the consulate, `the
            // 9/11 Benghazi attack`, `the consulate on 9/11`: the Benghazi attack.
            let benghazi = (i >= 2
                && self.word(i - 1) == "on"
                && matches!(
                    self.word(i - 2),
                    "occurred"
                        | "happened"
                        | "place"
                        | "unfolded"
                        | "unfolding"
                        | "struck"
                        | "attack"
                        | "assault"
                        | "raid"
                )
                && (sept11_cue(self.tokens) == Some(false)
                    || sept11_cue(self.previous) == Some(false)))
                || super::yearctx::benghazi_beside(self.tokens, i, i + 2);
            let d = if benghazi { BENGHAZI } else { sept11 };
            return Some((Self::day_match(i, i + 2, d), false));
        }
        let (m, mlast, _) = self.month(i)?;
        if m != 9 {
            return None;
        }
        // (`September 11th attacks`: the day may be an ordinal.)
        let (11, last) = self.day_of_month(mlast + 1)? else {
            return None;
        };
        // Not `attack`: the Benghazi attack was on a September 11 too (2012).
        let attacks = matches!(
            self.word(last + 1),
            "attacks"
                | "terrorist"
                | "terrorists"
                | "terror"
                | "hijackers"
                | "hijackings"
                | "commission"
                | "memorial"
                | "museum"
                | "plotters"
                | "plot"
                | "conspirators"
                | "conspirator"
                | "mastermind"
                | "masterminds"
                | "victims"
        );
        if attacks {
            return Some((Self::day_match(i, last, sept11), false));
        }
        // `more than a decade after Sept. 11`, `before September 11th`: with no year, the
        // day the times are told from is the 2001 attacks when the words around tell of them
        // (most other bare `Sept. 11`s of 2012 to 2016 are the Benghazi attack).
        let year_follows = self.digits(last + 1).is_some()
            || (self.punct(last + 1, ',') && self.digits(last + 2).is_some());
        let since = i > 0
            && (matches!(self.word(i - 1), "after" | "since" | "before")
                || (i > 1
                    && self.glued(i)
                    && self.punct(i - 1, '-')
                    && self.glued(i - 1)
                    && self.word(i - 2) == "post"));
        let told = || match sept11_cue(self.tokens) {
            Some(cue) => cue,
            None => sept11_cue(self.previous) == Some(true),
        };
        (since && !year_follows && told()).then(|| (Self::day_match(i, last, sept11), false))
    }

    /// After `the`: `the 15th of February`, `the first Monday of this month`, `the first of
    /// March`.
    fn after_the(&self, i: usize) -> Option<(DateMatch, bool)> {
        let next = self.t(i + 1)?;
        if !(next.kind == TokenKind::Digits || numbers::is_number_word(next)) {
            return None;
        }
        if let Some(found) = self.nth_weekday(i + 1, i) {
            return Some(found);
        }
        let (m, needs) = self.day_first(i + 1)?;
        Some((DateMatch { first: i, ..m }, needs))
    }

    /// `8 August 2014`, `15th february`, `4th of July`, `first of march`, `14april 2015`,
    /// `20 of next month`, `third day of October`, `31st Oct 1974`.
    fn day_first(&self, i: usize) -> Option<(DateMatch, bool)> {
        let (d, last) = self.day_of_month(i).or_else(|| {
            // `14april`: digits glued to the month.
            let t = self.t(i)?;
            (t.kind == TokenKind::Digits
                && t.text.len() <= 2
                && self.glued(i + 1)
                && self.month(i + 1).is_some())
            .then(|| (t.text.parse().ok(), i))
            .and_then(|(d, k)| d.map(|d| (d, k)))
        })?;
        // `23-26 May`, `between 23 and 26 May`: the days from one to the other.
        let (until, last) = match self.day_range_end(i, d, last) {
            Some((e, elast)) => (Some(e), elast),
            None => (None, last),
        };
        let mut k = last + 1;
        let mut of = false;
        if until.is_some() {
        } else if self.word(k) == "day" && self.word(k + 1) == "of" {
            k += 2;
            of = true;
        } else if self.word(k) == "of" {
            k += 1;
            of = true;
        }
        // `20 of next month`, `20th of the current month`
        if of {
            let j = if self.word(k) == "the" { k + 1 } else { k };
            let dir = match self.word(j) {
                "next" | "following" => Some(Dir::Future),
                "this" | "current" => Some(Dir::This),
                "previous" | "last" => Some(Dir::Past),
                _ => None,
            };
            if let Some(dir) = dir
                && self.word(j + 1) == "month"
            {
                let m = self.shift_month(dir)?;
                let date = day(m.year(), m.month() as u8, d)?;
                return Some((Self::day_match(i, j + 1, date), true));
            }
        }
        let (m, mlast, _) = self.month(k)?;
        if !of
            && self.t(i).is_some_and(|t| t.kind == TokenKind::Word)
            && !self.t(k).is_some_and(|t| t.capitalized())
        {
            // `first march` is no date; `first of march`, `third March` are.
            if self.t(i).is_some_and(|t| !t.capitalized()) && !self.glued(k) {
                return None;
            }
        }
        // `8 August`, not a list item `8 Sept`; a bare `8 may` is a verb.
        let (date, last, needs) = if let Some((y, ylast)) = self.year_after(mlast, true) {
            (day(y, m, d)?, ylast, false)
        } else if let Some((y, ylast)) = self.relative_year_after(mlast) {
            (day(y, m, d)?, ylast, true)
        } else {
            let dir = if self.ahead(i) {
                Dir::Future
            } else {
                Dir::Near
            };
            (self.resolve_md(m, d, dir, None)?, mlast, true)
        };
        let found = Self::day_match(i, last, date);
        let Some(e) = until else {
            return Some((found, needs));
        };
        if self.t(k).is_some_and(|t| t.text == "may") {
            return None;
        }
        let last_day = day(date.year(), m, e)?;
        Some((
            DateMatch {
                last_day,
                grain: Grain::Span,
                ..found
            },
            needs,
        ))
    }

    /// After a day `d` ending at `last`: a later day of the same month after a dash
    /// (`23-26 May`) or after `and` when `between` comes before the first (`between 23 and 26
    /// May`), with the month next; the later day and its last token.
    fn day_range_end(&self, i: usize, d: u8, last: usize) -> Option<(u8, usize)> {
        if !self.dash_glued(last) && !self.between_and(i, last) {
            return None;
        }
        let (e, elast) = self.day_of_month(last + 2)?;
        self.month(elast + 1)?;
        (e > d && !self.glued(elast + 1)).then_some((e, elast))
    }

    /// A dash glued between the token `last` and the next (`23-26`, `Feb. 8–25`).
    fn dash_glued(&self, last: usize) -> bool {
        self.glued(last + 1)
            && (self.punct(last + 1, '-') || self.punct(last + 1, '–'))
            && self.glued(last + 2)
    }

    /// `between` before the token `first` and `and` after the token `last`.
    fn between_and(&self, first: usize, last: usize) -> bool {
        self.word(last + 1) == "and" && first > 0 && self.word(first - 1) == "between"
    }

    /// The day of `Sept. 2-3` after the day that ends at `last`: digits glued by a dash; its
    /// token.
    fn dash_day_after(&self, last: usize) -> Option<usize> {
        (self.digits(last).is_some()
            && self.dash_glued(last)
            && self.digits(last + 2).is_some_and(|d| d.len() <= 2))
        .then_some(last + 2)
    }

    /// `Feb. 8-25`, `September 11-12, 2012`, `between May 17 and 20`: the day of a month read
    /// by `m` (in figures, last) and a later day after a dash or `and` are the days from one
    /// to the other (the year after them is theirs; not `between May 17 and 20 percent`).
    /// The days before the month (`23-26 May`) are read by [`Self::day_range_end`].
    fn day_range(&self, m: DateMatch) -> DateMatch {
        let between = self.between_and(m.first, m.last);
        if m.grain != Grain::Day
            || self
                .digits(m.last)
                .is_none_or(|t| t.len() > 2 || t.parse::<i8>().ok() != Some(m.date.day()))
            || !(between || self.dash_glued(m.last))
        {
            return m;
        }
        let Some(end) = self
            .digits(m.last + 2)
            .filter(|t| t.len() <= 2)
            .and_then(|t| t.parse::<i8>().ok())
            .filter(|&e| e > m.date.day())
        else {
            return m;
        };
        if self.t(m.last + 3).is_some_and(|t| {
            t.glued && !matches!(t.kind, TokenKind::Punct(',' | '.' | ')' | ';' | ':'))
        }) {
            return m;
        }
        // (After `and` only a mark, a capital or a function word: `between May 23 and 25 in
        // order to`, not a count `and 20 percent`, `and 30 people`.)
        if between
            && self
                .t(m.last + 3)
                .is_some_and(|t| noun_after(t) && !t.capitalized())
        {
            return m;
        }
        let mut last = m.last + 2;
        let mut year = m.date.year();
        if self.punct(last + 1, ',')
            && let Some(y) = self
                .digits(last + 2)
                .filter(|t| t.len() == 4)
                .and_then(|t| t.parse::<i16>().ok())
                .filter(|y| (1900..=2100).contains(y))
            && !self
                .t(last + 3)
                .is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
        {
            year = y;
            last += 2;
        }
        let (Ok(date), Ok(last_day)) = (
            Date::new(year, m.date.month(), m.date.day()),
            Date::new(year, m.date.month(), end),
        ) else {
            return m;
        };
        DateMatch {
            first: m.first,
            last,
            date,
            last_day,
            grain: Grain::Span,
        }
    }

    /// `Aug. 8`, `August 8th, 2014`, `march third 2015`, `February the 15th`, `Feb13`,
    /// `Jul 18, Fri`, `August 2014`, `August` alone when it can stand alone.
    fn month_first(&self, i: usize) -> Option<(DateMatch, bool)> {
        let (m, mlast, strong) = self.month(i)?;
        let mut k = mlast + 1;
        if self.word(k) == "the" {
            k += 1;
        }
        // A glued day only after an abbreviation or name without a full stop (`Feb13`).
        let day_ok = |k: usize| !self.glued(k) || (k == mlast + 1 && !self.punct(mlast, '.'));
        if let Some((d, dlast)) = self
            .day_of_month(k)
            .filter(|_| day_ok(k))
            .or_else(|| self.stray_comma_day(i, mlast))
        {
            // `August 8, 2014`
            if let Some((y, ylast)) = self.year_after(dlast, false) {
                let date = day(y, m, d)?;
                return Some((Self::day_match(i, ylast, date), false));
            }
            // `on Nov. 13 last year`
            if let Some((y, ylast)) = self.relative_year_after(dlast) {
                let date = day(y, m, d)?;
                return Some((Self::day_match(i, ylast, date), true));
            }
            // `Jul 18, Fri`
            if self.punct(dlast + 1, ',')
                && let Some((wd, wlast)) = self.weekday(dlast + 2)
            {
                let date = self.resolve_md(m, d, Dir::Near, Some(wd))?;
                return Some((Self::day_match(i, wlast, date), true));
            }
            // (`gave the services until July 1`: a deadline given in the past is the
            // nearest such day, not the next one.)
            // `the armed assault last September 11`: `last` before a day (which
            // `modified` leaves) puts it strictly before the publication.
            let date = if i > 0 && self.word(i - 1) == "last" {
                self.resolve_md(m, d, Dir::Past, None)?
            } else if self.ahead(i) && !self.given_until(i) && !self.story_deadline(i, m, d) {
                self.resolve_md(m, d, Dir::Future, None)?
            } else if let Some(c) = (self.told_past(i)
                || super::en62::told_after(self.tokens, i, dlast, self.reference))
            .then(|| self.resolve_md_told(m, d))
            .flatten()
            {
                c
            } else {
                self.resolve_md(m, d, Dir::Near, None)?
            };
            return Some((Self::day_match(i, dlast, date), true));
        }
        // `on October, 9.` closing a caption: a stray comma between the month and its day.
        if i > 0
            && self.word(i - 1) == "on"
            && self.punct(mlast + 1, ',')
            && let Some((d, dlast)) = self.day_of_month(mlast + 2)
            && (dlast + 1..self.tokens.len()).all(|n| self.punct(n, '.'))
        {
            let date = self.resolve_md(m, d, Dir::Near, None)?;
            return Some((Self::day_match(i, dlast, date), true));
        }
        // `August 2014`, `March of 2015`
        let k = if self.word(mlast + 1) == "of" {
            mlast + 2
        } else {
            mlast + 1
        };
        if let Some((y, ylast)) = self.year(k).or_else(|| self.comma_year(mlast)) {
            let d = month_first(y, m)?;
            return Some((Self::month_match(i, ylast, d), false));
        }
        // `March of this year`, `June of last year`; `February and March of this year`,
        // `September to November of last year`: the first month takes the second's year.
        if let Some((y, ylast)) = self.of_relative_year(mlast) {
            return Some((Self::month_match(i, ylast, month_first(y, m)?), true));
        }
        // `January last year`, `in March next year`: the month of the year before or after
        // the publication's.
        let shift = match self.word(k) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        // (A month in capitals only: `supplies may last year after year`; nor `year-round`.)
        if let Some(shift) = shift
            && self.t(i).is_some_and(|t| t.capitalized())
            && self.t(k + 1).is_some_and(|t| t.text == "year")
            && !self.t(k + 2).is_some_and(|t| t.glued && t.is_punct('-'))
        {
            let d = month_first(self.reference.year() + shift, m)?;
            return Some((Self::month_match(i, k + 1, d), true));
        }
        let prev = i.checked_sub(1).map(|p| self.word(p)).unwrap_or("");
        // `could sign a deal as early as March`: the earliest the thing may come (`March`
        // and `May` too, in capitals after `as early as`).
        let as_early = i >= 3
            && prev == "as"
            && matches!(self.word(i - 2), "early" | "soon")
            && self.word(i - 3) == "as"
            && self.t(i).is_some_and(|t| t.capitalized());
        if as_early {
            let dir = if self.ahead(i) {
                Dir::Future
            } else {
                Dir::Near
            };
            return Some((
                Self::month_match(i, mlast, self.resolve_ahead(m, dir)?),
                true,
            ));
        }
        // `is set for May`, `scheduled for March` (`was scheduled for March`: the nearest).
        if let Some(coming) = i
            .checked_sub(1)
            .and_then(|p| super::cues::planned_for(self.tokens, p))
        {
            let dir = if coming { Dir::Future } else { Dir::Near };
            return Some((
                Self::month_match(i, mlast, self.resolve_ahead(m, dir)?),
                true,
            ));
        }
        if !strong {
            return None;
        }
        // `as early as March or April`, `in June or July`: a month after another looks the
        // same way (not `by March and April`, read as it stands).
        if matches!(prev, "or" | "and" | "to")
            && i >= 2
            && let Some(j) = (i.saturating_sub(3)..i - 1)
                .find(|&j| self.month(j).is_some_and(|(_, l, _)| l == i - 2))
            && self.ahead(j)
        {
            let d = self.resolve_ahead(m, Dir::Future)?;
            return Some((Self::month_match(i, mlast, d), true));
        }
        // `August` alone, after a word that introduces a time (handled by the caller) or a
        // capital name that can only be the month.
        let time_word = matches!(
            prev,
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "during"
                | "from"
                | "through"
                | "of"
                | "before"
                | "after"
                | "throughout"
                | "between"
                | "and"
                | "or"
                | "to"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
        );
        if !time_word {
            return None;
        }
        let d = self
            .month_in_story(m)
            .map_or_else(|| self.resolve_month(m, Dir::Near), Some)?;
        Some((Self::month_match(i, mlast, d), true))
    }

    /// `Monday, Feb 18`, `Tuesday the 19th`, `Thu 15th`, `Wednesday of next week`, `Friday
    /// after next`, `sunday from last week`, `monday of this week`, `Wednesday`.
    fn weekday_phrase(&self, i: usize) -> Option<(DateMatch, bool)> {
        let (wd, wlast) = self.weekday(i)?;
        // `every Tuesday morning`, `each Monday`: a habit, no day.
        if i > 0 && matches!(self.word(i - 1), "every" | "each") {
            return None;
        }
        let abbreviated = wlast == i
            && self
                .t(i)
                .is_some_and(|t| t.text.len() <= 5 && !is_weekday(&t.lower));
        // A weekday before a date: the date, on that weekday.
        let k = if self.punct(wlast + 1, ',') {
            wlast + 2
        } else {
            wlast + 1
        };
        if let Some((m, mlast, _)) = self.month(k) {
            let mut j = mlast + 1;
            if self.word(j) == "the" {
                j += 1;
            }
            if let Some((d, dlast)) = self
                .day_of_month(j)
                .filter(|_| !self.glued(j) || !self.punct(mlast, '.'))
                .or_else(|| self.stray_comma_day(k, mlast))
            {
                if let Some((y, ylast)) = self.year_after(dlast, false) {
                    let date = day(y, m, d)?;
                    return Some((Self::day_match(i, ylast, date), false));
                }
                let date = self.resolve_md(m, d, Dir::Near, Some(wd))?;
                return Some((Self::day_match(i, dlast, date), true));
            }
        }
        if let Some((m, needs)) = self.day_first(k).filter(|_| !self.glued(k))
            && m.grain == Grain::Day
        {
            // `Wednesday, 3 December 2014`
            return Some((DateMatch { first: i, ..m }, needs));
        }
        // `Tuesday the 19th`, `Thu 15th`, `Friday, the 13th`. (After a comma, only a
        // figure ending a phrase: `Wednesday, the first day of his trip` is in apposition.)
        let comma = k > wlast + 1;
        let the = self.word(k) == "the";
        let j = if the { k + 1 } else { k };
        if let Some((d, dlast)) = self.day_of_month(j)
            && (self.t(j).is_some_and(|t| t.kind == TokenKind::Digits) && dlast > j || the)
            && (!comma
                || self.t(j).is_some_and(|t| t.kind == TokenKind::Digits)
                    && dlast > j
                    && self
                        .t(dlast + 1)
                        .is_none_or(|t| !t.is_word() || t.capitalized() || linking(&t.lower)))
        {
            let date = self.day_on_weekday(d, wd)?;
            return Some((Self::day_match(i, dlast, date), true));
        }
        if abbreviated
            && !self.punct(wlast, '.')
            && !self.punct(wlast + 1, ',')
            && self.t(wlast + 1).is_some()
        {
            return None;
        }
        // `her appearance on Sunday shows`, `the Sunday talk shows`: a weekday before a
        // kind of programme names the programme, not a day.
        let programme = |w: &str| {
            matches!(
                w,
                "show" | "shows" | "program" | "programs" | "programme" | "programmes"
            )
        };
        // (Not the verb: `a poll released Friday shows support`, `video posted on Saturday
        // shows a submarine`; the noun has a determiner or a number before the weekday or
        // no object after it.)
        let noun_before = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.word(p),
                "the"
                    | "a"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "several"
                    | "all"
                    | "many"
                    | "different"
                    | "various"
                    | "major"
                    | "other"
                    | "those"
                    | "these"
                    | "their"
                    | "his"
                    | "her"
                    | "its"
                    | "of"
            ) || self
                .t(p)
                .is_some_and(|t| t.lower.ends_with("'s") || t.lower.ends_with("’s"))
        });
        let no_object = self.t(wlast + 2).is_none_or(|t| {
            matches!(t.kind, TokenKind::Punct(_))
                || matches!(
                    t.lower.as_ref(),
                    "to" | "and"
                        | "or"
                        | "after"
                        | "on"
                        | "in"
                        | "for"
                        | "about"
                        | "over"
                        | "during"
                        | "before"
                        | "since"
                        | "where"
                        | "with"
                        | "this"
                        | "last"
                        | "circuit"
                        | "appearance"
                        | "appearances"
                        | "interview"
                        | "interviews"
                        | "host"
                        | "hosts"
                        | "seems"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "come"
                        | "comes"
                )
        });
        // (`her appearance on Sunday shows the weekend after`, `went on Sunday shows`.)
        let appeared = (i.saturating_sub(3)..i).any(|k| {
            let w = self.word(k);
            w.starts_with("appear") || matches!(w, "went" | "go" | "goes" | "going" | "gone")
        });
        if (programme(self.word(wlast + 1)) && (noun_before || no_object || appeared))
            || (matches!(self.word(wlast + 1), "talk" | "news" | "political" | "chat")
                && programme(self.word(wlast + 2)))
        {
            return None;
        }
        let w = |k: usize| self.word(k);
        let this_week = monday_of(self.reference);
        let in_week = |monday: Date| add_days(monday, i64::from(wd.to_monday_zero_offset()));
        // `wednesday of next week`, `wednesday next week`, `monday of this week`, `sunday
        // from last week`, `friday after next`
        let (week, last) = match (w(wlast + 1), w(wlast + 2), w(wlast + 3)) {
            ("of" | "from", "next", "week") => (Some(7), wlast + 3),
            ("next", "week", _) => (Some(7), wlast + 2),
            ("of" | "from", "this", "week") => (Some(0), wlast + 3),
            ("of" | "from", "last", "week") => (Some(-7), wlast + 3),
            ("after", "next", _) => (Some(7), wlast + 2),
            _ => (None, wlast),
        };
        if let Some(shift) = week {
            let date = in_week(add_days(this_week, shift)?)?;
            return Some((Self::day_match(i, last, date), true));
        }
        // A plan for the day before publication was told the day before: papers date
        // their stories the day after they are written (`is set to search on Thursday`
        // in a Friday paper), so that weekday stays the past one.
        let yesterday = self.reference.weekday().previous() == wd
            && !(self.same_day && self.governed(i, false) == Some(true));
        let date = if !yesterday
            && (self.ahead(i)
                || super::cues::modal_before(self.tokens, i)
                || super::en57::conditional(self.tokens, i))
        {
            // `will address the nation on Wednesday`, `by Tuesday`: the coming one.
            if self.reference.weekday() == wd {
                self.reference
            } else {
                self.reference.nth_weekday(1, wd).ok()?
            }
        } else if !yesterday
            && self.reference.weekday() != wd
            && self.deadline(i)
            && self.governed(i, true).is_none()
            && self.reference.nth_weekday(1, wd).ok()? <= add_days(self.reference, 3)?
        {
            // A deadline told in no tense (`approaches a Saturday deadline`, `its Wednesday
            // evening deadline`) is the nearer of the two weekdays: here the coming one.
            self.reference.nth_weekday(1, wd).ok()?
        } else if let Some(a) = self.anchor.filter(|a| a.weekday() == wd) {
            // `Friday, May 2 … Two helicopters were downed Friday`: the caption's Friday.
            a
        } else {
            self.resolve_weekday(wd, Dir::Near)?
        };
        Some((Self::day_match(i, wlast, date), true))
    }

    /// `still occurs today`, `is still used today`, `exists today`, `even today`, `may sound
    /// foolish today`, `the wars it is still fighting in Iraq today`, `remains so today`, `the world
    /// today`, `than it is today`, `as we are today`: the present in general, not the day
    /// (not `still fighting today`, an action of the day).
    fn generic_today(&self, i: usize) -> bool {
        let w = |k: usize| self.word(k);
        if i == 0 {
            return false;
        }
        // The words of the clause before `today`, at most seven.
        let mut start = i;
        while start > i.saturating_sub(7) && self.t(start - 1).is_some_and(|t| t.is_word()) {
            start -= 1;
        }
        let near = |set: &[&str]| (start..i).any(|k| set.contains(&w(k)));
        let still_far = (start..i.saturating_sub(2)).any(|k| w(k) == "still");
        let still_next = i >= 2
            && w(i - 2) == "still"
            && self.t(i - 1).is_some_and(|t| t.is_word())
            && !w(i - 1).ends_with("ing");
        still_far
            || still_next
            || matches!(w(i - 1), "exist" | "exists" | "world" | "even")
            || (i >= 2 && matches!(w(i - 2), "sound" | "sounds" | "seem" | "seems"))
            || near(&["remain", "remains", "remained", "than"])
            || (matches!(w(i - 1), "is" | "are") && near(&["as"]))
    }

    /// `even if we stop their oil flow today`, `if the vote were today, it would …`, `I'll
    /// be glad to pass it tomorrow`, `would have used today had he been asked`, `I would not
    /// be standing here today`, `"You could do it today."`: the day word at `i` inside a
    /// condition, a counterfactual, a willingness or a quoted possibility names a supposed
    /// time, not a day something happens on (not `said it would be released today`, a plan
    /// told in reported speech, nor `if you are concerned about anyone there today`, a
    /// condition of the day itself).
    fn hypothetical_day(&self, i: usize) -> bool {
        let w = |k: usize| self.word(k);
        // The clause's words before the day word, back to the sentence's start or a stop.
        let mut start = i;
        while start > i.saturating_sub(16)
            && !self
                .t(start - 1)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.' | ';' | ':' | '?' | '!')))
        {
            start -= 1;
        }
        let end = (i + 13).min(self.tokens.len());
        let unreal = |k: usize| {
            matches!(
                w(k),
                "would" | "could" | "wouldn't" | "couldn't" | "might" | "were"
            ) || (w(k).ends_with("'d") && w(k).len() > 2)
        };
        // A condition after the day word, in its own clause (not `would visit Gaza today
        // after talks had stalled`, `could reach the town today, without giving details`);
        // `had` only inverted (`had he known`).
        let after_cond = (i + 1..end)
            .take_while(|&k| {
                !self.t(k).is_some_and(|t| {
                    matches!(t.kind, TokenKind::Punct(',' | '.' | ';' | ':' | '?' | '!'))
                })
            })
            .any(|k| match w(k) {
                "if" | "without" | "unless" => true,
                "had" => matches!(w(k + 1), "he" | "she" | "they" | "we" | "i" | "you" | "it"),
                _ => false,
            });
        let quoted = || {
            self.tokens
                .iter()
                .any(|t| matches!(t.kind, TokenKind::Punct('"' | '“' | '”')))
        };
        let soon = i >= 2 && w(i - 1) == "as" && w(i - 2) == "soon";
        // `it could begin tonight`: a thing expected on the day, not a supposition.
        let scheduled = |v: &str| {
            matches!(
                v,
                "begin" | "start" | "come" | "happen" | "arrive" | "resume" | "open" | "close"
            )
        };
        (start..i).any(|k| match w(k) {
            "if" => (k > 0 && w(k - 1) == "even") || (start..end).any(|m| m != i && unreal(m)),
            "unless" => (start..end).any(|m| m != i && unreal(m)),
            // (Not `happy to answer today`, `prepared to come in to work today`: said of
            // the day itself.)
            "glad" | "willing" | "ready" => w(k + 1) == "to",
            "would" | "could" | "wouldn't" | "couldn't" => {
                let negated = w(k).ends_with("n't") || w(k + 1) == "not";
                let verb = if w(k + 1) == "not" {
                    w(k + 2)
                } else {
                    w(k + 1)
                };
                (negated && matches!(verb, "be" | "have"))
                    || (!negated && verb == "have")
                    || after_cond
                    || (w(k) == "could" && !soon && !scheduled(verb) && quoted())
            }
            _ => false,
        })
    }

    /// `a Tuesday deadline`, `its Wednesday evening deadline`, `a deadline of Tuesday`: the
    /// weekday at `i` names a deadline.
    fn deadline(&self, i: usize) -> bool {
        let mut n = i + 1;
        while matches!(
            self.word(n),
            "night" | "evening" | "midnight" | "morning" | "afternoon" | "noon"
        ) {
            n += 1;
        }
        self.word(n) == "deadline"
            || (i >= 2 && self.word(i - 1) == "of" && self.word(i - 2) == "deadline")
    }

    /// `gave the services until July 1`, `granted them until May 5`: a deadline (`by`,
    /// `until`) that a verb in the past gave, with no cue of the future nearer the date.
    fn given_until(&self, i: usize) -> bool {
        let prev = i.checked_sub(1).map_or("", |p| self.word(p));
        if !matches!(prev, "by" | "until" | "till") {
            return false;
        }
        for k in (i.saturating_sub(10)..i).rev() {
            if self.future_cue(k) {
                return false;
            }
            let before = k.checked_sub(1).map_or("", |p| self.word(p));
            match self.word(k) {
                "gave" => return true,
                "granted" => return !matches!(before, "has" | "have" | "be" | "been" | "is"),
                _ => {}
            }
        }
        false
    }

    /// Whether the words before token `i` put it in the future: `will`, `plans to`,
    /// `scheduled`, `expected`, `due`, `promised`, `faces`, `ahead of`, or `by`/`until` right
    /// before.
    fn ahead(&self, i: usize) -> bool {
        let prev = i.checked_sub(1).map_or("", |p| self.word(p));
        let prev = if prev == "on" {
            i.checked_sub(2).map_or("", |p| self.word(p))
        } else {
            prev
        };
        // `two weeks before Nov. 20`, `for years before Monday` count back from that day;
        // they do not look ahead to it.
        let offset = i.checked_sub(2).is_some_and(|u| {
            prev == "before"
                && matches!(
                    self.word(u).trim_end_matches('s'),
                    "day" | "week" | "month" | "year"
                )
        });
        // `as soon as Tuesday`, `as early as next week`: the earliest the thing may come
        // (`as early as March, officials knew` told in the past looks back).
        if i >= 3
            && self.word(i - 1) == "as"
            && matches!(self.word(i - 2), "soon" | "early")
            && self.word(i - 3) == "as"
        {
            return self.word(i - 2) == "soon" || self.governed(i, true) != Some(false);
        }
        // A deadline (`by Monday`, `until June`) looks ahead unless its clause is told in
        // the past (`did not happen until Monday`, `was supposed to give it up by Wednesday`).
        // (`beyond Tuesday` too.)
        // `a vote later this week, most likely on Thursday`: a guess at a day to come (a
        // month is as often a guess at the past: `in late 2012, likely in November`).
        if prev == "likely" && self.weekday(i).is_some() {
            return true;
        }
        if matches!(prev, "by" | "until" | "till" | "before" | "beyond") && !offset {
            return self.governed(i, true) != Some(false);
        }
        self.governed(i, false) == Some(true)
    }

    /// The tense of the nearest verb before token `i` within a few words: `Some(true)` for
    /// a cue of the future, `Some(false)` for a verb in the past. A cue ahead of a verb in
    /// the past (`"We will find you," Obama said Thursday`, `a plan passed by the Senate on
    /// Tuesday`) belongs to another clause.
    fn governed(&self, i: usize, deadline: bool) -> Option<bool> {
        // The window counts words, not tokens: marks, hyphens and the groups of a figure
        // (`the Democrat’s 6,300-page report Wednesday`) do not use it up.
        let mut from = i;
        let mut words = 0;
        while from > 0 && words < 16 {
            from -= 1;
            let t = &self.tokens[from];
            let group = t.kind == TokenKind::Digits
                && from >= 2
                && self.punct(from - 1, ',')
                && self.tokens[from - 2].kind == TokenKind::Digits;
            if !matches!(t.kind, TokenKind::Punct(_)) && !group {
                words += 1;
            }
        }
        // Past an infinitive (`ordered flags to be lowered until Monday`, `made progress to
        // merit staying until Wednesday`) a verb in the past no longer dates the date.
        let mut infinitive = false;
        for k in (from..i).rev() {
            if self.future_cue(k) && !self.dated_verb(k, i) {
                return Some(true);
            }
            let w = self.word(k);
            // A clause of its own starts here (`demanded that the South end it by
            // Saturday`, `McCaul, who wants it by Friday`); `would`, `was to` and `gave
            // him until` look ahead from a time of their own.
            // (A clause word right before the date opens a clause whose verb comes after
            // it: `had agreed that by May 1, the broadcasts …`; `that` before a noun in
            // lower case is a determiner: `for that position Thursday`.)
            let opens = (k + 1..i).any(|j| {
                !matches!(
                    self.word(j),
                    "by" | "until" | "till" | "before" | "on" | "in" | "after"
                )
            });
            let clause = match w {
                "who" | "which" => true,
                "that" => self.t(k + 1).is_some_and(|t| {
                    t.capitalized()
                        || matches!(
                            t.lower.as_ref(),
                            "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "i"
                        )
                }),
                _ => false,
            };
            if (clause && opens)
                || matches!(w, "would" | "wouldn't" | "wouldn’t")
                || (matches!(w, "was" | "were") && self.word(k + 1) == "to")
                || (deadline && matches!(w, "gave" | "giving" | "given" | "granted"))
            {
                return None;
            }
            // (Not `supposed to`, nor `went to`, `returned to`: a preposition.)
            if w == "to"
                && !matches!(self.word(k.wrapping_sub(1)), "supposed" | "meant" | "due")
                && !k.checked_sub(1).is_some_and(|p| self.past_verb(p))
                && self.t(k + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !t.capitalized()
                        && !matches!(
                            t.lower.as_ref(),
                            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this"
                        )
                })
            {
                infinitive = true;
            }
            if self.past_verb(k)
                // (A perfect far from the date may be another clause's: `have spiked this
                // week as the administration approaches a Saturday deadline`.)
                || (i - k <= 5 && self.perfect(k))
                || matches!(
                    w,
                    "did" | "didn't" | "didn’t" | "was" | "were" | "wasn't" | "wasn’t" | "had"
                )
            {
                return if infinitive { None } else { Some(false) };
            }
        }
        None
    }

    /// `France holds presidential elections in April`, `the midterm elections in November`:
    /// an election named by its month is the coming one, unless a verb in the past tells
    /// of it (`won re-election in November`) or it is someone's or the last one (`his
    /// re-election in November`, `the country's national elections in May`, `the last
    /// election in April`). `i` is the preposition before the month.
    fn election_ahead(&self, i: usize) -> bool {
        let Some(n) = i.checked_sub(1) else {
            return false;
        };
        if !matches!(
            self.word(n),
            "election" | "elections" | "reelection" | "re-election" | "referendum" | "midterms"
        ) {
            return false;
        }
        let owned = (n.saturating_sub(3)..n).any(|k| {
            matches!(
                self.word(k),
                "his" | "her" | "their" | "its" | "last" | "previous" | "recent" | "past"
            ) || self
                .t(k)
                .is_some_and(|t| t.lower.ends_with("'s") || t.lower.ends_with("’s"))
        });
        !owned && self.governed(i, false).is_none()
    }

    /// Whether the cue at `k` is a verb in the past that the date at `i` right after it
    /// dates (`Shoygu promised Wednesday`), or an adjective of a noun the date does not
    /// follow (`a planned withdrawal during a phone call on Sunday`).
    fn dated_verb(&self, k: usize, i: usize) -> bool {
        let w = self.word(k);
        let gap = (k + 1..i)
            .filter(|&j| !matches!(self.word(j), "on" | "late" | "early"))
            .count();
        let adjective = k.checked_sub(1).is_some_and(|p| {
            matches!(
                self.word(p),
                "a" | "an" | "the" | "its" | "his" | "her" | "their"
            ) || self
                .t(p)
                .is_some_and(|t| t.lower.ends_with("'s") || t.lower.ends_with("’s"))
        });
        (w == "promised" && gap == 0)
            || (adjective
                && matches!(w, "planned" | "scheduled" | "expected" | "upcoming")
                && i - k > 9)
    }

    /// Whether the word at `k` puts what follows it in the future (see [`Self::ahead`]).
    fn future_cue(&self, k: usize) -> bool {
        // `had planned to march on Sunday`, `had been scheduled for Monday`: a plan
        // told in the past perfect was for a day already gone.
        let pluperfect = k.checked_sub(1).is_some_and(|p| {
            self.word(p) == "had"
                || (self.word(p) == "been"
                    && p.checked_sub(1).is_some_and(|q| self.word(q) == "had"))
        });
        let next = self.word(k + 1);
        // `planning a gathering`, `planning to march`; not the noun (`the planning
        // of`, `planning began`) nor a past plan (`were planning attacks`).
        let planning = self.word(k) == "planning"
            && matches!(next, "to" | "a" | "an")
            && !k
                .checked_sub(1)
                .is_some_and(|p| matches!(self.word(p), "was" | "were" | "been" | "had" | "the"));
        let future_verb = matches!(
            self.word(k),
            "plans"
                | "plan"
                | "planned"
                | "scheduled"
                | "expected"
                | "due"
                | "slated"
                | "intends"
                | "intending"
        ) && !pluperfect
            // (`eased more than expected in May`, `rose as expected`: a comparison.)
            && !(self.word(k) == "expected"
                && k.checked_sub(1)
                    .is_some_and(|p| matches!(self.word(p), "than" | "as")));
        // `is set to vote Sunday`, `is to meet Monday`, `is going to`, `is set for Friday`.
        let set_for = self.word(k) == "set"
            && next == "for"
            && !k.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.word(p),
                    "he" | "she" | "it" | "they" | "we" | "i" | "has" | "have" | "had"
                )
            });
        // `is seeking to win the primary on Tuesday`, `are going to hear from him on
        // Thursday`, `are poised to sign a deal Saturday`: an aim in the present tense (not
        // `was seeking to`, a past one; `poised to` needs no copula: `cuts poised to take
        // effect`).
        let aim_to = next == "to"
            && match self.word(k) {
                "seeking" | "hoping" | "preparing" | "going" => k.checked_sub(1).is_some_and(|p| {
                    let t = self.word(p);
                    matches!(t, "is" | "are" | "am" | "'re" | "’re")
                        || ((t.ends_with("'s") || t.ends_with("’s")) && t.len() > 2)
                }),
                "poised" => !k
                    .checked_sub(1)
                    .is_some_and(|p| matches!(self.word(p), "was" | "were" | "been" | "had")),
                _ => false,
            };
        // `Republicans take control of the Senate in January`, `the law takes effect in
        // March`: a change of hands or of law told in the present is to come (not `did not
        // take effect until`, nor `was to take office`, `agreed to take over`).
        let takes_over = matches!(self.word(k), "take" | "takes")
            && matches!(next, "control" | "office" | "effect" | "power" | "over")
            && !k.checked_sub(1).is_some_and(|p| {
                let before = self.word(p);
                let past_to = before == "to"
                    && p.checked_sub(1).is_some_and(|q| {
                        self.past_verb(q) || matches!(self.word(q), "was" | "were" | "had")
                    });
                past_to
                    || matches!(
                        before,
                        "did" | "didn't" | "didn’t" | "not" | "never" | "n't" | "n’t"
                    )
            });
        // `the official schedule for Thursday`: the day the schedule plans.
        let schedule_for = self.word(k) == "schedule" && next == "for";
        let copula_to = matches!(self.word(k), "set" | "is" | "are")
            && next == "to"
            && self.word(k + 2) != "blame"
            && !pluperfect;
        // `have called for an emergency meeting on Monday`: the meeting asked for is to
        // come (not `called for calm on Monday`).
        let called_for = matches!(self.word(k), "called" | "calls" | "calling" | "call")
            && next == "for"
            && (k + 2..k + 6).any(|j| {
                matches!(
                    self.word(j),
                    "meeting" | "session" | "summit" | "vote" | "talks" | "hearing"
                )
            });
        // `pushed back to Friday`, `postponed until June`, `delayed until Oct. 31`:
        // the new date of a thing put off is to come.
        // (`pushed` only with `back`: `had pushed to keep the summit on track` is a push.)
        let put_off = matches!(
            self.word(k),
            "pushed" | "postponed" | "delayed" | "rescheduled" | "deferred"
        ) && ((matches!(next, "to" | "until" | "till")
            && (self.word(k) != "pushed"
                || matches!(self.word(k + 2), "early" | "mid" | "late" | "next")
                || self.month(k + 2).is_some()))
            || (next == "back" && matches!(self.word(k + 2), "to" | "until" | "till")));
        future_verb
            || aim_to
            || takes_over
            || schedule_for
            || put_off
            || planning
            || copula_to
            || set_for
            || called_for
            || matches!(
                self.word(k),
                "will"
                    | "'ll"
                    | "promised"
                    | "promises"
                    | "upcoming"
                    | "hopes"
                    | "aims"
                    | "shall"
                    | "faces"
                    | "facing"
                    | "expires"
            )
            || self.t(k).is_some_and(|t| t.lower.ends_with("'ll"))
            || (self.word(k) == "ahead" && self.word(k + 1) == "of")
            || super::cues::future_word(self.word(k))
    }

    /// `what we've seen`, `has done`, `have witnessed`: a participle after `have` (the
    /// present perfect) tells of the past (not `has been`, which may still look ahead).
    fn perfect(&self, k: usize) -> bool {
        let w = self.word(k);
        k.checked_sub(1).is_some_and(|p| {
            let h = self.word(p);
            matches!(h, "have" | "has" | "haven't" | "hasn't") || h.ends_with("'ve")
        }) && (PARTICIPLES.contains(&w) || PAST_VERBS.contains(&w) || regular_past(w))
    }

    /// Whether the word at `k` is a verb in the past (or a reporting `says`) that a date
    /// after it belongs to: `said`, `told`, `issued on`, `released Monday`, `has
    /// submitted its`. Not a participle after `be` (`will be buried`: the clause's tense
    /// is its auxiliary's), nor an adjective (`the armed groups`, `a renewed offensive`).
    fn past_verb(&self, k: usize) -> bool {
        let Some(t) = self.t(k).filter(|t| t.kind == TokenKind::Word) else {
            return false;
        };
        let w = t.lower.as_ref();
        if t.capitalized() && k > 0 {
            return false;
        }
        let irregular = PAST_VERBS.contains(&w);
        if !irregular && !regular_past(w) {
            return false;
        }
        let prev = k.checked_sub(1).map_or("", |p| self.word(p));
        if matches!(
            prev,
            "be" | "been"
                | "being"
                | "is"
                | "are"
                | "am"
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
                | "so"
                | "newly"
                | "remain"
                | "remains"
                | "stay"
                | "stays"
                | "get"
                | "gets"
                | "getting"
                | "and"
                | "or"
        ) {
            return false;
        }
        if irregular {
            return true;
        }
        // What follows a verb: a date, a preposition, an article, a pronoun, a clause;
        // a bare noun after it may be an adjective's (`armed groups`).
        let next = self.t(k + 1);
        next.is_none_or(|n| {
            n.kind != TokenKind::Word
                || n.capitalized()
                || is_weekday(&n.lower)
                || matches!(
                    n.lower.as_ref(),
                    "on" | "in"
                        | "at"
                        | "by"
                        | "to"
                        | "for"
                        | "about"
                        | "against"
                        | "into"
                        | "from"
                        | "with"
                        | "out"
                        | "off"
                        | "late"
                        | "early"
                        | "that"
                        | "a"
                        | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "it"
                        | "him"
                        | "them"
                )
        })
    }

    /// After `last`, `next`, `this`: a weekday, a month, `week`/`month`/`year`, a holiday,
    /// `last week's sunday`.
    fn modified(&self, i: usize, dir: Dir) -> Option<(DateMatch, bool)> {
        let k = i + 1;
        // `the last year`, `over the past week`: the time up to now, not the calendar's.
        // So is `in the next week`, `over the coming month`, `The next year, he …`: the time
        // from now on, or from a time the story tells.
        if i > 0
            && matches!(self.word(k), "year" | "month" | "week")
            && match dir {
                Dir::Past => matches!(self.word(i - 1), "the" | "this"),
                Dir::Future => self.word(i - 1) == "the",
                _ => false,
            }
        {
            return None;
        }
        if let Some(found) = self.holiday(k, dir) {
            return Some((
                DateMatch {
                    first: i,
                    ..found.0
                },
                found.1,
            ));
        }
        if let Some((wd, wlast)) = self.weekday(k) {
            if dir == Dir::This && super::en57::before_date(self.tokens, wlast) {
                return None;
            }
            // `last Saturday` in a Sunday paper is the Saturday of the week before: the day
            // before would be `Saturday` or `yesterday` (every such case in en-news was).
            let date = if dir == Dir::Past
                && self.word(i) == "last"
                && self.reference.weekday().previous() == wd
            {
                add_days(self.reference, -8)?
            } else {
                self.resolve_weekday(wd, dir)?
            };
            // `as recently as this Saturday`, `tested it just this Sunday`: gone by.
            let date = if dir == Dir::This
                && date > self.reference
                && (super::en57::looks_back(self.tokens, i)
                    || self.governed(i, false) == Some(false))
            {
                self.resolve_weekday(wd, Dir::Past)?
            } else {
                date
            };
            return Some((Self::day_match(i, wlast, date), true));
        }
        if let Some((m, mlast, _)) = self.month(k) {
            // (`this July, 1944 photo`: the month of that year, read from the month.)
            if self.day_of_month(mlast + 1).is_some()
                || self.year(mlast + 1).is_some()
                || self.comma_year(mlast).is_some()
            {
                return None;
            }
            // `This may well have led to`: `may` in lower case is the verb (the month only
            // next to a day or a year, read elsewhere).
            if self.t(k).is_some_and(|t| t.text == "may") {
                return None;
            }
            let d = self.resolve_month(m, dir)?;
            return Some((Self::month_match(i, mlast, d), true));
        }
        // `last week's sunday`
        if self.word(k) == "week's"
            && let Some((wd, wlast)) = self.weekday(k + 1)
        {
            let shift = match dir {
                Dir::Past => -7,
                Dir::Future => 7,
                _ => 0,
            };
            let monday = add_days(monday_of(self.reference), shift)?;
            let date = add_days(monday, i64::from(wd.to_monday_zero_offset()))?;
            return Some((Self::day_match(i, wlast, date), true));
        }
        // `will visit … this week` in a Sunday paper: the week now ending has no day left
        // for it, so it is the coming one.
        let dir = if dir == Dir::This
            && self.word(k) == "week"
            && self.reference.weekday() == Weekday::Sunday
            && (self.governed(i, false) == Some(true) || super::en59::would_ahead(self.tokens, i))
        {
            Dir::Future
        } else {
            dir
        };
        let (m, needs) = self.period(k, dir)?;
        Some((DateMatch { first: i, ..m }, needs))
    }

    /// `week`, `month`, `year` at `k` after a modifier.
    fn period(&self, k: usize, dir: Dir) -> Option<(DateMatch, bool)> {
        let r = self.reference;
        let shift: i64 = match dir {
            Dir::Past => -1,
            Dir::Future => 1,
            _ => 0,
        };
        let m = match self.word(k) {
            // `last week` in a Sunday paper is the week now ending, Monday to Saturday: of
            // 20 such cases in en-news with the event's date known, 17 meant it (Saturday
            // papers mostly meant the calendar week before, which stays).
            "week" if dir == Dir::Past && r.weekday() == Weekday::Sunday => DateMatch {
                first: k,
                last: k,
                date: monday_of(r),
                last_day: add_days(r, -1)?,
                grain: Grain::Week,
            },
            "week" => {
                let monday = add_days(monday_of(r), 7 * shift)?;
                DateMatch {
                    first: k,
                    last: k,
                    date: monday,
                    last_day: add_days(monday, 6)?,
                    grain: Grain::Week,
                }
            }
            "month" => {
                let d = self.shift_month(dir)?;
                Self::month_match(k, k, d)
            }
            "year" => {
                let y = r.year() + shift as i16;
                DateMatch {
                    first: k,
                    last: k,
                    date: Date::new(y, 1, 1).ok()?,
                    last_day: Date::new(y, 12, 31).ok()?,
                    grain: Grain::Year,
                }
            }
            _ => return None,
        };
        Some((m, true))
    }

    /// The first day of the publication's month moved one month by `dir`.
    fn shift_month(&self, dir: Dir) -> Option<Date> {
        let first = self.reference.first_of_month();
        match dir {
            Dir::Past => first.checked_sub(1.month()).ok(),
            Dir::Future => first.checked_add(1.month()).ok(),
            _ => Some(first),
        }
    }

    /// `early August`, `mid-August`, `late August 2014`: a third of the month.
    fn part_of_month(&self, i: usize) -> Option<(DateMatch, bool)> {
        let part = self.word(i);
        let mut k = i + 1;
        if self.punct(k, '-') && self.glued(k) {
            k += 1;
        }
        let (m, mlast, _) = self.month(k)?;
        let (first_day, needs, last) = match self.year(mlast + 1) {
            Some((y, ylast)) => (month_first(y, m)?, false, ylast),
            None => match self.of_relative_year(mlast) {
                Some((y, ylast)) => (month_first(y, m)?, true, ylast),
                // `pushed back to early March`, `will be held in early November`: a plan is
                // for the coming month (not `by early December, it had snowballed`, a
                // deadline told in the past, nor `as planned in late January`, `his planned
                // visit in late August`, a plan told after the fact).
                None if (self.governed(i, false) == Some(true)
                    && !(i.saturating_sub(8)..i).any(|k| self.word(k) == "planned")
                    || self.by_deadline(i, mlast))
                    && m != self.reference.month() as u8 =>
                {
                    (self.resolve_month(m, Dir::Future)?, true, mlast)
                }
                None => (
                    self.month_in_story(m)
                        .map_or_else(|| self.resolve_month(m, Dir::Near), Some)?,
                    true,
                    mlast,
                ),
            },
        };
        let (a, b) = match part {
            "early" => (1, 10),
            "mid" => (11, 20),
            _ => (21, first_day.last_of_month().day() as u8),
        };
        let date = day(first_day.year(), m, a)?;
        let last_day = day(first_day.year(), m, b)?;
        Some((
            DateMatch {
                first: i,
                last,
                date,
                last_day,
                grain: Grain::Span,
            },
            needs,
        ))
    }

    /// `must agree by mid-December.`, `the rest by early February.`: a deadline inside a
    /// sentence, not told in the past; `by early March, the administration declared` (a
    /// comma after it) or one opening a sentence tells a story.
    fn by_deadline(&self, i: usize, last: usize) -> bool {
        i >= 2
            && self.word(i - 1) == "by"
            && self.t(i - 2).is_some_and(|t| t.is_word())
            && !self.punct(last + 1, ',')
            && self.ahead(i)
    }

    /// `three weeks ago`, `a week ago`, `2 thursdays ago`, `three months hence`, `3 years
    /// from today`.
    fn ago(&self, i: usize) -> Option<(DateMatch, bool)> {
        let (n, nlast) = if matches!(self.word(i), "a" | "an") {
            (1i64, i)
        } else {
            let t = self.t(i)?;
            if !(t.kind == TokenKind::Digits || numbers::is_number_word(t)) {
                return None;
            }
            let n = numbers::parse_at(self.tokens, i)?;
            if n.value.fract() != 0.0 || !(1.0..=1000.0).contains(&n.value) {
                return None;
            }
            (n.value as i64, n.last)
        };
        let unit = self.word(nlast + 1);
        let u = nlast + 1;
        let (sign, last) = match (self.word(u + 1), self.word(u + 2)) {
            ("ago" | "back", _) => (-1, u + 1),
            ("hence", _) => (1, u + 1),
            ("from", "now" | "today") => (1, u + 2),
            ("after" | "before" | "from", _) => return self.offset_from(i, n, unit, u + 1),
            _ => return None,
        };
        let r = self.reference;
        let weekday = WEEKDAYS
            .iter()
            .find(|(w, _)| unit.strip_suffix('s') == Some(w) || unit == *w)
            .map(|(_, wd)| *wd);
        if let Some(wd) = weekday {
            // The nth such weekday before or after the publication.
            let mut d = r;
            for _ in 0..n {
                d = if sign < 0 {
                    d.nth_weekday(-1, wd).ok()?
                } else {
                    d.nth_weekday(1, wd).ok()?
                };
            }
            return Some((Self::day_match(i, last, d), true));
        }
        let m = match unit.trim_end_matches('s') {
            "day" => Self::day_match(i, last, add_days(r, sign * n)?),
            "week" => Self::day_match(i, last, add_days(r, sign * 7 * n)?),
            "month" => {
                let d = r.checked_add((sign * n).months()).ok()?;
                if sign > 0 {
                    Self::day_match(i, last, d)
                } else {
                    Self::month_match(i, last, d.first_of_month())
                }
            }
            "year" => {
                let d = r.checked_add((sign * n).years()).ok()?;
                if sign > 0 {
                    Self::day_match(i, last, d)
                } else {
                    DateMatch {
                        first: i,
                        last,
                        date: Date::new(d.year(), 1, 1).ok()?,
                        last_day: Date::new(d.year(), 12, 31).ok()?,
                        grain: Grain::Year,
                    }
                }
            }
            _ => return None,
        };
        Some((m, true))
    }

    /// `three days after Easter`, `two weeks before Christmas`, `a year from Christmas`, `a
    /// month after March 3`: `n` `unit`s (days, weeks, months, years) from the day read
    /// after the preposition at `p`. The anchor must name a day; not `five days after the
    /// vote`, nor `ten days from March 3 to March 13` (a duration between two days).
    fn offset_from(&self, i: usize, n: i64, unit: &str, p: usize) -> Option<(DateMatch, bool)> {
        let sign = if self.word(p) == "before" { -1 } else { 1 };
        let (anchor, needs) = self.read(p + 1)?;
        if anchor.first != p + 1
            || anchor.grain != Grain::Day
            || matches!(
                self.word(anchor.last + 1),
                "to" | "until" | "till" | "through" | "and"
            )
        {
            return None;
        }
        let a = anchor.date;
        let date = match unit.trim_end_matches('s') {
            "day" => add_days(a, sign * n)?,
            "week" => add_days(a, sign * 7 * n)?,
            "month" => a.checked_add((sign * n).months()).ok()?,
            "year" => a.checked_add((sign * n).years()).ok()?,
            _ => return None,
        };
        // A day without a year is read near the publication; counted from it, a date more
        // than a year away says the day was another year's (`ten years after September 11`
        // is 2011, not ten years after this September).
        if needs && days_between(self.reference, date).abs() > 366 {
            return None;
        }
        Some((Self::day_match(i, anchor.last, date), needs))
    }

    /// `first Monday of March`, `last Sunday of March 2014`, `third tuesday after christmas
    /// 2014`, `last day of october 2015`, `third day of october`, starting at the ordinal
    /// `k` (the span from `first`).
    fn nth_weekday(&self, k: usize, first: usize) -> Option<(DateMatch, bool)> {
        let (nth, olast) = if self.word(k) == "last" {
            (-1i8, k)
        } else {
            let o = numbers::ordinal_at(self.tokens, k)?;
            if !(1.0..=5.0).contains(&o.value) {
                return None;
            }
            (o.value as i8, o.last)
        };
        let what = self
            .weekday(olast + 1)
            .map(|(wd, l)| (Some(wd), l))
            .or_else(|| (self.word(olast + 1) == "day").then_some((None, olast + 1)))?;
        let (wd, wlast) = what;
        let prep = self.word(wlast + 1);
        // `third tuesday after christmas 2014`
        if prep == "after"
            && let Some(wd) = wd
            && let Some((h, _)) = self.holiday(wlast + 2, Dir::Near)
        {
            let date = h.date.nth_weekday(i32::from(nth), wd).ok()?;
            return Some((Self::day_match(first, h.last, date), true));
        }
        if !matches!(prep, "of" | "in") {
            return None;
        }
        let j = wlast + 2;
        // The month: a name (with a year), or `this month`, `the month`, `next month`, `last
        // month`.
        let (month_start, mlast, needs) = if let Some((m, mlast, _)) = self.month(j) {
            match self.year(mlast + 1) {
                Some((y, ylast)) => (month_first(y, m)?, ylast, false),
                None => (self.resolve_month(m, Dir::Near)?, mlast, true),
            }
        } else {
            let dir = match self.word(j) {
                "this" | "the" => Dir::This,
                "next" => Dir::Future,
                "last" | "previous" => Dir::Past,
                _ => return None,
            };
            if self.word(j + 1) != "month" {
                return None;
            }
            (self.shift_month(dir)?, j + 1, true)
        };
        let date = match wd {
            Some(wd) => month_start.nth_weekday_of_month(nth, wd).ok()?,
            None if nth < 0 => month_start.last_of_month(),
            None => day(month_start.year(), month_start.month() as u8, nth as u8)?,
        };
        Some((Self::day_match(first, mlast, date), needs))
    }

    /// Numeric dates at `i`: `10/31/1974`, `3/3/15`, `10-31-74`, `10.31.1974`, `2015-03-03`,
    /// `31/Oct/1974`, `2/15`.
    fn numeric(&self, i: usize) -> Option<(DateMatch, bool)> {
        let a = self.digits(i)?;
        let sep = match self.t(i + 1)?.kind {
            TokenKind::Punct(c @ ('/' | '-' | '.')) => c,
            _ => return None,
        };
        let glued_all = |from: usize, to: usize| (from..=to).all(|k| self.glued(k));
        // ISO: 2015-03-03, 2015-3-3
        if a.len() == 4 && sep == '-' && glued_all(i + 1, i + 4) && self.punct(i + 3, '-') {
            let (m, d) = (self.digits(i + 2)?, self.digits(i + 4)?);
            if m.len() <= 2 && d.len() <= 2 && !self.runs_on(i + 5) {
                let date = day(a.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
                return Some((Self::day_match(i, i + 4, date), false));
            }
            return None;
        }
        if a.len() > 2 {
            return None;
        }
        // `31/Oct/1974`, `31-Oct-74`
        if let Some((m, mlast, _)) = self.month(i + 2)
            && glued_all(i + 1, mlast + 2)
            && self.punct(mlast + 1, sep)
            && let Some(y) = self.digits(mlast + 2)
        {
            let y = match y.len() {
                4 => y.parse().ok()?,
                2 => two_digit_year(y.parse().ok()?, self.reference),
                _ => return None,
            };
            let date = day(y, m, a.parse().ok()?)?;
            return Some((Self::day_match(i, mlast + 2, date), false));
        }
        // The second part: glued, or spaced around a slash (`2 / 15`).
        let spaced = !self.glued(i + 1) && sep == '/' && !self.glued(i + 2);
        if !(glued_all(i + 1, i + 2) || spaced) {
            return None;
        }
        let b = self.digits(i + 2)?;
        if b.len() > 2 {
            return None;
        }
        let (x, y): (u8, u8) = (a.parse().ok()?, b.parse().ok()?);
        // Month first; day first only when the first part cannot be a month.
        let (m, d) = if x <= 12 { (x, y) } else { (y, x) };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        if !spaced && self.punct(i + 3, sep) && glued_all(i + 3, i + 4) {
            let year = self.digits(i + 4)?;
            let y = match year.len() {
                4 => year.parse().ok()?,
                2 => two_digit_year(year.parse().ok()?, self.reference),
                _ => return None,
            };
            if self.runs_on(i + 5) {
                return None;
            }
            let date = day(y, m, d)?;
            return Some((Self::day_match(i, i + 4, date), false));
        }
        // Without a year: only with a slash, in a dated text, and not `24/7`.
        if !self.dated || sep != '/' || (x == 24 && y == 7) || self.runs_on(i + 3) {
            return None;
        }
        let date = self.resolve_md(m, d, Dir::Near, None)?;
        Some((Self::day_match(i, i + 2, date), true))
    }

    /// A holiday at `k`, with a year after it or resolved by `dir`.
    fn holiday(&self, k: usize, dir: Dir) -> Option<(DateMatch, bool)> {
        // First the name, whose look-up turns most words away by their lexicon bit.
        let (rule, last) = self.holiday_name(k)?;
        // Another calendar's new year (`Chinese New Year`, `Jewish New Year`) is not ours.
        let other_calendar = k.checked_sub(1).is_some_and(|p| {
            matches!(
                self.word(p),
                "chinese"
                    | "lunar"
                    | "jewish"
                    | "hebrew"
                    | "persian"
                    | "iranian"
                    | "thai"
                    | "tamil"
                    | "ethiopian"
                    | "orthodox"
                    | "vietnamese"
                    | "korean"
            )
        });
        if other_calendar && !matches!(self.word(k), "easter" | "good" | "great" | "shrove") {
            return None;
        }
        // `Rakhi Sawant`: a given name before a surname, not the feast.
        if self.word(k) == "rakhi" && self.t(last + 1).is_some_and(|t| t.capitalized()) {
            return None;
        }
        // `the Yom Kippur War`, `the Ramadan War` name a war, not this year's feast; `a
        // Christmas market`, `Easter eggs`: the feast names a kind of thing.
        if self.word(last + 1) == "war"
            || FEAST_THINGS.contains(&self.word(last + 1))
            || super::en53::feast_kind(self.tokens, k, last)
            || super::en60::feast_surname(self.tokens, k, last)
            || super::en62::feast_concept(self.tokens, k)
        {
            return None;
        }
        let year = self.year_after(last, false).or_else(|| {
            (self.word(last + 1) == "in")
                .then(|| self.year(last + 2))
                .flatten()
        });
        if let Some((y, ylast)) = year {
            let date = rule.on(y)?;
            return Some((Self::day_match(k, ylast, date), false));
        }
        // `thanksgiving of next year`, `MLK day of last year`, `black friday of this year`
        if self.word(last + 1) == "of" && self.word(last + 3) == "year" {
            let y = self.reference.year()
                + match self.word(last + 2) {
                    "next" => 1,
                    "last" => -1,
                    "this" => 0,
                    _ => return None,
                };
            return Some((Self::day_match(k, last + 3, rule.on(y)?), true));
        }
        let r = self.reference;
        let candidates = [r.year() - 1, r.year(), r.year() + 1].map(|y| rule.on(y));
        let date = match dir {
            Dir::Past => candidates.into_iter().flatten().filter(|d| *d < r).max()?,
            Dir::Future => candidates.into_iter().flatten().find(|d| *d > r)?,
            Dir::This => rule.on(r.year())?,
            Dir::Near => {
                let soon = candidates
                    .into_iter()
                    .flatten()
                    .find(|d| *d > r && days_between(r, *d) <= AHEAD_DAYS);
                soon.or_else(|| candidates.into_iter().flatten().filter(|d| *d <= r).max())?
            }
        };
        Some((Self::day_match(k, last, date), true))
    }

    /// The holiday named from token `k`: its rule and last token.
    fn holiday_name(&self, k: usize) -> Option<(Holiday, usize)> {
        // A word that starts no name, as the tokenizer's look-up found.
        if self
            .t(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.lex & super::lex::HOLIDAY == 0)
        {
            return None;
        }
        let first = self.word(k);
        let names = HOLIDAY_INDEX.get(first)?;
        let mut best: Option<(Holiday, usize)> = None;
        for (rest, rule) in names {
            let mut j = k;
            let mut ok = true;
            for w in rest {
                j += 1;
                // `St. Patrick's`: a full stop after an abbreviation; `al-Fitr`: a hyphen.
                if (self.punct(j, '.') || self.punct(j, '-')) && self.glued(j) {
                    j += 1;
                }
                if self.word(j) != *w {
                    ok = false;
                    break;
                }
            }
            if ok && best.as_ref().is_none_or(|(_, l)| j > *l) {
                best = Some((*rule, j));
            }
        }
        // `Lent` is the season only in capitals.
        let (rule, last) = best?;
        if first == "lent" && !self.t(k).is_some_and(|t| t.capitalized()) {
            return None;
        }
        Some((rule, last))
    }

    /// The day `d` in the publication's month (a day alone is this month's).
    fn day_in_near_month(&self, d: u8) -> Option<Date> {
        let r = self.reference;
        day(r.year(), r.month() as u8, d)
    }

    /// The day `d` of a month near the publication that falls on `wd`.
    fn day_on_weekday(&self, d: u8, wd: Weekday) -> Option<Date> {
        let r = self.reference.first_of_month();
        let mut best: Option<Date> = None;
        for shift in -12i64..=12 {
            let m = r.checked_add(shift.months()).ok()?;
            if let Some(c) = day(m.year(), m.month() as u8, d)
                && c.weekday() == wd
                && best.is_none_or(|b| {
                    days_between(self.reference, c).abs() < days_between(self.reference, b).abs()
                })
            {
                best = Some(c);
            }
        }
        best
    }

    /// Month `m` and day `d` without a year, by `dir`; with a weekday, the year whose date
    /// falls on it.
    fn resolve_md(&self, m: u8, d: u8, dir: Dir, weekday: Option<Weekday>) -> Option<Date> {
        let r = self.reference;
        let near = |y: i16| day(y, m, d);
        if weekday.is_none()
            && dir == Dir::Near
            && let Some(c) = self
                .anchor
                .and_then(|a| near(a.year()).filter(|c| days_between(a, *c).abs() <= 31))
        {
            return Some(c);
        }
        if weekday.is_none()
            && dir == Dir::Near
            && let Some(c) = self.in_story(m, d)
        {
            return Some(c);
        }
        let pick = match dir {
            Dir::Past => (r.year() - 1..=r.year())
                .rev()
                .filter_map(near)
                .find(|c| *c < r),
            Dir::Future => (r.year()..=r.year() + 1).filter_map(near).find(|c| *c >= r),
            Dir::This => near(r.year()),
            Dir::Near => {
                let soon = (r.year()..=r.year() + 1)
                    .filter_map(near)
                    .find(|c| *c > r && days_between(r, *c) <= AHEAD_DAYS);
                soon.or_else(|| {
                    (r.year() - 1..=r.year())
                        .rev()
                        .filter_map(near)
                        .find(|c| *c <= r)
                })
            }
        };
        let Some(wd) = weekday else { return pick };
        if pick.is_some_and(|p| p.weekday() == wd) {
            return pick;
        }
        (r.year() - 11..=r.year() + 11)
            .filter_map(near)
            .filter(|c| c.weekday() == wd)
            .min_by_key(|c| days_between(r, *c).abs())
    }

    /// `was killed on July 30`, `told an audience on Sept. 20`, `was fired by Trump on Feb.
    /// 13`: a day without a year that a verb in the past tells of is the most recent one on
    /// or before the publication, not one of the next weeks (a photo gallery's caption
    /// excepted: `Hide Caption 4 of 9 … rebels took the airport on September 1` is often
    /// later than its page's date, and so is `Updated July 25`).
    ///
    /// Only after `on` that no event noun heads (`a hearing on April 22`, `elections on Nov.
    /// 1` are planned), and with no infinitive or modal between the verb and the day
    /// (`agreed to hold talks on July 12`, `said the summit could take place on June 12`:
    /// a plan told in the past), nor a condition (`if Kerry stepped down on January 21`).
    fn told_past(&self, i: usize) -> bool {
        if i < 2
            || self.word(i - 1) != "on"
            || EVENT_NOUNS.contains(&self.word(i - 2))
            || (0..i).any(|k| self.word(k) == "if")
        {
            return false;
        }
        let mut k = i - 1;
        while k > 0 && i - k < 20 {
            k -= 1;
            let t = &self.tokens[k];
            if matches!(t.kind, TokenKind::Punct(',' | ';' | ':' | '"' | '“' | '”')) {
                break;
            }
            let w = t.lower.as_ref();
            let infinitive = w == "to"
                && self.t(k + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && !n.capitalized()
                        && !matches!(
                            n.lower.as_ref(),
                            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this"
                        )
                });
            if infinitive
                || matches!(
                    w,
                    "could" | "can" | "may" | "might" | "should" | "must" | "updated"
                )
            {
                return false;
            }
            if self.past_verb(k) {
                break;
            }
        }
        self.governed(i, false) == Some(false) && !self.tokens.iter().any(|t| t.lower == "caption")
    }

    /// `… can no longer remember anything that happened before Jan. 20` after `The year is
    /// 2017.`: a bare `before`/`by`/`until` looks ahead only when no story of an earlier year
    /// dates the day (a cue of the future still does: `will end by Jan. 20`).
    fn story_deadline(&self, i: usize, m: u8, d: u8) -> bool {
        let prev = i.checked_sub(1).map_or("", |p| self.word(p));
        matches!(prev, "by" | "until" | "till" | "before")
            && self.governed(i, false).is_none()
            && self.in_story(m, d).is_some()
    }

    /// [`Self::resolve_md`] for a day told in the past (see [`Self::told_past`]): the
    /// caption's or the story's year as for a bare day, otherwise the most recent such day
    /// on or before the publication.
    fn resolve_md_told(&self, m: u8, d: u8) -> Option<Date> {
        if let Some(c) = self
            .anchor
            .and_then(|a| day(a.year(), m, d).filter(|c| days_between(a, *c).abs() <= 31))
        {
            return Some(c);
        }
        if let Some(c) = self.in_story(m, d) {
            return Some(c);
        }
        let r = self.reference;
        (r.year() - 1..=r.year())
            .rev()
            .filter_map(|y| day(y, m, d))
            .find(|c| *c <= r)
    }

    /// Month `m` and day `d` in the years of the story's date (see `narrative`): from a
    /// month before it to three months after its last day, and before the publication.
    fn in_story(&self, m: u8, d: u8) -> Option<Date> {
        let (low, high) = self.narrative?;
        let (from, to) = (add_days(low, -STORY_BEFORE)?, add_days(high, STORY_AFTER)?);
        (low.year()..=high.year() + 1)
            .filter_map(|y| day(y, m, d))
            .find(|c| (from..=to).contains(c) && *c < self.reference)
    }

    /// The first day of month `m` in the years of the story's date (see `narrative`, and
    /// [`Self::in_story`] for a day): `in May` a few sentences after `on April 29, 1994`,
    /// `by early March` after `In February 2011,` is that year's when the month comes
    /// after the story's month, at most three months after its days, and before the
    /// publication's month. A story dated by a year alone (`In 2011, …`) dates no bare
    /// month (`In December, Fox News' Ed Henry pressed …` is the publication's), nor does
    /// a month before the story's or the story's own (`the deal the US left in May 2018
    /// and a campaign that began escalating in May`, `Trump visited after Christmas 2018,
    /// while Pence visited in November`: other years'); those keep the past bias.
    fn month_in_story(&self, m: u8) -> Option<Date> {
        let (low, high) = self.narrative?;
        if low.month() == 1 && low.day() == 1 && high.month() == 12 && high.day() == 31 {
            return None;
        }
        let to = add_days(high, STORY_AFTER)?;
        let pub_month = self.reference.first_of_month();
        (low.year()..=high.year() + 1)
            .filter_map(|y| month_first(y, m))
            .find(|c| *c > high && *c <= to && *c < pub_month)
    }

    /// The month `m` in the direction `dir`, the publication's own month when it is ahead.
    fn resolve_ahead(&self, m: u8, dir: Dir) -> Option<Date> {
        if dir == Dir::Future && m == self.reference.month() as u8 {
            self.resolve_month(m, Dir::This)
        } else {
            self.resolve_month(m, dir)
        }
    }

    /// A month without a year: the publication's, the next, or the most recent before.
    fn resolve_month(&self, m: u8, dir: Dir) -> Option<Date> {
        let r = self.reference;
        let this = month_first(r.year(), m)?;
        let pub_month = r.first_of_month();
        match dir {
            Dir::This => Some(this),
            Dir::Past => {
                if this < pub_month {
                    Some(this)
                } else {
                    month_first(r.year() - 1, m)
                }
            }
            Dir::Future => {
                if this > pub_month {
                    Some(this)
                } else {
                    month_first(r.year() + 1, m)
                }
            }
            Dir::Near => {
                let next = pub_month.checked_add(1.month()).ok()?;
                if this == pub_month {
                    Some(this)
                } else if next.month() as u8 == m {
                    Some(next)
                } else if this < pub_month {
                    Some(this)
                } else {
                    month_first(r.year() - 1, m)
                }
            }
        }
    }

    /// A weekday by `dir`: the most recent (the publication day included), strictly before,
    /// in the next week, or in the publication's week.
    fn resolve_weekday(&self, wd: Weekday, dir: Dir) -> Option<Date> {
        let r = self.reference;
        match dir {
            Dir::Near => {
                if r.weekday() == wd {
                    Some(r)
                } else {
                    r.nth_weekday(-1, wd).ok()
                }
            }
            Dir::Past => r.nth_weekday(-1, wd).ok(),
            Dir::Future => add_days(monday_of(r), 7 + i64::from(wd.to_monday_zero_offset())),
            Dir::This => add_days(monday_of(r), i64::from(wd.to_monday_zero_offset())),
        }
    }
}

/// Nouns of planned events: `a hearing on April 22` told in the past is still to come.
const EVENT_NOUNS: &[&str] = &[
    "hearing",
    "hearings",
    "election",
    "elections",
    "vote",
    "referendum",
    "summit",
    "meeting",
    "meetings",
    "conference",
    "talks",
    "session",
    "deadline",
    "trial",
    "visit",
];

/// Verbs in the past without `-ed`, and the reporting `says`/`tells`: a date after one
/// of them dates what it tells (`Erdogan said Tuesday`), whatever a `will` before says.
pub(super) const PAST_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "met", "left", "came", "went", "took", "gave", "made", "held",
    "began", "spoke", "wrote", "saw", "sent", "won", "lost", "fell", "rose", "struck", "shot",
    "fought", "sought", "brought", "thought", "found", "kept", "led", "ran", "flew", "knew",
    "became", "stood", "paid", "sold", "bought", "broke", "chose", "drove", "grew", "meant",
    "spent", "swore", "threw",
];

/// Participles not in `-ed` that differ from the past (`seen`, `done`; see
/// `Parser::perfect`).
pub(super) const PARTICIPLES: &[&str] = &[
    "seen", "done", "given", "taken", "gone", "written", "known", "shown", "spoken", "chosen",
    "broken", "begun", "come", "become", "fallen", "risen", "grown", "thrown", "flown", "drawn",
    "driven", "eaten", "heard", "hit", "put", "cut",
];

/// A word in `-ed` that may be a verb in the past (or its participle): `submitted`, not
/// `hundred`.
pub(super) fn regular_past(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ed") && !NOT_PAST_ED.contains(&w)
}

/// Words ending in `-ed` that are no verbs in the past (or are cues of a plan).
const NOT_PAST_ED: &[&str] = &[
    "hundred",
    "indeed",
    "speed",
    "seed",
    "feed",
    "need",
    "shed",
    "breed",
    "greed",
    "creed",
    "planned",
    "scheduled",
    "expected",
    "slated",
    "intended",
    "proposed",
    "united",
    "naked",
    "sacred",
    "wicked",
    "alleged",
    "supposed",
    "bed",
    "red",
];

/// Nouns after a feast's name that make it a kind of thing (`a Christmas market`, `Easter
/// eggs`, `Halloween costumes`), not the day.
const FEAST_THINGS: &[&str] = &[
    "market",
    "markets",
    "tree",
    "trees",
    "card",
    "cards",
    "carol",
    "carols",
    "gift",
    "gifts",
    "present",
    "presents",
    "decoration",
    "decorations",
    "light",
    "lights",
    "ornament",
    "ornaments",
    "stocking",
    "stockings",
    "egg",
    "eggs",
    "bunny",
    "bunnies",
    "cake",
    "cakes",
    "pudding",
    "puddings",
    "cookie",
    "cookies",
    "candy",
    "candies",
    "costume",
    "costumes",
    "song",
    "songs",
    "music",
    "movie",
    "movies",
    "film",
    "films",
    "jumper",
    "jumpers",
    "sweater",
    "sweaters",
    "shopper",
    "shoppers",
    "shopping",
    "miracle",
    "miracles",
    "spirit",
    "lantern",
    "lanterns",
    "hamper",
    "hampers",
    "tradition",
    "traditions",
];

/// How a holiday's date follows from its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holiday {
    Fixed(u8, u8),
    /// The nth weekday of a month (-1: the last).
    Nth(u8, i8, Weekday),
    /// Days after Western Easter Sunday.
    Easter(i16),
    /// Days after Orthodox Easter Sunday.
    Orthodox(i16),
    /// A single-day feast of the Hebrew calendar.
    Hebrew(HebrewFeast),
    /// The first day of the Chinese year.
    ChineseNewYear,
    /// A feast of the Hindu, Sikh or Buddhist calendars, computed from the sun and moon.
    Hindu(HinduFeast),
    /// A Hijri month and day, in the Gregorian year asked (the first such day in it).
    Hijri(u8, u8),
    /// The last Friday of Ramadan.
    LastFridayOfRamadan,
    /// Thanksgiving and the day after.
    Thanksgiving(i16),
    /// 16 October, on the nearest weekday.
    BossDay,
    /// 27 April, or the 26th when the 27th is a Sunday.
    KingsDay,
    /// The Shahenshahi new year: a calendar of 365 days without leap years, so a day earlier
    /// every four Gregorian years (17 August 2018).
    Parsi,
}

/// Holiday names (lower case, `|` between variants) and their rules.
const HOLIDAYS: &[(&str, Holiday)] = &[
    (
        "christmas|christmas day|xmas|xmas day",
        Holiday::Fixed(12, 25),
    ),
    ("christmas eve", Holiday::Fixed(12, 24)),
    (
        "new year's day|new years day|new year day",
        Holiday::Fixed(1, 1),
    ),
    ("new year's eve|new years eve", Holiday::Fixed(12, 31)),
    (
        "valentine's day|valentine day|valentines day",
        Holiday::Fixed(2, 14),
    ),
    ("halloween", Holiday::Fixed(10, 31)),
    (
        "st patrick's day|st patricks day|saint patrick's day|saint patricks day|st paddy's day|saint paddy's day",
        Holiday::Fixed(3, 17),
    ),
    ("independence day|fourth of july", Holiday::Fixed(7, 4)),
    (
        "veterans day|veterans' day|armistice day",
        Holiday::Fixed(11, 11),
    ),
    ("world vegan day", Holiday::Fixed(11, 1)),
    (
        "rabindra jayanti|rabindranath jayanti",
        Holiday::Fixed(5, 9),
    ),
    ("vaisakhi|baisakhi|vasakhi|vaishakhi", Holiday::Fixed(4, 14)),
    ("king's day|kings day|koningsdag", Holiday::KingsDay),
    ("boss's day|bosses day|boss day", Holiday::BossDay),
    ("the ides of march|ides of march", Holiday::Fixed(3, 15)),
    (
        "parsi new year|jamshedi navroz|jamshedi nowruz",
        Holiday::Parsi,
    ),
    ("thanksgiving|thanksgiving day", Holiday::Thanksgiving(0)),
    ("black friday", Holiday::Thanksgiving(1)),
    (
        "martin luther king day|martin luther king's day|martin luther kings day|martin luther king jr day|mlk day|mlk jr day|civil rights day",
        Holiday::Nth(1, 3, Weekday::Monday),
    ),
    (
        "presidents day|presidents' day|president's day|washington's birthday",
        Holiday::Nth(2, 3, Weekday::Monday),
    ),
    ("memorial day", Holiday::Nth(5, -1, Weekday::Monday)),
    ("labor day|labour day", Holiday::Nth(9, 1, Weekday::Monday)),
    ("easter|easter sunday|easter day", Holiday::Easter(0)),
    ("easter monday|easter mon", Holiday::Easter(1)),
    ("good friday", Holiday::Easter(-2)),
    ("holy saturday", Holiday::Easter(-1)),
    (
        "maundy thursday|holy thursday|covenant thursday|covenant thu|thu of mysteries|thursday of mysteries",
        Holiday::Easter(-3),
    ),
    ("palm sunday|branch sunday", Holiday::Easter(-7)),
    ("ash wednesday", Holiday::Easter(-46)),
    (
        "shrove tuesday|mardi gras|pancake day|pancake tuesday",
        Holiday::Easter(-47),
    ),
    ("ascension day", Holiday::Easter(39)),
    (
        "pentecost|whit sunday|whitsunday|white sunday",
        Holiday::Easter(49),
    ),
    (
        "whit monday|whitmonday|monday of the holy spirit",
        Holiday::Easter(50),
    ),
    ("trinity sunday", Holiday::Easter(56)),
    (
        "orthodox easter|orthodox easter sunday",
        Holiday::Orthodox(0),
    ),
    (
        "orthodox good friday|orthodox great friday",
        Holiday::Orthodox(-2),
    ),
    (
        "clean monday|orthodox shrove monday|ash monday",
        Holiday::Orthodox(-48),
    ),
    ("lazarus saturday", Holiday::Orthodox(-8)),
    (
        "eid al fitr|eid al-fitr|eid ul fitr|id ul fitr|eid",
        Holiday::Hijri(10, 1),
    ),
    (
        "eid al adha|eid ul adha|id ul adha|eid al-adha|sacrifice feast|feast of the sacrifice|bakr id|bakrid",
        Holiday::Hijri(12, 10),
    ),
    (
        "islamic new year|hijri new year|amun jadid|muharram new year",
        Holiday::Hijri(1, 1),
    ),
    ("ashura|day of ashura", Holiday::Hijri(1, 10)),
    (
        "mawlid|mawlid al nabawi|mawlid al-nabawi|mawlid an nabi|prophet's birthday",
        Holiday::Hijri(3, 12),
    ),
    (
        "isra and mi'raj|isra and miraj|isra' and mi'raj|the prophet's ascension|the night journey|ascension to heaven",
        Holiday::Hijri(7, 27),
    ),
    (
        "laylat al qadr|laylat al-qadr|laylat al kadr|night of power|night of measures|night of decree",
        Holiday::Hijri(9, 27),
    ),
    (
        "yom kippur|day of atonement",
        Holiday::Hebrew(HebrewFeast::YomKippur),
    ),
    (
        "shemini atzeret|shmini atzeret",
        Holiday::Hebrew(HebrewFeast::SheminiAtzeret),
    ),
    (
        "simchat torah|simchas torah|simhat torah",
        Holiday::Hebrew(HebrewFeast::SimchatTorah),
    ),
    (
        "tu bishvat|tu b'shvat|tu bishevat",
        Holiday::Hebrew(HebrewFeast::TuBishvat),
    ),
    ("purim", Holiday::Hebrew(HebrewFeast::Purim)),
    ("shushan purim", Holiday::Hebrew(HebrewFeast::ShushanPurim)),
    (
        "yom hashoah|yom ha'shoah|yom hashoa",
        Holiday::Hebrew(HebrewFeast::YomHashoah),
    ),
    (
        "yom haatzmaut|yom ha'atzmaut",
        Holiday::Hebrew(HebrewFeast::YomHaatzmaut),
    ),
    (
        "lag b'omer|lag baomer|lag ba'omer",
        Holiday::Hebrew(HebrewFeast::LagBaomer),
    ),
    (
        "tisha b'av|tisha bav|tisha b'ab|tishah b'av",
        Holiday::Hebrew(HebrewFeast::TishaBav),
    ),
    (
        "chinese new year|chinese new years|chinese new year's|chinese new year's day|chinese lunar new year|chinese lunar new year's day|lunar new year|lunar new year's day",
        Holiday::ChineseNewYear,
    ),
    (
        "diwali|deepavali|deepawali|divali|lakshmi puja|laxmi puja",
        Holiday::Hindu(hindu::DIWALI),
    ),
    (
        "dhanteras|dhanatrayodashi|dhantrayodashi",
        Holiday::Hindu(hindu::DHANTERAS),
    ),
    (
        "kali chaudas|choti diwali|chhoti diwali|naraka chaturdashi|narak chaturdashi",
        Holiday::Hindu(hindu::KALI_CHAUDAS),
    ),
    (
        "bhai dooj|bhaiya dooj|bhai duj|bhau beej|bhai tika",
        Holiday::Hindu(hindu::BHAI_DOOJ),
    ),
    (
        "chhath|chhath puja|dala puja|dala chhath|surya shashthi|surya sashti",
        Holiday::Hindu(hindu::CHHATH),
    ),
    (
        "maha saptami|durga saptami",
        Holiday::Hindu(hindu::MAHA_SAPTAMI),
    ),
    (
        "dussehra|dussera|dasara|vijayadashami|vijaya dashami",
        Holiday::Hindu(hindu::DUSSEHRA),
    ),
    (
        "karva chauth|karwa chauth|karaka chaturthi",
        Holiday::Hindu(hindu::KARVA_CHAUTH),
    ),
    ("ratha yatra|rath yatra", Holiday::Hindu(hindu::RATHA_YATRA)),
    (
        "rakhi|raksha bandhan|rakshabandhan",
        Holiday::Hindu(hindu::RAKSHA_BANDHAN),
    ),
    (
        "mahavir jayanti|mahaveer jayanti|mahavir janma kalyanak|mahaveer janma kalyanak",
        Holiday::Hindu(hindu::MAHAVIR_JAYANTI),
    ),
    (
        "maha shivaratri|maha shivratri|mahashivaratri|mahashivratri|shivaratri|shivratri",
        Holiday::Hindu(hindu::MAHA_SHIVARATRI),
    ),
    (
        "vasant panchami|basant panchami",
        Holiday::Hindu(hindu::VASANT_PANCHAMI),
    ),
    (
        "holika dahan|chhoti holi|choti holi|kamudu pyre",
        Holiday::Hindu(hindu::HOLIKA_DAHAN),
    ),
    (
        "holi|dhulandi|dhuleti|phagwah|rangwali holi",
        Holiday::Hindu(hindu::HOLI),
    ),
    (
        "krishna janmashtami|janmashtami|gokulashtami|krishna jayanti",
        Holiday::Hindu(hindu::JANMASHTAMI),
    ),
    (
        "buddha purnima|buddha jayanti|buddha day|vesak|wesak",
        Holiday::Hindu(hindu::BUDDHA_PURNIMA),
    ),
    (
        "guru gobind singh jayanti|guru govind singh jayanti|guru gobind singh birthday|guru gobind singh's birthday",
        Holiday::Hindu(hindu::GURU_GOBIND_SINGH_JAYANTI),
    ),
    (
        "guru ravidas jayanti|guru ravidass jayanti|guru ravidas birthday|guru ravidass birthday|ravidas jayanti",
        Holiday::Hindu(hindu::GURU_RAVIDAS_JAYANTI),
    ),
    (
        "valmiki jayanti|maharishi valmiki jayanti|pargat diwas",
        Holiday::Hindu(hindu::VALMIKI_JAYANTI),
    ),
    (
        "ganesh chaturthi|ganesha chaturthi|vinayaka chaturthi|vinayaka chavithi",
        Holiday::Hindu(hindu::GANESH_CHATURTHI),
    ),
    (
        "rama navami|ram navami|ramnavami",
        Holiday::Hindu(hindu::RAMA_NAVAMI),
    ),
    (
        "ugadi|yugadi|samvatsaradi|chaitra sukladi|chaitra sukhladi|gudi padwa",
        Holiday::Hindu(hindu::UGADI),
    ),
    (
        "makar sankranti|makara sankranti|makar sankranthi|makara sankranthi|pongal|thai pongal|maghi",
        Holiday::Hindu(HinduFeast::Sankranti(0)),
    ),
    (
        "bhogi|bhogi pandigai|bogi pandigai",
        Holiday::Hindu(HinduFeast::Sankranti(-1)),
    ),
    (
        "mattu pongal|maattu pongal",
        Holiday::Hindu(HinduFeast::Sankranti(1)),
    ),
    (
        "kaanum pongal|kanum pongal|kanni pongal",
        Holiday::Hindu(HinduFeast::Sankranti(2)),
    ),
    (
        "onam|thiruvonam|thiru onam",
        Holiday::Hindu(HinduFeast::Onam),
    ),
    (
        "jamat ul vida|jamat ul-vida|jumu'atul wida|jumu'atul-wida",
        Holiday::LastFridayOfRamadan,
    ),
];

/// Holiday names by their first word: the words after it, and the rule.
type HolidayNames = Vec<(Vec<&'static str>, Holiday)>;

static HOLIDAY_INDEX: LazyLock<FastMap<&'static str, HolidayNames>> = LazyLock::new(|| {
    let mut map: FastMap<&'static str, HolidayNames> = FastMap::default();
    for &(names, rule) in HOLIDAYS {
        for name in names.split('|') {
            let mut words = name.split([' ', '-']);
            let Some(first) = words.next() else { continue };
            map.entry(first).or_default().push((words.collect(), rule));
        }
    }
    map
});

/// The first words of the holidays' names, for [`super::lex::HOLIDAY`].
pub(super) fn holiday_first_words() -> Vec<&'static str> {
    HOLIDAY_INDEX.keys().copied().collect()
}

impl Holiday {
    /// The holiday's date in Gregorian year `y`.
    fn on(self, y: i16) -> Option<Date> {
        match self {
            Holiday::Fixed(m, d) => day(y, m, d),
            Holiday::Nth(m, n, wd) => month_first(y, m)?.nth_weekday_of_month(n, wd).ok(),
            Holiday::Easter(off) => add_days(easter(y)?, i64::from(off)),
            Holiday::Orthodox(off) => add_days(orthodox_easter(y)?, i64::from(off)),
            Holiday::Thanksgiving(off) => {
                let t = month_first(y, 11)?
                    .nth_weekday_of_month(4, Weekday::Thursday)
                    .ok()?;
                add_days(t, i64::from(off))
            }
            Holiday::BossDay => {
                let d = day(y, 10, 16)?;
                match d.weekday() {
                    Weekday::Saturday => add_days(d, -1),
                    Weekday::Sunday => add_days(d, 1),
                    _ => Some(d),
                }
            }
            Holiday::KingsDay => {
                let d = day(y, 4, 27)?;
                if d.weekday() == Weekday::Sunday {
                    add_days(d, -1)
                } else {
                    Some(d)
                }
            }
            Holiday::Hijri(m, d) => hijri_in_year(y, m, d),
            Holiday::Hebrew(feast) => feast.on(y),
            Holiday::ChineseNewYear => lunisolar::chinese_new_year(y),
            Holiday::Hindu(feast) => feast.on(y),
            Holiday::Parsi => {
                let base = Date::constant(2018, 8, 17);
                let years = i64::from(y) - 2018;
                let d = add_days(base, 365 * years)?;
                // Stay inside the year asked (the day drifts through the calendar).
                (d.year() == y).then_some(d)
            }
            Holiday::LastFridayOfRamadan => {
                let end = add_days(hijri_in_year(y, 10, 1)?, -1)?;
                if end.weekday() == Weekday::Friday {
                    Some(end)
                } else {
                    end.nth_weekday(-1, Weekday::Friday).ok()
                }
            }
        }
    }
}

/// The Gregorian date of Hijri month `m`, day `d` that falls in Gregorian year `y` (the
/// first, when a year holds two).
fn hijri_in_year(y: i16, m: u8, d: u8) -> Option<Date> {
    let (hy, _, _) = hijri::from_gregorian(Date::new(y, 1, 1).ok()?);
    (hy..=hy + 1)
        .filter_map(|h| hijri::to_gregorian(h, m, d))
        .find(|g| g.year() == y)
}

/// Western Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).ok()
}

/// Orthodox Easter Sunday (the Julian computus, Meeus), as a Gregorian date.
fn orthodox_easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = Date::new(year, month as i8, day as i8).ok()?;
    // Julian to Gregorian: 13 days in 1900–2099.
    let shift = i64::from(y / 100 - y / 400 - 2);
    add_days(julian, shift)
}

/// A word after `Friday, the 13th` that begins no noun phrase of its own (`in Paris`, `when`):
/// the ordinal is the day of the month, not an apposition (`the 13th day`).
fn linking(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "on"
            | "and"
            | "or"
            | "but"
            | "when"
            | "as"
            | "of"
            | "that"
            | "which"
            | "after"
            | "before"
            | "with"
            | "by"
            | "for"
            | "to"
            | "was"
            | "were"
            | "is"
            | "had"
            | "has"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;

    /// (text, publication) → (span, value)
    fn read(text: &str, publication: &str) -> Option<(String, String)> {
        let tokens = tokenize(text, 0);
        let p = publication.parse::<Date>().ok();
        (0..tokens.len()).find_map(|i| {
            let m = parse_at(&tokens, i, p, false, None, None, &[])?;
            Some((
                text[tokens[m.first].start..tokens[m.last].end].to_string(),
                m.iso(),
            ))
        })
    }

    #[test]
    fn this_week_ahead_in_a_sunday_paper() {
        let sunday = "2018-05-13";
        let cases: &[(&str, &str)] = &[
            ("He will visit Vienna this week.", "2018-05-14/2018-05-20"),
            ("He visited Vienna this week.", "2018-05-07/2018-05-13"),
        ];
        for (text, want) in cases {
            assert_eq!(
                read(text, sunday),
                Some(("this week".to_string(), want.to_string())),
                "{text}"
            );
        }
        // On a weekday the week is the publication's whatever the tense.
        assert_eq!(
            read("He will visit Vienna this week.", "2018-05-09"),
            Some(("this week".to_string(), "2018-05-07/2018-05-13".to_string()))
        );
    }

    #[test]
    fn news_dates() {
        let p = "2014-12-03";
        let cases: &[(&str, &str, &str)] = &[
            ("on Aug. 8.", "Aug. 8", "2014-08-08"),
            ("on Sept. 22.", "Sept. 22", "2014-09-22"),
            ("in Iraq on August 8, and", "August 8", "2014-08-08"),
            (
                "to Syria on September 23, with",
                "September 23",
                "2014-09-23",
            ),
            ("met on Wednesday to", "on Wednesday", "2014-12-03"),
            ("said Tuesday", "Tuesday", "2014-12-02"),
            ("on Dec. 3, 2014", "Dec. 3, 2014", "2014-12-03"),
            ("8 August 2014", "8 August 2014", "2014-08-08"),
            ("August 2014", "August 2014", "2014-08"),
            ("in August", "August", "2014-08"),
            ("in January", "January", "2015-01"),
            ("last month", "last month", "2014-11"),
            ("this year", "this year", "2014"),
            ("last week", "last week", "2014-11-24/2014-11-30"),
            ("yesterday", "yesterday", "2014-12-02"),
            ("last night", "last night", "2014-12-02"),
            ("three weeks ago", "three weeks ago", "2014-11-12"),
            ("two months ago", "two months ago", "2014-10"),
            ("mid-August", "mid-August", "2014-08-11/2014-08-20"),
            ("the 4th of July", "the 4th of July", "2014-07-04"),
            ("Christmas", "Christmas", "2014-12-25"),
            ("Easter 2015", "Easter 2015", "2015-04-05"),
            ("Eid al-Adha 2018", "Eid al-Adha 2018", "2018-08-21"),
            ("10/31/1974", "10/31/1974", "1974-10-31"),
            ("2015-03-03", "2015-03-03", "2015-03-03"),
            ("12/25", "12/25", "2014-12-25"),
            ("after 9/11, the", "9/11", "2001-09-11"),
            (
                "he will address the nation on Thursday",
                "on Thursday",
                "2014-12-04",
            ),
            ("a new government by Thursday", "Thursday", "2014-12-04"),
            (
                "by Tuesday evening the hackers had struck",
                "Tuesday",
                "2014-12-02",
            ),
            ("elections will be held in February", "February", "2015-02"),
            ("July 2011: a group", "July 2011", "2011-07"),
            ("the September 11 attacks", "September 11", "2001-09-11"),
            (
                "two days before Christmas",
                "two days before Christmas",
                "2014-12-23",
            ),
            ("a week after Nov. 4", "a week after Nov. 4", "2014-11-11"),
            (
                "ended two weeks before Nov. 20.",
                "two weeks before Nov. 20",
                "2014-11-06",
            ),
            ("before Nov. 20.", "Nov. 20", "2015-11-20"),
            ("10 years after 9/11", "10 years after 9/11", "2011-09-11"),
            // A duration between two days, not an offset.
            ("ten days from March 3 to March 13", "March 3", "2015-03-03"),
            (
                "five days after the vote on Monday",
                "on Monday",
                "2014-12-01",
            ),
            // `years after September 11`: the 2001 attacks (see `named`), counted from.
            (
                "ten years after September 11, I",
                "ten years after September 11",
                "2011-09-11",
            ),
            ("for years before Monday, they", "Monday", "2014-12-01"),
            // A weekday, a comma and `the Nth`: the day of month fixes the date.
            (
                "the attacks on Friday, the 13th in Paris",
                "on Friday, the 13th",
                "2015-02-13",
            ),
            ("on Friday, 13 people died", "on Friday", "2014-11-28"),
            (
                "on Wednesday, the first day of his trip",
                "on Wednesday",
                "2014-12-03",
            ),
            (
                "on Friday, the 13th day of protests",
                "on Friday",
                "2014-11-28",
            ),
            // Another calendar's new year is not 1 January.
            (
                "the Chinese New Year holiday",
                "Chinese New Year",
                "2015-02-19",
            ),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(text, span, value)| {
                read(text, p) != Some((span.to_string(), value.to_string()))
            })
            .map(|(text, span, value)| format!("{text}: {:?}, not {span} {value}", read(text, p)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn duckling_days() {
        let p = "2013-02-12";
        let cases: &[(&str, &str)] = &[
            ("Monday, Feb 18", "2013-02-18"),
            ("Fri, Jul 18", "2014-07-18"),
            ("Jul 18, Fri", "2014-07-18"),
            ("Tuesday the 19th", "2013-02-19"),
            ("march third 2015", "2015-03-03"),
            ("the 15th of february", "2013-02-15"),
            ("february the 15th", "2013-02-15"),
            ("14april 2015", "2015-04-14"),
            ("14th April 15", "2015-04-14"),
            ("Wed, Feb13", "2013-02-13"),
            ("next tuesday", "2013-02-19"),
            ("next saturday", "2013-02-23"),
            ("last sunday", "2013-02-10"),
            ("sunday from last week", "2013-02-10"),
            ("last week's sunday", "2013-02-10"),
            ("wednesday after next", "2013-02-20"),
            ("monday of this week", "2013-02-11"),
            ("the day after tomorrow", "2013-02-14"),
            ("last Monday of March", "2013-03-25"),
            ("third tuesday of september 2014", "2014-09-16"),
            ("first monday of last month", "2013-01-07"),
            ("20th of the next month", "2013-03-20"),
            ("3 fridays from now", "2013-03-01"),
            ("2 thursdays ago", "2013-01-31"),
            ("a week ago", "2013-02-05"),
            ("3 years from today", "2016-02-12"),
            ("last day of october 2015", "2015-10-31"),
            ("thanksgiving 2013", "2013-11-28"),
            ("black friday 2017", "2017-11-24"),
            ("MLK day 2013", "2013-01-21"),
            ("boss's day 2016", "2016-10-17"),
            ("orthodox easter 2018", "2018-04-08"),
            ("clean monday 2018", "2018-02-19"),
            ("Easter Sunday two thousand ten", "2010-04-04"),
            ("third tuesday after christmas 2014", "2015-01-13"),
            ("31/Oct/1974", "1974-10-31"),
            ("10-31-74", "1974-10-31"),
            ("10.31.1974", "1974-10-31"),
            ("three days after Easter", "2013-04-03"),
            ("a year from Christmas", "2013-12-25"),
            ("one year After christmas", "2013-12-25"),
            ("two weeks before Christmas 2014", "2014-12-11"),
            ("last chinese new year", "2013-02-10"),
            ("chinese new year's day 2018", "2018-02-16"),
            ("yom kippur 2018", "2018-09-19"),
            ("purim", "2013-02-24"),
            ("tisha b'av 2018", "2018-07-22"),
            ("lag b'omer 2017", "2017-05-14"),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(text, value)| read(text, p).map(|r| r.1).as_deref() != Some(*value))
            .map(|(text, value)| format!("{text}: {:?}, not {value}", read(text, p)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn not_dates() {
        let p = "2014-12-03";
        for text in [
            "May God",
            "he will march",
            "April Ryan said",
            "24/7",
            "the 1st Battalion",
            "Sun reporters",
        ] {
            assert_eq!(read(text, p), None, "{text}");
        }
    }

    #[test]
    fn without_a_publication_date_only_dated_years_resolve() {
        let tokens = tokenize("Sept. 22 and Aug. 8, 2014", 0);
        assert_eq!(parse_at(&tokens, 0, None, false, None, None, &[]), None);
        assert_eq!(extent_at(&tokens, 0), Some(2));
        let m = parse_at(&tokens, 4, None, false, None, None, &[]).unwrap();
        assert_eq!(m.iso(), "2014-08-08");
    }
}
