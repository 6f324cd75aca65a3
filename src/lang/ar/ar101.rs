//! Bare numbers that are no quantity, and `عدة` before its noun (ar101).
//!
//! - `تمت مناقشة عدة مواضيع`, `تناولت عدة أمور`, `بغضب عدة صور`, `اكتشفت عدة طرق`: the
//!   plural right after `عدة`/`بضعة` is its noun, a count (`مواضيع`, `صور`), even when
//!   the word before `عدة` has a plural's shape: a verbal noun in `ة` (`مناقشة`) or a
//!   past verb in `ت` (`تناولت`) is no noun that `عدة` could follow as an adjective
//!   ([`plural_before`]); a few broken plurals of three letters are nouns too
//!   ([`short_plural`]), and so are listed plurals of other shapes (`عدة فوائد`, `عدة
//!   آلات`: [`several_noun`]). (`مشاكل عدة إضافةً`, `طرق عدة أبرزها` stay bare numbers.)
//! - `(2 ــ صفر)`, `25 ــ 22`: a dash of tatweel joins a score's sides like `-` (in
//!   `super::score`).
//! - `بستة أهداف مقابل ثلاثة`, `بأربعة أهداف لثلاثة`: the loser's side of a match's score,
//!   no quantity; the winner's goals before `ل` go with it (like [`ar90`](super::ar90)'s
//!   `لهدف`). (`22 هدفا مقابل 20 للنصر`, goal totals, stay.) See [`score_side`].
//! - `بهدفين للسنغالي بابيس سيسيه (42) والوافد الجديد فينالدوم (48)`: the minute of a goal
//!   in brackets after the scorer's name is dropped by [`ar103`](super::ar103)'s `minute`.
//! - `من الكيلو 60 إلى الكيلو 95`, `وقع بطريق المعظم كيلو ٣٠`: a kilometre marker, a place;
//!   `وثانوية 127 للبنات`, `بمدرسة 19 الابتدائية`, `المتوسطة 62`: a school's number, its
//!   name (see [`label`]).
//! - `بمبلغ (6) ستة ملايين ريال`, `وقدرها (20) عشرون الف ريال`, `6000 ستة آلاف طالب`: digits
//!   restated in words right after them (in thousands or millions): the amount is the words'
//!   claim, the digits no claim of their own (see [`restated`]).

use super::Ctx;
use super::ar93::token_of;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, punct};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// Whether the word before `عدة` (key `key`) is a plural noun that `عدة` follows as its
/// adjective (`مرات عدة`, `رسائل عدة`): the plural's shape, but not a singular in `ة`
/// (`مناقشة`, `معالجة`) or a past verb in `ت` (`تناولت`, `حددت`).
pub(super) fn plural_before(key: &str) -> bool {
    super::looks_plural(key) && !key.ends_with('ه') && (!key.ends_with('ت') || key.ends_with("ات"))
}

/// Broken plurals of three letters (keys) that `عدة` may count: `عدة صور`, `عدة طرق`.
pub(super) fn short_plural(key: &str) -> bool {
    matches!(
        key,
        "صور"
            | "طرق"
            | "فرق"
            | "قري"
            | "قوي"
            | "قيم"
            | "ورش"
            | "خطط"
            | "تهم"
            | "شقق"
            | "كتب"
            | "فرص"
            | "سبل"
            | "نسخ"
    )
}

/// Broken plurals (keys) that the shape tests of `unknown_noun` miss (a first letter like
/// a proclitic, the article's letters, four letters), counted right after `عدة`/`بضعة`:
/// `عدة فوائد`, `عدة وسائل`, `عدة فصائل`, `عدة فتاوى`, `عدة مهام`, `بضعة أسطر`, `عدة أطقم`,
/// `عدة ألوان`, `عدة آلات`, `عدة أكواب`, `عدة أحياء`, `عدة أساليب`, `عدة أعمال`.
pub(super) fn several_noun(key: &str) -> bool {
    matches!(
        key,
        "فوايد"
            | "وسايل"
            | "فصايل"
            | "فتاوي"
            | "مهام"
            | "اسطر"
            | "اطقم"
            | "الوان"
            | "الات"
            | "اكواب"
            | "احياء"
            | "اساليب"
            | "اعمال"
            | "مكاتب"
            | "دببه"
    )
}

/// The number of a claim (`None` for a date or duration).
fn number(c: &Recognized) -> Option<f64> {
    match c.value {
        Value::Number(v) => Some(v),
        Value::Text(_) => None,
    }
}

/// Fixes the bare numbers `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        if out[k].kind != Kind::Number {
            k += 1;
            continue;
        }
        let Some(a) = token_of(tokens, out[k].byte_start) else {
            k += 1;
            continue;
        };
        if label(tokens, a) || restated(ctx, out, k) {
            out.remove(k);
            continue;
        }
        if let Some(winner) = score_side(tokens, out, k, a) {
            out.remove(k);
            if let Some(j) = winner {
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

/// Keys of goals, the noun before the other side of a score.
fn goal_noun(k: &str) -> bool {
    matches!(k, "اهداف" | "هدفا" | "هدفين" | "هدف" | "اهدف")
}

/// `بستة أهداف مقابل ثلاثة`, `بنتيجة خمسة أهداف مقابل صفر`, `بأربعة أهداف لثلاثة`: a bare
/// number after goals and `مقابل` (or glued to `ل`), the goals won by `ب` or after `نتيجة`:
/// the other side of the score. Some(the index of the winner's goal count to drop too, if
/// it is claimed and the side is glued to `ل`) when `out[k]` (at token `a`) is that side.
fn score_side(
    tokens: &[Token<'_>],
    out: &[Recognized],
    k: usize,
    a: usize,
) -> Option<Option<usize>> {
    let c = &out[k];
    let glued = tokens[a].start < c.byte_start;
    let g = if glued {
        if !key(tokens, a).starts_with('ل') {
            return None;
        }
        a.checked_sub(1)?
    } else {
        if tokens[a].start != c.byte_start || key(tokens, a.checked_sub(1)?) != "مقابل" {
            return None;
        }
        a.checked_sub(2)?
    };
    if !goal_noun(key(tokens, g)) || !number(c).is_some_and(|v| v.fract() == 0.0 && v < 30.0) {
        return None;
    }
    // The winner's goals: `بستة`, `بـ 4`, `بنتيجة خمسة`, within three words before the noun.
    let by = (g.saturating_sub(3)..g).any(|p| {
        let w = key(tokens, p);
        w.ends_with("نتيجه")
            || (w.starts_with('ب') && !w.starts_with("بين") && tokens[p].kind == TokenKind::Word)
                && (matches!(w, "ب" | "بـ")
                    || super::numbers::is_number_word(&tokens[p])
                    || tokens.get(p + 1).is_some_and(|t| t.number().is_some()))
    });
    if !by {
        return None;
    }
    let winner = glued
        .then(|| {
            out.iter().position(|w| {
                w.kind == Kind::Count
                    && w.unit.as_deref() == Some("goal")
                    && w.byte_end == tokens[g].end
            })
        })
        .flatten();
    Some(winner)
}

/// `الكيلو 60`, `كيلو ٣٠`, `وثانوية 127`, `بمدرسة (19)`, `المتوسطة 62`: a bare number right
/// after a kilometre marker's word or a school's (see the module's doc).
fn label(tokens: &[Token<'_>], a: usize) -> bool {
    if !matches!(tokens[a].kind, TokenKind::Number { .. }) {
        return false;
    }
    let Some(mut p) = a.checked_sub(1) else {
        return false;
    };
    if punct(tokens, p, &['(']) {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    if tokens[p].end > tokens[a].start {
        return false;
    }
    let w = key(tokens, p);
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_prefix('ب').unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    matches!(w, "كيلو" | "ثانويه" | "متوسطه" | "ابتداييه" | "مدرسه")
}

/// `(6) ستة ملايين ريال`, `(20) عشرون الف ريال`, `6000 ستة آلاف طالب`: the bare number at
/// `out[k]` followed (a bracket and spaces between at most) by a claim that starts with a
/// number word and whose value is the number's in units, thousands, millions or billions.
fn restated(ctx: &Ctx<'_, '_>, out: &[Recognized], k: usize) -> bool {
    let (c, Some(d)) = (&out[k], out.get(k + 1)) else {
        return false;
    };
    let (Some(v), Some(w)) = (number(c), number(d)) else {
        return false;
    };
    let Some(gap) = ctx
        .text
        .get(c.byte_end.saturating_sub(ctx.base)..d.byte_start.saturating_sub(ctx.base))
    else {
        return false;
    };
    if gap.is_empty() || gap.len() > 4 || !gap.chars().all(|ch| ch == ' ' || ch == ')') {
        return false;
    }
    let digits = ctx
        .tokens
        .iter()
        .any(|t| t.start == c.byte_start && matches!(t.kind, TokenKind::Number { .. }))
        || ctx
            .tokens
            .iter()
            .any(|t| t.end == c.byte_start && matches!(t.kind, TokenKind::Punct('(')));
    let words = ctx
        .tokens
        .iter()
        .find(|t| t.start == d.byte_start)
        .is_some_and(super::numbers::is_number_word);
    digits
        && words
        && v > 0.0
        && [1.0, 1e3, 1e6, 1e9]
            .iter()
            .any(|m| ((v * m - w) / w).abs() < 1e-9)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        several_topics: "وأشار إلى أنه تمت مناقشة عدة مواضيع في الاجتماع"
            => ["عدة مواضيع|count|3|3..10|vague|مواضيع"];
        several_matters: "كما تناولت عدة أمور لا داعي لتكرارها هنا"
            => ["عدة أمور|count|3|3..10|vague|امور"];
        several_pictures: "وتداول النشطاء بغضب عدة صور لمراسم الاستقبال"
            => ["عدة صور|count|3|3..10|vague|صور"];
        several_benefits: "وبهذا نحقق عدة فوائد منها أن المريض لا يمكن"
            => ["عدة فوائد|count|3|3..10|vague|فوايد"];
        several_colours: "وإلى جوارها آلة وعليها عدة ألوان، كل لون يعني قضية"
            => ["عدة ألوان|count|3|3..10|vague|الوان"];
        // (ar125: `عدة` after its plural now counts that plural, not the word after it.)
        several_after_noun_stays: "الملاعب تعاني من مشاكل عدة إضافةً إلى إضاءتها الضعيفة"
            => ["مشاكل عدة|count|3|3..10|vague|مشاكل"];
        goals_against: "بعد تغلبه على النهضة بستة أهداف مقابل ثلاثة وبذلك يرفع رصيده" => [];
        goals_against_glued: "كسب ودية بيل بيين السويسري بأربعة أهداف لثلاثة، سجلها كل من" => [];
        goal_totals_stay: "وتلقت شباك الفريق 22 هدفا مقابل 20 للنصر"
            => ["22 هدفا|count|22|22..22|exact|goal", "20|number|20|20..20|exact|"];
        goal_minutes: "وفاز نيوكاسل على ضيفه بهدفين للسنغالي بابيس سيسيه (42) والوافد الجديد فينالدوم (48)"
            => ["بهدفين|count|2|2..2|exact|goal"];
        casualties_stay: "ونتج عنه استشهاد (15) وإصابة (33) من رجال الأمن بعد الهجوم على الهدف"
            => ["15|number|15|15..15|exact|", "33|number|33|33..33|exact|"];
        kilometre_marker: "ويقع المجرى الملاحي الجديد من الكيلو 60 إلى الكيلو 95 من القناة القديمة" => [];
        road_marker: "وقع الحادث الأخير بطريق المعظم كيلو ٣٠ ونتج عنه مصابان"
            => ["مصابان|count|2|2..2|exact|injured"];
        school_number: "وثانوية 127 للبنات بالرياض" => [];
        school_count_stays: "افتتاح 127 مدرسة ثانوية للبنات"
            => ["127 مدرسة|count|127|127..127|exact|school"];
        restated_millions: "لدى صندوق التنمية الصناعي بمبلغ (6) ستة ملايين ريال"
            => ["ستة ملايين ريال|money|6000000|6000000..6000000|exact|riyal"];
        tatweel_score: "فاز باريس سان جرمان على مانشستر يونايتد (2 ــ صفر) في شيكاغو" => [];
        tatweel_date_stays: "على مدى يومين 18ـ19/ 10/ 1436هــ، وذلك بهدف متابعة سير أعمالها"
            => ["يومين|duration|P2D|P2D..P2D|exact|day", "19/ 10/ 1436هــ|date|2015-08-04|2015-08-04..2015-08-04|exact|"];
        tatweel_percent_stays: "لن يتجاوزا 10 ــ 15 في المائة من الشعب"
            => ["10|number|10|10..10|exact|", "15 في المائة|percent|15|15..15|exact|"];
        bracketed_count_stays: "وإصابة (33) من رجال الأمن ستة منهم بحالة خطرة"
            => ["33|number|33|33..33|exact|", "ستة|number|6|6..6|exact|"];
    }
}
