//! Weekday and date patterns around the date reader (`dates.rs` asks these):
//! - a weekday that is habitual, not a date: `أيام الجمعة`, `كل يوم جمعة`, `يوم السبت من
//!   كل أسبوع` (and the weekdays listed before it: `يوم الجمعة والناشئين يوم السبت من كل
//!   أسبوع`);
//! - `الاثنين` meaning "the two": `الاثنين معا`;
//! - a future cue before a bare weekday: `المقررة الأربعاء`, `المرتقبة أمام الهلال مساء يوم
//!   الأربعاء`, and a weekday after one marked `المقبل` (`يختتم تجاربه الخميس المقبل قبل
//!   عودته الجمعة`: the Friday after that Thursday);
//! - a plural modifier after two weekdays: `يومي السبت والأحد المقبلين` (both coming),
//!   `الماضيين` (both past);
//! - `الـ` before a day number after a weekday: `يوم الأربعاء الـ 27`, `يوم الخميس ال12 من
//!   شهر ذي القعدة`;
//! - a numeric date with every dash spaced (`24 - 10 - 2011`) and one behind an ellipsis
//!   (`..٢٣-٧-١٩٥٦..`);
//! - a year before the era (`عام 1258 قبل الميلاد`, `1971 و1928 ق.م`): the model holds
//!   years 0–9999 AD only, so it is no date.
//!
//! Every look is bounded to a few tokens.

use jiff::civil::{Date, Weekday};

use super::dates::weekday_at;
use super::hijri;
use super::tokens::{Token, TokenKind};

pub(super) fn key<'a>(tk: &'a [Token<'_>], j: usize) -> &'a str {
    tk.get(j).map_or("", |t| t.key.as_str())
}

pub(super) fn punct(tk: &[Token<'_>], j: usize) -> Option<char> {
    match tk.get(j)?.kind {
        TokenKind::Punct(c) => Some(c),
        _ => None,
    }
}

pub(super) fn stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | ':' | '؛' | '\n')
}

/// Count words before `أيام`: `أربعة أيام الإثنين، الثلاثاء` is a list of dated days.
const COUNTS: &[&str] = &[
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "بضعه",
    "عده",
    "ثلاث",
    "اربع",
    "خمس",
    "ست",
    "سبع",
    "ثماني",
    "تسع",
    "عشر",
];

/// Whether the weekday at `i` is habitual: after `أيام` (not a count of days), after `كل
/// يوم`, or before `من كل أسبوع`/`كل أسبوع`/`أسبوعيا` within a few words of its clause.
pub(super) fn habitual(tk: &[Token<'_>], i: usize) -> bool {
    let mut p = i;
    if p >= 1 && key(tk, p - 1) == "يوم" {
        p -= 1;
    }
    if p >= 1 {
        match key(tk, p - 1) {
            // `كل يوم جمعة`, `كل جمعة`, `لكل يوم خميس`.
            "كل" | "وكل" | "لكل" | "بكل" => return true,
            "ايام" | "وايام" => {
                let counted =
                    p >= 2 && (tk[p - 2].number().is_some() || COUNTS.contains(&key(tk, p - 2)));
                if !counted {
                    return true;
                }
            }
            _ => {}
        }
    }
    // `يوم السبت من كل أسبوع`, `الجمعة والناشئين يوم السبت من كل أسبوع`; not past a
    // number or date (`يوم الخميس الموافق 20 أغسطس بأربع رحلات أسبوعيا`).
    let end = (i + 9).min(tk.len());
    for j in i + 1..end {
        if punct(tk, j).is_some_and(stop) || tk[j].number().is_some() {
            return false;
        }
        if matches!(key(tk, j), "كل" | "وكل") && key(tk, j + 1) == "اسبوع" {
            return true;
        }
    }
    false
}

/// `الاثنين معا`, `الاثنين كليهما`: "the two", not Monday. Also (ar127) `الاثنين الآخرين`
/// (the other two), after a noun with the pair's possessive (`إرهابهما الاثنين`) and
/// before a plural verb (`أن الاثنين عرفوا`).
pub(super) fn the_two(tk: &[Token<'_>], i: usize) -> bool {
    let k = key(tk, i);
    if !k.ends_with("اثنين") {
        return false;
    }
    let next = key(tk, i + 1);
    if matches!(next, "معا" | "معاً" | "كليهما" | "كلاهما" | "سويا" | "جميعا")
    {
        return true;
    }
    if k != "الاثنين" {
        return false;
    }
    if matches!(next, "الاخرين" | "الاخران" | "الاخريين" | "الاخريان")
    {
        return true;
    }
    let prev = if i > 0 && tk[i - 1].kind == TokenKind::Word {
        key(tk, i - 1)
    } else {
        ""
    };
    // (Not `ينا`: `بورصة أثينا الاثنين`, `فيينا`.)
    let possessive = prev.ends_with("هما")
        && prev.chars().count() >= 5
        && !matches!(prev, "لديهما" | "عليهما" | "اليهما" | "بينهما");
    // `عرفوا`, `كانوا`: a plural verb right after, the two are its subject.
    let plural_verb = next.ends_with("وا")
        && next.chars().count() >= 4
        && !next.starts_with("ال")
        && tk.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word);
    possessive || plural_verb
}

/// Adjectives of a time set in advance, before a weekday: `المباراة المقررة الأربعاء`.
const SCHEDULED: &[&str] = &[
    "المقرر",
    "المقرره",
    "والمقرر",
    "والمقرره",
    "المرتقب",
    "المرتقبه",
    "المزمع",
    "المزمعه",
    "المنتظر",
    "المنتظره",
];

/// Words between the cue and the weekday that do not count besides the times of a day
/// (`مساء يوم`, [`super::dates::DAY_TIMES`]).
const GAP: &[&str] = &["فجر", "اقامتها", "اقامته"];

/// Whether a word of scheduling (`المقررة`, `المرتقبة`) stands before the weekday at `i`
/// with at most two other words between (`المقررة أمام النصر مساء يوم الأربعاء`), and the
/// sentence does not tell of it as past (`كان من المقرر`).
pub(super) fn scheduled_before(tk: &[Token<'_>], i: usize) -> bool {
    let mut other = 0;
    for k in (i.saturating_sub(7)..i).rev() {
        match tk[k].kind {
            TokenKind::Word => {}
            TokenKind::Punct('"' | '«' | '»' | '(' | ')') => continue,
            _ => return false,
        }
        let w = key(tk, k);
        if SCHEDULED.contains(&w) {
            return !(k.saturating_sub(4)..k)
                .any(|j| matches!(key(tk, j), "كان" | "وكان" | "كانت" | "وكانت"));
        }
        if matches!(w, "امس" | "اليوم" | "غدا" | "الماضي" | "الماضيه") {
            return false;
        }
        if !super::dates::DAY_TIMES.contains(&w) && !GAP.contains(&w) {
            other += 1;
            if other > 2 {
                return false;
            }
        }
    }
    false
}

/// The date of a weekday marked `المقبل`/`القادم` a few words before the bare weekday at
/// `i` in the same clause (`الخميس المقبل قبل عودته الجمعة`, `الأربعاء المقبل حتى فجر
/// الخميس`), by `coming` (which resolves a weekday to its next occurrence).
pub(super) fn after_coming(
    tk: &[Token<'_>],
    i: usize,
    coming: impl Fn(Weekday) -> Option<Date>,
) -> Option<Date> {
    for k in (i.saturating_sub(8)..i).rev() {
        if punct(tk, k).is_some_and(|c| stop(c) || c == '،' || c == ',') {
            return None;
        }
        if matches!(key(tk, k), "الماضي" | "الماضيه" | "امس" | "اليوم") {
            return None;
        }
        if let Some(wd) = weekday_at(tk, k)
            && matches!(key(tk, k + 1), "المقبل" | "المقبله" | "القادم" | "القادمه")
        {
            return coming(wd);
        }
    }
    None
}

/// `المقبلين`/`الماضيين` after the weekday at `k` (the one the modifier would follow), or
/// after `و` + another weekday there: `يومي السبت والأحد المقبلين`. `Some(true)` for the
/// coming days, `Some(false)` for the past ones.
pub(super) fn pair_modifier(tk: &[Token<'_>], k: usize) -> Option<bool> {
    let dir = |w: &str| match w {
        "المقبلين" | "القادمين" | "المقبلتين" | "القادمتين" => {
            Some(true)
        }
        "الماضيين" | "المنصرمين" => Some(false),
        _ => None,
    };
    dir(key(tk, k)).or_else(|| {
        let next = tk.get(k)?;
        (next.key.starts_with('و') && weekday_at(tk, k).is_some())
            .then(|| dir(key(tk, k + 1)))
            .flatten()
    })
}

/// The token after `الـ`/`ال` standing alone before a number (`الـ 27`, `الـ7`, `ال12`),
/// at `j`; `j` when there is none.
pub(super) fn skip_al(tk: &[Token<'_>], j: usize) -> usize {
    match tk.get(j) {
        Some(t)
            if t.kind == TokenKind::Word
                && t.key == "ال"
                && tk.get(j + 1).and_then(|n| n.number()).is_some() =>
        {
            j + 1
        }
        _ => j,
    }
}

/// Whether token `j` is a number after `الـ` (so a day of the month after a weekday).
pub(super) fn after_al(tk: &[Token<'_>], j: usize) -> bool {
    j >= 1 && skip_al(tk, j - 1) == j
}

/// A numeric date with both dashes spaced: `24 - 10 - 2011`, a day, a month and a
/// Gregorian year (the Hijri one is read already).
pub(super) fn spaced_dashes(
    tk: &[Token<'_>],
    i: usize,
    (a, an): (u32, usize),
    (b, bn): (u32, usize),
    (c, cn): (u32, usize),
) -> bool {
    let gap = |j: usize| tk.get(j + 1).is_some_and(|n| tk[j].end < n.start);
    an <= 2
        && bn <= 2
        && cn == 4
        && (1..=31).contains(&a)
        && (1..=12).contains(&b)
        && (1800..=2100).contains(&c)
        && (i..i + 4).all(gap)
        && (i + 1..i + 5).all(|j| tk.get(j).is_some())
}

/// Whether the number at `i` comes right after an ellipsis (`..٢٣-٧-١٩٥٦..`): the dots
/// end the text before, not a longer run of numbers.
pub(super) fn after_ellipsis(tk: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && punct(tk, i - 1) == Some('.')
        && punct(tk, i - 2) == Some('.')
        && tk[i - 1].end == tk[i].start
        && tk[i - 2].end == tk[i - 1].start
}

/// Whether the era after the date ending at token `last` is before Christ: `قبل الميلاد`,
/// `ق.م`, `ق م`, also after the second year of a pair (`بين عامي 1971 و1928 قبل الميلاد`).
pub(super) fn before_christ(tk: &[Token<'_>], last: usize) -> bool {
    let mut j = last + 1;
    // `1971 و1928`, `1971 - 1928`, `1971 إلى 1928`.
    for _ in 0..2 {
        let linked = matches!(key(tk, j), "و" | "الي" | "حتي")
            || punct(tk, j).is_some_and(|c| matches!(c, '-' | '–' | '—'));
        if linked && tk.get(j + 1).and_then(|t| t.number()).is_some() {
            j += 2;
        } else {
            break;
        }
    }
    if matches!(key(tk, j), "قبل" | "ق") && key(tk, j + 1) == "الميلاد" {
        return true;
    }
    key(tk, j) == "ق"
        && (key(tk, j + 1) == "م" || (punct(tk, j + 1) == Some('.') && key(tk, j + 2) == "م"))
}

/// The day `day` that falls on `weekday` nearest the publication date: a Gregorian one in
/// the publication's month or the one before or after, or a Hijri one (a sighted month
/// may be a day off Umm al-Qura) in those of the Hijri calendar (`يوم الخميس الـ 28` in a
/// Saudi paper is most often 28 Shawwal). `true` with the Hijri reading.
pub(super) fn day_on_weekday(publication: Date, weekday: Weekday, day: u8) -> Option<(Date, bool)> {
    let here = hijri::jdn_of(publication);
    let (hy, hm, _) = hijri::from_gregorian(publication);
    let mut found: Vec<(Date, bool)> = Vec::with_capacity(6);
    for m in -1i32..=1 {
        if let Ok(first) = publication
            .first_of_month()
            .checked_add(jiff::Span::new().months(m))
            && let Ok(d) = Date::new(first.year(), first.month(), day as i8)
            && d.weekday() == weekday
        {
            found.push((d, false));
        }
        let idx = hy * 12 + i32::from(hm) - 1 + m;
        let (y, mo) = (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8);
        if let Some(d) = hijri::to_gregorian(y, mo, day) {
            let near = hijri::nearest_weekday(d, weekday);
            if near.weekday() == weekday && (hijri::jdn_of(near) - hijri::jdn_of(d)).abs() <= 1 {
                found.push((near, true));
            }
        }
    }
    found.into_iter().min_by_key(|(d, h)| {
        let diff = hijri::jdn_of(*d) - here;
        (diff.abs(), diff > 0, *h)
    })
}
