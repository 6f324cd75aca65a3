//! Bare numbers (kind `number`, no unit) that are no claim of their own, or that are a
//! rank (ar114).
//!
//! - `الثاني 6 - 4 و7 - 6 (7 - 5)`, `ثم 1 - 2 أمام فولسبورغ`, `وصفر - 2`, `بوينج 777-200`,
//!   `5598309-012`, `(9130-8920) نقطة`, `من نحو 1:5 حاليًا إلى 1:2`: a bare digit number
//!   joined by a dash or a colon to another number (or `صفر`) is a side of a score or a
//!   ratio, a model code, a phone number or a range's end (an already read range stays);
//!   alone it claims nothing, and is dropped.
//! - `مستشفى الحرس الوطني بجدة جناح 17`, `بمجمع 321`, `بنزين 95`, `(بازل 3)`, `الآيزو
//!   9001`, `مركبة أبوللو 11`, `نيكسوس 4`, `طراز 777`, `فاكس 4871063`, `الدفاع المدني 998`,
//!   `فعاليات صيف 36`, `(23 أبريل - العدد 14817)`, `م.ن، 183`, `مهرجان جدة 36`, `ببينالي
//!   البندقية 56`, `سينما سنتشوري 16`, `كأس الخليج 23`: a number after a ward, a compound, a fuel grade, a standard, a model, a
//!   phone line, a newspaper's issue, a cited work's page, a festival or a cinema is its
//!   name or code; dropped ([`label`]).
//! - `للمرة 18 في تاريخه`, `للمركز 182`, `بالمرتبة 40`, `الهدف 314`, `للدورة 72`, `عند
//!   د 79`, `في الدقائق 11 و18`: a number after a time, a place, a goal, an edition or a
//!   minute numbers it, like `للمرة الرابعة`, `في الدقيقة 75`: now an ordinal ([`rank`]).
//! - `"الاف بي آي"` (the FBI): `الاف` before `بي` is the letter F, no thousands.

use super::Ctx;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        let Some((a, z)) = super::ar91::bare_number(tokens, c) else {
            k += 1;
            continue;
        };
        if c.qualifier == Qualifier::Vague
            && key(tokens, a).ends_with("الاف")
            && a == z
            && key(tokens, a + 1) == "بي"
        {
            out.remove(k);
            continue;
        }
        // Ends in a number in digits.
        if !matches!(tokens[z].kind, TokenKind::Number { percent: false, .. }) {
            k += 1;
            continue;
        }
        if c.qualifier != Qualifier::Range
            && (dash(tokens, z + 1) && side(tokens, z + 2)
                || a == z && a >= 2 && dash(tokens, a - 1) && side(tokens, a - 2))
        {
            out.remove(k);
            continue;
        }
        // One number in digits, exactly.
        if a != z || c.qualifier != Qualifier::Exact {
            k += 1;
            continue;
        }
        if label(tokens, a) {
            out.remove(k);
            continue;
        }
        if rank(tokens, a) && matches!(c.value, Value::Number(v) if v >= 1.0 && v.fract() == 0.0) {
            out[k].kind = Kind::Ordinal;
        }
        k += 1;
    }
}

fn dash(tokens: &[Token<'_>], j: usize) -> bool {
    matches!(
        tokens.get(j).map(|t| &t.kind),
        Some(TokenKind::Punct('-' | '–' | '—' | ':'))
    )
}

/// A number in digits or `صفر` at token `j`.
fn side(tokens: &[Token<'_>], j: usize) -> bool {
    match tokens.get(j).map(|t| &t.kind) {
        Some(TokenKind::Number { percent: false, .. }) => true,
        Some(TokenKind::Word) => matches!(key(tokens, j), "صفر" | "وصفر"),
        _ => false,
    }
}

/// The word before token `a`, over one opening quote or bracket.
fn before(tokens: &[Token<'_>], a: usize) -> Option<usize> {
    let mut p = a.checked_sub(1)?;
    if matches!(tokens[p].kind, TokenKind::Punct('"' | '“' | '«' | '(')) {
        p = p.checked_sub(1)?;
    }
    (tokens[p].kind == TokenKind::Word).then_some(p)
}

/// `k` or `k` after a conjunction or preposition, in `words`.
fn head(k: &str, words: &[&str]) -> bool {
    words.contains(&k)
        || ["و", "ب", "ل", "وب", "ول"]
            .iter()
            .any(|p| k.strip_prefix(p).is_some_and(|r| words.contains(&r)))
}

/// Keys of newspapers' names whose issue number may follow `عدد` (ar120).
const PAPERS: &[&str] = &[
    "الجزيره",
    "الرياض",
    "عكاظ",
    "الوطن",
    "الحياه",
    "المدينه",
    "الاقتصاديه",
    "الشرق",
];

/// A number that is a name or code (see the module's doc).
fn label(tokens: &[Token<'_>], a: usize) -> bool {
    // `م.ن، 183` (the work cited, page 183).
    if a >= 4
        && matches!(tokens[a - 1].kind, TokenKind::Punct('،' | ','))
        && key(tokens, a - 2) == "ن"
        && matches!(tokens[a - 3].kind, TokenKind::Punct('.'))
        && key(tokens, a - 4) == "م"
    {
        return true;
    }
    let Some(p) = before(tokens, a) else {
        return false;
    };
    let k = key(tokens, p);
    if head(
        k,
        &[
            "جناح",
            "مجمع",
            "بنزين",
            "بازل",
            "الايزو",
            "ايزو",
            "ابوللو",
            "ابولو",
            "نيكسوس",
            "طراز",
            "موديل",
            "فاكس",
            "هاتف",
            "تحويله",
            "صيف",
        ],
    ) {
        return true;
    }
    // `(23 أبريل - العدد 14817)`, `بالعدد (١٧١٨١)`: a newspaper's issue, in plain digits;
    // not `بلغ العدد 1078`, `يبلغ العدد 56.100` (the count reached).
    if head(k, &["العدد"])
        && tokens[a]
            .text
            .chars()
            .all(|ch| ch.is_ascii_digit() || ('٠'..='٩').contains(&ch))
        && !p.checked_sub(1).is_some_and(|q| {
            let v = key(tokens, q);
            [
                "بلغ",
                "يبلغ",
                "ليبلغ",
                "وبلغ",
                "وصل",
                "يصل",
                "ليصل",
                "ووصل",
                "كان",
                "اصبح",
                "ليكون",
            ]
            .contains(&v)
        })
    {
        return true;
    }
    let k2 = p.checked_sub(1).map_or("", |q| key(tokens, q));
    // `قرأت في عدد الجزيرة 15636`: an issue of a named newspaper (ar120).
    if head(k2, &["عدد", "العدد"])
        && PAPERS.contains(&k)
        && super::numbers::plain(tokens, a).is_some_and(|(_, n)| n >= 4)
    {
        return true;
    }
    (k == "المدني" && head(k2, &["الدفاع"]))
        || (k == "الخليج" && head(k2, &["كاس"]))
        || head(k2, &["مهرجان", "بينالي", "سينما"])
}

/// A number that numbers a time, a place, a goal, an edition or a minute.
fn rank(tokens: &[Token<'_>], a: usize) -> bool {
    let mut a = a;
    // `في الدقائق 11 و18 و25`: back over the list.
    while a >= 2
        && key(tokens, a - 1) == "و"
        && matches!(tokens[a - 2].kind, TokenKind::Number { .. })
    {
        a -= 2;
    }
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    tokens[p].kind == TokenKind::Word
        && matches!(
            key(tokens, p),
            "للمره"
                | "المره"
                | "للمركز"
                | "المركز"
                | "بالمركز"
                | "المرتبه"
                | "بالمرتبه"
                | "الهدف"
                | "للدوره"
                | "الدوره"
                | "الدقائق"
                | "الدقايق"
                | "د"
        )
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        set_score: "على حساب الكندي الثاني 6 - 4 و7 - 6 (7 - 5)، ليبلغ نصف النهائي"
            => ["الثاني|ordinal|2|2..2|exact|"];
        score_zero: "ثم 1 - 2 أمام فولسبورغ الألماني وصفر - 2 أمام سان جيرمان" => [];
        dash_list_label_stays: "الشروط كالتالي: 2- أن تكون دراسة المرافق 7 أيام"
            => ["7 أيام|duration|P7D|P7D..P7D|exact|day"];
        ratio: "ستتراجع النسبة بشكل حاد من نحو 1:5 حاليًا إلى 1:2 فقط" => [];
        minus_stays: "والبولي ستايرين الى 1260 دولارا للطن (- 40)."
            => ["1260 دولارا|money|1260|1260..1260|exact|usd", "40|number|40|40..40|exact|"];
        ward_17: "لإجراء الفحوصات في مستشفى الحرس الوطني بجدة جناح 17 بغرفة واحدة"
            => ["بغرفة واحدة|count|1|1..1|exact|room"];
        civil_defence_phone: "وإبلاغ عمليات الدفاع المدني 998 عند حدوث أي طارئ" => [];
        festival_36: "ونحن نشارك المملكة في الاحتفاء بمهرجان جدة 36، فما حدث" => [];
        wing_of_stays: "وأصيب في الهجوم 17 بجروح"
            => ["17|number|17|17..17|exact|"];
        time_18: "الدوري الذي أحرزه الموسم الماضي للمرة 18 في تاريخه"
            => ["18|ordinal|18|18..18|exact|"];
        rank_182: "وصول الرامي اُبي عرفات للمركز 182 عالميا"
            => ["182|ordinal|182|182..182|exact|"];
        minute_79: "بينما سجل بلاسيوس هدفه عند د 79."
            => ["79|ordinal|79|79..79|exact|"];
        after_other_stays: "ارتفعت منها 78، انخفضت 56"
            => ["78|number|78|78..78|exact|", "56|number|56|56..56|exact|"];
        issue: "(23 أبريل - العدد 14817).. وملخص تلك الزاوية"
            => ["23 أبريل|date|2014-04-23|2014-04-23..2014-04-23|exact|"];
        page: "(3) م.ن، 183. وراجع ما قيل" => [];
        minutes: "سجلها فاردي ومحرز في الدقائق 11 و18 و25 من ضربة جزاء"
            => ["11|ordinal|11|11..11|exact|", "18|ordinal|18|18..18|exact|", "25|ordinal|25|25..25|exact|"];
        fbi: "ويواصل \"الاف بي آي\" التحقيق" => [];
    }
}
