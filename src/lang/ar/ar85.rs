//! Old years read as bare numbers (ar85, from a random audit of Arabic numbers with no
//! unit):
//! - a Gregorian year before 1900 right after a word that introduces a time (`في 1869`,
//!   `منذ 1880`, `بحلول 1850`) is a year, like `في 1956` ([`old_year`]);
//! - a four-digit Hijri year without its suffix after `منذ`, `في` or `الهجري` (`منذ 1424`,
//!   `للعام الهجري 1436`), when only the Hijri reading is near the publication, is a
//!   Hijri year ([`hijri_cued`]);
//! - `(كويت 15)`: the 15 of the Kuwait 15 index names it ([`kuwait_index`]);
//! - a number written with a dot before it and no digit (`للغناء .2. بعيد`, `في الدقيقة
//!   .78`), after a word or a dash, is a list's item number or a number whose sentence's
//!   full stop slipped before it, not a fraction ([`stray_dot`]);
//! - a number between two right quotes (`عدد ” 165 ” وظيفة`, the right quote opening as
//!   well as closing) takes the noun after them, like one in `«»` (in `mod.rs`).

use super::Num;
use super::tokens::{Token, TokenKind, word};

/// `في 1869`, `منذ 1880`, `أواخر 1848`: four plain digits from 1500 to 1899 right after a
/// word of [`super::YEAR_CUES`] (a count has its noun after it; the caller checks there is
/// none).
pub(super) fn old_year(tokens: &[Token<'_>], i: usize, n: &Num) -> bool {
    n.value < 1900.0
        && super::four_digits_from(tokens, i, n, 1500.0)
        && !hijri_suffix(tokens, i + 1)
        && word(tokens, i.wrapping_sub(1)).is_some_and(|p| {
            p.stems()
                .any(|(_, s)| super::YEAR_KEYS.contains(s) || super::YEAR_KEYS.contains(&p.key))
        })
}

fn hijri_suffix(tokens: &[Token<'_>], k: usize) -> bool {
    word(tokens, k).is_some_and(|t| matches!(t.key.as_str(), "ه" | "هـ"))
}

/// `منذ 1424`, `وفي 1420`, `للعام الهجري 1436`: four plain digits at `i` right after
/// `منذ`, `في` or `الهجري`, not followed by a noun they count nor by a number
/// (`في 1424 حالة`, `في 1430 2009`). The caller checks that the year is Hijri by the
/// publication.
pub(super) fn hijri_cued(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if !matches!(t.kind, TokenKind::Number { percent: false, .. })
        || t.text.chars().count() != 4
        || !t.text.chars().all(char::is_numeric)
    {
        return false;
    }
    let cue = word(tokens, i.wrapping_sub(1)).is_some_and(|p| {
        matches!(
            p.key.as_str(),
            "منذ" | "ومنذ" | "في" | "وفي" | "الهجري" | "للعام الهجري"
        )
    });
    // Nothing counted after it: the end of the clause, a preposition or a conjunction.
    let free = match tokens.get(i + 1) {
        None => true,
        Some(n) if n.kind == TokenKind::Word => matches!(
            n.key.as_str(),
            "و" | "حتي" | "الي" | "وحتي" | "من" | "في" | "عندما" | "حين" | "وهو" | "وهي"
        ),
        Some(n) => matches!(n.kind, TokenKind::Punct(c) if c != '/' && c != '-'),
    };
    cue && free
}

/// `(كويت 15)`, `لمؤشر (كويت 15)`: a whole 15 right after `كويت` without the article
/// names the Kuwait 15 index (`الكويت 46` is no such name).
pub(super) fn kuwait_index(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    let fifteen = matches!(t.kind, TokenKind::Number { percent: false, value } if value == 15.0)
        && t.text.chars().all(char::is_numeric);
    let name = word(tokens, i.checked_sub(1)?).is_some_and(|p| p.key == "كويت");
    (fifteen && name).then_some(i + 1)
}

/// `يصلح للغناء .2. بعيد`, `في الدقيقة .78`, `3 - .1`: a number whose text starts with a
/// dot, right after a word or a dash or slash, with nothing counted after it, is no
/// fraction: the dot is a full stop or a list's that slipped before it. (Not after a number:
/// `4 .496 مليار`, a decimal split by a space.)
pub(super) fn stray_dot(ctx: &super::Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    if !t.text.starts_with('.') || t.number().is_none() {
        return None;
    }
    let p = tokens.get(i.checked_sub(1)?)?;
    let after_word = p.kind == TokenKind::Word && p.number().is_none();
    let after_dash = matches!(p.kind, TokenKind::Punct('-' | '/'));
    ((after_word || after_dash) && super::ar78::free_after(ctx, i + 1)).then_some(i + 1)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar85_old_year: "افتتحت القناة في 1869 بحضور الإمبراطورة"
            => ["1869|date|1869|1869-01-01..1869-12-31|exact|"];
        ar85_old_year_since: "أحر شهر منذ بدء القياس في 1880، كما أشار التقرير"
            => ["1880|date|1880|1880-01-01..1880-12-31|exact|"];
        ar85_old_count_kept: "وصل عددهم الى 1869" => ["1869|number|1869|1869..1869|exact|"];
        ar85_hijri_since: "أخذت المسرح منذ 1424، لكننا نتساءل"
            => ["1424|date|2003-03-04/2004-02-20|2003-03-04..2004-02-20|exact|"];
        ar85_hijri_count_kept: "وصل عدد العمالة إلى 1360." => ["1360|count|1360|1360..1360|exact|عماله"];
        ar85_kuwait_index: "وارتفع المؤشر الوزني و(كويت 15) بواقع 1.42 نقطة"
            => ["1.42 نقطة|count|1.42|1.42..1.42|exact|point"];
        ar85_list_dot: "فن الزجل يمتاز بأمور منها انه يصلح للغناء .2. بعيد عن الإعراب" => [];
        ar85_minute_dot: "وسجل المدافع في الدقيقة .78 يذكر أن الفريقين تعادلا"
            => ["الفريقين|count|2|2..2|exact|team"];
        ar85_right_quotes: "من خلال عدد ” 165 ” وظيفة لدى الشركة"
            => ["” 165 ” وظيفة|count|165|165..165|exact|job"];
    }
}
