//! Bare numbers whose noun, unit or qualifier was missed, of the class sample of 200 bare
//! numbers (ar144). All in [`retune`], over a sentence's claims of kind `number` with no
//! unit.
//!
//! - A partitive `من` before a plural the count reader left: `ويساعدها في عملها ثلاث من
//!   بناتها`, `في تطوير اثنين من أكبر مشروعاتها`, `إضافة إلى ثلاثة من العاملين في الموقع`,
//!   `رشح الاتحاد الآسيوي 6 من الحكام السعوديين`. The tool kept the bare number; it now
//!   counts the noun after `من` (after an elative `أكبر`, `كبار`, `أبرز`…), as the count
//!   reader does for `ثلاثة من الأساتذة`, `153 من مواطنيها` and `7 من عناصر` (the
//!   convention of the judged samples: `ثلاثة من العاملين` is count 3 worker). A definite
//!   sound plural (`العاملين`, `المواطنين`), a listed plural (`الحكام`) or a plural with a
//!   possessive (`بناتها`, `مشروعاتها`). Not `من بين` (`هبط اثنان من بين الفرق الثلاثة`
//!   points back), not a decimal or a year, not a number after the article (`يومه الـ21
//!   من معسكره`), not millions from a place (`الملايين من مناطقهم`). See [`partitive`].
//! - A list of figures in digits closed by one currency: `تكاليف الشريحة الثانية (7895،
//!   7833، 7770، 7645، 7520، 7295) ريالا`. Only the last figure took the riyals; each is
//!   now money in riyals (the last one too, whose bracket kept the currency from it). The figures are separated by commas or `و`, each a lone number in
//!   digits, and the currency follows the last (or its closing bracket) with no scale word
//!   (`296 و83 و58 مليون دولار` is read by the count reader). See [`shared_currency`].
//! - A figure restated in words with its currency in brackets: `بعد أن اختلست 500,000
//!   (خمسمائة ألف جنيه إسترليني)`: money, when the words give the same value. See
//!   [`bracket_currency`].
//! - A ceiling after an alternative: `إلى صف أو صفين أو ثلاثة بالأكثر`: `بالأكثر` makes
//!   the number a ceiling (at_most 3). See [`at_most`].

use std::sync::LazyLock;

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::numbers;
use super::tokens::{Token, TokenKind};
use super::units::{self, UnitKind};
use crate::lang::{KeySet, Recognized};
use crate::model::{Kind, Qualifier, Value};

/// Elatives (keys) in construct before a possessed plural after a partitive `من`.
const ELATIVES: &[&str] = &[
    "كبار", "أبرز", "أهم", "أكبر", "أفضل", "أقدم", "أخطر", "أغنى", "أقوى", "أمهر",
];

static ELATIVE_KEYS: LazyLock<KeySet> = LazyLock::new(|| super::key_set(ELATIVES));

/// Re-reads the sentence's bare numbers from `from` on (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for c in out.iter_mut().skip(from) {
        // The cheap test: a bare number.
        if c.sentence != ctx.index || c.kind != Kind::Number || c.unit.is_some() {
            continue;
        }
        let Value::Number(v) = c.value else { continue };
        let Some(a) = token_of(tokens, c.byte_start) else {
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        let Some(next) = tokens.get(z + 1) else {
            continue;
        };
        match next.kind {
            TokenKind::Word if next.key == "من" => partitive(ctx, c, a, z, v),
            TokenKind::Word if next.key == crate::normalize::key("بالأكثر") => {
                at_most(c, next)
            }
            TokenKind::Punct('،' | ',') | TokenKind::Word => shared_currency(ctx, c, a, z),
            TokenKind::Punct('(') => bracket_currency(ctx, c, a, z, v),
            TokenKind::Punct(')') => shared_currency(ctx, c, a, z),
            _ => {}
        }
    }
}

/// The plural counted after a partitive `من` at token `j`: the unit or unknown noun's key,
/// and its token.
fn partitive_noun(ctx: &Ctx<'_, '_>, j: usize, vague_millions: bool) -> Option<(String, usize)> {
    let tokens = ctx.tokens;
    let t = tokens.get(j).filter(|t| t.kind == TokenKind::Word)?;
    let name = |r: Result<units::UnitMatch, String>| match r {
        Ok(u) => u.concept.to_string(),
        Err(k) => k,
    };
    if let Some((found, at)) = super::heads::partitive(ctx, j) {
        return Some((name(found), at));
    }
    if let Some(stem) = t.key.strip_prefix("ال")
        && super::sound_plural_noun(stem)
        && !super::numbers::is_number_word(t)
    {
        return Some((name(super::plural_unit(stem.to_string())), j));
    }
    // (`ملايين من مناطقهم`: millions from, not of, their regions.)
    if vague_millions {
        return None;
    }
    let possessed = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(possessed_plural)
            .map(|key| (name(super::plural_unit(key)), k))
    };
    if let Some(found) = possessed(j) {
        return Some(found);
    }
    if ELATIVE_KEYS.contains(t.key.as_str()) {
        return possessed(j + 1);
    }
    None
}

/// A plural with a possessive suffix after a partitive `من` (`بناتها`, `لاعبيه`,
/// `مشروعاتها`, `زملائه`): the key of the plural without it. Unlike
/// [`super::possessed_plural`], a first `ب` or `ل` is taken as part of the word (no
/// preposition follows `من`), but only a sound plural (in `ات`, or in `ي` for `ين`) or a
/// plural of the lexicon is taken.
fn possessed_plural(t: &Token<'_>) -> Option<String> {
    if let Some(key) = super::possessed_plural(t) {
        return Some(key);
    }
    let stem = ["هما", "هم", "هن", "ها", "نا", "كم", "ه"]
        .iter()
        .find_map(|s| t.key.strip_suffix(s))?;
    if t.text.ends_with('ة')
        || stem.chars().count() < 4
        || super::NOT_COUNTED_KEYS.contains(stem)
        || !stem.chars().all(crate::lang::is_arabic_letter)
    {
        return None;
    }
    if stem.ends_with("ات") {
        return Some(stem.to_string());
    }
    let key = match stem.strip_suffix("اي") {
        Some(bare) => format!("{bare}اء"),
        None if stem.ends_with('ي') => format!("{stem}ن"),
        None => stem.to_string(),
    };
    units::lookup(&[key.as_str()])
        .is_some_and(|u| {
            u.kind == UnitKind::Count && u.words == 1 && u.plurality == units::Plurality::Plural
        })
        .then_some(key)
        .or_else(|| {
            (stem.ends_with('ي') && !stem.ends_with("الي") && stem.chars().count() >= 5)
                .then(|| format!("{stem}ن"))
        })
}

/// `ثلاث من بناتها`, `ثلاثة من العاملين`, `اثنين من أكبر مشروعاتها`: a bare whole number
/// before a partitive `من` and a plural counts the plural.
fn partitive(ctx: &Ctx<'_, '_>, c: &mut Recognized, a: usize, z: usize, v: f64) {
    let tokens = ctx.tokens;
    if v < 2.0 || v.fract() != 0.0 || (1300.0..=2100.0).contains(&v) {
        return;
    }
    // `يومه الـ21 من معسكره`: a rank after the article.
    if tokens[a].text.starts_with("ال")
        || a.checked_sub(1)
            .is_some_and(|p| matches!(tokens[p].key.as_str(), "ال" | "الـ"))
    {
        return;
    }
    let j = z + 2;
    let vague_millions = c.qualifier == Qualifier::Vague && v >= 1e6;
    let Some((unit, at)) = partitive_noun(ctx, j, vague_millions) else {
        return;
    };
    c.kind = Kind::Count;
    c.unit = Some(unit);
    c.unit_text = Some(tokens[at].text.to_string());
    c.byte_end = tokens[at].end;
}

/// `صف أو صفين أو ثلاثة بالأكثر`: at most.
fn at_most(c: &mut Recognized, next: &Token<'_>) {
    if c.qualifier != Qualifier::Exact {
        return;
    }
    c.qualifier = Qualifier::AtMost;
    c.low = None;
    c.byte_end = next.end;
}

/// A lone number in digits at token `k` (no scale word after it).
fn lone_digits(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        matches!(t.kind, TokenKind::Number { percent: false, .. }) && !t.text.contains(['%', '٪'])
    })
}

/// A currency of the lexicon at token `k`, indefinite and without a proclitic.
fn currency_at(ctx: &Ctx<'_, '_>, k: usize) -> Option<units::UnitMatch> {
    if k >= ctx.tokens.len() {
        return None;
    }
    units::lookup(ctx.keys_from(k))
        .filter(|u| u.kind == UnitKind::Money && !u.proclitic && !u.definite)
}

/// `(7895، 7833، 7770، 7295) ريالا`: a figure in a list of lone figures in digits closed by
/// one currency is money in that currency.
fn shared_currency(ctx: &Ctx<'_, '_>, c: &mut Recognized, a: usize, z: usize) {
    let tokens = ctx.tokens;
    if a != z || c.qualifier != Qualifier::Exact || !lone_digits(tokens, a) {
        return;
    }
    // The cheap test: a separator and a lone figure right after.
    let sep = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('،' | ',')) || t.key == "و")
    };
    // The list's last figure before its closing bracket: `7520، 7295) ريالا`.
    let last = tokens
        .get(z + 1)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
        && z.checked_sub(2)
            .is_some_and(|p| sep(p + 1) && lone_digits(tokens, p));
    if !(last || sep(z + 1) && lone_digits(tokens, z + 2)) {
        return;
    }
    let mut k = if last { z } else { z + 2 };
    while sep(k + 1) && lone_digits(tokens, k + 2) {
        k += 2;
    }
    // Only a bracketed list (`في الفئات 100، 200، 300 ريال` lists notes, not prices).
    if !tokens
        .get(k + 1)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
    {
        return;
    }
    let u_at = k + 2;
    let Some(u) = currency_at(ctx, u_at) else {
        return;
    };
    c.kind = Kind::Money;
    c.unit = Some(u.concept.to_string());
    c.unit_text = Some(tokens[u_at].text.to_string());
}

/// `اختلست 500,000 (خمسمائة ألف جنيه إسترليني)`: a figure restated in words in brackets
/// with its currency is money.
fn bracket_currency(ctx: &Ctx<'_, '_>, c: &mut Recognized, a: usize, z: usize, v: f64) {
    let tokens = ctx.tokens;
    if a != z || c.qualifier != Qualifier::Exact || !lone_digits(tokens, a) {
        return;
    }
    let Some(n) = numbers::parse_at(tokens, z + 2) else {
        return;
    };
    if !n.in_words || n.value != v {
        return;
    }
    let Some(u) = currency_at(ctx, n.last + 1) else {
        return;
    };
    let close = n.last + u.words + 1;
    if !tokens
        .get(close)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
    {
        return;
    }
    c.kind = Kind::Money;
    c.unit = Some(u.concept.to_string());
    c.unit_text = Some(tokens[n.last + 1].text.to_string());
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        partitive_possessed: "ويساعدها في عملها ثلاث من بناتها في البيت"
            => ["ثلاث من بناتها|count|3|3..3|exact|بنات"];
        partitive_elative_possessed: "في تطوير اثنين من أكبر مشروعاتها وهما «خور دبي»"
            => ["اثنين من أكبر مشروعاتها|count|2|2..2|exact|project"];
        partitive_possessed_lam: "وكان المدرب قد استبعد سبعة من لاعبيه من قائمته"
            => ["سبعة من لاعبيه|count|7|7..7|exact|player"];
        partitive_range: "ومن أصل عشرة اقتراحات يبرز اثنان أو ثلاثة من الهاشتاغات المقترحة"
            => ["عشرة اقتراحات|count|10|10..10|exact|اقتراحات",
                "اثنان أو ثلاثة من الهاشتاغات|count|2|2..3|range|هاشتاغات"];
        partitive_among_stays: "بينما هبط اثنان من بين الفرق الثلاثة الصاعدة"
            => ["اثنان|number|2|2..2|exact|"];
        partitive_out_of_stays: "وافق 82 من أصل 120 نائبًا على التعديلات"
            => ["82|number|82|82..82|exact|",
                "120 نائبًا|count|120|120..120|exact|نايب"];
        // Not a partitive count of camps: a rank, which ar143 reads as the ordinal.
        rank_after_article_stays: "في يومه الـ21 من معسكره التحضيري"
            => ["21|ordinal|21|21..21|exact|"];
        singular_possessed_stays: "أعلن في الدقيقة مائة وثلاث من خطابه ترحيبه بكل جهد"
            => ["مائة وثلاث|number|103|103..103|exact|"];
        list_shares_currency: "فيما تبلغ التكاليف 7895، 7833، 7770) ريالا، وحددت"
            => ["7895|money|7895|7895..7895|exact|riyal",
                "7833|money|7833|7833..7833|exact|riyal",
                "7770|money|7770|7770..7770|exact|riyal"];
        list_shares_scale_stays: "بلغت تكلفة المشاريع 296 و83 و58 مليون دولار"
            => ["296|money|296000000|296000000..296000000|exact|usd",
                "83|money|83000000|83000000..83000000|exact|usd",
                "58 مليون دولار|money|58000000|58000000..58000000|exact|usd"];
        bracket_currency: "بعد أن اختلست 500,000 (خمسمائة ألف جنيه إسترليني) من المؤسسة"
            => ["500,000|money|500000|500000..500000|exact|gbp",
                "خمسمائة ألف جنيه إسترليني|money|500000|500000..500000|exact|gbp"];
        bracket_other_value_stays: "بعد أن اختلست 500,000 (ستمائة ألف جنيه إسترليني) من المؤسسة"
            => ["500,000|number|500000|500000..500000|exact|",
                "ستمائة ألف جنيه إسترليني|money|600000|600000..600000|exact|gbp"];
        at_most_after_alternative: "حتى وصلت الآن إلى صف أو صفين أو ثلاثة بالأكثر"
            => ["ثلاثة بالأكثر|number|3|..3|at_most|"];
    }
}
