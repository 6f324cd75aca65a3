//! A match minute before a word (ar87), for [`super`].
//!
//! `وفي الدقيقة 90 لعب أحمد عرضية`, `عند الدقيقة 23 احتسب الحكم`, `في الدقيقة 72 مصابا`:
//! the number after `الدقيقة` is the minute of a match, an ordinal, like
//! `في الدقيقة 41` alone; the word after it (a verb of the next clause, an adverb, a
//! state) is not what it counts. See [`minute_before`].
//!
//! `ابن الجوزي ألف كتابا بعنوان`, `موقع بوليفور ألف فريقا ممتازا`: a bare `ألف` before a
//! noun in the accusative (`كتابا`, `فريقا`) is the verb «wrote, formed» (أَلَّف); a thousand
//! takes the genitive (`ألف كتاب`). See [`retune`].

use super::tokens::{Token, TokenKind};
use super::{Ctx, Kind, Qualifier, Recognized, Value};

/// The number at `i` follows the singular `الدقيقة` (`الدقيقة 90`, `الدقيقة (90)`): the
/// minute of a match, whatever word comes after it.
pub(super) fn minute_before(tokens: &[Token<'_>], i: usize) -> bool {
    let bracketed = i > 0 && matches!(tokens[i - 1].kind, TokenKind::Punct('('));
    let p = if bracketed {
        i.checked_sub(2)
    } else {
        i.checked_sub(1)
    };
    p.and_then(|p| tokens.get(p))
        .is_some_and(|t| t.kind == TokenKind::Word && t.key == "الدقيقه")
}

/// Drops, from `out[from..]`, the exact counts of a thousand read off the verb `ألّف`
/// before an accusative noun (see the module's notes).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let mut k = from;
    while k < out.len() {
        if authored(ctx, &out[k]) {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// `ألف كتابا`: an exact count of 1000 whose text is `ألف` and one word in the accusative
/// (its last letter an alif, after at least three letters; `ألفا`, the thousand's own
/// accusative, is one word).
fn authored(ctx: &Ctx<'_, '_>, c: &Recognized) -> bool {
    if c.kind != Kind::Count
        || c.qualifier != Qualifier::Exact
        || !matches!(c.value, Value::Number(v) if v == 1000.0)
    {
        return false;
    }
    let Some(text) = c
        .byte_start
        .checked_sub(ctx.base)
        .zip(c.byte_end.checked_sub(ctx.base))
        .and_then(|(a, b)| ctx.text.get(a..b))
    else {
        return false;
    };
    let mut words = text.split_whitespace();
    let (Some(first), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let letters = noun.trim_end_matches('\u{64B}');
    matches!(first, "ألف" | "الف")
        && letters.ends_with('ا')
        && letters.chars().filter(|&ch| ch != '\u{64B}').count() >= 4
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar87_minute_then_verb: "وفي الدقيقة 90 لعب أحمد قناوي عرضية رائعة"
            => ["90|ordinal|90|90..90|exact|"];
        ar87_minute_then_past_verb: "وعند الدقيقة 23 احتسب الحكم ركلة جزاء"
            => ["23|ordinal|23|23..23|exact|"];
        ar87_minute_then_state: "خرج اللاعب في الدقيقة 72 مصابا ونزل بديله"
            => ["72|ordinal|72|72..72|exact|"];
        ar87_minute_then_noun: "وشهدت الدقيقة 12 هدف التقدم للزمالك"
            => ["12|ordinal|12|12..12|exact|"];
        ar87_authored_a_book: "حتى إن الفقيه ابن الجوزي ألف كتابا بعنوان تلبيس إبليس"
            => [];
        ar87_formed_a_team: "وقال إن الموقع ألف فريقا ممتازا وصنع منتجا"
            => [];
        ar87_thousand_genitive_stays: "وقد ألف كتاب نشر في العام"
            => ["ألف كتاب|count|1000|1000..1000|exact|book"];
        ar87_more_than_thousand_stays: "واستشهد أكثر من ألف شخصا في المحافظة"
            => ["أكثر من ألف شخصا|count|1000|1000..|more_than|person"];
        ar87_minutes_count_stays: "سجل الفريق هدفين في 12 دقيقة"
            => ["هدفين|count|2|2..2|exact|goal", "12 دقيقة|duration|PT12M|PT12M..PT12M|exact|minute"];
    }
}
