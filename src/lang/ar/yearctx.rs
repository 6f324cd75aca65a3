//! Years a date takes from its context rather than from the publication date.
//!
//! - `من ذات العام`, `من نفس العام`, `من العام نفسه`, `من العام ذاته`, `من السنة نفسها`
//!   after a day and month: the year written last before it (`من 21 يونيو 2013 وحتى 14
//!   أغسطس من ذات العام` is 2013-08-14).
//! - A Gregorian day and month (or a month) without a year or modifier, after a year
//!   written a few words before it in the same sentence (`عام 2014 ... في 12 سبتمبر`),
//!   takes that year instead of the past bias, when the year dates an event (`في`, `عام`,
//!   `خلال`, a full date) and not a duration's start (`منذ 2011`) or an end (`حتى 2020`).
//! - A four-digit year without a suffix that is far back as a Gregorian year and recent as
//!   a Hijri one (`عام 1423`, `العام الحالي 1436`, `حج عام ١٤٣٦` in a 2015 article) is
//!   a Hijri year; so is a bare year after `حج`/`موسم` (`موسم حج 1436`).
//!
//! Every scan is bounded by [`WINDOW`] tokens.

use jiff::civil::Date;

use super::hijri;
use super::tokens::{Token, TokenKind};

/// How far back (in tokens) a year can set the context of a date.
pub(super) const WINDOW: usize = 24;

/// A year reader: at token `j`, (year, last token, Hijri suffix).
pub(super) type YearAt<'a> = &'a dyn Fn(usize) -> Option<(i32, usize, bool)>;

fn key<'a>(tokens: &'a [Token<'_>], j: usize) -> Option<&'a str> {
    tokens
        .get(j)
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.key.as_str())
}

/// `من ذات العام` … at `j`: its last token.
pub(super) fn same_year_at(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    if !matches!(key(tokens, j)?, "من" | "في") {
        return None;
    }
    let year = |k: &str| matches!(k, "العام" | "السنه");
    let same = |k: &str| matches!(k, "نفسه" | "ذاته" | "نفسها" | "ذاتها");
    let (a, b) = (key(tokens, j + 1)?, key(tokens, j + 2)?);
    ((matches!(a, "ذات" | "نفس") && year(b)) || (year(a) && same(b))).then_some(j + 2)
}

/// The year written last before token `i` (within [`WINDOW`] tokens): (year, Hijri).
pub(super) fn year_before(
    tokens: &[Token<'_>],
    i: usize,
    year_at: YearAt<'_>,
) -> Option<(i32, bool)> {
    (i.saturating_sub(WINDOW)..i)
        .rev()
        .filter(|&j| matches!(tokens[j].kind, TokenKind::Number { .. }))
        .find_map(|j| year_at(j).filter(|&(_, last, _)| last < i))
        .map(|(y, _, h)| (y, h))
}

/// Words shortly before a year that make it a duration's start, an end or a comparison's
/// term, not the time of the events told after it.
const NOT_CONTEXT_BEFORE: &[&str] = &[
    "منذ",
    "حتي",
    "بحلول",
    "قبل",
    "بعد",
    "الي",
    "غايه",
    "لغايه",
    "مقارنه",
    "بمقارنه",
    "مقارنا",
    "مقابل",
    "بالمقارنه",
    "نفسها",
    "الفتره",
    "نفس",
    "ذات",
];

/// Words between a year and a date that move the story to the present.
const PRESENT_BETWEEN: &[&str] = &[
    "اليوم",
    "امس",
    "الان",
    "حاليا",
    "موخرا",
    "اخيرا",
    "غدا",
    "الاسبوع",
    "الشهر",
    "الجاري",
    "الحالي",
    "الماضي",
    "المقبل",
    "القادم",
    "منذ",
    "حتي",
    "بينما",
    "لكن",
    "فيما",
    "مقارنه",
    "مقارنا",
    "مقابل",
];

fn in_list(list: &[&str], w: &str) -> bool {
    let bare = w.strip_prefix('و').unwrap_or(w);
    list.contains(&w) || list.contains(&bare)
}

/// The Gregorian year a yearless day and month (or month) at token `i` takes from the same
/// sentence: a past year written a few words before it that dates an event (after `عام`,
/// `في`, `خلال`, `من` or a month), when the publication's year is not written there too.
pub(super) fn context_year(
    tokens: &[Token<'_>],
    i: usize,
    month: u8,
    publication: Date,
    year_at: YearAt<'_>,
    month_at: &dyn Fn(usize) -> Option<u8>,
) -> Option<i32> {
    let dates_word = |j: usize| month_at(j).is_some();
    let py = i32::from(publication.year());
    let lo = i.saturating_sub(WINDOW);
    let mut found = None;
    let mut j = i;
    while j > lo {
        j -= 1;
        let t = &tokens[j];
        if t.kind == TokenKind::Word {
            if found.is_none() && in_list(PRESENT_BETWEEN, &t.key) {
                return None;
            }
            continue;
        }
        if !matches!(t.kind, TokenKind::Number { .. }) {
            continue;
        }
        let Some((y, last, hijri)) = year_at(j) else {
            continue;
        };
        if last >= i {
            continue;
        }
        if found.is_some() {
            // The publication's year written too: the sentence moves between the years.
            if y == py && !hijri {
                return None;
            }
            continue;
        }
        // `حرب أكتوبر 1973 ... في يومي 24 و25 أكتوبر`: a year naming an event sets the
        // year of a day of the event's month however old; `حرب عام 1973` of any month.
        let event = !hijri && (1800..py).contains(&y) && event_year(tokens, j, month, month_at);
        if hijri || !(event || (py - 30..py).contains(&y)) {
            return None;
        }
        // `بين عامي 2009 و2014`, `2013 و2014`: a span of years.
        if key(tokens, j.wrapping_sub(1)).is_some_and(|w| w.ends_with("عامي") || w == "بين")
            || key(tokens, j.wrapping_sub(2)).is_some_and(|w| w.ends_with("عامي") || w == "بين")
            || key(tokens, last + 1) == Some("و")
        {
            return None;
        }
        // The year dates an event: after the year word, a preposition of time, a month or
        // a bracket closing a month's gloss.
        let dating = j > 0
            && (key(tokens, j - 1).is_some_and(|w| {
                w.ends_with("عام")
                    || w.ends_with("سنه")
                    || matches!(w, "في" | "وفي" | "خلال" | "من" | "ومن")
            }) || dates_word(j - 1)
                || matches!(tokens[j - 1].kind, TokenKind::Punct(')')));
        if !dating {
            return None;
        }
        if (j.saturating_sub(6)..j)
            .any(|k| key(tokens, k).is_some_and(|w| in_list(NOT_CONTEXT_BEFORE, w)))
        {
            return None;
        }
        found = Some(y);
    }
    found
}

/// Words of an event a year names (`حرب أكتوبر 1973`, `ثورة عام 1952`).
const EVENT_WORDS: &[&str] = &["حرب", "ثوره", "نكسه", "انتفاضه", "مجزره", "معركه", "عدوان"];

fn event_word(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w
        .strip_prefix('ب')
        .or_else(|| w.strip_prefix('ل'))
        .filter(|r| EVENT_WORDS.iter().any(|e| r.ends_with(e)))
        .unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    EVENT_WORDS.contains(&w)
}

/// `حرب أكتوبر 1973` (with the date's `month`) or `حرب عام 1973`: the year at `j` names
/// an event.
fn event_year(
    tokens: &[Token<'_>],
    j: usize,
    month: u8,
    month_at: &dyn Fn(usize) -> Option<u8>,
) -> bool {
    if j < 2 || !key(tokens, j - 2).is_some_and(event_word) {
        return false;
    }
    month_at(j - 1) == Some(month) || key(tokens, j - 1).is_some_and(|w| w == "عام")
}

/// Whether a four-digit year without a suffix is a Hijri year: far back as a Gregorian
/// year (more than three centuries before the publication) and within the last ninety
/// Hijri years, or the next two, of the publication.
pub(super) fn implied_hijri(year: i32, publication: Option<Date>) -> bool {
    let Some(p) = publication else {
        return false;
    };
    let h = hijri::from_gregorian(p).0;
    i32::from(p.year()) - year > 300 && (h - 90..=h + 2).contains(&year)
}

/// `موسم حج 1436`, `حج 1436`, `لموسم 1436`: a bare year after the pilgrimage or its season
/// at token `i`.
pub(super) fn after_hajj(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && key(tokens, i - 1).is_some_and(|k| {
            matches!(
                k,
                "حج" | "الحج"
                    | "لحج"
                    | "للحج"
                    | "بحج"
                    | "وحج"
                    | "موسم"
                    | "لموسم"
                    | "بموسم"
                    | "وموسم"
                    | "الموسم"
                    | "للموسم"
            )
        })
}

/// `وبالأمس كانوا في مساجد المنطقة الشرقية، واليوم نراهم …`, `ما كان بالأمس ثقافة … قد لا
/// يكون كذلك الآن`: `الأمس` at token `i` next to «was» (within two words) and set against
/// «today» or «now» in the same sentence (within 16 tokens) is «the past», not yesterday.
pub(super) fn past_contrast(tokens: &[Token<'_>], i: usize) -> bool {
    let bare = |k: usize| key(tokens, k).map(|w| w.strip_prefix('و').unwrap_or(w));
    let was = |k: usize| {
        bare(k)
            .is_some_and(|w| matches!(w, "كان" | "كانت" | "كانوا" | "يكن" | "تكن" | "كنا" | "كنت"))
    };
    let now = |k: usize| bare(k).is_some_and(|w| matches!(w, "اليوم" | "الان" | "فاليوم"));
    let end = (i + 17).min(tokens.len());
    (i.saturating_sub(2)..(i + 3).min(tokens.len())).any(|k| k != i && was(k))
        && (i.saturating_sub(16)..end).any(|k| k != i && now(k))
}
