//! Dates of coming events, recurring months, month pairs, day ranges, counted-off ordinals
//! and the level a rise reaches (ar93), for [`super`]; all in [`retune`], over a sentence's
//! claims.
//!
//! - [`recurring`]: a month that comes back every year (`مراجعات تجري عادة مرتين في العام في
//!   شهري إبريل وأكتوبر`, `مؤتمرات سنوية كل فبراير`, `تطل علينا كل عام في شهر رمضان`,
//!   `تمنح سنويا في الرابع من يناير`) is no dated claim.
//! - [`coming`]: a date without its year after a word of schedule (`الاجتماع المقرر عقده في
//!   شباط`, `المزمع`, `المرتقبة`) or of a candidacy for an election (`ترشحه لانتخابات 26
//!   شباط`) names an event to come: a past reading moves on a year.
//! - [`month_pair`]: `خلال شهري يونيو ويوليو`, `الشهرين الماضيين يونيو ويوليو`, `من شهري
//!   سبتمبر إلى نوفمبر`: one period over both months, as `من X إلى Y` is, not a claim each.
//! - [`day_range`]: `اعتبارا من الأول وحتى 30 -12 -1436`, `من 8 وحتى 23 سبتمبر`: the bare
//!   first day opens a period that the full date closes; the first day's stray number or
//!   ordinal goes.
//! - [`counted_off`]: `قتل شخصان وأصيب ثالث`, `وأصيب شخص ثالث`: a bare `ثالث` after a
//!   casualty verb or a word for a person is one more person, not a rank.
//! - [`rise_to`]: `رفعت روسيا صادراتها بنسبة 6.8% حتى 119.7 مليون طن`, `وقلصت السعر حتى
//!   1077 دولارا`: `حتى` after a verb of rise or fall that has happened gives the level
//!   reached, exact, not a cap.

use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, Kind, Qualifier, Recognized, Value};
use jiff::civil::Date;

fn is_punct(tk: &[Token<'_>], j: usize, cs: &[char]) -> bool {
    matches!(tk.get(j).map(|t| &t.kind), Some(TokenKind::Punct(c)) if cs.contains(c))
}

/// Marks that end a clause for the looks back.
const BREAK: &[char] = &['.', '،', ',', '؛', ';', '!', '?', '؟', '"', '«', '»'];

/// The token that holds byte `b` (a claim may start after a proclitic: `ويوليو`).
pub(super) fn token_of(tk: &[Token<'_>], b: usize) -> Option<usize> {
    let j = tk.partition_point(|t| t.end <= b);
    tk.get(j).filter(|t| t.start <= b).map(|_| j)
}

/// The last token of a claim that starts at token `a` and ends at byte `end`.
pub(super) fn last_of(tk: &[Token<'_>], a: usize, end: usize) -> usize {
    (a..tk.len())
        .take_while(|&j| tk[j].start < end)
        .last()
        .unwrap_or(a)
}

/// Calls `f` with each date claim of `out[from..]` and its first and last tokens (the
/// driver of the date rewrites of ar107 and ar112).
pub(super) fn each_date(
    tk: &[Token<'_>],
    out: &mut [Recognized],
    from: usize,
    mut f: impl FnMut(&mut Recognized, usize, usize),
) {
    for c in &mut out[from..] {
        if c.kind != Kind::Date {
            continue;
        }
        let Some(a) = token_of(tk, c.byte_start) else {
            continue;
        };
        let z = last_of(tk, a, c.byte_end);
        f(c, a, z);
    }
}

/// The first and last days of a date claim's interval, when both are written dates.
pub(super) fn bounds(c: &Recognized) -> Option<(Date, Date)> {
    Some((
        c.low.as_ref().and_then(text_date)?,
        c.high.as_ref().and_then(text_date)?,
    ))
}

/// Words that tie a month to a year or to the publication: such a date is no bare name.
const MODIFIERS: &[&str] = &[
    "الماضي",
    "الماضيه",
    "الماضيين",
    "المقبل",
    "المقبله",
    "المقبلين",
    "الجاري",
    "الحالي",
    "القادم",
    "القادمه",
    "المنصرم",
    "الفايت",
    "السابق",
    "هذا",
    "هذه",
    "العام",
    "عام",
    "امس",
    "اليوم",
    "غدا",
];

/// A claim over tokens `a..=z` that names a month and no year nor modifier; with whether a
/// month is Hijri.
fn bare_month(tk: &[Token<'_>], a: usize, z: usize) -> Option<bool> {
    let mut month = false;
    let mut hijri = false;
    for t in tk.get(a..=z)? {
        if t.number().is_some_and(|v| v >= 100.0) || MODIFIERS.contains(&t.key.as_str()) {
            return None;
        }
        if t.kind == TokenKind::Word {
            let k = t.key.strip_prefix('و').unwrap_or(&t.key);
            hijri |= super::ar66::HIJRI_MONTHS.contains(&k);
            month |= super::dates::is_month_name(t) || super::ar66::HIJRI_MONTHS.contains(&k);
        }
    }
    month.then_some(hijri)
}

/// Rewrites, drops and merges the claims of `out[from..]` (see the module's notes).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    publication: Option<Date>,
) {
    let tk = ctx.tokens;
    let mut k = from;
    // The last token of the last recurring month dropped: `في منتصف شهر يوليو وحتى نهاية
    // شهر أغسطس` goes with it.
    let mut dropped: Option<usize> = None;
    while k < out.len() {
        let Some(a) = token_of(tk, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_of(tk, a, out[k].byte_end);
        let linked = dropped.is_some_and(|d| {
            d + 2 == a && matches!(key(tk, d + 1), "حتي" | "وحتي" | "الي" | "والي")
        });
        let drop = match out[k].kind {
            Kind::Date => (linked && bare_month(tk, a, z).is_some()) || recurring(tk, a, z),
            Kind::Ordinal => counted_off(tk, a, z),
            _ => false,
        };
        if drop {
            if out[k].kind == Kind::Date {
                dropped = Some(z);
            }
            out.remove(k);
            continue;
        }
        k += 1;
    }
    let mut k = from;
    while k < out.len() {
        let Some(a) = token_of(tk, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_of(tk, a, out[k].byte_end);
        match out[k].kind {
            Kind::Date => {
                if let Some(p) = publication {
                    coming(tk, a, z, &mut out[k], p);
                }
                if month_pair(tk, out, k, (a, z), publication) {
                    k += 1;
                    continue;
                }
                if k > from && year_pair(tk, out, k, a) {
                    continue;
                }
                if let Some(first) = day_range(tk, a, &mut out[k]) {
                    // The first day's own reading (`8`, `الأول`) goes.
                    let (s, e) = (tk[first].start, tk[first].end);
                    let before = out[from..k]
                        .iter()
                        .rposition(|c| c.byte_start < e && c.byte_end > s);
                    if let Some(p) = before {
                        out.remove(from + p);
                        continue;
                    }
                }
            }
            Kind::Count | Kind::Money | Kind::Percent | Kind::Number | Kind::Duration
                if out[k].qualifier == Qualifier::AtMost && rise_to(tk, a) =>
            {
                let c = &mut out[k];
                c.qualifier = Qualifier::Exact;
                c.low = Some(c.value.clone());
                c.high = Some(c.value.clone());
            }
            _ => {}
        }
        k += 1;
    }
}

/// Whether a cue of a yearly recurrence stands at `j`: `سنويا`, `كل عام`, `مرتين في العام`,
/// `عادة`.
fn recurrence_at(tk: &[Token<'_>], j: usize) -> bool {
    let year = |j: usize| matches!(key(tk, j), "عام" | "العام" | "سنه" | "السنه");
    match key(tk, j) {
        "سنويا" | "وسنويا" | "عاده" | "وعاده" => true,
        "كل" | "وكل" => year(j + 1),
        "مرتين" | "مره" | "مرات" => key(tk, j + 1) == "في" && year(j + 2),
        _ => false,
    }
}

/// A bare month (or a day of one) after a cue of a yearly recurrence in its clause, within
/// ten words, or right after `كل` (`كل فبراير`), or before `من كل عام`.
fn recurring(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    if bare_month(tk, a, z).is_none() {
        return false;
    }
    if matches!(key(tk, a.wrapping_sub(1)), "كل" | "وكل") {
        return true;
    }
    if matches!(key(tk, z + 1), "من") && matches!(key(tk, z + 2), "كل") {
        let y = key(tk, z + 3);
        if matches!(y, "عام" | "سنه" | "العام" | "السنه") {
            return true;
        }
    }
    for j in (a.saturating_sub(10)..a).rev() {
        if is_punct(tk, j, BREAK) {
            return false;
        }
        if recurrence_at(tk, j) {
            return true;
        }
    }
    false
}

/// Words of a schedule before a date to come.
const SCHEDULED: &[&str] = &[
    "المقرر",
    "المقرره",
    "مقرر",
    "مقرره",
    "والمقرر",
    "والمقرره",
    "المزمع",
    "المزمعه",
    "والمزمع",
    "المرتقب",
    "المرتقبه",
    "المنتظر",
    "المنتظره",
];

/// Words of the past that make a schedule one that was (`كان من المقرر`, `التي جرت`).
const WAS: &[&str] = &[
    "كان",
    "وكان",
    "كانت",
    "وكانت",
    "قد",
    "وقد",
    "جرت",
    "اجريت",
    "عقدت",
];

/// Moves on a year a past reading of a bare Gregorian month or day (tokens `a..=z`) after a
/// word of schedule or of a candidacy for an election (see the module's notes).
fn coming(tk: &[Token<'_>], a: usize, z: usize, c: &mut Recognized, publication: Date) {
    if bare_month(tk, a, z) != Some(false) {
        return;
    }
    let Some(high) = c.high.as_ref().and_then(text_date) else {
        return;
    };
    if high >= publication {
        return;
    }
    // No year written in the sentence before, nor just after (`في (نوفمبر) تشرين الثاني 2016`).
    let year = |t: &Token<'_>| t.number().is_some_and(|v| (1900.0..=2100.0).contains(&v));
    if tk[..a].iter().any(year) || tk.iter().skip(z + 1).take(4).any(year) {
        return;
    }
    let candidacy = matches!(key(tk, a.wrapping_sub(1)), "لانتخابات" | "للانتخابات")
        && (a.saturating_sub(5)..a).any(|j| {
            let k = key(tk, j);
            let k = k.strip_prefix('و').unwrap_or(k);
            k.starts_with("ترشح") || k.starts_with("ترشيح")
        });
    let mut scheduled = false;
    for j in (a.saturating_sub(6)..a).rev() {
        if is_punct(tk, j, BREAK) || WAS.contains(&key(tk, j)) {
            break;
        }
        if SCHEDULED.contains(&key(tk, j)) {
            scheduled = !(j.saturating_sub(4)..j).any(|w| WAS.contains(&key(tk, w)));
            break;
        }
    }
    if !(candidacy || scheduled) {
        return;
    }
    let Some(value) = next_year(&c.value) else {
        return;
    };
    let (Some(low), Some(high)) = (
        c.low.as_ref().and_then(next_year),
        c.high.as_ref().and_then(next_year),
    ) else {
        return;
    };
    c.value = value;
    c.low = Some(low);
    c.high = Some(high);
}

/// A day written `2015-06-01` in a claim's value.
pub(super) fn text_date(v: &Value) -> Option<Date> {
    match v {
        Value::Text(s) => s.parse().ok(),
        Value::Number(_) => None,
    }
}

/// A date value (`2015-02-26`, `2014-12`, `2014-12-01/2014-12-10`) a year later.
pub(super) fn next_year(v: &Value) -> Option<Value> {
    let Value::Text(s) = v else {
        return None;
    };
    let one = |p: &str| -> Option<String> {
        if p.len() == 7 {
            let (y, m) = p.split_once('-')?;
            let y: i32 = y.parse().ok()?;
            Some(format!("{:04}-{m}", y + 1))
        } else {
            let d: Date = p.parse().ok()?;
            let d = d.checked_add(jiff::Span::new().years(1)).ok()?;
            Some(d.to_string())
        }
    };
    let out = match s.split_once('/') {
        Some((lo, hi)) => format!("{}/{}", one(lo)?, one(hi)?),
        None => one(s)?,
    };
    Some(Value::Text(out))
}

/// Words before the first of two months that make them one period: `شهري`, `الشهرين`.
fn pair_opener(tk: &[Token<'_>], a: usize) -> bool {
    let before = key(tk, a.wrapping_sub(1));
    matches!(before, "شهري" | "لشهري" | "وشهري" | "بشهري" | "الشهرين")
        || key(tk, a.wrapping_sub(2)) == "الشهرين"
            && matches!(
                before,
                "الماضيين" | "الاخيرين" | "المقبلين" | "القادمين" | "المنصرمين"
            )
}

/// Merges claim `k` (a month, tokens `a..=z`) and the month after it joined by `و` (or
/// `إلى`/`حتى`) after `شهري`/`الشهرين` into one period; true when merged.
fn month_pair(
    tk: &[Token<'_>],
    out: &mut Vec<Recognized>,
    k: usize,
    (a, z): (usize, usize),
    publication: Option<Date>,
) -> bool {
    let month =
        |c: &Recognized| c.kind == Kind::Date && matches!(&c.value, Value::Text(s) if s.len() == 7);
    if k + 1 >= out.len() || !month(&out[k]) || !month(&out[k + 1]) || !pair_opener(tk, a) {
        return false;
    }
    let Some(b) = token_of(tk, out[k + 1].byte_start) else {
        return false;
    };
    let glued = b == z + 1 && key(tk, b).starts_with('و') && tk[b].start < out[k + 1].byte_start;
    let between = b == z + 2 && matches!(key(tk, z + 1), "و" | "الي" | "حتي" | "وحتي" | "والي");
    if !(glued || between) {
        return false;
    }
    let (Some(lo), Some(hi)) = (
        out[k].low.as_ref().and_then(text_date),
        out[k + 1].high.as_ref().and_then(text_date),
    ) else {
        return false;
    };
    if hi <= lo || (hi - lo).get_days() > 366 {
        return false;
    }
    let second = out.remove(k + 1);
    // `بين شهري ديسمبر ويناير المقبلين`: both months to come.
    let after = key(tk, last_of(tk, b, second.byte_end) + 1);
    let (lo, hi) = match publication {
        Some(p) if hi < p && matches!(after, "المقبلين" | "القادمين") => {
            let year = jiff::Span::new().years(1);
            match (lo.checked_add(year), hi.checked_add(year)) {
                (Ok(l), Ok(h)) => (l, h.last_of_month()),
                _ => (lo, hi),
            }
        }
        _ => (lo, hi),
    };
    let c = &mut out[k];
    c.byte_end = second.byte_end;
    c.value = Value::Text(format!("{lo}/{hi}"));
    c.low = Some(Value::Text(lo.to_string()));
    c.high = Some(Value::Text(hi.to_string()));
    true
}

/// `منذ 2001 وحتى 2012`, `من 1996 حتى عام 1998`: claim `k`, a year right after `حتى`/`إلى`
/// (token `a`), and claim `k - 1`, a year after `من`/`منذ`, become one span of years from
/// the opener (as `منذ عام 2004 وحتى 2014` already is); true when merged (at `k - 1`).
fn year_pair(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, a: usize) -> bool {
    let year = |c: &Recognized| match (&c.kind, &c.value) {
        (Kind::Date, Value::Text(s)) if s.len() == 4 => s.parse::<i32>().ok(),
        _ => None,
    };
    let (Some(lo), Some(hi)) = (year(&out[k - 1]), year(&out[k])) else {
        return false;
    };
    if !(1..=150).contains(&(hi - lo)) || a < 3 {
        return false;
    }
    let link = a - 1;
    let link = if matches!(key(tk, link), "عام" | "العام") {
        link - 1
    } else {
        link
    };
    if !matches!(key(tk, link), "حتي" | "وحتي" | "الي" | "والي" | "لغايه") {
        return false;
    }
    let Some(p) = token_of(tk, out[k - 1].byte_start) else {
        return false;
    };
    if last_of(tk, p, out[k - 1].byte_end) + 1 != link || p == 0 {
        return false;
    }
    let o = p - 1;
    let opener = key(tk, o);
    if !matches!(opener, "من" | "ومن" | "منذ" | "ومنذ") {
        return false;
    }
    let start = tk[o].offset_after_key_chars(usize::from(opener.starts_with('و')));
    let end = out.remove(k);
    let c = &mut out[k - 1];
    c.byte_start = start;
    c.byte_end = end.byte_end;
    c.value = Value::Text(format!("{lo:04}-01-01/{hi:04}-12-31"));
    c.low = Some(Value::Text(format!("{lo:04}-01-01")));
    c.high = Some(Value::Text(format!("{hi:04}-12-31")));
    true
}

/// Ordinal words of the first ten days of a month (normalized keys).
pub(super) const DAY_ORDINALS: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];

/// The day of the month token `j` writes: `8`, `الأول`.
fn day_at(tk: &[Token<'_>], j: usize) -> Option<u8> {
    let t = tk.get(j)?;
    if let Some(v) = t.number() {
        let digits = t.text.chars().count();
        return (digits <= 2 && v.fract() == 0.0 && (1.0..=31.0).contains(&v)).then_some(v as u8);
    }
    DAY_ORDINALS
        .iter()
        .position(|&o| o == t.key)
        .and_then(|p| u8::try_from(p + 1).ok())
}

/// `من 8 وحتى 23 سبتمبر`, `اعتبارا من الأول وحتى 30 -12 -1436`: claim `c`, a day at token
/// `a`, closes a period that a bare earlier day after `من` opens; makes `c` that period and
/// returns the first day's token.
fn day_range(tk: &[Token<'_>], a: usize, c: &mut Recognized) -> Option<usize> {
    let Value::Text(s) = &c.value else {
        return None;
    };
    if s.len() != 10 || a < 3 {
        return None;
    }
    if !matches!(key(tk, a - 1), "حتي" | "وحتي" | "الي" | "والي") {
        return None;
    }
    let first = a - 2;
    let d1 = day_at(tk, first)?;
    let o = if matches!(key(tk, first - 1), "ال" | "الـ") {
        first.checked_sub(2)?
    } else {
        first - 1
    };
    if !matches!(key(tk, o), "من" | "ومن") {
        return None;
    }
    let d2 = day_at(tk, a)?;
    if d1 >= d2 {
        return None;
    }
    let hi: Date = s.parse().ok()?;
    let lo = hi
        .checked_sub(jiff::Span::new().days(i64::from(d2 - d1)))
        .ok()?;
    c.byte_start = tk[first].start;
    c.value = Value::Text(format!("{lo}/{hi}"));
    c.low = Some(Value::Text(lo.to_string()));
    c.high = Some(Value::Text(hi.to_string()));
    Some(first)
}

/// Verbs (keys) after which a bare `ثان`/`ثالث` is one more casualty.
const CASUALTY: &[&str] = &[
    "اصيب",
    "قتل",
    "جرح",
    "توفي",
    "اعتقل",
    "نجا",
    "فقد",
    "اختطف",
    "خطف",
    "اصيبت",
];

/// Words for a person before a bare `ثان`/`ثالث`: one more of them.
const PERSON: &[&str] = &[
    "شخص",
    "رجل",
    "جندي",
    "شرطي",
    "طفل",
    "مواطن",
    "شاب",
    "مصاب",
    "قتيل",
    "مسلح",
    "مهاجم",
];

/// `وأصيب ثالث`, `وأصيب شخص ثالث` (see the module's notes).
fn counted_off(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    if a != z || a == 0 {
        return false;
    }
    let own = key(tk, a);
    let own = own.strip_prefix('و').unwrap_or(own);
    if !matches!(own, "ثان" | "ثاني" | "ثالث" | "رابع" | "خامس") {
        return false;
    }
    let before = key(tk, a - 1);
    let bare = ["و", "ف"]
        .iter()
        .find_map(|p| before.strip_prefix(p))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(before);
    CASUALTY.contains(&bare) || PERSON.contains(&before)
}

/// Verbs (keys, past tense, without `و`/`ف`) of a rise or fall that has happened.
const MOVED: &[&str] = &[
    "رفع",
    "رفعت",
    "ارتفع",
    "ارتفعت",
    "زاد",
    "زادت",
    "قلص",
    "قلصت",
    "تقلص",
    "تقلصت",
    "خفض",
    "خفضت",
    "انخفض",
    "انخفضت",
    "تراجع",
    "تراجعت",
    "هبط",
    "هبطت",
    "صعد",
    "صعدت",
    "قفز",
    "قفزت",
    "نما",
    "نمت",
    "تراجعا",
    "ارتفعا",
];

/// A claim at token `a` opened by `حتى` after a past verb of rise or fall in its clause
/// (within ten words): the level reached.
fn rise_to(tk: &[Token<'_>], a: usize) -> bool {
    if !matches!(key(tk, a), "حتي" | "وحتي") {
        return false;
    }
    for j in (a.saturating_sub(10)..a).rev() {
        if is_punct(tk, j, BREAK) {
            return false;
        }
        let k = key(tk, j);
        let bare = ["و", "ف"]
            .iter()
            .find_map(|p| k.strip_prefix(p))
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(k);
        if MOVED.contains(&bare) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar93_usually_until: "وعادة ما يبدأ نزول الرطب من هذا النوع في منتصف شهر يوليو وحتى نهاية شهر أغسطس"
            => [];
        ar93_twice_a_year: "وهي مراجعات تجري عادة مرتين في العام في شهري إبريل وأكتوبر."
            => [];
        ar93_every_february: "والتي تعقد بها مؤتمرات سنوية كل فبراير (شباط)."
            => [];
        ar93_yearly_on_day: "على أن تمنح سنويا في الرابع من يناير، ذكرى رحيله"
            => [];
        ar93_two_months: "سجل 87 حالة انتهاك خلال شهري يونيو ويوليو الماضيين"
            => ["87 حالة|count|87|87..87|exact|case", "يونيو ويوليو|date|2014-06-01/2014-07-31|2014-06-01..2014-07-31|exact|"];
        ar93_two_months_after_past: "خلال الشهرين الماضيين يونيو ويوليو"
            => ["الشهرين|duration|P2M|P2M..P2M|exact|month", "يونيو ويوليو|date|2014-06-01/2014-07-31|2014-06-01..2014-07-31|exact|"];
        ar93_from_first_until: "اعتبارا من الأول وحتى 30 -12 -1436 وستكون فترة"
            => ["الأول وحتى 30 -12 -1436|date|2015-09-14/2015-10-13|2015-09-14..2015-10-13|exact|"];
        ar93_from_day_until: "خلال الفترة من 8 وحتى 23 سبتمبر المقبل"
            => ["8 وحتى 23 سبتمبر المقبل|date|2015-09-08/2015-09-23|2015-09-08..2015-09-23|exact|"];
        ar93_year_pair: "لعب في الفريق منذ 2001 وحتى 2012 بتناول"
            => ["منذ 2001 وحتى 2012|date|2001-01-01/2012-12-31|2001-01-01..2012-12-31|exact|"];
        ar93_year_pair_named_end: "ودرب تشيلسي في الفترة من 1996 حتى عام 1998 واستطاع"
            => ["من 1996 حتى عام 1998|date|1996-01-01/1998-12-31|1996-01-01..1998-12-31|exact|"];
        ar93_injured_third: "لقي شخصان مصرعهما وأصيب ثالث في حادث مروري"
            => ["شخصان|count|2|2..2|exact|person"];
        ar93_third_person: "وأصيب شخص ثالث بجروح بالغة."
            => [];
        ar93_third_largest_stays: "تعز ثالث أكبر مدن اليمن"
            => ["ثالث|ordinal|3|3..3|exact|"];
        ar93_rise_to: "ورفعت روسيا صادراتها النفطية بنسبة 6.8 في المائة حتى 119.7 مليون طن"
            => ["6.8 في المائة|percent|6.8|6.8..6.8|exact|", "حتى 119.7 مليون طن|count|119700000|119700000..119700000|exact|ton"];
        ar93_capacity_stays: "ويمكنها أن تدور حتى 1200 ميل فوق الأرض"
            => ["حتى 1200 ميل|count|1200|..1200|at_most|mile"];
    }

    /// The claims of `text` published on 2015-08-07.
    fn on(text: &str) -> Vec<String> {
        crate::lang::table::claims_on(crate::model::Lang::Ar, text, (2015, 8, 7))
    }

    #[test]
    fn ar93_candidacy_coming() {
        assert_eq!(
            on("وأعلن الفرنسي بلاتيني ترشحه لانتخابات 26 شباط (فبراير)، ويعد الأوفر حظا"),
            ["26 شباط (فبراير)|date|2016-02-26|2016-02-26..2016-02-26|exact|"]
        );
    }

    #[test]
    fn ar93_scheduled_meeting() {
        assert_eq!(
            on("قبل الاجتماع الدوري المقرر في ديسمبر كانون الأول"),
            ["ديسمبر كانون الأول|date|2015-12|2015-12-01..2015-12-31|exact|"]
        );
        assert_eq!(
            on("قبل الاجتماع المقرر في الرابع من ديسمبر"),
            ["الرابع من ديسمبر|date|2015-12-04|2015-12-04..2015-12-04|exact|"]
        );
    }

    #[test]
    fn ar93_coming_pair() {
        assert_eq!(
            on("أن تستضيف الكويت البطولة بين شهري ديسمبر ويناير المقبلين"),
            ["ديسمبر ويناير|date|2015-12-01/2016-01-31|2015-12-01..2016-01-31|exact|"]
        );
    }

    #[test]
    fn ar93_held_elections_stay() {
        assert_eq!(
            on("بعد أن كان مقررا في شباط (فبراير)"),
            ["شباط (فبراير)|date|2015-02|2015-02-01..2015-02-28|exact|"]
        );
        assert_eq!(
            on("في انتخابات السابع من يونيو"),
            ["السابع من يونيو|date|2015-06-07|2015-06-07..2015-06-07|exact|"]
        );
    }
}
