//! Date ranges of the judged Arabic samples 83–86 (ar119) whose ends were read alone; all
//! in [`retune`], over a sentence's claims.
//!
//! - [`year_pair`]: `للعام الدراسي (1435هـ- 1436هـ)`, `العام الدراسي الحالي 1435ه/1436ه`,
//!   `لموسم شتاء 2014م - 2015م`: two consecutive years of one calendar, joined by nothing
//!   but a dash or a slash, name one school, fiscal or season year: one period over both
//!   (`2013-11-04/2015-10-13`), not two years. (`(1436هـ – 2015م)`, a Hijri year and
//!   its Gregorian match, and `كأسي العالم 2018 /2022`, two years apart, stay two
//!   claims.)
//! - [`month_range`]: `خلال الفترة من شباط/فبراير حتى تشرين ثان/نوفمبر 1943`, `بين فاتح
//!   يناير (كانون الثاني) حتى 15 يوليو (تموز) 2015`: a bare month (no year) after
//!   `من`/`بين` (or `فاتح`, its first day), closed by `حتى`/`إلى` and a date, opens one
//!   period that ends with that date, in the end's year (`1943-02-01/1943-11-30`); a
//!   stray number inside (`ثان` of `تشرين ثان`) goes. (`تأجيل الاجتماع من يناير إلى
//!   مارس 2015`, a move, stays two dates.)
//!
//! Elsewhere: `وأشارت إلى أنها سوف تستأنف توليد الطاقة … من ذلك المفاعل يوم الجمعة`
//! (published Tue 2015-08-11): a weekday governed by a future verb told after
//! `أنه`/`أنها` is the coming one (2015-08-14) when the last one would be three or more
//! days back (two days back, `وأضاف أنه سيتم … خلال يوم الاثنين`, stays: a story carried
//! on, as [`ar99`](super::ar99) has it), as [`ar112`](super::ar112)'s
//! `future_governs_weekday` now reads it (months keep the stricter `future_governs`).
//! `مدد`/`تمديد` (extend) joins the words of change of [`super`]'s
//! `change_word`, so that `وبتمديد احتجاز … من ستة أيام إلى 15 يوما` is where the limit
//! went from and to, not a range of 6–15 days.

use super::Ctx;
use super::ar93::{last_of, text_date, token_of};
use super::hijri;
use super::tokens::TokenKind;
use super::tokens::key_at as key;
use crate::lang::Recognized;
use crate::model::{Kind, Value};
use jiff::civil::Date;

/// Rewrites the claims of `out[from..]` (see the module's notes).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    year_pair(ctx, out, from);
    month_range(ctx, out, from);
}

/// Makes claim `c` the period `lo..=hi`.
fn set_period(c: &mut Recognized, lo: Date, hi: Date) {
    c.value = Value::Text(format!("{lo}/{hi}"));
    c.low = Some(Value::Text(lo.to_string()));
    c.high = Some(Value::Text(hi.to_string()));
}

/// The bounds of a date claim.
fn bounds(c: &Recognized) -> Option<(Date, Date)> {
    Some((
        c.low.as_ref().and_then(text_date)?,
        c.high.as_ref().and_then(text_date)?,
    ))
}

/// The first run of digits in `s` (ASCII or Arabic-Indic), as a number.
fn digits(s: &str) -> Option<i32> {
    let run: String = s
        .chars()
        .skip_while(|c| c.to_digit(10).is_none() && !('٠'..='٩').contains(c))
        .take_while(|c| c.is_ascii_digit() || ('٠'..='٩').contains(c))
        .map(|c| {
            if c.is_ascii_digit() {
                c
            } else {
                char::from(b'0' + (c as u32 - '٠' as u32) as u8)
            }
        })
        .collect();
    run.parse().ok()
}

/// A Gregorian year claim (`2014`, `2014م`): its year.
fn gregorian_year(c: &Recognized) -> Option<i32> {
    match &c.value {
        Value::Text(s) if c.kind == Kind::Date && s.len() == 4 => s.parse().ok(),
        _ => None,
    }
}

/// Whether the text between two claims is a lone dash or slash.
fn dash_between(ctx: &Ctx<'_, '_>, a: usize, b: usize) -> bool {
    let (Some(s), Some(e)) = (a.checked_sub(ctx.base), b.checked_sub(ctx.base)) else {
        return false;
    };
    ctx.text
        .get(s..e)
        .is_some_and(|g| matches!(g.trim(), "-" | "–" | "—" | "/"))
}

/// `1435هـ- 1436هـ`, `2014م - 2015م` (see the module's notes).
fn year_pair(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let mut k = from;
    while k < out.len() {
        let text_of = |c: &Recognized| -> &str {
            let (Some(s), Some(e)) = (
                c.byte_start.checked_sub(ctx.base),
                c.byte_end.checked_sub(ctx.base),
            ) else {
                return "";
            };
            ctx.text.get(s..e).unwrap_or("")
        };
        // A claim of one whole year: its year, and whether it is a Hijri one.
        let year_of = |c: &Recognized| -> Option<(i32, bool)> {
            let t = text_of(c);
            let hijri = t.contains('ه');
            let y = digits(t)?;
            let (lo, hi) = bounds(c)?;
            let whole = if hijri {
                hijri::to_gregorian(y, 1, 1) == Some(lo)
                    && hijri::to_gregorian(y + 1, 1, 1).and_then(|d| d.yesterday().ok()) == Some(hi)
            } else {
                gregorian_year(c) == Some(y) && !t.contains('/') && !t.contains('-')
            };
            (c.kind == Kind::Date && whole).then_some((y, hijri))
        };
        let Some((y, hijri)) = year_of(&out[k]) else {
            k += 1;
            continue;
        };
        if k > from
            && year_of(&out[k - 1]) == Some((y - 1, hijri))
            && dash_between(ctx, out[k - 1].byte_end, out[k].byte_start)
        {
            let (Some((lo, _)), Some((_, hi))) = (bounds(&out[k - 1]), bounds(&out[k])) else {
                k += 1;
                continue;
            };
            let second = out.remove(k);
            let c = &mut out[k - 1];
            c.byte_end = second.byte_end;
            set_period(c, lo, hi);
            continue;
        }
        k += 1;
    }
}

/// `من شباط/فبراير حتى تشرين ثان/نوفمبر 1943`, `بين فاتح يناير … حتى 15 يوليو … 2015`
/// (see the module's notes).
fn month_range(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        k += 1;
        let d1 = &out[k - 1];
        let month = matches!(&d1.value, Value::Text(s) if s.len() == 7);
        if d1.kind != Kind::Date || !month {
            continue;
        }
        let text = ctx
            .text
            .get(d1.byte_start.saturating_sub(ctx.base)..d1.byte_end.saturating_sub(ctx.base))
            .unwrap_or("");
        if digits(text).is_some() {
            continue;
        }
        let Some(p) = token_of(tk, d1.byte_start) else {
            continue;
        };
        let mut o = p.wrapping_sub(1);
        if matches!(key(tk, o), "فاتح" | "بفاتح") {
            o = o.wrapping_sub(1);
        }
        if !matches!(
            key(tk, o),
            "من" | "بين" | "ومن" | "وبين" | "مابين" | "ابتداء" | "اعتبارا"
        ) {
            continue;
        }
        if (o.saturating_sub(6)..o).any(|m| {
            tk[m].kind == TokenKind::Word
                && tk[m]
                    .stems()
                    .any(|(_, s)| super::DATE_MOVE_STEMS.contains(&s))
        }) {
            continue;
        }
        let pz = last_of(tk, p, d1.byte_end);
        let Some(h) = super::ar107::range_joiner(tk, pz) else {
            continue;
        };
        // The closing date starts right after `حتى`, or a word or two later when the first
        // words were read as something else (`تشرين ثان/نوفمبر`: `ثان` a stray number).
        let (Some(first), Some(last)) = (tk.get(h + 1), tk.get(h + 4).or(tk.last())) else {
            continue;
        };
        let Some(m) = (k..out.len()).find(|&m| out[m].kind == Kind::Date) else {
            continue;
        };
        if out[m].byte_start < first.start
            || out[m].byte_start > last.start
            || (k..m).any(|j| out[j].byte_start < first.start)
        {
            continue;
        }
        let (Some((_, hi)), Value::Text(s)) = (bounds(&out[m]), &out[k - 1].value) else {
            continue;
        };
        let Some(mo) = s.get(5..7).and_then(|x| x.parse::<i8>().ok()) else {
            continue;
        };
        let Ok(mut lo) = Date::new(hi.year(), mo, 1) else {
            continue;
        };
        if lo > hi {
            let Ok(l) = Date::new(hi.year() - 1, mo, 1) else {
                continue;
            };
            lo = l;
        }
        if (hi - lo).get_days() > 366 {
            continue;
        }
        let end = out[m].byte_end;
        out.drain(k..=m);
        let c = &mut out[k - 1];
        c.byte_end = end;
        set_period(c, lo, hi);
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! {
        crate::model::Lang::Ar;
        hijri_school_year: "للعام الدراسي (1435هـ- 1436هـ)"
            => ["1435هـ- 1436هـ|date|2013-11-04/2015-10-13|2013-11-04..2015-10-13|exact|"];
        hijri_school_year_slash: "من العام الدراسي الحالي 1435ه/1436ه"
            => ["1435ه/1436ه|date|2013-11-04/2015-10-13|2013-11-04..2015-10-13|exact|"];
        season_years: "لموسم شتاء 2013م - 2014م"
            => ["2013م - 2014م|date|2013-01-01/2014-12-31|2013-01-01..2014-12-31|exact|"];
        // Near misses: a Hijri year and its Gregorian match; two years apart.
        hijri_and_gregorian_stay: "في نسخته التاسعة (1436هـ - 2014م)"
            => ["التاسعة|ordinal|9|9..9|exact|", "1436هـ|date|2014-10-25/2015-10-13|2014-10-25..2015-10-13|exact|", "2014م|date|2014|2014-01-01..2014-12-31|exact|"];
        far_years_stay: "استضافة كأسي العالم 2018 /2022"
            => ["2018|date|2018|2018-01-01..2018-12-31|exact|", "2022|date|2022|2022-01-01..2022-12-31|exact|"];
        month_to_month_year: "خلال الفترة من شباط/فبراير حتى تشرين ثان/نوفمبر 1943، قصف"
            => ["شباط/فبراير حتى تشرين ثان/نوفمبر 1943|date|1943-02-01/1943-11-30|1943-02-01..1943-11-30|exact|"];
        first_of_month_to_day: "تنفيذ حكم إعدام بين فاتح يناير (كانون الثاني) حتى 15 يوليو (تموز) 2014"
            => ["يناير (كانون الثاني) حتى 15 يوليو (تموز) 2014|date|2014-01-01/2014-07-15|2014-01-01..2014-07-15|exact|"];
        // Near miss: a move from one month to another stays two dates.
        month_move_stays: "تأجيل الاجتماع من يناير إلى مارس 2014"
            => ["يناير|date|2015-01|2015-01-01..2015-01-31|exact|", "مارس 2014|date|2014-03|2014-03-01..2014-03-31|exact|"];
        extension_from_to: "وبتمديد احتجاز المشتبه بهم من ستة أيام إلى 15 يوما"
            => ["ستة أيام|duration|P6D|P6D..P6D|exact|day", "15 يوما|duration|P15D|P15D..P15D|exact|day"];
        said_future_weekday: "وأشارت إلى أنها سوف تستأنف توليد الطاقة وتوصيل الكهرباء من ذلك المفاعل يوم الجمعة"
            => ["يوم الجمعة|date|2014-12-05|2014-12-05..2014-12-05|exact|"];
        said_past_weekday_stays: "وأشارت إلى أنها استأنفت توليد الطاقة وتوصيل الكهرباء من ذلك المفاعل يوم الجمعة"
            => ["يوم الجمعة|date|2014-11-28|2014-11-28..2014-11-28|exact|"];
        said_two_days_back_stays: "وأضاف أنه سوف يتم نقل الجرحى إلى الأردن لعلاجهم خلال يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        said_name_weekday_stays: "وقال ستاثاكيس قبيل بدء المفاوضات السبت"
            => ["السبت|date|2014-11-29|2014-11-29..2014-11-29|exact|"];
        range_without_change_stays: "احتجاز المشتبه بهم من ستة أيام إلى 15 يوما"
            => ["من ستة أيام إلى 15 يوما|duration|P6D|P6D..P15D|range|day"];
    }
}
