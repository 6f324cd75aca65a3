//! Labels, names, glued money, lists after `بين` and an idiom of every day, from the judged
//! Arabic samples 75–78 (ar108). All in [`retune`]:
//!
//! - `مرض السكري من النوع (2)`, `السكري النوع 2`: the type of diabetes in digits is the
//!   disease's name; its number (and a noun read as its count, `(2) وجبة الإفطار`) is no
//!   claim (words: `النوع الثاني` were already dropped; `بالنوع الأول من السكري`, with the
//!   disease after, now is too: see `mod.rs`).
//! - `5.9% (ربع 2)`, `الربع 3`: a quarter's number is the quarter's rank, ordinal 2 (like
//!   `الربع الثاني`); `ربع` was read as a quarter (0.25), now dropped.
//! - `محطة عرفات (2)`, `محطة قطار مزدلفة (1)`, `مخطط العزيزية 8`, `مخطط الياسمين 11`,
//!   `مخيم بسمة 5`, `حي الشاطئ 1`: a bare number after a place noun (`محطة`, `مخطط`,
//!   `مخيم`, `حي`, `مشعر`, `قطار`) and its proper name is part of the name: no claim.
//!   (`محطة مأرب 400 ميغاوات`, a number with its noun, stays.)
//! - `480 ملياردولار`: a scale word glued to its currency is money, 480 billion dollars
//!   (was a count of 480 «ملياردولار»).
//! - `تراوحت آجال السندات بين 5 و 7 و 10 سنوات`: three items after `بين` are a list, not
//!   a range and a third item: three exact durations 5, 7 and 10 years (was P5Y–P7Y and
//!   P10Y).
//! - `ولا يمر يوم واحد إلا بعدد متزايد من الضحايا`, `لا يكاد يمر شهر واحد تقريبا من دون`:
//!   «not a single day passes without», a figure of speech for every day: no duration.
//!   (`لم يمر يوم واحد على الاتفاق حتى` without `إلا`/`دون` stays.)

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::units::{self, UnitKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

fn is_punct(tokens: &[Token<'_>], j: usize, marks: &[char]) -> bool {
    matches!(tokens.get(j).map(|t| &t.kind), Some(TokenKind::Punct(c)) if marks.contains(c))
}

fn is_number(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| t.number().is_some())
}

fn has_stem(tokens: &[Token<'_>], j: usize, cues: &[&str]) -> bool {
    tokens
        .get(j)
        .is_some_and(|t| t.kind == TokenKind::Word && t.stems().any(|(_, s)| cues.contains(&s)))
}

/// The number token of a claim starting at token `a` (past an opening bracket).
fn number_at(tokens: &[Token<'_>], a: usize) -> Option<usize> {
    let n = if is_punct(tokens, a, &['(']) {
        a + 1
    } else {
        a
    };
    is_number(tokens, n).then_some(n)
}

/// The token before `n`, past an opening bracket.
fn before(tokens: &[Token<'_>], n: usize) -> Option<usize> {
    let p = n.checked_sub(1)?;
    if is_punct(tokens, p, &['(']) {
        p.checked_sub(1)
    } else {
        Some(p)
    }
}

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let Some(a) = token_of(tokens, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, out[k].byte_end);
        let c = &out[k];
        if diabetes_type(tokens, c, a) || place_name(tokens, c, a) || every_day(tokens, c, a, z) {
            out.remove(k);
            continue;
        }
        if quarter_fraction(tokens, c, a, out.get(k + 1)) {
            out.remove(k);
            let q = &mut out[k];
            q.kind = Kind::Ordinal;
            q.unit = None;
            q.unit_text = None;
            continue;
        }
        if let Some(m) = glued_money(tokens, c, z) {
            out[k] = m;
        } else if let Some((low, high)) = list_of_three(tokens, c, a, z, out.get(k + 1)) {
            out[k] = low;
            out.insert(k + 1, high);
            k += 1;
        }
        k += 1;
    }
}

/// `السكري من النوع (2)`, `(2) وجبة` after it: a number 1 or 2 after `النوع`/`نوع` with
/// diabetes within seven words before, or `من السكري` after it.
fn diabetes_type(tokens: &[Token<'_>], c: &Recognized, a: usize) -> bool {
    if !matches!(c.kind, Kind::Number | Kind::Count)
        || !matches!(c.value, Value::Number(v) if v == 1.0 || v == 2.0)
    {
        return false;
    }
    let Some(n) = number_at(tokens, a) else {
        return false;
    };
    let Some(p) = before(tokens, n) else {
        return false;
    };
    if !tokens[p]
        .stems()
        .any(|(pre, s)| s == "نوع" && matches!(pre, "" | "ال" | "بال" | "وال" | "لل"))
    {
        return false;
    }
    const SUGAR: &[&str] = &["سكر", "سكري", "سكريي"];
    (p.saturating_sub(7)..p).any(|j| has_stem(tokens, j, SUGAR))
        || (n + 1..n + 4).any(|j| has_stem(tokens, j, SUGAR))
            && (n + 1..n + 3).any(|j| key(tokens, j) == "من")
}

/// `(ربع 2)`, `الربع 3`: the claim at `k` is `ربع` read as 0.25 (or missing) and the
/// next is the bare number 1–4 right after it, followed by punctuation, the end or a
/// year: the next becomes the quarter's rank (the caller drops this one). Only the case
/// where `ربع` was read is handled here.
fn quarter_fraction(
    tokens: &[Token<'_>],
    c: &Recognized,
    a: usize,
    next: Option<&Recognized>,
) -> bool {
    if c.kind != Kind::Number || !matches!(c.value, Value::Number(v) if v == 0.25) {
        return false;
    }
    if !matches!(key(tokens, a), "ربع" | "الربع" | "للربع" | "بالربع") {
        return false;
    }
    let Some(next) = next else {
        return false;
    };
    let n = a + 1;
    let digit = tokens.get(n).and_then(|t| t.number());
    let Some(d) = digit else {
        return false;
    };
    if !(1.0..=4.0).contains(&d)
        || d.fract() != 0.0
        || next.kind != Kind::Number
        || next.byte_start != tokens[n].start
        || next.byte_end != tokens[n].end
    {
        return false;
    }
    n + 1 >= tokens.len()
        || matches!(tokens[n + 1].kind, TokenKind::Punct(_))
        || tokens[n + 1]
            .number()
            .is_some_and(|y| (1900.0..=2100.0).contains(&y))
}

/// `محطة عرفات (2)`, `مخطط العزيزية 8`: a bare integer after a place noun and one or two
/// words of its name.
fn place_name(tokens: &[Token<'_>], c: &Recognized, a: usize) -> bool {
    if c.kind != Kind::Number || c.unit.is_some() {
        return false;
    }
    if !matches!(c.value, Value::Number(v) if v.fract() == 0.0 && (1.0..1000.0).contains(&v)) {
        return false;
    }
    let Some(n) = number_at(tokens, a) else {
        return false;
    };
    let Some(p) = before(tokens, n) else {
        return false;
    };
    const PLACES: &[&str] = &["مخطط", "محطه", "مخيم", "حي", "مشعر", "قطار"];
    const NOT_NAMES: &[&str] = &[
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "و",
        "نحو",
        "بنحو",
        "حوالي",
        "قدرتها",
        "بطاقه",
        "طاقتها",
        "بلغ",
        "بلغت",
        "يضم",
        "تضم",
        "رقم",
        "عدد",
        "بين",
        "منها",
        "منذ",
        "عام",
    ];
    let name = |j: usize| {
        tokens[j].kind == TokenKind::Word
            && !super::numbers::is_number_word(&tokens[j])
            && !NOT_NAMES.contains(&key(tokens, j))
    };
    // The place noun one or two words before the number's: `محطة [قطار] مزدلفة`.
    (1..=2).any(|w| {
        p.checked_sub(w).is_some_and(|q| {
            (q + 1..=p).all(name)
                && tokens[q].kind == TokenKind::Word
                && tokens[q].stems().any(|(_, s)| PLACES.contains(&s))
        })
    })
}

/// `لا يمر يوم واحد إلا`, `لا يكاد يمر شهر واحد تقريبا من دون`: one day (week, month)
/// after a negated «pass», with `إلا`/`دون` after it.
fn every_day(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if c.kind != Kind::Duration
        || !matches!(c.value, Value::Text(ref t) if matches!(t.as_str(), "P1D" | "P1W" | "P1M" | "P1Y" | "PT1H"))
    {
        return false;
    }
    let Some(v) = a.checked_sub(1) else {
        return false;
    };
    if !matches!(
        key(tokens, v),
        "يمر" | "تمر" | "يمضي" | "تمضي" | "مر" | "مضي" | "يكتمل"
    ) {
        return false;
    }
    let negated = |j: usize| {
        matches!(
            key(tokens, j),
            "لا" | "ولا" | "فلا" | "لم" | "ولم" | "فلم" | "ما" | "الا"
        )
    };
    let neg = v.checked_sub(1).is_some_and(|j| {
        negated(j)
            || matches!(key(tokens, j), "يكاد" | "تكاد") && j.checked_sub(1).is_some_and(negated)
    });
    neg && (z + 1..z + 4).any(|j| matches!(key(tokens, j), "الا" | "دون" | "بدون" | "ودون"))
}

/// `480 ملياردولار`: a count whose noun is a scale word glued to a currency, as money.
fn glued_money(tokens: &[Token<'_>], c: &Recognized, z: usize) -> Option<Recognized> {
    if c.kind != Kind::Count {
        return None;
    }
    let Value::Number(v) = c.value else {
        return None;
    };
    let word = key(tokens, z);
    let (scale, rest) = [
        ("تريليون", 1e12),
        ("مليار", 1e9),
        ("مليون", 1e6),
        ("الف", 1e3),
    ]
    .iter()
    .find_map(|&(w, s)| word.strip_prefix(w).map(|r| (s, r)))?;
    // (`ألفين` is a number alone: the currency needs a word of its own, `دولار`.)
    if z == 0 || tokens[z - 1].number().is_none() || rest.chars().count() < 3 {
        return None;
    }
    let m = units::lookup(&[rest])?;
    if m.kind != UnitKind::Money || m.words != 1 || m.proclitic || m.definite {
        return None;
    }
    let mut r = c.clone();
    let scaled = |x: &Option<Value>| match x {
        Some(Value::Number(x)) => Some(Value::Number(x * scale)),
        other => other.clone(),
    };
    r.kind = Kind::Money;
    r.value = Value::Number(v * scale);
    r.low = scaled(&c.low);
    r.high = scaled(&c.high);
    r.unit = Some(m.concept.to_string());
    Some(r)
}

/// `بين 5 و 7 و 10 سنوات`: a range of two numbers followed by `و` and the next claim of
/// its kind and unit; the range's ends become two exact claims (low, high).
fn list_of_three(
    tokens: &[Token<'_>],
    c: &Recognized,
    a: usize,
    z: usize,
    next: Option<&Recognized>,
) -> Option<(Recognized, Recognized)> {
    if c.qualifier != Qualifier::Range {
        return None;
    }
    let next = next?;
    if next.kind != c.kind || next.unit != c.unit || next.qualifier != Qualifier::Exact {
        return None;
    }
    let nums: Vec<usize> = (a..=z).filter(|&j| is_number(tokens, j)).collect();
    let &[lo, hi] = nums.as_slice() else {
        return None;
    };
    // The third item: `و` then the next claim's number.
    let mut j = z + 1;
    if is_punct(tokens, j, &['،', ',']) {
        j += 1;
    }
    if key(tokens, j) != "و" || !is_number(tokens, j + 1) || tokens[j + 1].start != next.byte_start
    {
        return None;
    }
    let end = |x: usize, v: &Option<Value>| {
        let v = v.clone()?;
        let mut r = c.clone();
        r.byte_start = tokens[x].start;
        r.byte_end = tokens[x].end;
        r.value = v.clone();
        r.low = Some(v.clone());
        r.high = Some(v);
        r.qualifier = Qualifier::Exact;
        Some(r)
    };
    Some((end(lo, &c.low)?, end(hi, &c.high)?))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        diabetes_type_2: "عند تخطي الأشخاص الذين يعانون مرض السكري من النوع (2) وجبة الإفطار، ترتفع مستويات السكر" => [];
        diabetes_type_2_bare: "يعاني مرضى السكري النوع 2 من مضاعفات" => [];
        diabetes_type_after: "الأطفال المصابين بالنوع الأول من السكري" => [];
        type_2_stays: "اختار الباحثون النوع 2 من الأجهزة"
            => ["2 من الأجهزة|count|2|2..2|exact|device"];
        quarter_2: "البطالة في نيوزلندا والتوقعات تشير إلى ارتفاعها 5.9% (ربع 2)."
            => ["5.9%|percent|5.9|5.9..5.9|exact|", "2|ordinal|2|2..2|exact|"];
        quarter_stays: "حصل على ربع 2 مليون دولار"
            => ["ربع|number|0.25|0.25..0.25|exact|",
                "2 مليون دولار|money|2000000|2000000..2000000|exact|usd"];
        arafat_station: "استقل القطار إلى محطة عرفات (2) وتفقد رصيف المحطة" => [];
        muzdalifa_station: "إنشاؤها بجوار محطة قطار مزدلفة (1)." => [];
        aziziya_plan: "إنشاء عبارة وحمايات مخطط العزيزية 8 وحمايات امتداد الطريق" => [];
        station_megawatt_stays: "توقف محطة مأرب 400 ميغاوات"
            => ["400 ميغاوات|count|400|400..400|exact|megawatt"];
        region_count_stays: "وفي منطقة الرياض (763) قضية"
            => ["(763) قضية|count|763|763..763|exact|court_case"];
        glued_billion_dollars: "أنفقت الصين 480 ملياردولار على الرعاية الصحية"
            => ["480 ملياردولار|money|480000000000|480000000000..480000000000|exact|usd"];
        bonds_list: "وتراوحت آجال السندات بين 5 و 7 و 10 سنوات"
            => ["5|duration|P5Y|P5Y..P5Y|exact|year", "7|duration|P7Y|P7Y..P7Y|exact|year",
                "10 سنوات|duration|P10Y|P10Y..P10Y|exact|year"];
        bonds_range_stays: "وتراوحت آجال السندات بين 5 و 7 سنوات"
            => ["بين 5 و 7 سنوات|duration|P5Y|P5Y..P7Y|range|year"];
        not_a_day_passes: "ولا يمر يوم واحد إلا بعدد متزايد من الضحايا" => [];
        hardly_a_month: "الذي لا يكاد يمر شهر واحد تقريبا من دون اكتشاف أسرار جديدة" => [];
        two_thousand_stays: "وصل عدد المجندين إلى ألفين."
            => ["المجندين إلى ألفين|count|2000|2000..2000|exact|مجندين"];
        one_day_stays: "لم يمر يوم واحد على توقيع الاتفاق"
            => ["يوم واحد|duration|P1D|P1D..P1D|exact|day"];
    }
}
