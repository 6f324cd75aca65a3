//! Dates of the judged Arabic samples 95–98 (ar132): a day of «this month» in an article
//! that dates by the Hijri calendar.
//!
//! - [`retune`]: `الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م … خلال الفترة من 15 -
//!   26 من الشهر الحالي` (published 2015-08-10), `في الـ 27 من الشهر الجاري ويستمر حتى الـ 4
//!   من شهر ذي القعدة القادم`, `سوق عكاظ في نسخته التاسعة (1436هـ – 2015م) التي تنطلق في الـ
//!   27 من الشهر الجاري`: when the article frames its dates in Hijri, a day (or a run of
//!   days) of `الشهر الجاري`/`الشهر الحالي`/`هذا الشهر` is a day of the current HIJRI month
//!   (Shawwal 1436: 27 → 2015-08-12; 15 - 26 → 2015-07-31/2015-08-11), converted with the
//!   Umm al-Qura table. The cue (see [`hijri_frame`]): the article names the current Hijri
//!   month with `الجاري`/`الحالي` or with its year (`25 شوال 1436 هـ`, a dateline), or the
//!   next Hijri month with `القادم`/`المقبل` (`مطلع شهر ذي القعدة القادم`); or the claim's
//!   own sentence writes a Hijri year (`1436هـ`). (`في الـ 27 من الشهر الجاري` with no such
//!   cue, a Gregorian day, stays; so do days the reader already put on a weekday (ar66),
//!   parts of the month (`مطلع الشهر الجاري`) and spans naming a month.)
//! - [`misprinted_hijri`]: `يوم الأربعاء 34 رجب 1436 الموافق 13 مايو 2015`: a weekday
//!   followed by a Hijri date whose day cannot be (over 30) and then `الموافق` and a
//!   Gregorian day on that weekday takes the Gregorian day (2015-05-13, not last week's
//!   Wednesday), and the misprinted day is no count of `رجب`. (`يوم الأربعاء 4 رجب 1436
//!   الموافق …`, a Hijri date that parses, is left to the readers of ar66/ar82.)
//! - [`ar123::skip_to_opener`](super::ar123::skip_to_opener): `من الساعة الثامنة من صباح
//!   الأول من ذي القعدة، حتى مساء اليوم الأول من ذي الحجة`: a time of day (`صباح`, `مساء`,
//!   `فجر`, `ظهر`, `عصر`) between `من` and the first date no longer hides the opener: one
//!   period (`2015-08-16/2015-09-14`), not two days.

use super::Ctx;
use super::ar93::{bounds, last_of, token_of};
use super::hijri;
use super::ordinals;
use super::tokens::Token;
use super::tokens::key_at as key;
use crate::lang::Recognized;
use crate::model::{Kind, Value};
use jiff::civil::Date;

/// Hijri month names (raw text) by month number less one.
const HIJRI_NAMES: [&[&str]; 12] = [
    &["محرم"],
    &["صفر"],
    &["ربيع الأول", "ربيع الاول"],
    &["ربيع الآخر", "ربيع الاخر", "ربيع الثاني"],
    &["جمادى الأولى", "جمادى الاولى"],
    &["جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية"],
    &["رجب"],
    &["شعبان"],
    &["رمضان"],
    &["شوال"],
    &["القعدة"],
    &["الحجة"],
];

/// Re-dates the days of «this month» in a Hijri-framed article (see the module doc).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    publication: Option<Date>,
    text: &str,
) {
    misprinted_hijri(ctx.tokens, out, from);
    let Some(p) = publication else { return };
    let tk = ctx.tokens;
    let (hy, hm, _) = hijri::from_gregorian(p);
    let mut frame: Option<bool> = None;
    for c in &mut out[from..] {
        if c.kind != Kind::Date {
            continue;
        }
        let Some(a) = token_of(tk, c.byte_start) else {
            continue;
        };
        let z = last_of(tk, a, c.byte_end);
        let Some((lo, hi)) = this_month_days(tk, c, a, z, p) else {
            continue;
        };
        if !*frame.get_or_insert_with(|| hijri_frame(text, hm)) && !hijri_year_in(tk) {
            continue;
        }
        let (Some(l), Some(h)) = (
            hijri::to_gregorian(hy, hm, lo),
            hijri::to_gregorian(hy, hm, hi),
        ) else {
            continue;
        };
        c.value = Value::Text(if l == h {
            l.to_string()
        } else {
            format!("{l}/{h}")
        });
        c.low = Some(Value::Text(l.to_string()));
        c.high = Some(Value::Text(h.to_string()));
    }
}

/// The day numbers of a Gregorian reading of `N من الشهر الجاري` (tokens `a..=z`): the claim
/// ends in `الشهر الجاري/الحالي` or `هذا الشهر`, names no month and no weekday, lies in the
/// publication's month, and each end's day is written in it (a number or an ordinal).
fn this_month_days(
    tk: &[Token<'_>],
    c: &Recognized,
    a: usize,
    z: usize,
    p: Date,
) -> Option<(u8, u8)> {
    let tail = matches!(key(tk, z), "الجاري" | "الحالي") && key(tk, z.checked_sub(1)?) == "الشهر"
        || key(tk, z) == "الشهر" && key(tk, z.checked_sub(1)?) == "هذا";
    if !tail
        || (a..=z).any(|j| {
            super::dates::is_month_name(&tk[j]) || super::dates::weekday_at(tk, j).is_some()
        })
    {
        return None;
    }
    let (lo, hi) = bounds(c)?;
    let same = |d: Date| d.year() == p.year() && d.month() == p.month();
    if !same(lo) || !same(hi) {
        return None;
    }
    let written = |day: i8| {
        (a..=z).any(|j| {
            tk[j].number() == Some(f64::from(day))
                || ordinals::parse_at(tk, j).is_some_and(|o| o.value == day as u32)
        })
    };
    (written(lo.day()) && written(hi.day())).then_some((lo.day() as u8, hi.day() as u8))
}

/// `يوم الأربعاء 34 رجب 1436 الموافق 13 مايو 2015`: a bare weekday claim before a Hijri
/// date with an impossible day and `الموافق` takes the Gregorian day that follows when that
/// day is on the weekday; the impossible day's own claim goes.
fn misprinted_hijri(tk: &[Token<'_>], out: &mut Vec<Recognized>, from: usize) {
    let mut k = from;
    while k < out.len() {
        let fix = (|| {
            let c = &out[k];
            if c.kind != Kind::Date {
                return None;
            }
            let a = token_of(tk, c.byte_start)?;
            let z = last_of(tk, a, c.byte_end);
            let wd = super::dates::weekday_at(tk, z)?;
            if !(a..z).all(|j| key(tk, j) == "يوم") {
                return None;
            }
            let n = tk.get(z + 1)?.number()?;
            let impossible = n.fract() == 0.0 && n > 30.0 && n < 100.0;
            if !impossible
                || !tk.get(z + 2).is_some_and(super::dates::is_month_name)
                || super::dates::gregorian_month(tk, z + 2).is_some()
            {
                return None;
            }
            let m = (z + 3..(z + 6).min(tk.len())).find(|&j| key(tk, j) == "الموافق")?;
            let q = (k + 1..out.len()).find(|&q| {
                out[q].kind == Kind::Date
                    && token_of(tk, out[q].byte_start).is_some_and(|b| b > z + 1 && b <= m + 1)
            })?;
            let (lo, hi) = bounds(&out[q])?;
            (lo == hi && lo.weekday() == wd).then_some((lo, z + 1))
        })();
        let Some((d, j)) = fix else {
            k += 1;
            continue;
        };
        let c = &mut out[k];
        c.value = Value::Text(d.to_string());
        c.low = Some(Value::Text(d.to_string()));
        c.high = Some(Value::Text(d.to_string()));
        let start = tk[j].start;
        if let Some(r) =
            (k + 1..out.len()).find(|&r| out[r].kind == Kind::Count && out[r].byte_start == start)
        {
            out.remove(r);
        }
        k += 1;
    }
}

/// Whether the sentence writes a Hijri year: `1436هـ`, `1436 هـ`.
fn hijri_year_in(tk: &[Token<'_>]) -> bool {
    (0..tk.len()).any(|j| {
        tk[j]
            .number()
            .is_some_and(|y| y.fract() == 0.0 && (1400.0..=1500.0).contains(&y))
            && (tk[j].text.contains("هـ")
                || tk.get(j + 1).is_some_and(|t| t.text.starts_with("هـ")))
    })
}

/// Whether the article dates by the Hijri calendar: it names the current Hijri month `hm`
/// with `الجاري`/`الحالي` or a year (`شوال 1436`), or the next one with `القادم`/`المقبل`.
fn hijri_frame(text: &str, hm: u8) -> bool {
    let cur = usize::from(hm) - 1;
    let next = usize::from(hm) % 12;
    let after = |name: &str, ok: &dyn Fn(&str) -> bool| {
        text.match_indices(name).any(|(i, _)| {
            let rest = text[i + name.len()..].trim_start();
            ok(rest)
        })
    };
    let current = |rest: &str| {
        rest.starts_with("الجاري")
            || rest.starts_with("الحالي")
            || rest.starts_with("14")
            || rest.starts_with("١٤")
    };
    let coming = |rest: &str| rest.starts_with("القادم") || rest.starts_with("المقبل");
    HIJRI_NAMES[cur].iter().any(|n| after(n, &current))
        || HIJRI_NAMES[next].iter().any(|n| after(n, &coming))
}

#[cfg(test)]
mod tests {
    // Published 2014-12-03 = 11 Safar 1436 (Safar began 2014-11-23).
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        coming_hijri_month: "يطلق الملتقى فعالياته في الـ 27 من الشهر الجاري ويستمر حتى الـ 4 من شهر ربيع الأول القادم"
            => ["27 من الشهر الجاري|date|2014-12-19|2014-12-19..2014-12-19|exact|",
                "4 من شهر ربيع الأول القادم|date|2014-12-26|2014-12-26..2014-12-26|exact|"];
        gregorian_stays: "يطلق الملتقى فعالياته في الـ 27 من الشهر الجاري ويستمر حتى نهاية العام"
            => ["27 من الشهر الجاري|date|2014-12-27|2014-12-27..2014-12-27|exact|"];
        hijri_year_sentence: "تستقبل جادة السوق في نسخته التاسعة (1436هـ – 2015م) التي تنطلق في الـ 27 من الشهر الجاري زوارها"
            => ["التاسعة|ordinal|9|9..9|exact|",
                "1436هـ|date|2014-10-25/2015-10-13|2014-10-25..2015-10-13|exact|",
                "2015م|date|2015|2015-01-01..2015-12-31|exact|",
                "27 من الشهر الجاري|date|2014-12-19|2014-12-19..2014-12-19|exact|"];
        range_this_month: "الرياض 11 صفر 1436 هـ واس يختتم المهرجان فعالياته التي نظمت خلال الفترة من 1 - 10 من الشهر الحالي"
            => ["11 صفر 1436 هـ|date|2014-12-03|2014-12-03..2014-12-03|exact|",
                "1 - 10 من الشهر الحالي|date|2014-11-23/2014-12-02|2014-11-23..2014-12-02|exact|"];
        misprinted_hijri_day: "يعقد الاجتماع يوم الأربعاء 34 رجب 1436 الموافق 13 مايو 2015"
            => ["يوم الأربعاء|date|2015-05-13|2015-05-13..2015-05-13|exact|",
                "13 مايو 2015|date|2015-05-13|2015-05-13..2015-05-13|exact|"];
        other_weekday_stays: "يعقد الاجتماع يوم الخميس 34 رجب 1436 الموافق 13 مايو 2015"
            => ["يوم الخميس|date|2014-12-04|2014-12-04..2014-12-04|exact|",
                "34 رجب|count|34|34..34|exact|رجب",
                "13 مايو 2015|date|2015-05-13|2015-05-13..2015-05-13|exact|"];
        clock_opener: "وسيتاح التسجيل من الساعة الثامنة من صباح الأول من ربيع الأول، حتى مساء اليوم الأول من ربيع الآخر"
            => ["الأول من ربيع الأول، حتى مساء اليوم الأول من ربيع الآخر|date|2014-12-23/2015-01-21|2014-12-23..2015-01-21|exact|"];
        early_month_stays: "الرياض 11 صفر 1436 هـ واس تنطلق الدورة مطلع الشهر الحالي"
            => ["11 صفر 1436 هـ|date|2014-12-03|2014-12-03..2014-12-03|exact|",
                "مطلع الشهر الحالي|date|2014-12-01/2014-12-10|2014-12-01..2014-12-10|exact|"];
    }
}
