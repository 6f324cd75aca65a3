//! Dates of the judged Arabic samples 75–78 (ar107): a month of a coming event, `هذا
//! الأسبوع` told on a Sunday, and the ends of `من … وحتى` periods.
//!
//! - [`retune`] (`coming_month`): `موسم زرع الحبوب المقبل الذي يبدأ في تشرين الأول/ أكتوبر`
//!   (published 2015-08-02), `وتعقد اوبك اجتماعها المقبل مطلع ديسمبر`, `في شهر سبتمبر
//!   المقبل بينما يقام ماراثون بيروت في شهر نوفمبر`: a bare month (no year, no `الماضي`)
//!   after `في`/`خلال`/`حتى` or a part of a month (`مطلع`, `نهاية` …), a few words after
//!   `المقبل`/`القادم` (the season, meeting, edition or month to come), is the coming one:
//!   2015-10, not 2014-10. (`ستودع الأسبوع المقبل راتب شهر مايو`, the salary of a month
//!   past, after a noun, stays; `العام المقبل` is left to the year's own reading.)
//! - [`said_this_week`]: `وقال ادريان لودفيج … في المؤتمر الأمني السنوي (بلاك هات) في لاس
//!   فيجاس، هذا الأسبوع` (Sunday 2015-08-09), `وزادت وفاة سعد من حالة الغضب … هذا
//!   الأسبوع`: on a Sunday, the first day of the Arab week, `هذا الأسبوع` in a sentence
//!   opened by a perfect verb of news, with no word of the future or `أن`/`إن` between, is
//!   the week just ended (2015-08-02/2015-08-08), even past a comma or ten words (the
//!   clause rule of [`recurring`](super::recurring)). (`وقال لودفيج إنه هواتف نيكساس
//!   سيجري تحديثها هذا الأسبوع` stays the week ahead.)
//! - [`range_joiner`], [`range_opener`], [`FILLER`] (used by
//!   [`ar97`](super::ar97)'s `date_range`): `من يوم السبت الـ7 من شهر ذي القعدة وحتى اليوم
//!   الاول من شهر ذي الحجة`, `تبدأ عملية القيد يوم السبت السابع من ذي القعدة المقبل وحتى
//!   الأول من ذي الحجة المقبل`, `في الفترة من 7 يوليو الماضي، وحتى الخامس من الشهر
//!   الجاري`: the end of a period read alone joins its start: one period
//!   (`2015-08-22/2015-09-14`). `اليوم` may stand before the end's ordinal day, a comma or
//!   `وتستمر`/`ويستمر` before `حتى`, and `تبدأ`/`يبدأ` (a word or two before) opens the
//!   period as `من` does.

use super::Ctx;
use super::ar93::{bounds, each_date};
use super::dates;
use super::recurring;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::weekdays::stop;
use crate::lang::Recognized;
use crate::model::Value;
use jiff::civil::{Date, Weekday};

/// Words that may stand between `حتى` and the closing date, besides [`ar97`]'s own.
pub(super) const FILLER: &[&str] = &["اليوم"];

/// The token of `حتى`/`إلى` after the start date's last token `pz`: right after it, after a
/// comma (`من 7 يوليو الماضي، وحتى`), or after `وتستمر`/`ويستمر` (`… وتستمر حتى`).
pub(super) fn range_joiner(tk: &[Token<'_>], pz: usize) -> Option<usize> {
    let joins = |j: usize| matches!(key(tk, j), "حتي" | "وحتي" | "الي" | "والي");
    let mut j = pz + 1;
    if matches!(
        tk.get(j).map(|t| &t.kind),
        Some(TokenKind::Punct('،' | ','))
    ) {
        j += 1;
    }
    if matches!(key(tk, j), "وتستمر" | "ويستمر" | "وتمتد" | "ويمتد") {
        j += 1;
    }
    joins(j).then_some(j)
}

/// Whether the start date at token `p` is opened by `تبدأ`/`يبدأ` (a word or two before:
/// `تبدأ عملية القيد يوم السبت …`, `التي تبدأ يوم السبت …`).
pub(super) fn range_opener(tk: &[Token<'_>], p: usize) -> bool {
    (p.saturating_sub(3)..p).any(|j| {
        matches!(
            key(tk, j),
            "تبدا" | "يبدا" | "وتبدا" | "ويبدا" | "ستبدا" | "سيبدا" | "تنطلق" | "ينطلق"
        ) && (j + 1..p).all(|m| tk[m].kind == TokenKind::Word)
    })
}

/// Words after which a `المقبل` tells a year, not an event: left to the year's reading.
const YEAR_NOUNS: &[&str] = &[
    "العام",
    "عام",
    "السنه",
    "سنه",
    "سنوات",
    "الاعوام",
    "اعوام",
    "السنوات",
];

/// Marks of a coming event (`الموسم المقبل`, `النسخة القادمة`).
const COMING: &[&str] = &["المقبل", "المقبله", "القادم", "القادمه", "المقبلين"];

/// Words of a month's part or a day, at the start of a month claim.
const PARTS: &[&str] = &[
    "مطلع",
    "نهايه",
    "بدايه",
    "اواخر",
    "اوايل",
    "منتصف",
    "اواسط",
    "يوم",
];

/// Prepositions before a month claim that make it a time (not `راتب شهر مايو`).
const PREPS: &[&str] = &["في", "وفي", "خلال", "حتي", "وحتي", "بحلول"];

/// Words that put the month back: `الماضي`, `الجاري` ….
const BACK: &[&str] = &[
    "الماضي",
    "الماضيه",
    "المنصرم",
    "الفايت",
    "الحالي",
    "الجاري",
    "الماضيين",
];

/// Rewrites the date claims of `out[from..]` (see the module's notes).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut [Recognized],
    from: usize,
    publication: Option<Date>,
) {
    let Some(p) = publication else {
        return;
    };
    let tk = ctx.tokens;
    each_date(tk, out, from, |c, a, z| coming_month(tk, c, a, z, p));
}

/// `موسم زرع الحبوب المقبل الذي يبدأ في تشرين الأول/ أكتوبر`: a bare month claim (tokens
/// `a..=z`) read in the past, a few words after `المقبل`/`القادم`, moves a year on.
fn coming_month(tk: &[Token<'_>], c: &mut Recognized, a: usize, z: usize, p: Date) {
    if !(a..=z).any(|j| dates::gregorian_month(tk, j).is_some()) {
        return;
    }
    let year_digits =
        |j: usize| matches!(tk[j].kind, TokenKind::Number { value, .. } if value >= 1000.0);
    if (a..=z).any(year_digits) || (a..=z + 1).any(|j| BACK.contains(&key(tk, j))) {
        return;
    }
    let Some((lo, hi)) = bounds(c) else {
        return;
    };
    if hi >= p || lo.month() == 2 || hi.month() == 2 || lo.month() != hi.month() {
        return;
    }
    // The month must be a time: after a preposition, or opened by a part of a month.
    let first = key(tk, a);
    let lead = if PARTS.contains(&first) {
        true
    } else {
        PREPS.contains(&key(tk, a.saturating_sub(1))) && a > 0
    };
    if !lead {
        return;
    }
    // `المقبل` within ten words before, in the sentence.
    let mut marker = false;
    let mut j = a;
    let mut words = 0;
    while j > 0 && words < 10 {
        j -= 1;
        match tk[j].kind {
            TokenKind::Punct(ch) if stop(ch) => break,
            TokenKind::Number { value, .. } if value >= 1000.0 => return,
            TokenKind::Word => {
                words += 1;
                let w = key(tk, j);
                if BACK.contains(&w) {
                    return;
                }
                if COMING.contains(&w) {
                    if key(tk, j + 1) == "من" || YEAR_NOUNS.contains(&key(tk, j.wrapping_sub(1)))
                    {
                        return;
                    }
                    marker = true;
                    break;
                }
            }
            _ => {}
        }
    }
    if !marker {
        return;
    }
    let shift = |d: Date| d.checked_add(jiff::Span::new().years(1)).ok();
    let (Some(nlo), Some(nhi)) = (shift(lo), shift(hi)) else {
        return;
    };
    if nhi < p || (nlo - p).get_days() > 366 {
        return;
    }
    let value = match &c.value {
        Value::Text(s) if s.len() == 7 => format!("{:04}-{:02}", nlo.year(), nlo.month()),
        Value::Text(s) if s.contains('/') => format!("{nlo}/{nhi}"),
        _ => nlo.to_string(),
    };
    c.value = Value::Text(value);
    c.low = Some(Value::Text(nlo.to_string()));
    c.high = Some(Value::Text(nhi.to_string()));
}

/// `وقال ادريان لودفيج … في لاس فيجاس، هذا الأسبوع` on a Sunday: the week at token `i` is
/// the one just ended when the sentence opens with a perfect verb of news and nothing of
/// the future (nor `أن`/`إن`) stands between.
pub(super) fn said_this_week(tk: &[Token<'_>], i: usize, publication: Date) -> bool {
    if publication.weekday() != Weekday::Sunday {
        return false;
    }
    let mut first = None;
    let mut j = i;
    while j > 0 && i - j < 30 {
        j -= 1;
        match tk[j].kind {
            TokenKind::Punct(ch) if stop(ch) || ch == '"' || ch == '«' || ch == '»' => break,
            TokenKind::Word => {
                let w = key(tk, j);
                let b = recurring::bare(w);
                if recurring::future_word(w) || matches!(b, "ان" | "انه" | "انها") {
                    return false;
                }
                first = Some(j);
            }
            _ => {}
        }
    }
    let Some(f) = first else {
        return false;
    };
    if j > 0 && !matches!(tk[j].kind, TokenKind::Punct(_)) {
        return false;
    }
    let w = key(tk, f);
    let b = recurring::bare(w);
    recurring::PAST_VERBS.contains(&b)
        || recurring::PAST_VERBS.contains(&w)
        || matches!(b, "زادت" | "زاد")
}

#[cfg(test)]
mod tests {
    fn on(text: &str, date: (i16, i8, i8)) -> Vec<String> {
        crate::lang::table::claims_on(crate::model::Lang::Ar, text, date)
            .into_iter()
            .filter(|c| c.contains("|date|"))
            .collect()
    }

    fn has(got: &[String], span: &str, value: &str) -> bool {
        got.iter()
            .any(|c| c.starts_with(&format!("{span}|")) && c.contains(&format!("|{value}|")))
    }

    #[test]
    fn coming_season_month() {
        let got = on(
            "كي يتمكن المزارعون من العمل في موسم زرع الحبوب المقبل الذي يبدأ في أكتوبر.",
            (2015, 8, 2),
        );
        assert!(has(&got, "أكتوبر", "2015-10"), "{got:?}");
    }

    #[test]
    fn coming_meeting_start_of_month() {
        let got = on(
            "وتعقد اوبك اجتماعها المقبل مطلع ديسمبر في فيينا.",
            (2015, 7, 31),
        );
        assert!(got.iter().any(|c| c.contains("2015-12-01")), "{got:?}");
    }

    #[test]
    fn salary_of_a_past_month_stays() {
        let got = on(
            "أوضحت إدارة النادي أنها ستودع الأسبوع المقبل راتب شهر مايو للاعبين.",
            (2015, 8, 7),
        );
        assert!(has(&got, "شهر مايو", "2015-05"), "{got:?}");
    }

    #[test]
    fn month_without_coming_stays() {
        let got = on("وكان الموسم قد بدأ في أكتوبر.", (2015, 8, 2));
        assert!(has(&got, "أكتوبر", "2014-10"), "{got:?}");
    }

    #[test]
    fn said_this_week_on_sunday_is_last_week() {
        let s = "وقال ادريان لودفيج كبير الخبراء الأمنيين لنظام اندرويد، في المؤتمر الأمني \
                 السنوي في لاس فيجاس، هذا الأسبوع: أدركنا حاجتنا إلى التحرك.";
        let got = on(s, (2015, 8, 9));
        assert!(has(&got, "هذا الأسبوع", "2015-08-02/2015-08-08"), "{got:?}");
    }

    #[test]
    fn future_this_week_on_sunday_stays() {
        let s = "وقال لودفيج إنه هواتف نيكساس سيجري تحديثها بهدف حمايتها، هذا الأسبوع.";
        let got = on(s, (2015, 8, 9));
        assert!(has(&got, "هذا الأسبوع", "2015-08-09/2015-08-15"), "{got:?}");
    }

    #[test]
    fn hijri_ordinal_range() {
        let s = "بمواعيد قيد الناخبين التي تبدأ من يوم السبت الـ7 من شهر ذي القعدة وحتى اليوم \
                 الاول من شهر ذي الحجة.";
        let got = on(s, (2015, 8, 3));
        assert!(
            got.iter().any(|c| c.contains("|2015-08-22/2015-09-14|")),
            "{got:?}"
        );
    }

    #[test]
    fn range_past_a_comma() {
        let s = "نتيجة الهجمات التي استهدفت تركيا، في الفترة من 7 يوليو الماضي، وحتى الخامس من \
                 الشهر الجاري، لقي 22 من رجال الأمن مصرعهم.";
        let got = on(s, (2015, 8, 7));
        assert!(
            got.iter().any(|c| c.contains("|2015-07-07/2015-08-05|")),
            "{got:?}"
        );
    }

    #[test]
    fn two_dates_without_opener_stay() {
        let s = "أجلت المحكمة الجلسة يوم السبت السابع من ذي القعدة وحتى الأول من ذي الحجة.";
        let got = on(s, (2015, 8, 3));
        assert!(!got.iter().any(|c| c.contains("/2015-09-14|")), "{got:?}");
    }
}
