//! Dates that name a day, week or month by what surrounds it rather than by the calendar
//! (ar77), each found wrong by hand in the corpus:
//!
//! - [`friday_prayer`]: `صلاة الجمعة`, `خطب الجمعة`, `خطباء الجمعة`, `خطبة يوم الجمعة` name
//!   the Friday prayer or sermon, nearly always in general (`يجتمعون فيه لصلاة الجمعة`,
//!   `موسوعة خطب الجمعة`) or of a Friday the text dates otherwise (`أثناء أدائهم لصلاة
//!   الجمعة` of a bombing months before); read as the last Friday they were wrong in 19 of
//!   22 corpus uses. A marked Friday (`صلاة الجمعة اليوم`, `خطبة يوم الجمعة غدا`, `لصلاة
//!   الجمعة الماضية`) is still read.
//! - [`blessed_month`]: `هذا الشهر المبارك/الفضيل/الكريم`, or `هذا الشهر` shortly after
//!   `رمضان`, is Ramadan, not the publication's month: the Ramadan a Hijri month named
//!   without a year would be (the publication's, the coming one from Sha'ban, else the
//!   most recent). Blessed but with no Ramadan near and published outside Sha'ban to
//!   Shawwal: no claim, as it cannot be told which month is meant.
//! - [`sighted`]: the two Eids are kept by the Saudi Supreme Court's sighting of the new
//!   moon, which can start a month a day off the Umm al-Qura table; [`SIGHTED`] holds the
//!   months whose sighted start is known to differ (Dhu al-Hijja 1436 began on 15
//!   September 2015, a day after the table, so Eid al-Adha fell on 24 September).
//! - [`week_so_far`]: `هذا الأسبوع`/`الأسبوع الجاري` after a past verb in a page dated
//!   Monday or Tuesday: the text is often translated from a wire written days before, or
//!   counts its week from Monday, so the event can lie in the days before the week's
//!   Sunday (a box office weekend, `تراجع فيلم ... هذا الأسبوع`; the Premier League's first
//!   round on Saturday, `انطلقت أولى جولاته هذا الأسبوع`): the seven days up to the
//!   publication, which hold both readings. (Sunday is `recurring::week_just_ended`.)
//!
//! Every look is bounded (at most 40 tokens back, two ahead). A past verb of a ranking may
//! stand 20 tokens before its week (`تراجع فيلم الحركة والخيال العلمي «أنت مان» من المركز
//! الأول إلى الثالث هذا الأسبوع`), twice `recurring`'s reach for its verbs of news (`قالت
//! الصين ... أثناء اجتماع وزراء الخارجية ... هذا الأسبوع` is a meeting still to come).

use jiff::civil::{Date, Weekday};

use super::hijri;
use super::recurring;
use super::tokens::{Token, TokenKind};
use super::weekdays::key;

/// Nouns of the Friday prayer and sermon before `الجمعة` (keys, with their clitics).
const PRAYER: &[&str] = &[
    "صلاه",
    "لصلاه",
    "بصلاه",
    "وصلاه",
    "خطب",
    "وخطب",
    "لخطب",
    "خطبه",
    "وخطبه",
    "لخطبه",
    "خطبتي",
    "خطباء",
    "وخطباء",
    "لخطباء",
    "خطيب",
    "وخطيب",
    "منبر",
];

/// Whether the Friday at token `i` (`الجمعة`, after `يوم` or not) is the Friday prayer or
/// sermon without a word that marks one Friday.
pub(super) fn friday_prayer(tk: &[Token<'_>], i: usize, wd: Weekday) -> bool {
    if wd != Weekday::Friday || i == 0 {
        return false;
    }
    let k = if key(tk, i - 1) == "يوم" {
        match i.checked_sub(2) {
            Some(k) => k,
            None => return false,
        }
    } else {
        i - 1
    };
    if !PRAYER.contains(&key(tk, k)) {
        return false;
    }
    let next = tk.get(i + 1);
    !next.is_some_and(|t| {
        matches!(t.kind, TokenKind::Number { .. }) || recurring::ONE_DAY.contains(&t.key.as_str())
    })
}

/// Adjectives of Ramadan after `هذا الشهر`.
const BLESSED: &[&str] = &["المبارك", "الفضيل", "الكريم", "العظيم"];

/// What `هذا الشهر` at `i` (`هذا`; `الشهر` at `i + 1`) is when it is Ramadan: `None` when
/// it is not (read as the publication's month), `Some(None)` when it is blessed but which
/// Ramadan cannot be told (no claim), `Some(Some(year))` for Ramadan of that Hijri year.
pub(super) fn blessed_month(tk: &[Token<'_>], i: usize, publication: Date) -> Option<Option<i32>> {
    let blessed = BLESSED.contains(&key(tk, i + 2));
    let named = (i.saturating_sub(40)..i).any(|k| {
        let w = key(tk, k);
        w == "رمضان" || (w.chars().count() == 6 && w.ends_with("رمضان"))
    });
    if !blessed && !named {
        return None;
    }
    let (hy, hm, _) = hijri::from_gregorian(publication);
    if !named && !(8..=10).contains(&hm) {
        return Some(None);
    }
    // As a Hijri month without its year: the publication's, the next, or the last.
    let year = if hm >= 8 { hy } else { hy - 1 };
    Some(Some(year))
}

/// Hijri months whose start by the Saudi Supreme Court's sighting differs from the Umm
/// al-Qura table: (year, month, first day). Dhu al-Hijja 1436: the crescent was not seen
/// on 29 Dhu al-Qa'da (13 September 2015), so the month began on Tuesday 15 September,
/// the day of Arafa was 23 September and Eid al-Adha 24 September (the table has 14
/// September, Eid on the 23rd).
const SIGHTED: &[(i32, u8, (i16, i8, i8))] = &[(1436, 12, (2015, 9, 15))];

/// The day of a religious feast at `date` (by the Umm al-Qura table) as it was kept, when
/// its month's sighted start is in [`SIGHTED`].
pub(super) fn sighted(date: Date) -> Option<Date> {
    let (hy, hm, hd) = hijri::from_gregorian(date);
    let &(_, _, (y, m, d)) = SIGHTED.iter().find(|&&(y, m, _)| y == hy && m == hm)?;
    let first = Date::new(y, m, d).ok()?;
    first
        .checked_add(jiff::Span::new().days(i64::from(hd) - 1))
        .ok()
}

/// `هذا الأسبوع`/`الأسبوع الجاري` at `i` after a past verb in a page dated Monday or
/// Tuesday: the seven days up to the publication, (first, last).
pub(super) fn week_so_far(tk: &[Token<'_>], i: usize, publication: Date) -> Option<(Date, Date)> {
    if !matches!(publication.weekday(), Weekday::Monday | Weekday::Tuesday)
        || !(recurring::past_clause(tk, i, recurring::PAST_VERBS, 10)
            || recurring::past_clause(tk, i, PAST_MORE, 20))
    {
        return None;
    }
    let first = publication.checked_sub(jiff::Span::new().days(7)).ok()?;
    Some((first, publication))
}

/// Past verbs of rankings and markets besides `recurring`'s (keys without `و`/`ف`):
/// `تراجع فيلم ... من المركز الأول إلى الثالث`, `تقهقر`, `نزل`, `تصدرت`, `انطلقت` (not `تصدر`: `البيانات التي تصدر هذا الأسبوع`).
const PAST_MORE: &[&str] = &[
    "تراجع",
    "تراجعت",
    "تقهقر",
    "نزل",
    "تصدرت",
    "انطلقت",
    "انطلق",
];
