//! Dates and ranges of the judged Arabic samples 111–118 (ar150).
//!
//! - A day and month closed by a quote and followed by `عام`/`سنة` and a year: `«نفكر فيه
//!   بعمق فيما حدث في الثامن من يوليو» عام 2014`. The tool read the day in the current
//!   year (2015-07-08) and the year alone; the year after the quote belongs to the date:
//!   one claim 2014-07-08. See [`quoted_year`].
//! - A range of two days joined by a slash after `من`/`الفترة`, in brackets or not: `خلال
//!   الفترة من (25 يوليو/16 أغسطس 2015م)`. The tool kept both ends apart; they are one
//!   period 2015-07-25/2015-08-16 (the start takes the end's year). See [`slash_range`].
//! - A percent range written with `في المائة` (or `بالمئة`) at both ends: `من 2 في المائة
//!   إلى 2.5 في المائة في الشهر`. The tool read two exact percents; it is the range 2–2.5,
//!   as `من 2% إلى 2.5%` is read. Not after a word of change (`تراجعت النسبة من 5 في المائة
//!   إلى 3 في المائة` keeps the old and new values). See [`percent_range`].
//! - A day and month in quotes right after `فريق`/`قوى`/`تحالف`/`تيار`/`حركة`: `مرشح فريق
//!   «8 مارس»` names the Lebanese bloc, like `قوى 8 آذار` (already dropped); no claim.
//! - A year in the name of a national plan: `رؤية قطر الوطنية 2030`, `رؤية 2030` (`رؤية`
//!   and up to three words before the year): the year is part of the name; no claim.

use super::ar93::{last_of, token_of};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, Kind, Recognized, Value};
use crate::model::Qualifier;
use jiff::civil::Date;

/// Re-reads the dates and percents of `out[from..]` (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        if !matches!(out[k].kind, Kind::Date | Kind::Percent) {
            k += 1;
            continue;
        }
        let Some(a) = token_of(tk, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_of(tk, a, out[k].byte_end);
        if out[k].kind == Kind::Percent {
            if k > from && percent_range(tk, out, k, a) {
                continue;
            }
            k += 1;
            continue;
        }
        if bloc(tk, &out[k], a, z) || vision(tk, &out[k], a) {
            out.remove(k);
            continue;
        }
        quoted_year(tk, out, k, z);
        if k > from && slash_range(tk, out, k, a) {
            continue;
        }
        k += 1;
    }
}

/// The date of a one-day claim value (`2015-07-08`).
fn day_of(v: &Value) -> Option<Date> {
    match v {
        Value::Text(s) if s.len() == 10 => s.parse().ok(),
        _ => None,
    }
}

/// Whether tokens `a..=z` hold no year (no number above 31).
fn no_year(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    (a..=z).all(|j| tk[j].number().is_none_or(|v| v <= 31.0))
}

/// Whether token `j` is a quote mark.
fn quote(tk: &[Token<'_>], j: usize) -> bool {
    matches!(
        tk.get(j).map(|t| &t.kind),
        Some(TokenKind::Punct('«' | '»' | '"' | '“' | '”'))
    )
}

/// `«… فيما حدث في الثامن من يوليو» عام 2014`: a day and month (tokens ..=`z`) closed by a
/// quote, then `عام`/`سنة` and the year claim right after, take that year (one claim).
fn quoted_year(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, z: usize) {
    let Some(day) = day_of(&out[k].value) else {
        return;
    };
    if !quote(tk, z + 1) || !matches!(key(tk, z + 2), "عام" | "سنه" | "العام") {
        return;
    }
    let Some(next) = out.get(k + 1) else {
        return;
    };
    if tk.get(z + 2).is_none_or(|t| t.start != next.byte_start) {
        return;
    }
    let Value::Text(y) = &next.value else {
        return;
    };
    let Some(y) = (y.len() == 4).then(|| y.parse::<i16>().ok()).flatten() else {
        return;
    };
    let Some(a) = token_of(tk, out[k].byte_start) else {
        return;
    };
    if next.kind != Kind::Date || !no_year(tk, a, z) {
        return;
    }
    let Ok(d) = Date::new(y, day.month(), day.day()) else {
        return;
    };
    let end = next.byte_end;
    out.remove(k + 1);
    let c = &mut out[k];
    c.byte_end = end;
    c.value = Value::Text(d.to_string());
    c.low = Some(c.value.clone());
    c.high = Some(c.value.clone());
}

/// `خلال الفترة من (25 يوليو/16 أغسطس 2015م)`: claim `k - 1`, a day and month without a
/// year after `من`/`الفترة` (a bracket may stand between), and claim `k` (first token `b`),
/// a full day right after a slash, become one period at `k - 1`; true when merged.
fn slash_range(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, b: usize) -> bool {
    let (Some(lo), Some(hi)) = (day_of(&out[k - 1].value), day_of(&out[k].value)) else {
        return false;
    };
    let Some(a) = token_of(tk, out[k - 1].byte_start) else {
        return false;
    };
    let pz = last_of(tk, a, out[k - 1].byte_end);
    if b != pz + 2 || !matches!(tk.get(pz + 1).map(|t| &t.kind), Some(TokenKind::Punct('/'))) {
        return false;
    }
    if !no_year(tk, a, pz) || no_year(tk, b, last_of(tk, b, out[k].byte_end)) {
        return false;
    }
    let mut o = a;
    if o > 0 && matches!(tk[o - 1].kind, TokenKind::Punct('(')) {
        o -= 1;
    }
    let Some(o) = o.checked_sub(1) else {
        return false;
    };
    if !matches!(key(tk, o), "من" | "ومن" | "الفتره" | "للفتره") {
        return false;
    }
    let year = hi.year() - i16::from(lo.month() > hi.month());
    let Ok(lo) = Date::new(year, lo.month(), lo.day()) else {
        return false;
    };
    if lo >= hi || (hi - lo).get_days() > 366 {
        return false;
    }
    let second = out.remove(k);
    let c = &mut out[k - 1];
    c.byte_end = second.byte_end;
    c.value = Value::Text(format!("{lo}/{hi}"));
    c.low = Some(Value::Text(lo.to_string()));
    c.high = Some(Value::Text(hi.to_string()));
    true
}

/// `من 2 في المائة إلى 2.5 في المائة`: claim `k - 1`, an exact percent right after `من`,
/// and claim `k` (first token `b`), an exact percent right after `إلى`/`حتى`, become the
/// range at `k - 1`; true when merged. Not after a word of change.
fn percent_range(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, b: usize) -> bool {
    let (p, c) = (&out[k - 1], &out[k]);
    if p.kind != Kind::Percent || p.qualifier != Qualifier::Exact || c.qualifier != Qualifier::Exact
    {
        return false;
    }
    let (Some(lo), Some(hi)) = (p.value.as_number(), c.value.as_number()) else {
        return false;
    };
    if lo >= hi {
        return false;
    }
    let Some(a) = token_of(tk, p.byte_start) else {
        return false;
    };
    let pz = last_of(tk, a, p.byte_end);
    if b != pz + 2 || !matches!(key(tk, pz + 1), "الي" | "والي" | "حتي") {
        return false;
    }
    let Some(o) = a.checked_sub(1) else {
        return false;
    };
    if !matches!(key(tk, o), "من" | "ومن") || super::change_before(tk, o) {
        return false;
    }
    let (start, end) = (tk[o].start, c.byte_end);
    out.remove(k);
    let r = &mut out[k - 1];
    r.byte_start = start;
    r.byte_end = end;
    r.value = Value::Number(lo);
    r.low = Some(Value::Number(lo));
    r.high = Some(Value::Number(hi));
    r.qualifier = Qualifier::Range;
    true
}

/// Words (keys) of a political bloc before a quoted day and month: `مرشح فريق «8 مارس»`.
const BLOCS: &[&str] = &[
    "فريق",
    "وفريق",
    "لفريق",
    "بفريق",
    "قوي",
    "وقوي",
    "لقوي",
    "بقوي",
    "تحالف",
    "وتحالف",
    "لتحالف",
    "تيار",
    "وتيار",
    "لتيار",
    "حركه",
    "وحركه",
    "لحركه",
];

/// `مرشح فريق «8 مارس»`: a day and month (tokens `a..=z`, no year) in quotes right after a
/// word of a bloc.
fn bloc(tk: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    day_of(&c.value).is_some()
        && a >= 2
        && quote(tk, a - 1)
        && BLOCS.contains(&key(tk, a - 2))
        && no_year(tk, a, z)
}

/// `رؤية قطر الوطنية 2030`, `رؤية 2030`, `رؤية «الأردن 2025»`: a bare year (its first token
/// `a`) after `رؤية` and up to three words (a quote may stand among them). Not `رؤية الكويت
/// لعام 2020` (the year of a target, read with its `عام`).
fn vision(tk: &[Token<'_>], c: &Recognized, a: usize) -> bool {
    if !matches!(&c.value, Value::Text(s) if s.len() == 4) || tk[a].number().is_none() {
        return false;
    }
    let mut j = a;
    for _ in 0..4 {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        // `رؤية «الأردن 2025»`: a quote may open the name.
        if quote(tk, p) {
            j = p;
            continue;
        }
        if tk[p].kind != TokenKind::Word {
            return false;
        }
        if matches!(key(tk, p), "رويه" | "ورويه" | "لرويه" | "برويه" | "الرويه")
        {
            return true;
        }
        j = p;
    }
    false
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        quoted_day_takes_year: "وقال جوتا سيلفا إنه يستحق أن «نفكر فيه بعمق فيما حدث في الثامن من يوليو» عام 2014، وهو"
            => ["الثامن من يوليو» عام 2014|date|2014-07-08|2014-07-08..2014-07-08|exact|"];
        slash_range: "دورة تدريبية خلال الفترة من (25 يوليو/16 أغسطس 2015م) في موستار"
            => ["25 يوليو/16 أغسطس 2015م|date|2015-07-25/2015-08-16|2015-07-25..2015-08-16|exact|"];
        percent_words_range: "يبلغ حجم تداول اتفاقيات المبادلة من 2 في المائة إلى 2.5 في المائة في الشهر"
            => ["من 2 في المائة إلى 2.5 في المائة|percent|2|2..2.5|range|"];
        percent_change_stays: "تراجعت النسبة من 5 في المائة إلى 3 في المائة في الشهر"
            => ["5 في المائة|percent|5|5..5|exact|",
                "3 في المائة|percent|3|3..3|exact|"];
        quoted_bloc: "لا يمكن لتيار المستقبل أن يقبل بعون رئيساً لأنه مرشح فريق «8 مارس» في السباق" => [];
        vision_name: "بما يتماشى مع رؤية قطر الوطنية 2030 في التنمية" => [];
        vision_short: "ضمن برامج رؤية 2030 للمملكة" => [];
        vision_quoted: "وجهود الإصلاح ضمن رؤية «الأردن 2025» التي" => [];
        vision_target_year_stays: "حيث صب تركيز رؤية الكويت لعام 2020 على تطوير"
            => ["عام 2020|date|2020|2020-01-01..2020-12-31|exact|"];
        bloc_unquoted_stays_dropped: "قال فيها ناقلا عن قيادي في قوى 8 آذار دون أن يسميه" => [];
        quoted_date_without_bloc_stays: "وقال دونغا: «ولكن تاريخ 8 يوليو سيبقى خالدا مثل عام 1950"
            => ["8 يوليو|date|2014-07-08|2014-07-08..2014-07-08|exact|",
                "عام 1950|date|1950|1950-01-01..1950-12-31|exact|"];
    }
}
