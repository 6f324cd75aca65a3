//! Counts and money, round 3 (ar90), for [`super`]: units, values and non-claims.
//!
//! - `أوقع 33 قتيلاً وجريحًا`, `أكثر من 400 قتيل وجريح`: a casualty noun joined by `و` to
//!   its pair (killed and wounded) counts the casualties, people, not the killed alone. See
//!   [`casualty_pair`].
//! - `ليبلغ مستوى 4 .496 مليار جنيه`, `وسجلت 40 .48 دولار للبرميل`: a decimal typed
//!   right to left and reversed on the way, the fraction first, a space, then the dot and the
//!   integer: 496.4 billion, 48.40 dollars (the index's and the basket's levels of the time).
//!   The number is the two together, not `.496 مليار` and a stray `4`. See [`reversed_decimal`].
//! - `مدير الصحيفة الأسبوعية «9 داي»`, `تطبيق «360 سيكيوريتي»`, `حج الـ«5 نجوم»`, `حي
//!   «600 دار»`: digits and one word, alone between guillemets, that the lexicon does not
//!   know as a unit are a title, a name or a label. See [`quoted_title`].
//! - `منها 20 تتعلق بالتقارير`, `منهم (4743) تمت خدمتهم`, `لمدة ثلاث ابتداءً من`: a verb or
//!   an adverb after a number is not what it counts; the number stands bare. See
//!   [`verb_unit`].

use super::ar79::last_token;
use super::ar93::token_of;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, punct};
use super::{Ctx, Kind, Qualifier, Recognized, Value};

/// Fixes the claims `out[from..]` of one sentence (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        if !matches!(out[k].kind, Kind::Count | Kind::Money) {
            k += 1;
            continue;
        }
        // The token the claim starts in (`بأكثر من 400 قتيل` starts after the `ب`).
        let b = out[k].byte_start;
        let Some(a) = token_of(tokens, b) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, out[k].byte_end);
        if quoted_title(ctx, &out[k], a, z) {
            out.remove(k);
            continue;
        }
        casualty_pair(ctx, &mut out[k], z);
        dotted_thousands(tokens, &mut out[k], a, z);
        // (Not when the bracketed digits are a claim of their own.)
        let free = a < 2 || !out[from..].iter().any(|c| c.byte_end == tokens[a - 2].end);
        if free {
            bracketed_before(tokens, &mut out[k], a);
        }
        verb_unit(tokens, &mut out[k], a, z);
        if score(tokens, out, k, a, z) {
            continue;
        }
        if reversed_decimal(tokens, out, from, k, a) {
            // The stray integer before it, a claim of its own, was dropped.
            k = k.saturating_sub(1).max(from);
        }
        k += 1;
    }
}

/// Forms of «killed» and of «wounded» (keys) a casualty count's noun and its pair take.
/// (`عشرات القتلى والجرحى`, `آلاف القتلى والمصابين`: definite after a vague number, ar103.)
const KILLED: &[&str] = &[
    "قتيل",
    "قتيلا",
    "قتلي",
    "شهيد",
    "شهيدا",
    "شهداء",
    "القتلي",
    "الشهداء",
];
const WOUNDED: &[&str] = &[
    "جريح",
    "جريحا",
    "جرحي",
    "مصاب",
    "مصابا",
    "مصابين",
    "الجرحي",
    "المصابين",
];

/// `33 قتيلاً وجريحًا`: a count of the killed (or the wounded) whose noun, the claim's last
/// word, is followed by `و` and the other of the pair counts both: people, with the pair in
/// the claim.
fn casualty_pair(ctx: &Ctx<'_, '_>, c: &mut Recognized, z: usize) {
    let tokens = ctx.tokens;
    let other: &[&str] = match c.unit.as_deref() {
        Some("killed") => WOUNDED,
        Some("injured") => KILLED,
        _ => return,
    };
    let own = key(tokens, z);
    if !(KILLED.contains(&own) || WOUNDED.contains(&own)) {
        return;
    }
    let Some(pair) = key(tokens, z + 1).strip_prefix('و') else {
        return;
    };
    // (Both definite or neither: `15 شهيداً والمصابين الى 40` starts a new subject, ar103.)
    if !other.contains(&pair) || own.starts_with("ال") != pair.starts_with("ال") {
        return;
    }
    let Some(end) = tokens.get(z + 1).map(|t| t.end) else {
        return;
    };
    c.unit = Some("person".to_string());
    let unit_start = tokens[z].start;
    c.unit_text = end
        .checked_sub(ctx.base)
        .zip(unit_start.checked_sub(ctx.base))
        .and_then(|(e, s)| ctx.text.get(s..e))
        .map(str::to_string);
    c.byte_end = end;
}

/// `«9 داي»`: a count whose text is digits and one word the lexicon does not know (its
/// unit a key, not a concept), with a guillemet right before it (`الـ«` too) and right after.
fn quoted_title(ctx: &Ctx<'_, '_>, c: &Recognized, a: usize, z: usize) -> bool {
    let tokens = ctx.tokens;
    if c.kind != Kind::Count
        || c.unit.as_deref().is_none_or(|u| u.is_ascii())
        || z != a + 1
        || !matches!(tokens[a].kind, TokenKind::Number { .. })
        || !tokens[a].text.starts_with(|ch: char| ch.is_ascii_digit())
        || tokens[z].kind != TokenKind::Word
        || tokens[z].end != c.byte_end
    {
        return false;
    }
    a.checked_sub(1).is_some_and(|p| punct(tokens, p, &['«'])) && punct(tokens, z + 1, &['»'])
}

/// `بتكلفة إجمالية بلغت (310.272 ريال)`, `يبدأ سعرها من 39.875 دولار`: an amount of
/// riyals, dollars, euros, pounds or dirhams written as one number with two or three digits,
/// a dot and three more, and no word of a multiple, groups thousands with the dot: those
/// currencies count hundredths, never thousandths. (Share prices of one digit, `سعر 2.850
/// درهم`, and the dinars and Omani rials of three decimals are left.)
fn dotted_thousands(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if c.kind != Kind::Money
        || c.qualifier != Qualifier::Exact
        || !matches!(
            c.unit.as_deref(),
            Some("riyal" | "usd" | "eur" | "gbp" | "pound" | "dirham")
        )
    {
        return;
    }
    let Some(n) = (a..=z).find(|&j| matches!(tokens[j].kind, TokenKind::Number { .. })) else {
        return;
    };
    let text = tokens[n].text;
    let Some((int, frac)) = text.split_once('.') else {
        return;
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(2..=3).contains(&int.len()) || frac.len() != 3 || !digits(int) || !digits(frac) {
        return;
    }
    // No multiple after it: the value is the number itself.
    let Value::Number(v) = c.value else {
        return;
    };
    // (`80.000` is read as eighty thousand already.)
    if tokens[n].number() != Some(v) || v >= 1000.0 {
        return;
    }
    let value = super::tidy(v * 1000.0);
    c.value = Value::Number(value);
    c.low = Some(Value::Number(value));
    c.high = Some(Value::Number(value));
}

/// `يوجد في محافظة تعز(16) ألف ضابط`, `و(50) ألف ريال`: a claim that starts with a bare
/// thousand, million or billion (read as one of them) right after digits in brackets
/// glued to the word before: the digits are its multiple.
fn bracketed_before(tokens: &[Token<'_>], c: &mut Recognized, a: usize) {
    let multiple = match key(tokens, a) {
        "الف" => 1e3,
        "مليون" => 1e6,
        "مليار" => 1e9,
        _ => return,
    };
    if !matches!(c.kind, Kind::Count | Kind::Money)
        || c.qualifier != Qualifier::Exact
        || tokens[a].start != c.byte_start
        || !matches!(c.value, Value::Number(v) if v == multiple)
        || a < 3
        || !punct(tokens, a - 1, &[')'])
        || !punct(tokens, a - 3, &['('])
    {
        return;
    }
    let n = &tokens[a - 2];
    let Some(v) = n.number() else {
        return;
    };
    if !n.text.bytes().all(|b| b.is_ascii_digit()) || v < 1.0 {
        return;
    }
    let value = super::tidy(v * multiple);
    c.byte_start = tokens[a - 3].start;
    c.value = Value::Number(value);
    c.low = Some(Value::Number(value));
    c.high = Some(Value::Number(value));
}

/// `فاز بهدفين مقابل هدف واحد`, `بأربعة أهداف لهدف`, `قوامها سبعة عشر هدفا مقابل هدفين`,
/// `بخماسية مقابل هدفين`: a match's score, the goals of each side, is no count of goals.
/// The claim at `out[k]` (tokens `a..=z`), goals after `ب` or a score's word, before
/// `مقابل` or `لهدف`, goes with the count after `مقابل`; and goals after `مقابل` that
/// follows a score's noun (`بخماسية`). Returns whether `out[k]` was dropped.
fn score(tokens: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, a: usize, z: usize) -> bool {
    let goals = |c: &Recognized| c.kind == Kind::Count && c.unit.as_deref() == Some("goal");
    if !goals(&out[k]) {
        return false;
    }
    let first = &tokens[a];
    // `بهدفين`, `بأربعة`, `بـ 4 أهداف`: the score of a win; `قوامها`, `بنتيجة`: a result.
    let by = (first.start < out[k].byte_start && first.key.starts_with('ب'))
        || (first.start == out[k].byte_start
            && first.key.starts_with('ب')
            && first.key.chars().count() >= 4
            && !first.key.starts_with("بين"))
        || a.checked_sub(1).is_some_and(|p| {
            matches!(
                key(tokens, p),
                "ب" | "بـ" | "قوامها" | "قوامه" | "بنتيجه" | "نتيجتها" | "نتيجته"
            )
        });
    let next = key(tokens, z + 1);
    if by && (next == "لهدف" || next == "لاشيء") {
        out.remove(k);
        return true;
    }
    if by && next == "مقابل" {
        // The other side's goals, claimed right after `مقابل`.
        let b = tokens.get(z + 2).map_or(usize::MAX, |t| t.start);
        if let Some(j) = out
            .iter()
            .position(|c| c.byte_start == b && (goals(c) || c.kind == Kind::Number))
        {
            out.remove(j);
            if j < k {
                out.remove(k - 1);
                return true;
            }
        }
        out.remove(k);
        return true;
    }
    // `بخماسية مقابل هدفين`, `بهدفين مقابل هدف`: goals after `مقابل` after a score's
    // noun or goals (unclaimed) in `ب`.
    let after_score = a >= 2
        && key(tokens, a - 1) == "مقابل"
        && key(tokens, a - 2).starts_with('ب')
        && (key(tokens, a - 2).ends_with("يه") || key(tokens, a - 2).starts_with("بهدف"));
    if after_score && first.start == out[k].byte_start {
        out.remove(k);
        return true;
    }
    false
}

/// Verbs and adverbs (keys) read as the noun a number counts: `20 تتعلق`, `ثلاث ابتداءً`.
const NOT_NOUNS: &[&str] = &[
    "تمت",
    "تم",
    "تهدف",
    "يجب",
    "تعد",
    "تقع",
    "تخص",
    "نريد",
    "نتوقع",
    "ينطلق",
    "ناهيك",
    "يجي",
    "تمثل",
    "يمثل",
    "تشكل",
    "يشكل",
    "حينما",
    "عندما",
    "بينما",
    "فيما",
    "ابتداء",
    "اعتبارا",
    "يمارسن",
    "يمارسون",
];

/// Nouns of the fifth and sixth forms' verbal nouns that start like their verbs (`تت`).
const TT_NOUNS: &[&str] = &["تتويج", "تتمه", "تتبع"];

/// `منها 20 تتعلق بالتقارير`: a count whose noun (its unit a key, not a concept) is a verb
/// (one of [`NOT_NOUNS`], or an imperfect of the fifth or sixth form, `تت…`) or an adverb:
/// the number is bare, its noun left unsaid.
fn verb_unit(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if c.kind != Kind::Count || z <= a || c.unit.as_deref().is_none_or(|u| u.is_ascii()) {
        return;
    }
    let w = key(tokens, z);
    let verb = NOT_NOUNS.contains(&w)
        || (w.starts_with("تت") && w.chars().count() >= 5 && !TT_NOUNS.contains(&w));
    if !verb
        || !matches!(
            tokens[z - 1].kind,
            TokenKind::Number { .. } | TokenKind::Word | TokenKind::Punct(')' | '»')
        )
    {
        return;
    }
    // The number's own tokens end before the verb (a closing bracket too: `(4743) تمت`).
    c.byte_end = tokens[z - 1].end;
    c.kind = Kind::Number;
    c.unit = None;
    c.unit_text = None;
}

/// `4 .496 مليار جنيه`: the claim at `out[k]` (token `a` on) starts with a dot and digits,
/// right after an integer of digits and one space: the integer is the fraction of the
/// number typed backwards. The claim takes it in (and the bare number claimed for it, with
/// its qualifier: `نحو 4 .124 مليون سهم`). Returns whether that claim, before `k`, was
/// dropped.
fn reversed_decimal(
    tokens: &[Token<'_>],
    out: &mut Vec<Recognized>,
    from: usize,
    k: usize,
    a: usize,
) -> bool {
    let t = &tokens[a];
    let Some(int_text) = t.text.strip_prefix('.') else {
        return false;
    };
    let Some(p) = a.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if !matches!(p.kind, TokenKind::Number { .. })
        || p.text.is_empty()
        || p.text.len() > 3
        || !p.text.bytes().all(|b| b.is_ascii_digit())
        || t.start != p.end + 1
        || int_text.is_empty()
        || !int_text.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let (Some(read), Ok(int), Ok(frac)) = (
        t.number(),
        int_text.parse::<f64>(),
        format!("0.{}", p.text).parse::<f64>(),
    ) else {
        return false;
    };
    let Value::Number(v) = out[k].value else {
        return false;
    };
    if read <= 0.0 || !matches!(out[k].qualifier, Qualifier::Exact) {
        return false;
    }
    let scale = v / read;
    let value = super::tidy((int + frac) * scale);
    // The bare number claimed for the digits before, and its qualifier (`نحو 4`).
    let before = (from..k)
        .rev()
        .find(|&j| out[j].kind == Kind::Number && out[j].byte_end == p.end);
    let (start, qualifier) = match before {
        Some(j) => (out[j].byte_start, out[j].qualifier),
        None => (p.start, Qualifier::Exact),
    };
    let (low, high) = super::qualified_bounds(qualifier, value);
    let c = &mut out[k];
    c.byte_start = start;
    c.value = Value::Number(value);
    c.low = low.map(Value::Number);
    c.high = high.map(Value::Number);
    c.qualifier = qualifier;
    if let Some(j) = before {
        out.remove(j);
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar90_killed_and_wounded: "وقع انفجار في شرق تركيا أوقع 33 قتيلاً وجريحًا."
            => ["33 قتيلاً وجريحًا|count|33|33..33|exact|person"];
        ar90_killed_and_wounded_genitive: "قدرت الحصيلة بأكثر من 400 قتيل وجريح من المقاومة"
            => ["أكثر من 400 قتيل وجريح|count|400|400..|more_than|person"];
        ar90_killed_stays: "أسفر الهجوم عن 12 قتيلا و30 جريحا"
            => ["12 قتيلا|count|12|12..12|exact|killed", "30 جريحا|count|30|30..30|exact|injured"];
        ar90_quoted_title: "وصرح مدير الصحيفة الأسبوعية «9 داي»، النائب حميد رسايي" => [];
        ar90_quoted_label: "وأبدى تحفظه على حج الـ«5 نجوم» لتعارضه مع المساحة" => [];
        ar90_quoted_unit_stays: "سجل اللاعب «3 أهداف» في المباراة"
            => ["3 أهداف|count|3|3..3|exact|goal"];
        ar90_quoted_speech_stays: "وقال «لدي عشرة أولاد» ثم ضحك"
            => ["عشرة أولاد|count|10|10..10|exact|اولاد"];
        ar90_verb_after: "اتخذ المجلس 165 قراراً منها 20 تتعلق بالتقارير الدورية"
            => ["165 قراراً|count|165|165..165|exact|قرار", "20|number|20|20..20|exact|"];
        ar90_adverb_after: "أعضاء في مجلس الإدارة لمدة ثلاث ابتداءً من تاريخ صدور القرار"
            => ["ثلاث|number|3|3..3|exact|"];
        ar90_reversed_decimal: "ارتفع رأس المال السوقي ليبلغ مستوى 4 .496 مليار جنيه، وسط تعاملات"
            => ["4 .496 مليار جنيه|money|496400000000|496400000000..496400000000|exact|pound"];
        ar90_reversed_decimal_approx: "بلغت كمية الأسهم المتداولة نحو 4 .124 مليون سهم في الجلسة"
            => ["نحو 4 .124 مليون سهم|count|124400000|111960000..136840000|approx|share"];
        ar90_reversed_decimal_dollar: "وسجلت سلة أوبك 40 .48 دولار للبرميل مقابل"
            => ["40 .48 دولار|money|48.4|48.4..48.4|exact|usd"];
        ar90_dotted_thousands: "بتكلفة إجمالية بلغت (310.272 ريال) لإفطار الصائمين"
            => ["310.272 ريال|money|310272|310272..310272|exact|riyal"];
        ar90_dotted_thousand_read: "تبلغ قيمتها 80.000 جنيه استرليني، وهي أصغر"
            => ["80.000 جنيه استرليني|money|80000|80000..80000|exact|gbp"];
        ar90_dotted_price_stays: "وصولا إلى سعر 2.850 درهم تلاه سهم"
            => ["2.850 درهم|money|2.85|2.85..2.85|exact|dirham"];
        ar90_score: "تفوق النعيرية على الثقبة بهدفين مقابل هدف واحد، واكتسح العلمين نظيره"
            => [];
        ar90_score_digits: "حقق المنتخب فوزا على نظيره الإماراتي بـ 4 أهداف مقابل هدفين ضمن البطولة"
            => [];
        ar90_score_result: "فاز على مستضيفه بنتيجة كبيرة قوامها سبعة عشر هدفا مقابل هدفين."
            => [];
        ar90_score_noun: "اكتسح الأزرق الشباك الخضراء بخماسية مقابل هدفين."
            => [];
        ar90_goal_totals_stay: "وسجل لاعبوه 59 هدفا مقابل 62 هدفا للنصر"
            => ["59 هدفا|count|59|59..59|exact|goal", "62 هدفا|count|62|62..62|exact|goal"];
        ar90_bracketed_glued: "يوجد في محافظة تعز(16) ألف ضابط وصف ضابط وجندي"
            => ["(16) ألف ضابط|count|16000|16000..16000|exact|officer"];
        ar90_bracketed_glued_and: "و(50) ألف ريال في البلديات ذات الفئة (د)"
            => ["(50) ألف ريال|money|50000|50000..50000|exact|riyal"];
        ar90_ra_groups: "بتكلفة إجمالية بلغت (951ر625ر34) ريالاً."
            => ["(951ر625ر34) ريالاً|money|34625951|34625951..34625951|exact|riyal"];
    }
}
