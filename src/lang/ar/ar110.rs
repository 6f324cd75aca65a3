//! Non-claims of the judged Arabic samples 79–82 (ar110).
//!
//! - `لكان قد ألّف فيها المؤلفات العديدة`, `وألّف كِتَاباً`: `ألّف` with a shadda (U+0651)
//!   is the verb «composed», never the number `ألف` (a thousand): its number or count is
//!   dropped ([`retune`]). (`نحو ألف مصلٍّ`, a shadda on another word, stays a count.)
//! - `وغدا القوت كالياقوت`, `حتى غدا الكثير ممن…`, `وغدا متعذرا على الكثير`, `وغدا لا
//!   يعرف`: `غدا` the verb «became» (after `و` or `حتى`, before a definite noun, a `لل`
//!   noun, `لا` or an indefinite predicate in `-ا`) is no tomorrow: its date is dropped.
//!   (`اليوم وغدا الأحد`, `وغدا في بلدية العوالي`, `وغدا صباحا`, `ويصادف غدا الذكرى`,
//!   tomorrow, stay.)

use super::Ctx;
use super::ar93::token_of;
use super::tokens::Token;
use super::tokens::key_at as key;
use crate::lang::Recognized;
use crate::model::Kind;

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        let b = c.byte_start;
        let a = token_of(tokens, b);
        let drop = a.is_some_and(|a| match c.kind {
            Kind::Number | Kind::Count => composed(tokens, a),
            Kind::Date => became(tokens, a),
            _ => false,
        });
        if drop {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// `ألّف`, `وألّف`: the word at `a` is `ألف` written with a shadda, the verb.
fn composed(tokens: &[Token<'_>], a: usize) -> bool {
    let t = &tokens[a];
    matches!(t.key.as_str(), "الف" | "والف" | "فالف") && t.text.contains('\u{0651}')
}

/// `وغدا القوت`, `حتى غدا الكثير`: `غدا` at `a` is the verb «became».
fn became(tokens: &[Token<'_>], a: usize) -> bool {
    let k = key(tokens, a);
    let after_wa = k == "وغدا";
    let after_hatta = k == "غدا"
        && a.checked_sub(1)
            .is_some_and(|p| matches!(key(tokens, p), "حتي" | "وحتي"));
    if !(after_wa || after_hatta) {
        return false;
    }
    // `اليوم وغدا`, `الليلة وغدا`: tomorrow next to today.
    if a.checked_sub(1).is_some_and(|p| {
        matches!(
            key(tokens, p),
            "اليوم" | "الليله" | "امس" | "الان" | "يوم" | "بعد"
        )
    }) {
        return false;
    }
    let n = key(tokens, a + 1);
    if n.is_empty() {
        return false;
    }
    if matches!(
        n,
        "صباحا"
            | "ظهرا"
            | "عصرا"
            | "مساء"
            | "مساءا"
            | "ليلا"
            | "فجرا"
            | "صباح"
            | "ظهر"
            | "عصر"
            | "ليل"
            | "فجر"
            | "يوما"
            | "ايضا"
    ) {
        return false;
    }
    let definite = n.starts_with("ال")
        && !matches!(
            n,
            "الاحد"
                | "الاثنين"
                | "الثلاثاء"
                | "الاربعاء"
                | "الخميس"
                | "الجمعه"
                | "السبت"
                | "الموافق"
                | "اليوم"
                | "الصباح"
                | "المساء"
                | "الليله"
        );
    let lil = n.starts_with("لل");
    let predicate = after_wa && n.chars().count() >= 4 && n.ends_with('ا') && !n.starts_with('ل');
    definite || lil || n == "لا" || predicate
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! {
        crate::model::Lang::Ar;
        composed_verb: "لكان قد ألّف فيها المؤلفات العديدة تشوقاً إليها." => [];
        composed_near_miss: "المسجد يستوعب نحو ألف مصلٍّ." => ["نحو ألف مصلٍّ|count|1000|900..1100|approx|worshipper"];
        became: "وغدا القوت كالياقوت حتى نوى الفقير الصياما." => [];
        became_hatta: "تراجعت القيم حتى غدا الإرهاب ظاهرة عالمية." => [];
        tomorrow_stays: "يلتقي الفريق اليوم في بلدية العيون، وغدا في بلدية العوالي." => [
            "اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|",
            "غدا|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
    }
}
