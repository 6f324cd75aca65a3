//! Bare numbers of an audit of random Arabic number claims (ar125).
//!
//! - The counted noun before its number: an indefinite plural, maybe with indefinite
//!   adjectives, then a cardinal 3–10 in words or `عدة` as its adjective (`مراكز أربعة
//!   هي`, `فئات ثلاث`, `وحفلات ثلاث`, `قضايا أربع`, `شركات عالمية ومحلية عدة`, `مواقع
//!   معارضة عدة`, `بأذرع عدة`, `طرق عدة`). The tool gave a bare number; it now counts the
//!   noun (count 4 `مراكز`, vague 3–10 `شركات`), and a noun of time gives a duration
//!   (`سنوات خمس`: P5Y). A number followed by a partitive (`ثمانية مستشفيات أربعة منها`,
//!   `إقفال ثلاث منها`), by `أضعاف` or `آخرين`, or whose noun has a number of its own before
//!   it (`ثمانية أسنان أربعة في الأعلى`) stays as it was. See [`reverse_noun`].
//! - `نصف` that halves nothing: `المرأة نصف المجتمع`, `إعادة نصف المجتمع إلى وضعه` (women,
//!   a figure of speech); `نصف` «semi-» before an adjective (`المواد الخام أو نصف المصنعة`,
//!   `حجرات مستطيلة ونصف دائرية`, `البنايات نصف مضاءة`, `وهو نصف عار`, `برأس نصف مائل`);
//!   `دائرة نصف قطرها 30 كيلومترا` (a radius; `قطرها نصف قطر الوحدة`, a half, stays). The tool gave 0.5; dropped. `نصف سكان اليمن`,
//!   `نصف المبلغ` stay. See [`half_not_a_quantity`].
//! - A length in brackets before the metre's letter: `بعرض (12,5) م`, `بعرض (3.75)م`. The
//!   tool gave a bare number; it is now a count of metres. A year-like number (`(622)م`)
//!   stays as it was. See [`bracket_metres`].
//! - Names and labels: `ميونخ 1860`, `فريق ميونيخ 1860` (the club TSV 1860 Munich), `تحديث
//!   (2)` (a live story's update number). Dropped ([`retune`]).

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::ar101;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::units::{self, Plurality, UnitKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        if c.kind != Kind::Number || c.unit.is_some() {
            k += 1;
            continue;
        }
        let Some(a) = token_of(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        if half_not_a_quantity(tokens, c, z) || label(tokens, c, a, z) {
            out.remove(k);
            continue;
        }
        if let Some(m) = bracket_metres(tokens, c, a, z) {
            let c = &mut out[k];
            c.kind = Kind::Count;
            c.unit = Some("meter".to_string());
            c.unit_text = Some(tokens[m].text.to_string());
            k += 1;
            continue;
        }
        if let Some(head) = reverse_noun(tokens, c, a, z) {
            let c = &mut out[k];
            let t = &tokens[head.at];
            c.byte_start = t.start + head.skip;
            c.unit_text = Some(t.text[head.skip..].to_string());
            match head.unit {
                Ok((kind, concept)) => {
                    let conv = |v: &Value| match (v, kind) {
                        (Value::Number(x), UnitKind::Time { .. }) => super::unit_claim(kind, *x).1,
                        _ => v.clone(),
                    };
                    c.kind = super::unit_claim(kind, 0.0).0;
                    c.value = conv(&c.value);
                    c.low = c.low.as_ref().map(conv);
                    c.high = c.high.as_ref().map(conv);
                    c.unit = Some(concept.to_string());
                }
                Err(noun) => {
                    c.kind = Kind::Count;
                    c.unit = Some(noun);
                }
            }
        }
        k += 1;
    }
}

/// `ميونخ 1860`, `تحديث (2)`: a number that is a name or a label.
fn label(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if c.qualifier != Qualifier::Exact || a != z {
        return false;
    }
    let Value::Number(v) = c.value else {
        return false;
    };
    let before = a.checked_sub(1).map_or("", |p| key(tokens, p));
    // `ميونخ 1860`, `وميونيخ 1860`: the Munich club.
    if v == 1860.0 && (before.ends_with("ميونخ") || before.ends_with("ميونيخ")) {
        return true;
    }
    // `تحديث (2)`: an update's number, alone in its brackets.
    a >= 2
        && matches!(tokens[a - 1].kind, TokenKind::Punct('('))
        && matches!(key(tokens, a - 2), "تحديث" | "التحديث")
        && tokens
            .get(z + 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
        && v.fract() == 0.0
        && v < 20.0
}

/// Adjectives that `نصف` makes «semi-» (keys, after any article), and `قطر` (a radius).
const SEMI: &[&str] = &[
    "مصنعه",
    "المصنعه",
    "دائري",
    "دائريه",
    "مضاء",
    "مضاءه",
    "مضاءه..",
    "عار",
    "عاري",
    "عاريه",
    "مائل",
    "مائله",
    "مايل",
    "مايله",
    "الرطب",
    "رسمي",
    "رسميه",
    "قطرها",
    "قطره",
    "قطرهما",
];

/// `المرأة نصف المجتمع`, `نصف المصنعة`, `نصف قطرها`: a `نصف` that halves nothing (see
/// the module's doc).
fn half_not_a_quantity(tokens: &[Token<'_>], c: &Recognized, z: usize) -> bool {
    if c.value != Value::Number(0.5) || !key(tokens, z).ends_with("نصف") {
        return false;
    }
    let next = key(tokens, z + 1);
    next == "المجتمع" || SEMI.contains(&next)
}

/// `بعرض (12,5) م`: a number alone in brackets before `م`, its metres; the token of `م`.
fn bracket_metres(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> Option<usize> {
    if c.qualifier != Qualifier::Exact || a != z || a == 0 {
        return None;
    }
    let Value::Number(v) = c.value else {
        return None;
    };
    // (`(622)م`: a year of the common era.)
    if !matches!(tokens[a].kind, TokenKind::Number { .. })
        || v <= 0.0
        || v.fract() == 0.0 && v >= 500.0
    {
        return None;
    }
    if !matches!(tokens[a - 1].kind, TokenKind::Punct('('))
        || !matches!(tokens.get(z + 1)?.kind, TokenKind::Punct(')'))
    {
        return None;
    }
    let m = tokens.get(z + 2)?;
    (m.kind == TokenKind::Word && m.text == "م").then_some(z + 2)
}

/// The counted noun found before a number.
struct Head {
    /// Its token.
    at: usize,
    /// The bytes of a conjunction `و` before it in its token.
    skip: usize,
    /// The lexicon's unit (kind, concept), or the unknown noun's key.
    unit: Result<(UnitKind, &'static str), String>,
}

/// Words after the number that show it does not follow a noun as its adjective (keys).
const NOT_ADJECTIVE_AFTER: &[&str] = &[
    "من",
    "منها",
    "منهم",
    "منهن",
    "منهما",
    "اضعاف",
    "ضعف",
    "اخرين",
    "اخرون",
    "اخري",
    "اخر",
    "فقط",
];

/// Indefinite adjectives (keys) that may stand between a plural and its number, besides
/// the relative adjectives in `ية`.
const ADJECTIVES: &[&str] = &[
    "رئيسه",
    "كبيره",
    "صغيره",
    "جديده",
    "مختلفه",
    "متعدده",
    "متنوعه",
    "مقاتله",
    "مرموقه",
    "معارضه",
    "اخري",
];

fn adjective(t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let k = t
        .key
        .strip_prefix('و')
        .filter(|k| k.chars().count() >= 4)
        .unwrap_or(&t.key);
    !k.starts_with("ال") && k.chars().count() >= 4 && (k.ends_with("يه") || ADJECTIVES.contains(&k))
}

/// `مراكز أربعة`, `شركات عالمية ومحلية عدة`: the indefinite plural that a number in words
/// (3–10, or `عدة`) follows as its adjective.
fn reverse_noun(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> Option<Head> {
    if a != z || c.byte_start != tokens[a].start || c.byte_end != tokens[a].end {
        return None;
    }
    let t = &tokens[a];
    if t.kind != TokenKind::Word || !super::numbers::is_number_word(t) {
        return None;
    }
    let several = t.key == "عده";
    let ok = match (c.qualifier, &c.value) {
        (Qualifier::Exact, Value::Number(v)) => (3.0..=10.0).contains(v) && v.fract() == 0.0,
        (Qualifier::Vague, Value::Number(_)) => several,
        _ => false,
    };
    if !ok {
        return None;
    }
    if let Some(n) = tokens.get(a + 1)
        && (NOT_ADJECTIVE_AFTER.contains(&n.key.as_str())
            || matches!(n.kind, TokenKind::Number { .. })
            // `معالج ثماني النواة`: a number in construct with a definite noun.
            || n.key.starts_with("ال")
            || super::numbers::is_number_word(n))
    {
        return None;
    }
    // Back over up to three adjectives to the head noun.
    let mut p = a.checked_sub(1)?;
    let mut adjectives = 0;
    while adjectives < 3 && adjective(&tokens[p]) {
        p = p.checked_sub(1)?;
        adjectives += 1;
    }
    let h = &tokens[p];
    if h.kind != TokenKind::Word {
        return None;
    }
    let (k, skip) = match h.key.strip_prefix('و') {
        Some(rest) if p > 0 && !plural(&h.key) && plural(rest) => (rest, 'و'.len_utf8()),
        _ => (h.key.as_str(), 0),
    };
    if !plural(k) || NOT_HEADS.contains(&k) || masdar(k) {
        return None;
    }
    // `ثمانية أسنان أربعة في الأعلى`: the noun is counted before it.
    if let Some(q) = p.checked_sub(1)
        && (matches!(tokens[q].kind, TokenKind::Number { .. })
            || super::numbers::is_number_word(&tokens[q])
                && !matches!(key(tokens, q), "احدي" | "احد")
            || matches!(key(tokens, q), "عدد" | "عده" | "ال" | "الـ"))
    {
        return None;
    }
    let unit = match units::lookup(&[k]) {
        Some(u)
            if u.words == 1
                && !u.definite
                && u.plurality != Plurality::Singular
                && matches!(u.kind, UnitKind::Count | UnitKind::Time { .. }) =>
        {
            Ok((u.kind, u.concept))
        }
        Some(_) => return None,
        None => Err(k.to_string()),
    };
    Some(Head { at: p, skip, unit })
}

/// Words of a plural's shape before a number that are no counted noun (keys): a verb
/// (`أسر ستة` «captured six»), a preposition (`مقابل سبع`), a name (`كريات أربع`).
const NOT_HEADS: &[&str] = &["اسر", "مقابل", "كريات", "حوالي", "قرابه"];

/// `تراجع خمسة`, `تساوي خمسة`: a verbal noun or verb `تفاعل` of five letters, the shape of
/// the plurals `تجارب`, `توابع` (kept).
fn masdar(key: &str) -> bool {
    let c: Vec<char> = key.chars().collect();
    c.len() == 5 && c[0] == 'ت' && c[2] == 'ا' && !matches!(key, "تجارب" | "توابع")
}

/// Whether a key has a plural's shape (`مراكز`, `فئات`, `طرق`, `قضايا`).
fn plural(key: &str) -> bool {
    ar101::plural_before(key)
        || ar101::short_plural(key)
        || ar101::several_noun(key)
        || (key.ends_with("ايا") && key.chars().count() >= 5 && !key.starts_with("ال"))
        // `فئات`, `جهات`: a sound feminine plural of four letters.
        || (key.ends_with("ات")
            && key.chars().count() == 4
            && !key.starts_with(['ا', 'و'])
            && !matches!(key, "ثبات" | "نبات" | "سبات" | "فوات" | "حياة"))
        || units::lookup(&[key]).is_some_and(|u| {
            u.words == 1 && !u.definite && !u.proclitic && u.plurality == Plurality::Plural
        })
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        centres_four: "وتشتمل المدينة على مراكز أربعة هي:"
            => ["مراكز أربعة|count|4|4..4|exact|center"];
        companies_several: "عمل في شركات عالمية ومحلية عدة في القطاع العام"
            => ["شركات عالمية ومحلية عدة|count|3|3..10|vague|company"];
        classes_three: "فيضعون كل صاحب رأي في إحدى فئات ثلاث: إما ليبرالي"
            => ["فئات ثلاث|count|3|3..3|exact|فيات"];
        partitive_stays: "وهي ثمانية مستشفيات منها أربعة في عرفات"
            => ["ثمانية مستشفيات|count|8|8..8|exact|hospital", "أربعة|number|4|4..4|exact|"];
        subset_after_stays: "الطائرات الخمس ثلاث منها لرحلات دولية"
            => ["ثلاث|number|3|3..3|exact|"];
        counted_before_stays: "وهي ثمانية أسنان أربعة في الأعلى"
            => ["ثمانية أسنان|count|8|8..8|exact|اسنان", "أربعة|number|4|4..4|exact|"];
        half_society: "وتابعت إن المرأة نصف المجتمع" => [];
        semi_manufactured: "قيمة المواد الخام أو نصف المصنعة المستوردة" => [];
        half_diameter_stays: "حيث يبلغ قطرها نصف قطر وحدة العاكس"
            => ["نصف|number|0.5|0.5..0.5|exact|"];
        captured_six_stays: "وأوضح المصدر أن الجيش أسر ستة وقتل 15"
            => ["ستة|number|6|6..6|exact|", "15|count|15|15..15|exact|killed"];
        decline_five_stays: "ارتفعت عشرة قطاعات مقابل تراجع خمسة، تصدر"
            => ["عشرة قطاعات|count|10|10..10|exact|قطاعات", "خمسة|number|5|5..5|exact|"];
        octa_core_stays: "ويعتمد الجهاز على معالج ثماني النواة"
            => ["ثماني|number|8|8..8|exact|"];
        years_five: "الممتد على طول سنوات خمس، أعلنت"
            => ["سنوات خمس|duration|P5Y|P5Y..P5Y|exact|year"];
        half_population_stays: "لاسيما أن نصف سكان اليمن يعانون"
            => ["نصف|number|0.5|0.5..0.5|exact|"];
        width_metres: "كما تم انشاؤه بعرض (7,3)م، وقد تم"
            => ["7,3|count|7.3|7.3..7.3|exact|meter"];
        bracket_other_word_stays: "وبلغ عددها (12) ما بين"
            => ["12|number|12|12..12|exact|"];
        munich: "مع جاره اللدود فريق ميونيخ 1860 الرديف" => [];
        update_number: "تحديث (2) وقالت وزارة الداخلية" => [];
    }
}
