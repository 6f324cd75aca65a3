//! Relative dates that are not the publication's day or year (ar66), and weekdays that a
//! misprinted Hijri date contradicts.
//!
//! [`not_a_date`] consumes, without a claim, the words of:
//!
//! - `هذا اليوم` that names another day than the publication's: `لمثل هذا اليوم`, `كمثل
//!   هذا اليوم` (as `في مثل هذا اليوم`, on this day years ago); a day still to come
//!   (`حتى يأتي هذا اليوم`); an occasion praised with an adjective (`في هذا اليوم السعيد`,
//!   `هذا اليوم التاريخي`, `هدف هذا اليوم الدولي`); «all this, nowadays» (`تغير كل هذا
//!   اليوم`); a day named earlier in the sentence that `هذا` points back to (`سيقام الحفل
//!   يوم الخميس المقبل، وفي هذا اليوم …`, `يوم القيامة … في هذا اليوم`).
//! - `هذا اليوم`, `هذا العام`, `هذه السنة` in a text of another time: inside a quotation
//!   opened after a year two or more before the publication's (`قال في مقابلة عام 1974 إن
//!   «هذه السنة …»`); `هذا اليوم` also after `آنذاك`, `حينها`, `وقتها` earlier in the
//!   sentence (`قال الملك آنذاك في كلمة له: «في هذا اليوم …»`; not a year: `قال الجميع
//!   حينها إن … هذا العام` may be this year's January).
//! - `هذا العام المالي`, `هذه السنة المالية`: a fiscal year, whose days need not be the
//!   calendar year's.
//! - A day with a Hijri date (`يوم الأحد الموافق الخامس من ذي القعدة`, `الأحد المقبل 5 ذي
//!   القعدة 1436هـ`) that falls three or more days away from the weekday written with it:
//!   one of the two is misprinted. A day's difference is a sighting and two the writer's
//!   slip ([`super::hijri::nearest_weekday`] reads those); three and more leave no date.
//!   With `المقبل`/`الماضي` the weekday has its own claim already, and that one stands.
//!
//!
//! [`this_month`] lets `يوم الثلاثاء 26 الشهر الجاري` in a Saudi paper be the Hijri 26th
//! when the Gregorian one is no Tuesday and the Hijri one is (as `يوم الخميس الـ 28`).
//!
//! Every look is bounded: a few tokens around, at most [`BACK`] tokens back in the sentence.

use jiff::civil::{Date, Weekday};

use super::dates::{self, Grain};
use super::tokens::{Token, TokenKind, punct, word};

/// How far back (tokens of the sentence) a marker of another time or an earlier day is
/// looked for.
const BACK: usize = 40;

/// Adjectives that make `هذا اليوم` an occasion: `السعيد`, `التاريخي`, `المبارك`.
const OCCASION_AFTER: &[&str] = &[
    "السعيد",
    "التاريخي",
    "المبارك",
    "الدولي",
    "العالمي",
    "الوطني",
    "العظيم",
    "المشهود",
    "الاغر",
    "الخالد",
    "الموعود",
    "الحزين",
    "الاسود",
    "المجيد",
    "الاليم",
    "العصيب",
    "الجميل",
    "الفضيل",
    "الفاصل",
    "المشؤوم",
    "المشوم",
    "الاستثنايي",
    "المميز",
];

/// Verbs of a day still to come before `هذا اليوم`: `حتى يأتي هذا اليوم`.
const COMING_BEFORE: &[&str] = &[
    "ياتي",
    "سياتي",
    "تاتي",
    "ستاتي",
    "يحين",
    "سيحين",
    "يحل",
    "سيحل",
    "ننتظر",
    "انتظار",
];

/// Words that put the sentence at another time: `آنذاك`, `حينها`, `وقتها`.
const THEN: &[&str] = &[
    "انذاك",
    "انداك",
    "حينذاك",
    "وقتذاك",
    "يومذاك",
    "حينها",
    "وقتها",
    "يومها",
    "ساعتها",
];

/// Hijri month names (keys): a date with one of them is Hijri.
pub(super) const HIJRI_MONTHS: &[&str] = &[
    "محرم",
    "صفر",
    "ربيع",
    "جمادي",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "القعده",
    "الحجه",
];

/// Modifiers of a weekday that make it another day than today: `الخميس المقبل`.
const DAY_MODIFIERS: &[&str] = &[
    "المقبل",
    "القادم",
    "الماضي",
    "المنصرم",
    "الفايت",
    "الفائت",
    "السابق",
    "التالي",
];

/// Whether the word at `k` is `stem`, with any proclitic.
fn is_stem(tokens: &[Token<'_>], k: usize, stem: &str) -> bool {
    word(tokens, k).is_some_and(|t| t.key == stem || t.stems().any(|(_, s)| s == stem))
}

fn in_stems(tokens: &[Token<'_>], k: usize, list: &[&str]) -> bool {
    word(tokens, k).is_some_and(|t| {
        list.contains(&t.key.as_str()) || t.stems().any(|(_, s)| list.contains(&s))
    })
}

/// The weekday a word names (`الأحد`, `والخميس`, `يوم` not included).
fn weekday(tokens: &[Token<'_>], k: usize) -> Option<Weekday> {
    let t = word(tokens, k)?;
    // The last letter first (the second byte of `د`, `ن`, `ء`, `س`, `ه`, `ت`): speed31.
    if !matches!(
        t.key.as_bytes().last(),
        Some(0xAF | 0x86 | 0xA1 | 0xB3 | 0x87 | 0xAA)
    ) {
        return None;
    }
    // Every name ends so, whatever its clitics: most words are passed over here, unsplit
    // (this runs for several tokens around every token that may start a claim).
    const ENDS: [&str; 7] = ["احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت"];
    if !ENDS.iter().any(|e| t.key.ends_with(e)) {
        return None;
    }
    let name = |s: &str| match s {
        "الاحد" => Some(Weekday::Sunday),
        "الاثنين" => Some(Weekday::Monday),
        "الثلاثاء" => Some(Weekday::Tuesday),
        "الاربعاء" => Some(Weekday::Wednesday),
        "الخميس" => Some(Weekday::Thursday),
        "الجمعه" => Some(Weekday::Friday),
        "السبت" => Some(Weekday::Saturday),
        _ => None,
    };
    name(&t.key).or_else(|| t.stems().find_map(|(_, s)| name(s)))
}

/// Words that end a claim's tokens here, and the token after them; see the module doc.
pub fn not_a_date(tokens: &[Token<'_>], i: usize, publication: Option<Date>) -> Option<usize> {
    if word(tokens, i).is_some_and(|t| t.key.ends_with("هذا") || t.key.ends_with("هذه")) {
        return this_period(tokens, i, publication);
    }
    contradicted_weekday(tokens, i, publication?)
}

/// `هذا اليوم`, `هذا العام`, `هذه السنة` at `i` that is not the publication's.
fn this_period(tokens: &[Token<'_>], i: usize, publication: Option<Date>) -> Option<usize> {
    if !(is_stem(tokens, i, "هذا") || is_stem(tokens, i, "هذه")) {
        return None;
    }
    let next = word(tokens, i + 1)?;
    let day = next.key == "اليوم";
    let year = matches!(next.key.as_str(), "العام" | "السنه");
    if !day && !year {
        return None;
    }
    // `هذا العام المالي`, `هذه السنة المالية`.
    if year && in_stems(tokens, i + 2, &["المالي", "الماليه"]) {
        return Some(i + 3);
    }
    if another_time(tokens, i, publication, day) {
        return Some(i + 2);
    }
    if !day || weekday(tokens, i + 2).is_some() {
        return None;
    }
    let prev = i.checked_sub(1).and_then(|k| word(tokens, k));
    let other_day = prev.is_some_and(|p| {
        p.key.ends_with("مثل")
            || p.key == "كل"
            || COMING_BEFORE.contains(&p.key.as_str())
            || p.stems().any(|(_, s)| COMING_BEFORE.contains(&s))
    }) || in_stems(tokens, i + 2, OCCASION_AFTER)
        // Not `منذ الثلاثاء الماضي … وهذا اليوم السادس` (today is the sixth day).
        || (!word(tokens, i + 2).is_some_and(|t| t.key.starts_with("ال")) && earlier_day(tokens, i));
    other_day.then_some(i + 2)
}

/// Whether a marker of another time stands earlier in the sentence: `آنذاك`, or a year two
/// or more before the publication's followed by an opening quotation mark that is not
/// closed before `i`.
fn another_time(tokens: &[Token<'_>], i: usize, publication: Option<Date>, day: bool) -> bool {
    let from = i.saturating_sub(BACK);
    let mut open = false;
    for k in (from..i).rev() {
        // `آنذاك` may be earlier this year (`قال الجميع حينها … هذا العام`): days only.
        if day && in_stems(tokens, k, THEN) {
            return true;
        }
        if punct(tokens, k, &['»', '”']) {
            return false;
        }
        if punct(tokens, k, &['«', '“']) {
            open = true;
        }
        if open
            && let Some(p) = publication
            && let Some(y) = tokens[k].number()
            && y.fract() == 0.0
            && (1900.0..=f64::from(p.year() - 2)).contains(&y)
        {
            return true;
        }
    }
    false
}

/// Whether a day other than today is named earlier in the sentence for `هذا اليوم` at `i`
/// to point back to: a weekday with `المقبل`/`الماضي`, or `يوم` with a definite noun that is
/// no weekday (`يوم القيامة`) or with a number (`يوم 15 أغسطس`).
fn earlier_day(tokens: &[Token<'_>], i: usize) -> bool {
    let from = i.saturating_sub(BACK);
    (from..i).any(|k| {
        if weekday(tokens, k).is_some() {
            return in_stems(tokens, k + 1, DAY_MODIFIERS);
        }
        if !is_stem(tokens, k, "يوم") || word(tokens, k).is_some_and(|t| t.key == "اليوم") {
            return false;
        }
        match tokens.get(k + 1) {
            Some(n) if n.number().is_some() => true,
            Some(n) if n.kind == TokenKind::Word => {
                n.key.starts_with("ال")
                    && weekday(tokens, k + 1).is_none()
                    && !matches!(n.key.as_str(), "الامس" | "الغد")
            }
            _ => false,
        }
    })
}

/// A day date at `i` with a weekday (in it, or up to three tokens before it) that is three
/// or more days off its Hijri date: the token after it.
fn contradicted_weekday(tokens: &[Token<'_>], i: usize, publication: Date) -> Option<usize> {
    // No date can start at `i` (the parser's own first test, asked below): no weekday is
    // looked for around it (speed36).
    if !dates::may_start_at(tokens, i) {
        return None;
    }
    // `i`, `i + 1`, then back from `i - 1` to `i - 3`.
    let (at, wd) = [
        Some(i),
        Some(i + 1),
        i.checked_sub(1),
        i.checked_sub(2),
        i.checked_sub(3),
    ]
    .into_iter()
    .flatten()
    .find_map(|k| weekday(tokens, k).map(|w| (k, w)))?;
    // Only a weekday that heads the date (`يوم الأحد`) or stands before it.
    if at == i + 1 && !is_stem(tokens, i, "يوم") {
        return None;
    }
    // Before the date, only a modifier, `الموافق` or punctuation between them.
    if at < i
        && !(at + 1..i).all(|k| {
            matches!(tokens[k].kind, TokenKind::Punct(_))
                || in_stems(tokens, k, DAY_MODIFIERS)
                || is_stem(tokens, k, "الموافق")
        })
    {
        return None;
    }
    let d = dates::parse_at(tokens, i, Some(publication))?;
    if d.grain != Grain::Day || d.last < i || (at >= i && d.last <= at) {
        return None;
    }
    let hijri = (d.first.max(at + 1)..=d.last).any(|k| {
        tokens.get(k).is_some_and(|t| {
            t.text.contains("هـ")
                || t.number()
                    .is_some_and(|y| y.fract() == 0.0 && (1350.0..=1500.0).contains(&y))
        }) || in_stems(tokens, k, HIJRI_MONTHS)
    });
    if !hijri {
        return None;
    }
    let diff = (i16::from(d.date.weekday().to_sunday_zero_offset())
        - i16::from(wd.to_sunday_zero_offset()))
    .rem_euclid(7);
    (diff.min(7 - diff) >= 3).then_some(d.last + 1)
}

/// Whether the date ending at token `last` ends in `الشهر الجاري`/`الشهر الحالي` (this
/// month, named by no month name).
pub fn this_month(tokens: &[Token<'_>], last: usize) -> bool {
    in_stems(tokens, last, &["الجاري", "الحالي"])
        && last
            .checked_sub(1)
            .is_some_and(|k| is_stem(tokens, k, "الشهر"))
}
