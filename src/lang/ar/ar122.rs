//! Quantities of the judged Arabic samples 87–90 (ar122).
//!
//! - An active participle in `-ين` before its preposition read as a dual noun: `مستندين إلى
//!   المقولة الشعبية` («relying on»), `مستندين على إحداث الطائفية`, `مستندين لفتوى ابن
//!   تيمية`, `، مركزين على أمرين أساسيين` («focusing on»). The tool counted two documents or
//!   two centres; it now drops the claim. A dual noun before another word (`مركزين للرجال`,
//!   `بزيادة مركزين عن عدد الدورة`) stays counted. See [`retune`].
//! - The verb `أثني على` «I praise» read as the number `اثني` «two»: `أنا هنا أثني على الخطوة`,
//!   `وأثني عليهم`, `وإنني أثني، على وجه الخصوص، على جهود`. The tool gave the bare number 2;
//!   it now drops it. `اثني عشر أستاذا` stays 12.
//! - A negated «less» verb, `عن` and a bar noun before the number: `ولا يقل الحد الأدنى
//!   للتعويض عن مبلغ 2000 ريال`. The tool gave an exact 2000 riyals; it is now at least 2000
//!   (`ar92::before`, which took `عن` right before the number only).
//! - A leading `نحو` before a list of figures joined by `و` that take their unit at the
//!   end: `وبنحو 11.9 و4.9 و3.1 مليار دولار على التوالي`, `نحو 296 و83 و58 مليون دولار`.
//!   The tool made the first approximate only; every item is now approximate. An item of
//!   another unit (`نحو 11.9 و4.9 مليار يورو و3.1 مليار دولار`: the dollars) stays exact.
//!   See [`shared_approx_list`].
//! - A decimal typed backwards with a dot and a space (`على سعر 6. 337 بنس`, `بخصم 3. 2 في
//!   المائة`, `بقيمة 4. 5 مليار دولار`): the text was cut into two sentences at the dot and
//!   the tool read 337 pence; it is now one sentence and 337.6 pence, as the wire's `4 ر
//!   124` (`segment.rs`, `numbers.rs`). Only a lone digit before the dot: `12. 45 شخصا`
//!   stays a sentence end.
//! - Map coordinates: `عند دائرة عرض 4726 شمالاً، وخط طول 5337 شرقاً`. The tool counted 4726
//!   «north»; a count of a compass point in the accusative (`شمالاً`, `شرقا`, `غربا`,
//!   `جنوبا`) is now dropped. A distance before a direction (`على بعد 22 كم شمال شرق`) and
//!   `ثلاثة جنوب أفريقيين` stay. See [`compass`].
//! - A list glued by the Arabic comma, `7771،7546 ريال` (a group of three digits or more, `،`,
//!   a group of four or more): two items, not the decimal 7771.7546 (`digits.rs`). A decimal
//!   comma with a short fraction (`438،5 كم`, `72،55 دولاراً`) stays a decimal.

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::ar93::token_of;
use super::ar118::Cue;
use super::tokens::{Token, TokenKind, word_key_at};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Shares a leading `نحو` over a list, and drops the participles read as duals and the verb
/// `أثني` read as two (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    shared_approx_list(ctx, out, from);
    let mut k = from;
    out.retain(|c| {
        let at = k;
        k += 1;
        at < from
            || !(participle_dual(tokens, c) || praise_not_two(tokens, c) || compass(tokens, c))
    });
}

/// `وبنحو 11.9 و4.9 و3.1 مليار دولار`: the amounts joined by `و` after an approximate one
/// whose qualifier stands before it, of its kind and unit, the head or the first of them a
/// bare figure (the unit comes at the list's end), are approximate too.
fn shared_approx_list(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let text = |a: usize, b: usize| {
        ctx.text
            .get(a.checked_sub(ctx.base)?..b.checked_sub(ctx.base)?)
            .map(str::trim)
    };
    let mut k = from;
    while k < out.len() {
        let head = &out[k];
        let leading = text(head.byte_start, head.byte_end)
            .is_some_and(|t| !t.starts_with(|c: char| c.is_numeric()) && !t.ends_with("تقريبا"));
        if head.qualifier != Qualifier::Approx
            || !leading
            || !matches!(head.kind, Kind::Money | Kind::Count)
        {
            k += 1;
            continue;
        }
        // (`نحو 11.9 و…`: the head's unit comes at the list's end too.)
        let head_bare = text(head.byte_start, head.byte_end)
            .is_some_and(|t| t.ends_with(|c: char| c.is_numeric()));
        let (kind, unit, end) = (head.kind, head.unit.clone(), head.byte_end);
        let mut prev_end = end;
        let mut j = k + 1;
        while j < out.len() {
            let c = &out[j];
            let bare = text(c.byte_start, c.byte_end).is_some_and(|t| {
                t.chars()
                    .all(|ch| ch.is_numeric() || matches!(ch, '.' | ',' | '٫'))
            });
            if c.kind != kind
                || c.unit != unit
                || c.qualifier != Qualifier::Exact
                || c.sentence != out[k].sentence
                || text(prev_end, c.byte_start) != Some("و")
                || (j == k + 1 && !bare && !head_bare)
            {
                break;
            }
            let Value::Number(v) = c.value else { break };
            let (low, high) = super::approx_bounds(v, v);
            let c = &mut out[j];
            c.qualifier = Qualifier::Approx;
            c.low = Some(Value::Number(low));
            c.high = Some(Value::Number(high));
            prev_end = c.byte_end;
            j += 1;
        }
        k = j.max(k + 1);
    }
}

/// `دائرة عرض 4726 شمالاً، وخط طول 5337 شرقاً`: a figure «counting» a compass point in the
/// accusative (`شمالا`, «northward») is a map coordinate, not a count. (`ثلاثة جنوب
/// أفريقيين`, three South Africans, stays.)
fn compass(tokens: &[Token<'_>], c: &Recognized) -> bool {
    if c.kind != Kind::Count
        || !c
            .unit
            .as_deref()
            .is_some_and(|u| matches!(u, "شمال" | "شرق" | "غرب" | "جنوب"))
    {
        return false;
    }
    let Some(a) = token_at(tokens, c.byte_start) else {
        return false;
    };
    let z = last_token(tokens, a, c.byte_end);
    matches!(tokens[z].key.as_str(), "شمالا" | "شرقا" | "غربا" | "جنوبا")
}

/// The single token of claim `c`, if its span is one token.
fn single(tokens: &[Token<'_>], c: &Recognized) -> Option<usize> {
    // (A claim may start after a glued `و`: `وأثني`.)
    let a = token_of(tokens, c.byte_start)?;
    (last_token(tokens, a, c.byte_end) == a).then_some(a)
}

fn strip_conj(k: &str) -> &str {
    k.strip_prefix('و')
        .or_else(|| k.strip_prefix('ف'))
        .unwrap_or(k)
}

/// `مستندين إلى`/`على`/`عن`/`ل…`, and `مركزين على` after a comma: a participle, not two
/// (the [`Cue::Preposition`] and [`Cue::CommaOn`] words of [`super::ar118::PARTICIPLES`]).
fn participle_dual(tokens: &[Token<'_>], c: &Recognized) -> bool {
    if c.kind != Kind::Count || c.value != Value::Number(2.0) {
        return false;
    }
    let Some(a) = single(tokens, c) else {
        return false;
    };
    let Some(next) = word_key_at(tokens, a + 1) else {
        return false;
    };
    match super::ar118::participle(strip_conj(tokens[a].key.as_str())) {
        Some(Cue::Preposition) => matches!(next, "الي" | "علي" | "عن") || next.starts_with('ل'),
        Some(Cue::CommaOn) => {
            next == "علي"
                && a > 0
                && matches!(tokens[a - 1].kind, TokenKind::Punct('،' | ',' | '-' | '–'))
        }
        Some(Cue::Alone) | None => false,
    }
}

/// `أثني على`, `وأثني عليهم`, `أثني، على`: the verb «praise», not the number two.
fn praise_not_two(tokens: &[Token<'_>], c: &Recognized) -> bool {
    if c.value != Value::Number(2.0) {
        return false;
    }
    let Some(a) = single(tokens, c) else {
        return false;
    };
    if strip_conj(tokens[a].key.as_str()) != "اثني" {
        return false;
    }
    let mut j = a + 1;
    if tokens
        .get(j)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('،' | ',')))
    {
        j += 1;
    }
    word_key_at(tokens, j).is_some_and(|k| k.starts_with("علي"))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        relying_on: "وطالبوا بتيار اثنين من المرشحين، مستندين إلى المقولة الشعبية"
            => ["اثنين من المرشحين|count|2|2..2|exact|candidate"];
        relying_on_la: "وأجازوا ذلك مستندين لفتوى ابن تيمية الشهيرة"
            => [];
        focusing_on: "سارع عدد من مسؤوليه لتقديم دفاعهم عنه، مركزين على أمرين أساسيين"
            => [];
        two_centres_stay: "البالغ عددها 3 مراكز، مركزين للرجال ومركزاً للنساء"
            => ["3 مراكز|count|3|3..3|exact|center", "مركزين|count|2|2..2|exact|center"];
        praise: "أنا هنا أثني على الخطوة الاتحادية"
            => [];
        praise_them: "اسمعهم ما يحبون وأثني عليهم"
            => [];
        twelve_stays: "ضم أثني عشر أستاذا"
            => ["أثني عشر أستاذا|count|12|12..12|exact|استاذ"];
        not_less_than_amount: "ولا يقل الحد الأدنى للتعويض عن مبلغ 2000 ريال"
            => ["ولا يقل الحد الأدنى للتعويض عن مبلغ 2000 ريال|money|2000|2000..|at_least|riyal"];
        less_than_amount: "ويقل الحد الأدنى للتعويض عن مبلغ 2000 ريال"
            => ["يقل الحد الأدنى للتعويض عن مبلغ 2000 ريال|money|2000|..2000|less_than|riyal"];
        glued_list: "الرواتب 7896، 7771،7546 ريال"
            => ["7896|money|7896|7896..7896|exact|riyal", "7771|money|7771|7771..7771|exact|riyal", "7546 ريال|money|7546|7546..7546|exact|riyal"];
        about_each: "سجلت أكبر الانخفاضات في قطر والكويت ومصر وبنحو 11.9 و4.9 و3.1 مليار دولار على التوالي"
            => ["نحو 11.9|money|11900000000|10710000000..13090000000|approx|usd",
                "4.9|money|4900000000|4410000000..5390000000|approx|usd",
                "3.1 مليار دولار|money|3100000000|2790000000..3410000000|approx|usd"];
        about_other_unit_stays: "بلغت نحو 11.9 و4.9 مليار يورو و3.1 مليار دولار"
            => ["نحو 11.9|money|11900000000|10710000000..13090000000|approx|eur",
                "4.9 مليار يورو|money|4900000000|4410000000..5390000000|approx|eur",
                "3.1 مليار دولار|money|3100000000|3100000000..3100000000|exact|usd"];
        dot_space_backwards: "وقد أغلق السهم على سعر 6. 337 بنس، ما يعني أن الحصة بيعت بخصم"
            => ["6. 337 بنس|money|337.6|337.6..337.6|exact|penny"];
        sentence_end_stays: "قتل في الهجوم 12. 45 شخصا أصيبوا"
            => ["12|number|12|12..12|exact|", "45 شخصا|count|45|45..45|exact|person"];
        coordinates: "تقع الحجر عند دائرة عرض 4726 شمالاً، وخط طول 5337 شرقاً"
            => [];
        south_africans_stay: "هم ثلاثة جنوب أفريقيين وفرنسي"
            => ["ثلاثة جنوب|count|3|3..3|exact|جنوب"];
        distance_north_stays: "على بعد 22 كم شمال شرق مدينة العلا"
            => ["22 كم|count|22|22..22|exact|kilometer"];
        decimal_comma_stays: "على بعد 438،5 كم"
            => ["438،5 كم|count|438.5|438.5..438.5|exact|kilometer"];
    }
}
