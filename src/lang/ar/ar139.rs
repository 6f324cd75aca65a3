//! Values and counted nouns of the judged Arabic samples 103–106 (ar139). All in
//! [`retune`], over a sentence's claims.
//!
//! - A count of an unknown noun, then `ونصف`: `جورج أفضل مني بثماني مرات ونصف في كتابة
//!   الرواية`, `تفوق سرعة الصوت بأربع مرات ونصف`, `تزن كيلو وثلاثة جرامات ونصفًا`. The
//!   tool read 8 times (and a stray half, 0.5); it is now 8.5 times, the span over `ونصف`,
//!   as `mod.rs` already reads `ثلاث سنوات ونصف`. Not when the half starts another amount
//!   (`ونصف مليون`), halves a definite noun (`ونصف الركاب`), or the count is a range.
//!   See [`and_a_half`].
//! - A fraction written with a damma on its first letter: `هو أن خُمس مهاجري الصين لم يكن
//!   لديهم أي خيار`, `ولا عُشر ما لاقاه تصريح المالكي`. `خُمس`, `رُبع`, `سُدس`, `سُبع`,
//!   `ثُمن`, `تُسع`, `عُشر` are a fifth … a tenth, never five … ten (`خَمس`); the tool read
//!   a count of 5 `مهاجري` and a bare 10. They are now the fraction alone (0.2, 0.1), as
//!   `ثلث المهاجرين`. The bare `خمس السكان` is already read 0.2. See [`damma_fraction`].
//! - A vague or bare number then a partitive `من الناس` / `من البشر`: `لمساعدة ملايين من
//!   الناس داخل سوريا`, `كي نصل إلى عشرات الآلاف من الناس`, `بين مئات الألوف من البشر`.
//!   The unit was empty (the lexicon has no `ناس`); it is now `person`, the span over the
//!   noun, as `آلاف من الأشخاص`. See [`people_partitive`].
//! - A definite `الملايين`, `الآلاف`, `المئات`… then a definite noun the lexicon does not
//!   know: `أسعد الملايين الخبر الذي أعلنته`, `محاولة الآلاف الدخول إلى محطة`,
//!   `والمئات المنبثقة منها`. A definite scale word is not in construct, so the noun after it
//!   is not what it counts (the subject, a verbal noun, an adjective): the unit is now empty
//!   and the span the scale word alone. A known people noun stays (`الآلاف الفلسطينيين`).
//!   See [`definite_scale`].
//! - A number in digits then a noun with a preposition: `منها 70 بنسب فاقت 5% و10 بنسب
//!   تجاوزت 9%`, `تغلب على بايرن 5 - 4 بضربات الجزاء`, `بطولة صيف الشرقية 36 لكرة
//!   القدم`. A counted noun carries no preposition; these nouns (`نسب`, `ضربات`, `كرة`,
//!   listed in [`PREP_NOUNS`], since most nouns in `ب`/`ل`/`ك` have it as a root letter:
//!   `40 بسطة`, `24 بحثا`, `11 لجنة`) leave the number bare. Also `بدلاً` (`إلى 18 بدلاً
//!   من 21`) is never a counted noun (added to [`super::ar79::never_unit`]).
//! - (In [`super::ar135`]) a pair of counted nouns whose first noun is a three-letter
//!   accusative: `وتتضمن 16 حيا وبلدة`.

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::numbers;
use super::tokens::TokenKind;
use super::units;
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Nouns (keys without the proclitic `ب`, `ل` or `ك`) that follow a number only as a
/// prepositional phrase: `10 بنسب تجاوزت`, `5 - 4 بضربات الجزاء`, `36 لكرة القدم`.
const PREP_NOUNS: &[&str] = &["نسب", "نسبه", "ضربات", "ضربه", "كره"];

/// Definite scale words (keys) that are no construct: the noun after one is not counted.
const DEFINITE_SCALES: &[&str] = &[
    "الملايين",
    "الالاف",
    "الالوف",
    "المئات",
    "الميات",
    "الماات",
    "العشرات",
];

/// Fractions (keys) that a damma on the first letter tells from the cardinal of the same
/// letters, with their denominator.
const DAMMA_FRACTIONS: &[(&str, f64)] = &[
    ("ربع", 4.0),
    ("خمس", 5.0),
    ("سدس", 6.0),
    ("سبع", 7.0),
    ("ثمن", 8.0),
    ("تسع", 9.0),
    ("عشر", 10.0),
];

/// Re-reads the values and units of the sentence's claims from `from` on (see the module
/// doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &mut out[k];
        if c.sentence != ctx.index || !matches!(c.kind, Kind::Count | Kind::Number) {
            k += 1;
            continue;
        }
        let Some(a) = token_of(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        if let Some(end) = and_a_half(ctx, c, z) {
            // The stray half read on its own.
            let (s, e) = (c.byte_start, end);
            let mut j = from;
            while j < out.len() {
                if j != k
                    && out[j].byte_start >= s
                    && out[j].byte_end <= e
                    && matches!(out[j].value, Value::Number(v) if v == 0.5)
                {
                    out.remove(j);
                    if j < k {
                        k -= 1;
                    }
                    continue;
                }
                j += 1;
            }
            k += 1;
            continue;
        }
        damma_fraction(ctx, c, a);
        people_partitive(ctx, c, z);
        definite_scale(ctx, c, a, z);
        prep_noun(ctx, c, a, z);
        k += 1;
    }
}

/// Whether the value of `c` is a whole number of at least one.
fn whole(c: &Recognized) -> Option<f64> {
    match c.value {
        Value::Number(v) if v >= 1.0 && v.fract() == 0.0 => Some(v),
        _ => None,
    }
}

/// Adds `d` to a number value.
fn plus(v: &mut Option<Value>, d: f64) {
    if let Some(Value::Number(x)) = v {
        *x += d;
    }
}

/// `بثماني مرات ونصف في`: a count of an unknown noun (or `ونصفًا` after any), then the
/// half: and a half of it. Returns the new end of the claim.
fn and_a_half(ctx: &Ctx<'_, '_>, c: &mut Recognized, z: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = tokens.get(z + 1)?;
    // The cheap test: the word after the claim is `ونصف`, `ونصفا` or `و`.
    let last = match t.key.as_str() {
        "ونصف" | "ونصفا" => z + 1,
        "و" if tokens
            .get(z + 2)
            .is_some_and(|n| matches!(n.key.as_str(), "نصف" | "نصفا")) =>
        {
            z + 2
        }
        _ => return None,
    };
    if c.kind != Kind::Count || !matches!(c.qualifier, Qualifier::Exact | Qualifier::Approx) {
        return None;
    }
    whole(c)?;
    let u = c.unit.as_deref()?;
    // A known noun takes `ونصف` in `mod.rs`; left to it but for `ونصفا`.
    let known = units::lookup(&[u]).is_some() || u.is_ascii();
    if known && !tokens[last].key.ends_with("فا") {
        return None;
    }
    // The unit noun ends the claim.
    if tokens[z].kind != TokenKind::Word || tokens[z].number().is_some() {
        return None;
    }
    // `ونصف مليون`, `ونصف الركاب`, `ونصف 3`: the half of something else.
    if let Some(n) = tokens.get(last + 1)
        && (n.number().is_some()
            || numbers::is_multiplier(n)
            || numbers::is_number_word(n)
            || n.kind == TokenKind::Word && n.key.starts_with("ال"))
    {
        return None;
    }
    let end = tokens[last].end;
    c.value = Value::Number(whole(c)? + 0.5);
    plus(&mut c.low, 0.5);
    plus(&mut c.high, 0.5);
    c.byte_end = end;
    Some(end)
}

/// `خُمس مهاجري الصين`, `ولا عُشر ما لاقاه`: a fraction told by its damma, read as the
/// cardinal.
fn damma_fraction(ctx: &Ctx<'_, '_>, c: &mut Recognized, a: usize) {
    let Some(v) = whole(c) else { return };
    if !(4.0..=10.0).contains(&v) {
        return;
    }
    let t = &ctx.tokens[a];
    // The cheap test: a damma in the claim's first word.
    if t.kind != TokenKind::Word || !t.text.contains('\u{064F}') {
        return;
    }
    let Some((p, stem)) = t
        .stems()
        .find(|(_, s)| DAMMA_FRACTIONS.iter().any(|(f, _)| f == s))
    else {
        return;
    };
    let Some(&(_, n)) = DAMMA_FRACTIONS.iter().find(|(f, _)| *f == stem) else {
        return;
    };
    if n != v {
        return;
    }
    // The damma on the stem's first letter (after the proclitic).
    let first = t.offset_after_key_chars(p.chars().count());
    let rest = ctx
        .text
        .get(first.saturating_sub(ctx.base)..t.end.saturating_sub(ctx.base))
        .unwrap_or("");
    let mut chars = rest.chars();
    if chars.next().is_none() || chars.next() != Some('\u{064F}') {
        return;
    }
    let f = 1.0 / n;
    c.kind = Kind::Number;
    c.value = Value::Number(f);
    c.low = Some(Value::Number(f));
    c.high = Some(Value::Number(f));
    c.unit = None;
    c.unit_text = None;
    c.byte_end = t.end;
}

/// `ملايين من الناس`, `مئات الألوف من البشر`: a bare number whose partitive counts people.
fn people_partitive(ctx: &Ctx<'_, '_>, c: &mut Recognized, z: usize) {
    let tokens = ctx.tokens;
    // The cheap test: `من` right after the claim.
    if c.kind != Kind::Number || c.unit.is_some() || tokens.get(z + 1).is_none_or(|t| t.key != "من")
    {
        return;
    }
    let Some(n) = tokens.get(z + 2) else { return };
    if !matches!(n.key.as_str(), "الناس" | "البشر") {
        return;
    }
    c.kind = Kind::Count;
    c.unit = Some("person".to_string());
    c.unit_text = Some(n.text.to_string());
    c.byte_end = n.end;
}

/// `أسعد الملايين الخبر`: a definite scale word is not in construct with the definite noun
/// after it.
fn definite_scale(ctx: &Ctx<'_, '_>, c: &mut Recognized, a: usize, z: usize) {
    let tokens = ctx.tokens;
    if c.kind != Kind::Count || z != a + 1 {
        return;
    }
    let Some(u) = c.unit.as_deref() else { return };
    // The cheap test: a raw (unknown) unit and a definite scale word.
    if u.is_ascii() {
        return;
    }
    let scale = tokens[a].stems().any(|(p, s)| {
        DEFINITE_SCALES.contains(&s) && (p.is_empty() || matches!(p, "و" | "ف" | "ب" | "ل"))
    });
    if !scale || !tokens[z].key.starts_with("ال") {
        return;
    }
    c.kind = Kind::Number;
    c.unit = None;
    c.unit_text = None;
    c.byte_end = tokens[a].end;
}

/// `10 بنسب تجاوزت`: a noun with a preposition is no counted noun.
fn prep_noun(ctx: &Ctx<'_, '_>, c: &mut Recognized, a: usize, z: usize) {
    let tokens = ctx.tokens;
    if c.kind != Kind::Count || z == 0 || z <= a || tokens[z - 1].number().is_none() {
        return;
    }
    let key = tokens[z].key.as_str();
    // The cheap test: the noun starts with `ب`, `ل` or `ك`.
    let Some(rest) = key
        .strip_prefix('ب')
        .or_else(|| key.strip_prefix('ل'))
        .or_else(|| key.strip_prefix('ك'))
    else {
        return;
    };
    if !PREP_NOUNS.contains(&rest) {
        return;
    }
    c.kind = Kind::Number;
    c.unit = None;
    c.unit_text = None;
    c.byte_end = tokens[z - 1].end;
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        times_and_a_half: "جورج أفضل مني بثماني مرات ونصف في كتابة الرواية ذاتها."
            => ["ثماني مرات ونصف|count|8.5|8.5..8.5|exact|مرات"];
        times_and_a_half_comma: "تفوق سرعتها سرعة الصوت بأربع مرات ونصف، أي ضعف سرعة"
            => ["أربع مرات ونصف|count|4.5|4.5..4.5|exact|مرات"];
        grams_and_a_half_accusative: "عثر على 87 كبسولة تزن كيلو وثلاثة جرامات ونصفًا مخبأة"
            => ["87 كبسولة|count|87|87..87|exact|كبسوله",
                "ثلاثة جرامات ونصفًا|count|3.5|3.5..3.5|exact|gram"];
        half_of_a_million_stays: "يعيش خمسة أطفال ونصف مليون لاجئ في المخيمات"
            => ["خمسة أطفال|count|5|5..5|exact|child",
                "نصف مليون لاجئ|count|500000|500000..500000|exact|refugee"];
        known_duration_stays: "لتقترب من أقل مستوياتها في خمس سنوات ونصف إذ صعد الدولار"
            => ["خمس سنوات ونصف|duration|P5.5Y|P5.5Y..P5.5Y|exact|year"];
        damma_fifth: "لكن هناك عاملا أكثر قبحا هو أن خُمس مهاجري الصين لم يكن لديهم أي خيار"
            => ["خُمس|number|0.2|0.2..0.2|exact|"];
        damma_tenth: "ثم لا نجد تنديداً لهذه التصريحات، ولا عُشر ما لاقاه تصريح المالكي"
            => ["عُشر|number|0.1|0.1..0.1|exact|"];
        five_with_fatha_stays: "رصد الاختصاصي خَمس مسببات رئيسة لارتفاع العنوسة"
            => ["خَمس مسببات|count|5|5..5|exact|مسببات"];
        millions_of_people: "لمساعدة ملايين من الناس داخل سوريا وخارج حدودها"
            => ["ملايين من الناس|count|2000000|2000000..9999999|vague|person"];
        tens_of_thousands_of_humans: "مشقة العمل بين مئات الألوف من البشر بمساحة محدودة"
            => ["مئات الألوف من البشر|count|200000|200000..999999|vague|person"];
        millions_of_dollars_stay: "تنفق ملايين من الدولارات للترويج"
            => ["ملايين من الدولارات|money|2000000|2000000..9999999|vague|usd"];
        definite_millions_subject: "أسعد الملايين الخبر الذي أعلنته وزارة الداخلية"
            => ["ملايين|number|2000000|2000000..9999999|vague|"];
        definite_thousands_verbal_noun: "شهد وفاة مهاجر وسط محاولة الالاف الدخول الى محطة"
            => ["الاف|number|2000|2000..9999|vague|"];
        definite_thousands_people_stay: "تم فرض الاعتقال الإداري على الآلاف الفلسطينيين، بينهم"
            => ["آلاف الفلسطينيين|count|2000|2000..9999|vague|person"];
        construct_stays: "أسفرت عن مقتل وإصابة عشرات المتمردين."
            => ["عشرات المتمردين|count|20|20..99|vague|rebel"];
        by_rates: "منها 70 بنسب فاقت 5% و10 بنسب تجاوزت 9%، وفي كل ذلك"
            => ["70|number|70|70..70|exact|",
                "فاقت 5%|percent|5|5..|more_than|",
                "10|number|10|10..10|exact|",
                "تجاوزت 9%|percent|9|9..|more_than|"];
        root_letter_noun_stays: "تقدر بنحو 10 أطنان وإزالة 40 بسطة مخالفة"
            => ["نحو 10 أطنان|count|10|9..11|approx|ton",
                "40 بسطة|count|40|40..40|exact|بسطه"];
        instead_of: "تم تعديل السن القانوني للناخب إلى 18 بدلاً من 21، مما سيفتح"
            => ["18|number|18|18..18|exact|",
                "21|number|21|21..21|exact|"];
        per_cent_stays: "ارتفع المؤشر 3 بالمائة خلال الأسبوع"
            => ["3 بالمائة|percent|3|3..3|exact|"];
    }
}
