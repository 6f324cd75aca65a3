//! Dates and bare numbers of the audited Arabic date sample (ar117).
//!
//! - A weekday right after a title that needs a name (`الدكتور`, `المهندس`, `الأستاذ`):
//!   `وأوضح الدكتور الجمعة عقب الاجتماع`, `واستهل الدكتور الجمعة جولته`, `وقد أوضح الدكتور
//!   الخميس أنه`: the weekday is the man's family name, no date now (kept:
//!   `وقال الدكتور محمد الأحد`, after the name, and a weekday with its modifier, `الدكتور
//!   الخميس الماضي`) ([`title_before`]).
//! - Digits glued to `م` read as a bare number ([`retune`]):
//!   - up to 99, after a word of heat (`درجة الحرارة`, `الحرارة`) within twelve words:
//!     `درجة الحرارة الفعلية والمسجلة في الظل في مدينة بندر ماهشهر وهي 46م`, `رفع إيران درجة
//!     الحرارة لـ74م`: degrees Celsius (`م` = مئوية), now a count of `degree_celsius`;
//!   - after a word of a year (`سنة`, `عام`): `في سنة 2500م`: the year AD, now a date;
//!   - two digits after a competition (`دوري`, `كأس`, `نهائي`, `موسم`, `بطولة`) within three
//!     words: `بطولة دوري 79م - نهائي كأس الملك 89م`, `في موسم 83م`: the season's year of the
//!     last century (this one's when not after the publication's), now a date;
//!   - otherwise a round hundred, alone or with a qualifier (not 1000–2100, which may be a
//!     year, nor after a month): `على بعد 400م`, `لكل شاطئ 100م حرما`, `بنحو 100م`, `لأقل من
//!     500م`: metres (or square metres after a word of area), now a count of `meter`.
//!     (Kept: `24 أغسطس (آب) 79م`, a year of the first century, and `ما بين 600 و645م`, a
//!     range.)
//! - `اليوم` + a number + `من` + an event: `وكانت فعاليات اليوم 11 من المهرجان`, `لدخوله
//!   اليوم 54 من الإضراب عن الطعام`: the numbered day of the event, no date now; the number
//!   is an ordinal (kept: `ما بين اليوم 15 من شهر يونيو`, `اليوم 24 من شوال`, days of a
//!   month) ([`day_of_event`]).

use jiff::civil::Date;

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::ar93::token_of;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Titles that stand before a person's name (keys, with or without `و`).
const TITLES: &[&str] = &[
    "الدكتور",
    "الدكتوره",
    "المهندس",
    "المهندسه",
    "الاستاذ",
    "الاستاذه",
];

/// Modifiers that make the weekday after a title a date after all.
const MODIFIERS: &[&str] = &["الماضي", "المقبل", "القادم", "المنصرم", "الفائت"];

/// Whether the weekday at token `i` stands right after a title (`الدكتور الجمعة`,
/// `والمهندس الخميس`) with no modifier of its own: a family name.
pub(super) fn title_before(tk: &[Token<'_>], i: usize) -> bool {
    if i == 0 || MODIFIERS.contains(&key(tk, i + 1)) {
        return false;
    }
    let p = key(tk, i - 1);
    let p = p
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(p);
    TITLES.contains(&p)
}

/// Words of heat before degrees glued to `م`.
fn heat(tk: &[Token<'_>], a: usize) -> bool {
    (a.saturating_sub(12)..a).any(|j| tk[j].key.contains("حراره"))
}

/// A month name among the three tokens before `a` (`24 أغسطس (آب) 700م`).
fn month_before(tk: &[Token<'_>], a: usize) -> bool {
    (a.saturating_sub(3)..a).any(|j| super::dates::is_month_name(&tk[j]))
}

/// Words of a year right before the number.
fn year_word(k: &str) -> bool {
    matches!(
        k,
        "سنه" | "عام" | "العام" | "السنه" | "لعام" | "لسنه" | "بسنه" | "وسنه" | "وعام"
    )
}

/// A competition within three words before the number.
fn competition(tk: &[Token<'_>], a: usize) -> bool {
    (a.saturating_sub(3)..a).any(|j| {
        let k = tk[j].key.as_str();
        let k = k.strip_prefix('و').unwrap_or(k);
        matches!(
            k,
            "دوري" | "الدوري" | "كاس" | "موسم" | "الموسم" | "نهائي" | "بطوله"
        )
    })
}

fn year_claim(c: &mut Recognized, year: i64, end: usize) {
    c.kind = Kind::Date;
    c.value = Value::Text(format!("{year:04}"));
    c.low = Some(Value::Text(format!("{year:04}-01-01")));
    c.high = Some(Value::Text(format!("{year:04}-12-31")));
    c.qualifier = Qualifier::Exact;
    c.unit = None;
    c.unit_text = None;
    c.byte_end = end;
}

/// `اليوم 11 من المهرجان`: the date claim `k` (`اليوم`) before a number and `من` and a
/// word that is no month: the numbered day of an event; the number's claim becomes an
/// ordinal. True when claim `k` was dropped.
fn day_of_event(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize) -> bool {
    let c = &out[k];
    if c.kind != Kind::Date {
        return false;
    }
    let Some(a) = token_at(tk, c.byte_start) else {
        return false;
    };
    if tk[a].key != "اليوم" || last_token(tk, a, c.byte_end) != a {
        return false;
    }
    let n = a + 1;
    let Some(v) = tk.get(n).and_then(|t| match t.kind {
        TokenKind::Number { .. } => t.number(),
        _ => None,
    }) else {
        return false;
    };
    if !(v.fract() == 0.0 && (1.0..=400.0).contains(&v)) || key(tk, n + 1) != "من" {
        return false;
    }
    let Some(w) = tk.get(n + 2) else {
        return false;
    };
    let w_key = w.key.strip_prefix('و').unwrap_or(&w.key);
    if w.kind != TokenKind::Word
        || super::dates::is_month_name(w)
        || matches!(w_key, "شهر" | "الشهر" | "العام" | "عام" | "السنه")
    {
        return false;
    }
    let Some(j) = out
        .iter()
        .position(|o| o.byte_start == tk[n].start && o.kind == Kind::Number)
    else {
        return false;
    };
    out[j].kind = Kind::Ordinal;
    out.remove(k);
    true
}

/// Bare numbers glued to `م` and numbered days of an event (see the module's doc).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    publication: Option<Date>,
) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        if !day_of_event(tk, out, k) {
            k += 1;
        }
    }
    for c in out.iter_mut().skip(from) {
        if c.kind != Kind::Number || c.unit.is_some() {
            continue;
        }
        let Value::Number(v) = c.value else {
            continue;
        };
        // Not a range (`ما بين 600 و645م`).
        if c.qualifier == Qualifier::Range
            || c.low.as_ref().and_then(Value::as_number)
                != c.high.as_ref().and_then(Value::as_number)
                && c.qualifier == Qualifier::Exact
        {
            continue;
        }
        // (The claim may start inside a token: `بنحو 100م`.)
        let b = c.byte_start;
        let Some(a) = token_of(tk, b) else {
            continue;
        };
        let z = last_token(tk, a, c.byte_end);
        let m = z + 1;
        if !matches!(tk[z].kind, TokenKind::Number { .. })
            || key(tk, m) != "م"
            || tk[z].end != tk[m].start
        {
            continue;
        }
        // `250000م2`: square metres, read elsewhere.
        if tk
            .get(m + 1)
            .is_some_and(|t| t.start == tk[m].end && matches!(t.kind, TokenKind::Number { .. }))
        {
            continue;
        }
        let n = tk[z].text.chars().count();
        let whole = v.fract() == 0.0 && v >= 1.0;
        if heat(tk, a) && (1.0..=99.0).contains(&v) {
            c.kind = Kind::Count;
            c.unit = Some("degree_celsius".into());
            c.unit_text = Some("م".into());
            c.byte_end = tk[m].end;
        } else if whole && a == z && a > 0 && year_word(key(tk, a - 1)) && n >= 3 {
            year_claim(c, v as i64, tk[m].end);
        } else if whole && a == z && n == 2 && competition(tk, a) {
            let this = publication.map_or(2015, |p| i64::from(p.year()));
            let y = 2000 + v as i64;
            let y = if y > this { y - 100 } else { y };
            year_claim(c, y, tk[m].end);
        } else if whole
            && v >= 100.0
            && v % 100.0 == 0.0
            && !(1000.0..=2100.0).contains(&v)
            && !month_before(tk, a)
        {
            c.kind = Kind::Count;
            let unit = super::metres_cue(tk, a, false).unwrap_or("meter");
            c.unit = Some(unit.into());
            c.unit_text = Some("م".into());
            c.byte_end = tk[m].end;
        }
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        doctor_friday: "وأوضح الدكتور الجمعة عقب الاجتماع أن الزيارة تأتي للوقوف على الاحتياجات" => [];
        doctor_thursday: "وقد أوضح الدكتور الخميس أنه في البنية الفنية" => [];
        engineer_thursday: "وقال المهندس الخميس إن المشروع يتقدم" => [];
        doctor_last_thursday_stays: "وزار الدكتور الخميس الماضي المستشفى"
            => ["الخميس الماضي|date|2014-11-27|2014-11-27..2014-11-27|exact|"];
        // (A family name after a given name is no date either, without ar117's title rule.)
        doctor_name_friday_no_date: "وأوضح الدكتور محمد الجمعة أن الزيارة تأتي للوقوف على الاحتياجات"
            => [];
        said_friday_stays: "وأوضح المتحدث الجمعة أن الزيارة تأتي للوقوف على الاحتياجات"
            => ["الجمعة|date|2014-11-28|2014-11-28..2014-11-28|exact|"];
        heat_degrees: "ودرجة الحرارة في مدينة بندر ماهشهر وهي 46م، ودرجة الرطوبة"
            => ["46م|count|46|46..46|exact|degree_celsius"];
        year_2500: "كيف سيكون الوضع عليه في سنة 2500م (أي بعد خمسة قرون)"
            => ["2500م|date|2500|2500-01-01..2500-12-31|exact|", "خمسة قرون|duration|P500Y|P500Y..P500Y|exact|century"];
        cup_final_89: "وحقق منها نهائي كأس الملك 89م"
            => ["89م|date|1989|1989-01-01..1989-12-31|exact|"];
        metres_about_100: "وقبل أن أصل إليه بنحو 100م وجدت الطريق"
            => ["نحو 100م|count|100|90..110|approx|meter"];
        range_600_645_stays: "الرق مبكر جدا يعود إلى ما بين 600 و645م، أي بعد"
            => ["ما بين 600 و645|number|600|600..645|range|"];
        metres_400: "لا يسمح بالبناء على السواحل إلا على بعد 400م."
            => ["400م|count|400|400..400|exact|meter"];
        festival_day_11: "وكانت فعاليات اليوم 11 من المهرجان بدأت بدورة"
            => ["11|ordinal|11|11..11|exact|"];
        june_15_stays: "خلال الفترة الواقعة ما بين اليوم 15 من شهر يونيو"
            => ["اليوم 15 من شهر يونيو|date|2014-06-15|2014-06-15..2014-06-15|exact|"];
        shawwal_24_stays: "ثم تنطلق الحملة في الظهران اليوم 24 من شوال."
            => ["اليوم 24 من شوال|date|2014-08-20|2014-08-20..2014-08-20|exact|"];
        vesuvius_stays: "الثوران الذي حدث في 24 أغسطس (آب) 79م والذي دمر المدينة"
            => ["24 أغسطس (آب)|date|2014-08-24|2014-08-24..2014-08-24|exact|", "79|number|79|79..79|exact|"];
    }
}
