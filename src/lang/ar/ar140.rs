//! Dates of the judged Arabic samples 103–106 (ar140).
//!
//! - Two years side by side in brackets or guillemets, the dash lost: `على مدى سنوات الخطة
//!   الخمسية الثامنة «2011 2015» سجلت`. The tool gave two years; it is now one period
//!   2011–2015 (the second year later than the first by at most twenty). See [`bracket_pair`].
//! - A list of years that starts with a full year and goes on with its last two digits:
//!   `وهي تعود لأعوام 1910 و16 و 17 و18`, `أربعة أجزاء حتى اليوم (1993، 97، 2001، 2015)`.
//!   The two-digit items were bare numbers; they are years of the same century (1916, 1917,
//!   1918, 1997), each larger than the item before it, joined by `و` or a comma. See
//!   [`year_list`].
//! - A weekday right after `الأسبوع الماضي` (up to four words between): `ذكرت أم لمار:
//!   الأسبوع الماضي وفي يوم الثلاثاء بالتحديد زرت المطعم` (Thursday 2015-08-06), `فقد
//!   المعدن الأصفر أكثر من 3% الأسبوع الماضي بعد خسائر حادة يوم الاثنين` (Friday
//!   2015-07-31). The tool put the weekday in the week of the publication (2015-08-04); it is
//!   last week's (2015-07-28), the same weekday in the span of last week. Only a bare weekday
//!   (`يوم الثلاثاء`, `الاثنين`) that falls after that week. See [`last_week_day`].
//! - A range of two years from 1380 to 1450 written without a calendar mark, in a sentence
//!   with no word of history: `بلغت نسبة الزيادة بعدد القضايا المعروضة على الهيئات الصحية
//!   الشرعية بين عام 1431 إلى 1435` (a Saudi ministry report of 2015). The tool gave the
//!   Gregorian years 1431–1435; they are the Hijri years 1431–1435 (2009-12-18/2014-10-24). A
//!   year marked `م` or near `قرن`, `ميلادي`, `العصور`, `الدولة`, `تاريخ`… stays. See
//!   [`hijri_range`].
//!
//! (A day range `من 25 ولغاية 27 ايلول/سبتمبر` is read by [`super::dates`], which now takes
//! `ولغاية` between the days; `لا تتجاوز 3% أو 4 %` is at most 4 in [`super::ar138`].)

use super::Ctx;
use super::ar79::token_at;
use super::hijri;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};
use jiff::civil::Date;

/// Re-reads the dates of the sentence's claims from `from` on (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        match out[k].kind {
            Kind::Number => year_list(tokens, &mut out[k]),
            Kind::Date => {
                if bracket_pair(tokens, out, k) {
                    k += 1;
                    continue;
                }
                hijri_range(ctx, &mut out[k]);
                if k > from {
                    last_week_day(tokens, out, k);
                }
            }
            _ => {}
        }
        k += 1;
    }
}

/// A plain year (four digits, no calendar mark) of a date claim: its value as a number.
fn plain_year(c: &Recognized) -> Option<i64> {
    let Value::Text(v) = &c.value else {
        return None;
    };
    if v.len() != 4 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok()
}

/// `«2011 2015»`: claim `k` and the next, two years side by side between an opening and a
/// closing bracket, are one period. True when the two were joined.
fn bracket_pair(tokens: &[Token<'_>], out: &mut Vec<Recognized>, k: usize) -> bool {
    let Some(y1) = plain_year(&out[k]) else {
        return false;
    };
    let Some(next) = out.get(k + 1) else {
        return false;
    };
    let Some(y2) = plain_year(next) else {
        return false;
    };
    if y2 <= y1 || y2 - y1 > 20 {
        return false;
    }
    let (Some(a), Some(b)) = (
        token_at(tokens, out[k].byte_start),
        token_at(tokens, next.byte_start),
    ) else {
        return false;
    };
    let open = a
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens[p].kind, TokenKind::Punct('«' | '(' | '"' | '[')));
    let close = tokens
        .get(b + 1)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('»' | ')' | '"' | ']')));
    if b != a + 1 || !open || !close || tokens[a].end != out[k].byte_end {
        return false;
    }
    let end = next.byte_end;
    let c = &mut out[k];
    c.byte_end = end;
    c.value = Value::Text(format!("{y1:04}-01-01/{y2:04}-12-31"));
    c.low = Some(Value::Text(format!("{y1:04}-01-01")));
    c.high = Some(Value::Text(format!("{y2:04}-12-31")));
    c.qualifier = Qualifier::Exact;
    out.remove(k + 1);
    true
}

/// The digits of a number token written in two or four digits: its value and digit count.
fn digits(t: &Token<'_>) -> Option<(i64, usize)> {
    let v = t.number()?;
    let n = t.text.chars().count();
    if !t.text.chars().all(|ch| ch.is_numeric()) || !matches!(n, 2 | 4) {
        return None;
    }
    Some((v as i64, n))
}

/// `لأعوام 1910 و16 و 17 و18`: a bare two-digit number in a list (joined by `و` or a
/// comma) that starts with a full year, each item larger than the one before it, is a year of
/// that century.
fn year_list(tokens: &[Token<'_>], c: &mut Recognized) {
    if c.qualifier != Qualifier::Exact || c.unit.is_some() {
        return;
    }
    let Some(a) = token_at(tokens, c.byte_start) else {
        return;
    };
    let Some((v, 2)) = digits(&tokens[a]) else {
        return;
    };
    if tokens[a].end != c.byte_end {
        return;
    }
    let mut j = a;
    let mut last = v;
    for _ in 0..8 {
        // The joint: `و`, a comma, or both.
        let Some(mut p) = j.checked_sub(1) else {
            return;
        };
        let joint = |p: usize| {
            key(tokens, p) == "و" || matches!(tokens[p].kind, TokenKind::Punct('،' | ','))
        };
        if !joint(p) {
            return;
        }
        if matches!(tokens[p].kind, TokenKind::Punct(_))
            && p.checked_sub(1).is_some_and(|q| key(tokens, q) == "و")
        {
            p -= 1;
        }
        let Some(q) = p.checked_sub(1) else { return };
        match digits(&tokens[q]) {
            Some((y, 4)) if (1800..=2099).contains(&y) => {
                let year = y - y % 100 + v;
                if y % 100 >= last {
                    return;
                }
                c.kind = Kind::Date;
                c.value = Value::Text(format!("{year:04}"));
                c.low = Some(Value::Text(format!("{year:04}-01-01")));
                c.high = Some(Value::Text(format!("{year:04}-12-31")));
                c.unit_text = None;
                return;
            }
            Some((n, 2)) if n < last => {
                last = n;
                j = q;
            }
            _ => return,
        }
    }
}

/// Whether token `k` is a weekday or `يوم` (keys, with a clitic `و`, `ب`, `في`).
fn weekday_word(tokens: &[Token<'_>], k: usize) -> bool {
    let w = key(tokens, k);
    let w = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ب'))
        .filter(|s| s.chars().count() >= 3)
        .unwrap_or(w);
    matches!(
        w,
        "يوم"
            | "السبت"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
    )
}

/// The two ends of a date period value `2015-07-26/2015-08-01`.
fn span(v: &Value) -> Option<(Date, Date)> {
    let Value::Text(v) = v else { return None };
    let (a, b) = v.split_once('/')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// `الأسبوع الماضي وفي يوم الثلاثاء بالتحديد`: the bare weekday claim `k` within four words
/// after a claim of last week, dated after that week, is that weekday in it.
fn last_week_day(tokens: &[Token<'_>], out: &mut [Recognized], k: usize) {
    let Value::Text(day) = &out[k].value else {
        return;
    };
    let Ok(day) = day.parse::<Date>() else { return };
    let week = &out[k - 1];
    if week.kind != Kind::Date {
        return;
    }
    let (Some(w), Some(a)) = (
        token_at(tokens, week.byte_start),
        token_at(tokens, out[k].byte_start),
    ) else {
        return;
    };
    // The week claim is exactly `الأسبوع الماضي` (or `المنصرم`).
    let last = w + 1;
    if tokens.get(last).is_none_or(|t| t.end != week.byte_end)
        || !matches!(key(tokens, w), "الاسبوع" | "والاسبوع")
        || !matches!(key(tokens, last), "الماضي" | "المنصرم")
    {
        return;
    }
    if a <= last || a - last > 5 {
        return;
    }
    // Only words between; the weekday claim is only `يوم` and a weekday.
    if (last + 1..a).any(|j| tokens[j].kind != TokenKind::Word) {
        return;
    }
    let end = out[k].byte_end;
    let claim: Vec<usize> = (a..tokens.len())
        .take_while(|&j| tokens[j].end <= end)
        .collect();
    if claim.is_empty() || !claim.iter().all(|&j| weekday_word(tokens, j)) {
        return;
    }
    let Some((lo, hi)) = span(&week.value) else {
        return;
    };
    let Ok(moved) = day.checked_sub(jiff::Span::new().days(7)) else {
        return;
    };
    if day <= hi || moved < lo || moved > hi {
        return;
    }
    let c = &mut out[k];
    let v = Value::Text(moved.to_string());
    c.value = v.clone();
    c.low = Some(v.clone());
    c.high = Some(v);
}

/// Words (raw stems) of history: a year near one is of the Gregorian past.
const HISTORY: &[&str] = &[
    "قرن",
    "القرون",
    "ميلاد",
    "العصور",
    "العصر",
    "الدولة",
    "تاريخ",
    "التاريخ",
    "عهد",
    "سلطان",
    "الخلافة",
    "العثماني",
    "المملوك",
    "الأندلس",
    "الاندلس",
    "الحرب",
];

/// `بين عام 1431 إلى 1435`: a Gregorian range of two years from 1380 to 1450 written
/// without `م`, in a sentence with no word of history, is the range of Hijri years.
fn hijri_range(ctx: &Ctx<'_, '_>, c: &mut Recognized) {
    let Some((lo, hi)) = span(&c.value) else {
        return;
    };
    let (y1, y2) = (i32::from(lo.year()), i32::from(hi.year()));
    if !(1380..=1450).contains(&y1)
        || !(1380..=1450).contains(&y2)
        || (lo.month(), lo.day(), hi.month(), hi.day()) != (1, 1, 12, 31)
    {
        return;
    }
    let text = ctx
        .text
        .get(c.byte_start.saturating_sub(ctx.base)..c.byte_end.saturating_sub(ctx.base))
        .unwrap_or("");
    // (`1431م`, `1431 هـ`: a calendar mark glued to a year or standing after it.)
    let marked = text.split_whitespace().any(|w| {
        matches!(w, "م" | "هـ" | "ه")
            || w.chars().any(|ch| ch.is_numeric())
                && w.chars()
                    .last()
                    .is_some_and(|ch| matches!(ch, 'م' | 'ه' | 'ـ'))
    });
    if marked || HISTORY.iter().any(|h| ctx.text.contains(h)) {
        return;
    }
    let Some(start) = hijri::to_gregorian(y1, 1, 1) else {
        return;
    };
    let Some(next) = hijri::to_gregorian(y2 + 1, 1, 1) else {
        return;
    };
    let Some(end) = hijri::from_jdn(hijri::jdn_of(next) - 1) else {
        return;
    };
    c.value = Value::Text(format!("{start}/{end}"));
    c.low = Some(Value::Text(start.to_string()));
    c.high = Some(Value::Text(end.to_string()));
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        bracket_years: "على مدى سنوات الخطة الخمسية الثامنة «2011 2015» سجلت السلطنة نموًا"
            => ["الثامنة|ordinal|8|8..8|exact|",
                "2011 2015|date|2011-01-01/2015-12-31|2011-01-01..2015-12-31|exact|"];
        bare_years_stay: "على مدى سنوات الخطة الخمسية الثامنة 2011 2015 سجلت السلطنة نموًا"
            => ["الثامنة|ordinal|8|8..8|exact|",
                "2011|date|2011|2011-01-01..2011-12-31|exact|",
                "2015|date|2015|2015-01-01..2015-12-31|exact|"];
        year_list: "الأفلام الصامتة مميزة وهي تعود لأعوام 1910 و16 و 17 و18."
            => ["1910|date|1910|1910-01-01..1910-12-31|exact|",
                "16|date|1916|1916-01-01..1916-12-31|exact|",
                "17|date|1917|1917-01-01..1917-12-31|exact|",
                "18|date|1918|1918-01-01..1918-12-31|exact|"];
        year_list_commas: "وقام سبلبيرج بإنتاج أجزاء (1993، 97، 2001، 2015)."
            => ["1993|date|1993|1993-01-01..1993-12-31|exact|",
                "97|date|1997|1997-01-01..1997-12-31|exact|",
                "2001|date|2001|2001-01-01..2001-12-31|exact|",
                "2015|date|2015|2015-01-01..2015-12-31|exact|"];
        money_after_year_stays: "أن يبلغ متوسط سعر برميل برنت 60.60 دولار في 2015، و69 دولارا في 2016"
            => ["60.60 دولار|money|60.6|60.6..60.6|exact|usd",
                "2015|date|2015|2015-01-01..2015-12-31|exact|",
                "69 دولارا|money|69|69..69|exact|usd",
                "2016|date|2016|2016-01-01..2016-12-31|exact|"];
        smaller_item_stays: "تعود لأعوام 1990 و12 فقط"
            => ["1990|date|1990|1990-01-01..1990-12-31|exact|",
                "12|number|12|12..12|exact|"];
        hijri_range: "بلغت نسبة الزيادة بعدد القضايا المعروضة على الهيئات الصحية الشرعية بين عام 1431 إلى 1435 بنسبة حوالي 58%"
            => ["بين عام 1431 إلى 1435|date|2009-12-18/2014-10-24|2009-12-18..2014-10-24|exact|",
                "حوالي 58%|percent|58|52.2..63.8|approx|"];
        history_range_stays: "بنيت القلعة في عهد المماليك بين عام 1431 إلى 1435"
            => ["بين عام 1431 إلى 1435|date|1431-01-01/1435-12-31|1431-01-01..1435-12-31|exact|"];
        day_range_walghaya: "والذي سيعقد في مقر المنظمة الدولية في نيويورك من 25 ولغاية 27 ايلول/سبتمبر المقبل."
            => ["25 ولغاية 27 ايلول/سبتمبر المقبل|date|2015-09-25/2015-09-27|2015-09-25..2015-09-27|exact|"];
        day_range_reversed_stays: "سيعقد في نيويورك من 27 ولغاية 25 ايلول/سبتمبر المقبل."
            => ["27|number|27|27..27|exact|",
                "25 ايلول/سبتمبر المقبل|date|2015-09-25|2015-09-25..2015-09-25|exact|"];
        ceiling_or: "فبعد أن كانت لا تتجاوز 3% أو 4 % أجبرت متطلبات السوق"
            => ["لا تتجاوز 3% أو 4 %|percent|4|..4|at_most|"];
        ceiling_or_subject: "من الأزقة التي لم يتجاوز عرضها المتر أو المترين."
            => ["لم يتجاوز عرضها المتر أو المترين|count|2|..2|at_most|meter"];
        floor_or: "ولا يقل عدد الصفوف عن خمسة أو ستة صفوف حسب حجم المسجد"
            => ["ولا يقل عدد الصفوف عن خمسة أو ستة صفوف|count|5|5..|at_least|صفوف"];
        range_or_not_negated_stays: "كانت تتجاوز 3% أو 4 % في السنوات الماضية"
            => ["3% أو 4 %|percent|3|3..4|range|"];
    }

    fn on(text: &str, date: (i16, i8, i8)) -> Vec<String> {
        crate::lang::table::claims_on(crate::model::Lang::Ar, text, date)
            .into_iter()
            .filter(|c| c.contains("|date|"))
            .collect()
    }

    #[test]
    fn weekday_of_last_week() {
        let s = "ذكرت أم لمار: الأسبوع الماضي وفي يوم الثلاثاء بالتحديد زرت المطعم مع صديقاتي";
        assert_eq!(
            on(s, (2015, 8, 6)),
            [
                "الأسبوع الماضي|date|2015-07-26/2015-08-01|2015-07-26..2015-08-01|exact|",
                "يوم الثلاثاء|date|2015-07-28|2015-07-28..2015-07-28|exact|",
            ]
        );
        let s = "وفقد المعدن الأصفر أكثر من 3% الأسبوع الماضي بعد خسائر حادة يوم الاثنين في نيويورك";
        assert_eq!(
            on(s, (2015, 7, 31)),
            [
                "الأسبوع الماضي|date|2015-07-19/2015-07-25|2015-07-19..2015-07-25|exact|",
                "يوم الاثنين|date|2015-07-20|2015-07-20..2015-07-20|exact|",
            ]
        );
    }

    #[test]
    fn weekday_far_from_week_stays() {
        // (Far from the week: a day of its own.)
        let s = "زرت المطعم الأسبوع الماضي مع صديقاتي ثم عدت إليه مرة أخرى باصطحاب بنتي يوم الثلاثاء";
        assert_eq!(
            on(s, (2015, 8, 6)),
            [
                "الأسبوع الماضي|date|2015-07-26/2015-08-01|2015-07-26..2015-08-01|exact|",
                "يوم الثلاثاء|date|2015-08-04|2015-08-04..2015-08-04|exact|",
            ]
        );
    }
}
