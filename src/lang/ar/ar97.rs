//! Periods of two months or two dates, and weekdays of the week under way (ar97), for
//! [`super`]; all in [`retune`], over a sentence's claims, after `ar93`.
//!
//! - [`paired_months`]: `خلال شهري حزيران وتموز (يونيو ويوليو) الماضيين`, `شهري سبتمبر
//!   (أيلول) وأكتوبر (تشرين الأول)`: the two months in both their names are one period, not
//!   a claim per name. Two months apart (`شهري يناير ومارس`) stay two.
//! - [`either_month`]: `في أبريل (نيسان) أو مايو عام 2016`, `خلال شهر سبتمبر أو اكتوبر
//!   المقبلين`: two alternative months are one period over both, its year from the second.
//! - [`date_range`]: `ابتداء من يوم الأربعاء 4 / 11 / 1436 وحتى نهاية دوام يوم الاثنين 9 /
//!   11 / 1436ه`: two full dates after `من … وحتى` are one period.
//! - [`this_week`]: `البيانات التي تصدر هذا الأسبوع … وبيانات الوظائف يوم الجمعة` (on a
//!   Monday): a bare weekday in a sentence about what is due this week is the one of this
//!   week, not of the week before.
//! - [`month_year`]: `ونزل الخام الأمريكي في عقود سبتمبر أيلول` names a futures contract by
//!   its delivery month, this one or one to come (as `تسليم سبتمبر` is read); `الحوثيون
//!   استولوا على الرضمة في سبتمبر أيلول`, a bare next month after a past verb in the plural,
//!   is the last one, not the coming one.
//! - [`school_year`]: in July or August, `امتحانات مكملة للعام الدراسي الجاري`, `استكمال
//!   السنة الدراسية الجارية` speak of the school year that is ending, not the one to start.

use super::ar93::text_date;
use super::ar93::{last_of, token_of};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, Kind, Recognized, Value};
use jiff::civil::Date;

fn grain(c: &Recognized, len: usize) -> bool {
    c.kind == Kind::Date && matches!(&c.value, Value::Text(s) if s.len() == len)
}

/// Makes claim `c` the period `lo..=hi`.
fn set_period(c: &mut Recognized, lo: Date, hi: Date) {
    c.value = Value::Text(format!("{lo}/{hi}"));
    c.low = Some(Value::Text(lo.to_string()));
    c.high = Some(Value::Text(hi.to_string()));
}

/// Rewrites and merges the claims of `out[from..]` (see the module's notes).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    publication: Option<Date>,
) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        if out[k].kind != Kind::Date {
            k += 1;
            continue;
        }
        let Some(a) = token_of(tk, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_of(tk, a, out[k].byte_end);
        if paired_months(tk, out, k, a) || either_month(tk, out, k, z) {
            k += 1;
            continue;
        }
        if k > from && date_range(tk, out, k, a) {
            continue;
        }
        if let Some(p) = publication {
            this_week(tk, &mut out[k], a, z, p);
            school_year(tk, &mut out[k], (a, z), p);
            if bare_month_name(tk, a, z) {
                month_year(tk, &mut out[k], a, p);
            }
        }
        k += 1;
    }
}

/// Words before the first of two months that make them one period: `شهري`, `الشهرين`.
fn pair_opener(tk: &[Token<'_>], a: usize) -> bool {
    matches!(
        key(tk, a.wrapping_sub(1)),
        "شهري" | "لشهري" | "وشهري" | "بشهري" | "الشهرين"
    )
}

/// `شهري حزيران وتموز (يونيو ويوليو)`: from month claim `k` at token `a` after `شهري`, a run
/// of month names, `و`, brackets and slashes that names exactly two months, joined by `و`,
/// becomes one period, and the claims inside it go; true when merged.
fn paired_months(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, a: usize) -> bool {
    if !grain(&out[k], 7) || !pair_opener(tk, a) {
        return false;
    }
    let mut months: Vec<u8> = Vec::new();
    let mut joined = false;
    let mut open = 0i32;
    let mut last = a;
    let mut j = a;
    while let Some(t) = tk.get(j) {
        if j > a + 12 {
            return false;
        }
        match t.kind {
            TokenKind::Punct('(') => open += 1,
            TokenKind::Punct(')') if open > 0 => {
                open -= 1;
                last = j;
            }
            TokenKind::Punct('/') => {}
            TokenKind::Word => {
                if let Some(m) = super::dates::gregorian_month(tk, j) {
                    joined |= j > a && t.key.starts_with('و');
                    if !months.contains(&m) {
                        months.push(m);
                    }
                    last = j;
                } else if t.key == "و" {
                    joined = true;
                } else if matches!(t.key.as_str(), "كانون" | "تشرين" | "وكانون" | "وتشرين")
                {
                    joined |= t.key.starts_with('و');
                } else if matches!(t.key.as_str(), "الاول" | "الثاني") {
                    last = j;
                } else {
                    break;
                }
            }
            _ => break,
        }
        j += 1;
    }
    let [m1, m2] = months[..] else {
        return false;
    };
    // `يناير ومارس` are two months, not the period between.
    if !joined || open != 0 || m2 != m1 % 12 + 1 {
        return false;
    }
    let end = tk[last].end;
    // The claims inside the run: the first gives the year, unless the last writes one.
    let inside = (k + 1..out.len())
        .take_while(|&i| out[i].byte_start < end)
        .collect::<Vec<_>>();
    if inside.iter().any(|&i| !grain(&out[i], 7)) {
        return false;
    }
    let written = |c: &Recognized| {
        tk.iter()
            .skip_while(|t| t.end <= c.byte_start)
            .take_while(|t| t.start < c.byte_end)
            .any(|t| t.number().is_some_and(|v| v >= 1000.0))
    };
    let ref_claim = inside
        .last()
        .copied()
        .filter(|&i| written(&out[i]))
        .unwrap_or(k);
    let Some(h) = out[ref_claim].high.as_ref().and_then(text_date) else {
        return false;
    };
    let wrap = i16::from(m2 < m1);
    let hi_year = if h.month() == m2 as i8 {
        h.year()
    } else if h.month() == m1 as i8 {
        h.year() + wrap
    } else {
        return false;
    };
    let (Ok(lo), Ok(hi)) = (
        Date::new(hi_year - wrap, m1 as i8, 1),
        Date::new(hi_year, m2 as i8, 1),
    ) else {
        return false;
    };
    let hi = hi.last_of_month();
    let n = inside.len();
    out.drain(k + 1..k + 1 + n);
    let c = &mut out[k];
    c.byte_end = c.byte_end.max(end);
    set_period(c, lo, hi);
    true
}

/// `في أبريل (نيسان) أو مايو عام 2016`: month claim `k` (last token `z`) and a month claim
/// right after `أو` become one period (the first month in the year before the second's when
/// it comes later in the year); true when merged.
fn either_month(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, z: usize) -> bool {
    if k + 1 >= out.len() || !grain(&out[k], 7) || !grain(&out[k + 1], 7) {
        return false;
    }
    if !matches!(key(tk, z + 1), "او" | "أو") {
        return false;
    }
    if token_of(tk, out[k + 1].byte_start) != Some(z + 2) {
        return false;
    }
    let (Some(l), Some(h)) = (
        out[k].low.as_ref().and_then(text_date),
        out[k + 1].high.as_ref().and_then(text_date),
    ) else {
        return false;
    };
    let year = h.year() - i16::from(l.month() > h.month());
    let Ok(lo) = Date::new(year, l.month(), 1) else {
        return false;
    };
    if lo >= h || (h - lo).get_days() > 366 || l.month() == h.month() {
        return false;
    }
    let second = out.remove(k + 1);
    let c = &mut out[k];
    c.byte_end = second.byte_end;
    set_period(c, lo, h);
    true
}

/// Words that may stand between `حتى` and the closing date: `وحتى نهاية دوام يوم الاثنين`.
const FILLER: &[&str] = &["نهايه", "دوام", "يوم", "مساء", "صباح", "تاريخ", "بتاريخ"];

/// Openers of a period before its first date: `من`, `ابتداء من`, `اعتبارا من`.
const OPENERS: &[&str] = &[
    "من",
    "ومن",
    // `في يوم الأحد 30 أغسطس الحالي إلى يوم الخميس 27 سبتمبر القادم` (ar103).
    "في",
    "وفي",
    "ابتداء",
    "وابتداء",
    "اعتبارا",
    "واعتبارا",
    "بدءا",
    "ابتداءا",
];

/// `من يوم الأربعاء 4 / 11 / 1436 وحتى نهاية دوام يوم الاثنين 9 / 11 / 1436ه`: claim `k`, a
/// full date (token `a`) after `حتى`/`إلى` and a few words of time, and claim `k - 1`, a full
/// date after `من`, become one period (at `k - 1`); true when merged.
fn date_range(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, a: usize) -> bool {
    if !grain(&out[k], 10) || !grain(&out[k - 1], 10) {
        return false;
    }
    let Some(p) = token_of(tk, out[k - 1].byte_start) else {
        return false;
    };
    let pz = last_of(tk, p, out[k - 1].byte_end);
    // `، وحتى`, `وتستمر حتى`, `وحتى اليوم الأول من …` (ar107).
    let Some(h) = super::ar107::range_joiner(tk, pz).or_else(|| super::ar123::dash_joiner(tk, pz))
    else {
        return false;
    };
    let filler =
        |j: usize| FILLER.contains(&key(tk, j)) || super::ar107::FILLER.contains(&key(tk, j));
    if a <= h || a > h + 4 || !(h + 1..a).all(filler) {
        return false;
    }
    // `من تاريخ 1 رمضان`, `من يوم الاثنين المقبل الأول من ذي القعدة` (ar123).
    let p = super::ar123::skip_to_opener(tk, p);
    if p == 0
        || !(OPENERS.contains(&key(tk, p - 1))
            || super::ar123::opens(key(tk, p - 1))
            || super::ar107::range_opener(tk, p))
    {
        return false;
    }
    // `تأجيل الاجتماع من … إلى …`: a move from one date to another, not a span.
    let o = p - 1;
    if (o.saturating_sub(6)..o).any(|m| {
        tk[m].kind == TokenKind::Word
            && tk[m]
                .stems()
                .any(|(_, s)| super::DATE_MOVE_STEMS.contains(&s))
    }) {
        return false;
    }
    let (Some(lo), Some(hi)) = (
        out[k - 1].low.as_ref().and_then(text_date),
        out[k].high.as_ref().and_then(text_date),
    ) else {
        return false;
    };
    if lo >= hi || (hi - lo).get_days() > 366 {
        return false;
    }
    let second = out.remove(k);
    let c = &mut out[k - 1];
    c.byte_end = second.byte_end;
    set_period(c, lo, hi);
    true
}

/// Whether `k` (a key) reads as an imperfect or future verb: `تصدر`, `يصوت`, `ستعقد`.
fn imperfect(k: &str) -> bool {
    let bare = ["و", "ف"]
        .iter()
        .find_map(|p| k.strip_prefix(p))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(k);
    bare.chars().count() >= 3
        && (bare.starts_with('ي')
            || bare.starts_with("سي")
            || bare.starts_with("ست")
            || (bare.starts_with('ت') && !bare.ends_with('ت')))
}

/// `… التي تصدر هذا الأسبوع … يوم الجمعة`: a bare weekday claim (tokens `a..=z`) read in
/// the week before the publication's, in a sentence that puts a verb of what is to be or is
/// under way on `هذا الأسبوع`/`الأسبوع الجاري` before it, moves on to this week.
fn this_week(tk: &[Token<'_>], c: &mut Recognized, a: usize, z: usize, publication: Date) {
    if !grain(c, 10)
        || !(a..=z).all(|j| key(tk, j) == "يوم" || super::dates::weekday_at(tk, j).is_some())
    {
        return;
    }
    let Some(d) = text_date(&c.value) else {
        return;
    };
    let back = i64::from(publication.weekday().to_sunday_zero_offset());
    let Ok(week_start) = publication.checked_sub(jiff::Span::new().days(back)) else {
        return;
    };
    if d >= week_start || (week_start - d).get_days() > 7 {
        return;
    }
    let cue = (1..a).any(|j| {
        let this = match key(tk, j) {
            "الاسبوع" => matches!(key(tk, j + 1), "الجاري" | "الحالي"),
            "هذا" => key(tk, j + 1) == "الاسبوع",
            _ => false,
        };
        this && (j.saturating_sub(3)..j).any(|v| imperfect(key(tk, v)))
    });
    if !cue {
        return;
    }
    let Ok(next) = d.checked_add(jiff::Span::new().days(7)) else {
        return;
    };
    c.value = Value::Text(next.to_string());
    c.low = Some(c.value.clone());
    c.high = Some(c.value.clone());
}

/// Whether claim tokens `a..=z` are only a month's names (`سبتمبر أيلول`, `أيلول (سبتمبر)`,
/// `شهر سبتمبر`): no day, year nor modifier.
fn bare_month_name(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    let mut month = false;
    for j in a..=z {
        let Some(t) = tk.get(j) else {
            return false;
        };
        match t.kind {
            TokenKind::Punct('(' | ')' | '/' | '-') => {}
            TokenKind::Word if super::dates::gregorian_month(tk, j).is_some() => month = true,
            TokenKind::Word
                if matches!(
                    t.key.as_str(),
                    "شهر" | "كانون" | "تشرين" | "الاول" | "الثاني"
                ) => {}
            _ => return false,
        }
    }
    month
}

/// Verbs of saying: what follows them may be to come (`قالوا إنهم سيزورون في سبتمبر`).
const SAID: &[&str] = &[
    "قالوا",
    "اكدوا",
    "اعلنوا",
    "ذكروا",
    "اوضحوا",
    "اشاروا",
    "اضافوا",
];

/// Whether `k` (a key) is a past verb in the plural: `استولوا`, `وانسحبوا`.
fn past_plural(k: &str) -> bool {
    let bare = ["و", "ف"]
        .iter()
        .find_map(|p| k.strip_prefix(p))
        .filter(|r| r.chars().count() >= 4)
        .unwrap_or(k);
    bare.chars().count() >= 5
        && bare.ends_with("وا")
        && !bare.starts_with(['ي', 'ت', 'ن', 'س', 'ل'])
        && !SAID.contains(&bare)
}

/// Moves a bare month claim `c` (at token `a`) to the right year: a contract's delivery
/// month after `عقود` is this month or one to come; the next month after a past verb in the
/// plural (within six words of its clause) is the one a year before.
fn month_year(tk: &[Token<'_>], c: &mut Recognized, a: usize, publication: Date) {
    let Some(lo) = c.low.as_ref().and_then(text_date) else {
        return;
    };
    let this_month = publication.first_of_month();
    let contract = |j: usize| matches!(key(tk, j), "عقود" | "لعقود" | "العقود");
    let years = if lo < this_month
        && (contract(a.wrapping_sub(1))
            || (matches!(
                tk.get(a.wrapping_sub(1)).map(|t| &t.kind),
                Some(TokenKind::Punct('"'))
            ) && contract(a.wrapping_sub(2))))
    {
        1
    } else if lo > this_month
        && this_month
            .checked_add(jiff::Span::new().months(1))
            .is_ok_and(|n| n == lo)
        && past_verb_before(tk, a)
    {
        -1
    } else {
        return;
    };
    let shift = |v: &Value| -> Option<Value> {
        let d = text_date(v)?;
        let d = d.checked_add(jiff::Span::new().years(years)).ok()?;
        Some(Value::Text(d.to_string()))
    };
    let (Some(l), Some(h)) = (
        c.low.as_ref().and_then(shift),
        c.high.as_ref().and_then(shift),
    ) else {
        return;
    };
    let Ok(h) = text_date(&h).map(|d| d.last_of_month()).ok_or(()) else {
        return;
    };
    let Some(ld) = text_date(&l) else {
        return;
    };
    c.value = Value::Text(format!("{:04}-{:02}", ld.year(), ld.month()));
    c.low = Some(l);
    c.high = Some(Value::Text(h.to_string()));
}

/// `امتحانات مكملة للعام الدراسي الجاري` (in July or August): the current school year (claim
/// `c`, tokens `a..=z`) after a word of exams, results or completion within four words
/// before it is the one ending, a year before the one starting in September.
fn school_year(tk: &[Token<'_>], c: &mut Recognized, (a, z): (usize, usize), publication: Date) {
    if !matches!(publication.month(), 7 | 8) || !grain(c, 21) {
        return;
    }
    let has = |ks: &[&str]| (a..=z).any(|j| ks.contains(&key(tk, j)));
    if !has(&["الدراسي", "الدراسيه", "لعام", "للعام", "العام", "السنه"])
        || !has(&["الدراسي", "الدراسيه"])
        || !has(&["الجاري", "الجاريه", "الحالي", "الحاليه"])
    {
        return;
    }
    let Some(lo) = c.low.as_ref().and_then(text_date) else {
        return;
    };
    if lo.year() != publication.year() || lo.month() != 9 {
        return;
    }
    let ending = (a.saturating_sub(4)..a).any(|j| {
        let k = key(tk, j);
        k.contains("امتحان") || k.contains("نتايج") || k.contains("استكمال")
    });
    if !ending {
        return;
    }
    let (Ok(l), Ok(h)) = (Date::new(lo.year() - 1, 9, 1), Date::new(lo.year(), 6, 30)) else {
        return;
    };
    set_period(c, l, h);
}

/// A past verb in the plural within the six words before token `a` in its clause.
fn past_verb_before(tk: &[Token<'_>], a: usize) -> bool {
    for j in (a.saturating_sub(6)..a).rev() {
        if matches!(tk.get(j).map(|t| &t.kind), Some(TokenKind::Punct(c)) if ".،,؛;!?؟\"«»".contains(*c))
        {
            return false;
        }
        if past_plural(key(tk, j)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    /// The claims of `text` published on `date`.
    fn on(text: &str, date: (i16, i8, i8)) -> Vec<String> {
        crate::lang::table::claims_on(crate::model::Lang::Ar, text, date)
    }

    #[test]
    fn ar97_paired_names() {
        assert_eq!(
            on(
                "وبلغت الانتهاكات 87 حالة خلال شهري حزيران وتموز (يونيو ويوليو) الماضيين.",
                (2015, 8, 6)
            ),
            [
                "87 حالة|count|87|87..87|exact|case",
                "حزيران وتموز (يونيو ويوليو)|date|2015-06-01/2015-07-31|2015-06-01..2015-07-31|exact|"
            ]
        );
    }

    #[test]
    fn ar97_paired_levantine_second() {
        assert_eq!(
            on(
                "إجراء الانتخابات خلال شهري سبتمبر (أيلول) وأكتوبر (تشرين الأول)، على أن",
                (2015, 8, 1)
            ),
            [
                "سبتمبر (أيلول) وأكتوبر (تشرين الأول)|date|2015-09-01/2015-10-31|2015-09-01..2015-10-31|exact|"
            ]
        );
    }

    #[test]
    fn ar97_either_month() {
        assert_eq!(
            on(
                "تصويت مبكر في أبريل (نيسان) أو مايو عام 2016 قبل",
                (2015, 8, 4)
            ),
            [
                "أبريل (نيسان) أو مايو عام 2016|date|2016-04-01/2016-05-31|2016-04-01..2016-05-31|exact|"
            ]
        );
        assert_eq!(
            on("جاهزة في ديسمبر 2016 أو يناير 2017.", (2015, 8, 4)),
            ["ديسمبر 2016 أو يناير 2017|date|2016-12-01/2017-01-31|2016-12-01..2017-01-31|exact|"]
        );
    }

    #[test]
    fn ar97_range_with_weekday() {
        assert_eq!(
            on(
                "ابتداء من يوم الأربعاء 4 / 11 / 1436 وحتى نهاية دوام يوم الاثنين 9 / 11 / 1436ه للنساء.",
                (2015, 8, 10)
            ),
            [
                "يوم الأربعاء 4 / 11 / 1436 وحتى نهاية دوام يوم الاثنين 9 / 11 / 1436ه|date|2015-08-19/2015-08-24|2015-08-19..2015-08-24|exact|"
            ]
        );
    }

    #[test]
    fn ar97_month_year() {
        assert_eq!(
            on(
                "ونزل الخام الأمريكي في عقود سبتمبر أيلول ثلاثة سنتات",
                (2015, 7, 31)
            ),
            [
                "سبتمبر أيلول|date|2015-09|2015-09-01..2015-09-30|exact|",
                "ثلاثة سنتات|money|3|3..3|exact|cent"
            ]
        );
        assert_eq!(
            on(
                "وكان الحوثيون استولوا على الرضمة في سبتمبر أيلول فيما",
                (2015, 8, 10)
            ),
            ["سبتمبر أيلول|date|2014-09|2014-09-01..2014-09-30|exact|"]
        );
        assert_eq!(
            on("وقالوا إنهم سيزورون المملكة في سبتمبر", (2015, 8, 10)),
            ["سبتمبر|date|2015-09|2015-09-01..2015-09-30|exact|"]
        );
    }

    #[test]
    fn ar97_moved_dates_stay_two() {
        assert_eq!(
            on(
                "تقرر تأجيل الاجتماع من يوم الأحد 9 أغسطس إلى يوم الثلاثاء 18 أغسطس",
                (2015, 8, 3)
            )
            .len(),
            2
        );
    }

    #[test]
    fn ar97_school_year_ending() {
        assert_eq!(
            on(
                "قرارا يقضي بعمل امتحانات مكملة للعام الدراسي الجاري، أواخر الشهر",
                (2015, 8, 4)
            ),
            ["لعام الدراسي الجاري|date|2014-09-01/2015-06-30|2014-09-01..2015-06-30|exact|"]
        );
        assert_eq!(
            on(
                "سينطلق مع بدء الدراسة بهما خلال العام الدراسي الحالي، وهما",
                (2015, 7, 31)
            ),
            ["العام الدراسي الحالي|date|2015-09-01/2016-06-30|2015-09-01..2016-06-30|exact|"]
        );
    }

    #[test]
    fn ar97_this_week() {
        let s = "البيانات التي تصدر هذا الأسبوع بما في ذلك تقرير المعهد اليوم الاثنين وبيانات الوظائف يوم الجمعة.";
        let got = on(s, (2015, 8, 3));
        assert_eq!(
            got.last().map(String::as_str),
            Some("يوم الجمعة|date|2015-08-07|2015-08-07..2015-08-07|exact|")
        );
        // A past verb keeps the week before.
        let got = on(
            "والمنطقة موعودة مع الأمطار هذا الأسبوع، وشهدت المنطقة يوم السبت هطول أمطار.",
            (2015, 8, 3),
        );
        assert_eq!(
            got.last().map(String::as_str),
            Some("يوم السبت|date|2015-08-01|2015-08-01..2015-08-01|exact|")
        );
    }
}
