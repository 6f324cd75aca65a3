//! Non-claims of the judged Arabic samples 67–70 (ar98).
//!
//! - `القناة الفرنسية الثانية` (France 2), `القناة السعودية الأولى`: a channel's number
//!   after its country's adjective is its name, nothing is ranked; `مدينة الجبيل الصناعية
//!   الثانية`, `المدينة الصناعية الرابعة`: an industrial city's number, a place's name;
//!   `وفي السابعة مساء`, `بحلول الثامنة مساء`: a clock time ([`not_a_claim`]).
//! - `المنتخب السعودي للتنس تحت 14 سنة`, `بطولة أوروبا تحت 19 عاما`: an age category, a
//!   label, not a duration; `بثلاثة أشواط مقابل شوطين`: one side of a match's score in
//!   sets, like [`ar90`](super::ar90)'s goals; `سبعين عذرا` (from «التمس لأخيك سبعين
//!   عذرا»), an idiom ([`retune`]).
//! - `47 فيلا`, `11 كاميرا`, `مزايا`: a noun whose final alif is its own, not the
//!   accusative's, keeps it as its unit ([`own_alif`]).

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// Whether a key's final alif belongs to the word (`فيلا`, `كاميرا`, a plural such as
/// `مزايا`, `خلايا`), so that it is no accusative ending to strip.
pub(super) fn own_alif(key: &str) -> bool {
    key.ends_with("ايا")
        || matches!(
            key,
            "فيلا"
                | "فيلات"
                | "كاميرا"
                | "سينما"
                | "دراما"
                | "بيتزا"
                | "فيزا"
                | "اوبرا"
                | "نايرا"
                | "جيجا"
                | "ميجا"
                | "الترا"
        )
}

/// An ordinal at token `i` that is part of a name (see the module's doc), and the token
/// after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    if let Some(next) = clock(tokens, i) {
        return Some(next);
    }
    // (Definite: `القناة الإنجليزية لأول مرة` is a first time.)
    if !key(tokens, i).starts_with("ال") {
        return None;
    }
    let p = i.checked_sub(1)?;
    let adj = key(tokens, p);
    if !(adj.starts_with("ال") && adj.ends_with("يه") && adj.chars().count() >= 6) {
        return None;
    }
    let before = key(tokens, p.wrapping_sub(1));
    let named = if adj == "الصناعيه" {
        // `المدينة الصناعية الرابعة`, `مدينة الجبيل الصناعية الثانية`.
        before.ends_with("المدينه") || key(tokens, p.wrapping_sub(2)).ends_with("مدينه")
    } else {
        // `القناة الفرنسية الثانية`, `للقناة الإيرانية الثانية`.
        before.ends_with("قناه") && !before.starts_with("قناه")
    };
    if !named {
        return None;
    }
    let o = ordinals::parse_at(tokens, i).filter(|o| o.first == i && !o.cardinal)?;
    Some(o.last + 1)
}

/// `وفي السابعة مساء`, `بحلول الثامنة مساء`, `بين الساعة الثالثة والخامسة بعد الظهر`,
/// `و(الثالثة بعد الظهر)`: a feminine ordinal of an hour after a preposition, `الساعة`
/// or `و`, before a time of day, is a clock time, no rank. (`مواجهته الودية الخامسة مساء
/// اليوم`, after a noun it agrees with, stays.)
fn clock(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let k = key(tokens, i);
    if !k.ends_with('ه') {
        return None;
    }
    let o = ordinals::parse_at(tokens, i)
        .filter(|o| o.first == i && !o.cardinal && (1..=12).contains(&o.value))?;
    let n = key(tokens, o.last + 1);
    let time = matches!(
        n,
        "مساء"
            | "مساءا"
            | "عصرا"
            | "صباحا"
            | "ظهرا"
            | "فجرا"
            | "ليلا"
            | "صباح"
            | "مساءً"
    ) || (n == "بعد" && matches!(key(tokens, o.last + 2), "الظهر" | "الظهيره"))
        // `في الثانية من سحر أمس`, `منذ العاشرة من ليلة أمس` (ar115).
        || (n == "من"
            && matches!(
                key(tokens, o.last + 2),
                "سحر" | "فجر" | "صباح" | "ظهر" | "عصر" | "مساء" | "ليل" | "ليله"
            ));
    if !time {
        return None;
    }
    let mut p = i.checked_sub(1)?;
    if matches!(tokens[p].kind, TokenKind::Punct('(')) {
        p = p.checked_sub(1)?;
    }
    let after = k.starts_with("وال")
        || matches!(
            key(tokens, p),
            "في" | "وفي"
                | "بحلول"
                | "حتي"
                | "وحتي"
                | "الي"
                | "والي"
                | "الساعه"
                | "و"
                | "عند"
                | "منذ"
        );
    after.then_some(o.last + 1)
}

/// The years of a duration's value (`P14Y`), if it is in years only, read as a `T`
/// (`u32`: whole years; `f64`: any).
pub(super) fn years<T: std::str::FromStr>(v: &Value) -> Option<T> {
    match v {
        Value::Text(t) => t.strip_prefix('P')?.strip_suffix('Y')?.parse().ok(),
        Value::Number(_) => None,
    }
}

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        if !matches!(c.kind, Kind::Count | Kind::Duration) {
            k += 1;
            continue;
        }
        let b = c.byte_start;
        let Some(a) = token_of(tokens, b) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        if age_category(tokens, c, a) || idiom(c) {
            out.remove(k);
            continue;
        }
        if let Some(other) = sets(tokens, c, a, z) {
            out.remove(k);
            if let Some(j) = out.iter().position(|c| c.byte_start == other) {
                out.remove(j);
                if j < k {
                    k -= 1;
                }
            }
            continue;
        }
        k += 1;
    }
}

/// `تحت 14 سنة`, `"تحت 14 سنة"`, `(تحت 22 سنة)`, `وتحت 21 سنه`, `تحت 13- 14 عاما`: a
/// duration of 10 to 23 years right after `تحت` (a quote mark between) is a sport's age
/// category. (`70% منهم تحت 30 عاماً`, an age of a population, stays.)
fn age_category(tokens: &[Token<'_>], c: &Recognized, a: usize) -> bool {
    if c.kind != Kind::Duration || c.unit.as_deref() != Some("year") {
        return false;
    }
    let Some(y) = c.high.as_ref().and_then(years::<u32>) else {
        return false;
    };
    if !(10..=23).contains(&y) {
        return false;
    }
    let mut p = a;
    // The claim may start inside its first token (`تحت 14سنة`); the word before it.
    loop {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
        if !matches!(tokens[p].kind, TokenKind::Punct('"' | '“' | '«' | '(')) {
            break;
        }
    }
    matches!(key(tokens, p), "تحت" | "وتحت")
}

/// `سبعين عذرا` (make up seventy excuses): the saying's number, no count.
fn idiom(c: &Recognized) -> bool {
    c.kind == Kind::Count
        && c.unit.as_deref() == Some("عذر")
        && matches!(c.value, Value::Number(v) if v == 70.0)
}

/// `بثلاثة أشواط مقابل شوطين`: sets won by `ب` before `مقابل`, one side of a score; gives
/// the byte the other side starts at.
fn sets(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> Option<usize> {
    if c.kind != Kind::Count || !matches!(key(tokens, z), "اشواط" | "شوطين" | "شوط") {
        return None;
    }
    let first = &tokens[a];
    let by = (first.start < c.byte_start && first.key.starts_with('ب'))
        || a.checked_sub(1)
            .is_some_and(|p| matches!(key(tokens, p), "ب" | "بـ"));
    if !by || key(tokens, z + 1) != "مقابل" {
        return None;
    }
    Some(tokens.get(z + 2).map_or(usize::MAX, |t| t.start))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        france_2: "بثت القناة الفرنسية الثانية مشاهد الإعدام" => [];
        saudi_channel_1: "برنامج فني كان يقدمه على القناة السعودية الأولى" => [];
        first_canal_stays: "وتم حفر القناة الأولى بسواعد المصريين"
            => ["الأولى|ordinal|1|1..1|exact|"];
        first_time_stays: "نجح الفرنسي بليريو في قطع القناة الإنجليزية لأول مرة"
            => ["أول|ordinal|1|1..1|exact|"];
        seven_pm: "وفي السابعة مساء يلتقي منتخبا البحرين والكويت." => [];
        three_to_five_pm: "الأشعة الصادرة (بين الساعة الثالثة والخامسة بعد الظهر)" => [];
        fifth_friendly_stays: "يخوض الفريق مواجهته الودية الخامسة مساء اليوم"
            => ["الخامسة|ordinal|5|5..5|exact|", "اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        jubail_2: "سيقام في مجمع بلاسكيم في مدينة الجبيل الصناعية الثانية" => [];
        industrial_city_4: "إنشاء مدرسة في المدينة الصناعية الرابعة في جدة" => [];
        industrial_development_stays: "الخبرات التي عاصرت التنمية الصناعية الأولى"
            => ["الأولى|ordinal|1|1..1|exact|"];
        under_14: "تأهل لاعب المنتخب السعودي للتنس تحت 14سنة إلى دور الستة عشر" => [];
        under_19_quoted: "بطولة السوبر للملاعب الصلبة \"تحت 14 سنة\" في أركنسا" => [];
        under_17: "بعثة منتخب المملكة للكرة الطائرة تحت 17 عاما" => [];
        under_30_stays: "70% منهم تحت 30 عاماً"
            => ["70%|percent|70|70..70|exact|", "تحت 30 عاماً|duration|P30Y|..P30Y|less_than|year"];
        sets_score: "بفوز صعب على المنتخب القطري بثلاثة أشواط مقابل شوطين." => [];
        seventy_excuses: "واختلقوا لهم سبعين عذرا" => [];
        villas: "ويتألف المشروع من 47 فيلا بمساحة كبيرة"
            => ["47 فيلا|count|47|47..47|exact|فيلا"];
        cameras: "ركبت البلدية 11 كاميرا في الشوارع"
            => ["11 كاميرا|count|11|11..11|exact|كاميرا"];
    }
}
